/**
 * Pacing for the kit's render work. A page can hold several kit elements that all become ready at
 * once: when their modules arrive, and again when the content file they share arrives. Rendering them
 * back to back would keep the browser from painting, and from answering the reader, until the last one
 * is done. So each piece of work that can wait gets a frame of its own: it starts in a new task after
 * the browser has had the chance to paint, and the pieces queue up, one per frame, in the order they
 * asked.
 */

/** Longest wait for a frame, for pages that are shown but get no frames (a covered window, say). */
const FRAME_WAIT_MS = 250;

let queue: Promise<void> = Promise.resolve();

/** Resolves in a new task. Unlike `setTimeout`, a message is not held back in background pages. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(0);
  });
}

/** Resolves in a task after the next frame; in a hidden page, where nothing is painted, in the next task. */
function afterNextFrame(): Promise<void> {
  if (document.visibilityState === 'hidden') return nextTask();
  return new Promise((resolve) => {
    // Whichever comes first (resolving twice does nothing). Callbacks are functions of this module, so
    // the browser names the kit as the script that ran.
    const fallback = setTimeout(() => resolve(), FRAME_WAIT_MS);
    // A task after the animation frame callbacks runs after that frame's paint.
    requestAnimationFrame(
      () =>
        void nextTask().then(() => {
          clearTimeout(fallback);
          resolve();
        }),
    );
  });
}

/** A turn ran since the last frame began. */
let busyFrame = false;
let waiting = 0;

/**
 * Resolves when it is this caller's turn: in a task of its own, after a frame in which no other kit
 * work that asked before it ran (at the next task when no kit work ran in this frame and none is
 * waiting). Callers do their work right after the promise resolves.
 */
export function ownFrame(): Promise<void> {
  const wait = waiting === 0 && !busyFrame ? nextTask : afterNextFrame;
  waiting++;
  const turn = queue.then(wait).then(() => {
    waiting--;
    if (!busyFrame) {
      busyFrame = true;
      requestAnimationFrame(() => (busyFrame = false));
    }
  });
  queue = turn;
  return turn;
}
