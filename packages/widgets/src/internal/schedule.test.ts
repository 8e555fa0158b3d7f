import { expect } from '@open-wc/testing';
import { ownFrame } from './schedule.js';

// A function, so the type checker does not narrow the state across awaits.
const hidden = () => document.visibilityState === 'hidden';

describe('ownFrame', () => {
  it('lets callers take turns, in order, each after a frame (or the fallback wait) of its own', async function () {
    // A hidden page paints nothing, so there turns are not paced (the runner may hide this page).
    if (hidden()) this.skip();
    let frames = 0;
    let counting = true;
    const count = () => {
      frames++;
      if (counting) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    const turns: { caller: number; frames: number; at: number }[] = [];
    await Promise.all(
      [1, 2, 3].map(async (caller) => {
        await ownFrame();
        turns.push({ caller, frames, at: performance.now() });
      }),
    );
    counting = false;
    expect(turns.map((t) => t.caller)).to.deep.equal([1, 2, 3]);
    for (let i = 1; i < turns.length; i++) {
      const [before, after] = [turns[i - 1]!, turns[i]!];
      // A page that gets no frames waits 250 ms instead.
      if (hidden()) this.skip();
      expect(after.frames > before.frames || after.at - before.at >= 249, `turn ${i + 1}`).to.equal(true);
    }
  });
});
