// Runs in its own page: the element is defined only after the fallback has been measured, as on a
// page where the kit's script arrives after the HTML.
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import type { HrcRightsCard } from './rights-card.js';

/**
 * The CSS docs/rights-cards.md asks pages to add, so the box is the same before the script runs: the
 * height each of these cards reserves in its language (rights-card.reserve.ts).
 */
const pageCss = `
  hrc-rights-card:not(:defined) { display: flow-root; min-block-size: 44.25rem; }
  hrc-rights-card[article='23'][variant='compact']:not(:defined) { min-block-size: 26.25rem; }
  hrc-rights-card[kind='survey'][variant='compact']:not(:defined) { min-block-size: 19rem; }
  hrc-rights-card[element][variant='compact']:not(:defined) { min-block-size: 13rem; }
`;

/** Two rendered frames, so layout shifts are reported; a background page renders none, hence the timeout. */
const frame = () =>
  Promise.race([
    new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    new Promise((resolve) => setTimeout(resolve, 200)),
  ]);

describe('<hrc-rights-card> layout', () => {
  it('keeps its box and moves nothing when the script and the content arrive', async () => {
    const style = document.createElement('style');
    style.textContent = pageCss;
    document.head.append(style);
    const shifts: number[] = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });

    // The fallback markup from docs/rights-cards.md, in a 24rem column.
    // Not fixture(): it waits for an animation frame, which a page in the background never renders.
    const page = document.createElement('main');
    document.body.append(page);
    render(
      html` <hrc-rights-card
          article="21"
          lang="en"
          report-url="/report"
          office-name="Anti-discrimination desk"
        >
          <h3>Non-discrimination</h3>
          <p>
            Nobody may treat you worse because of who you are. If you experience discrimination, you can
            report it.
          </p>
          <p><a href="https://fra.europa.eu/en/eu-charter/article/21-non-discrimination">Read more</a></p>
        </hrc-rights-card>
        <hrc-rights-card article="23" variant="compact" lang="nl">
          <h3>Gelijkheid van vrouwen en mannen</h3>
          <p>Vrouwen en mannen moeten op alle gebieden gelijk worden behandeld.</p>
        </hrc-rights-card>
        <hrc-rights-card kind="survey" variant="compact" lang="en">
          <h3>What people in Europe say</h3>
          <p>Nine in ten people say human rights matter for a fairer society.</p>
        </hrc-rights-card>
        <hrc-rights-card element="declaration" variant="compact" lang="en">
          <h3>Adopt a declaration</h3>
          <p>The city council adopts a declaration that sets down the city’s human rights commitments.</p>
        </hrc-rights-card>
        <p id="after">The page goes on.</p>`,
      page,
    );
    page.style.inlineSize = '24rem';
    await frame();

    const cards = [...page.querySelectorAll('hrc-rights-card')] as HrcRightsCard[];
    const before = cards.map((c) => c.getBoundingClientRect().height);
    const afterTop = page.querySelector('#after')!.getBoundingClientRect().top;
    expect(cards.every((c) => c.shadowRoot === null)).to.equal(true);

    await import('../../define/hrc-rights-card.js');
    await Promise.all(cards.map((c) => c.updateComplete));
    await frame();

    expect(cards.every((c) => c.shadowRoot?.querySelector('[part~="title"]'))).to.equal(true);
    expect(cards.map((c) => c.getBoundingClientRect().height)).to.deep.equal(before);
    expect(page.querySelector('#after')!.getBoundingClientRect().top).to.equal(afterTop);
    expect(shifts).to.deep.equal([]);
    style.remove();
    page.remove();
  });
});
