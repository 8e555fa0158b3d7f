// Every kit element given hostile addresses, the way a contributor in a CMS could write them: nothing
// may be linked, fetched or followed, and the page's author is told once in the console.
import { expect, fixture, html } from '@open-wc/testing';
import type { Assessment } from '@hrc/framework/schemas';
import '../../packages/widgets/src/define/hrc-rights-card.js';
import '../../packages/widgets/src/define/hrc-rights-cards.js';
import '../../packages/widgets/src/define/hrc-declaration-badge.js';
import '../../packages/widgets/src/define/hrc-framework-checklist.js';
import '../../packages/widgets/src/define/hrc-report-stats.js';
import type { HrcFrameworkChecklist } from '../../packages/widgets/src/components/framework-checklist/framework-checklist.js';

const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0001 javascript:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
];
const LINKABLE = ['http:', 'https:', 'mailto:', 'tel:'];

/** Every link in `node`, including those inside the shadow roots of the elements it holds. */
function links(node: Element | ShadowRoot): HTMLAnchorElement[] {
  const found: HTMLAnchorElement[] = [];
  for (const el of node.querySelectorAll('*')) {
    if (el instanceof HTMLAnchorElement) found.push(el);
    if (el.shadowRoot) found.push(...links(el.shadowRoot));
  }
  if (node instanceof Element && node.shadowRoot) found.push(...links(node.shadowRoot));
  return found;
}
// Links are compared by their addresses: chai's diff of DOM nodes can take longer than a test has.
const hrefs = (list: HTMLAnchorElement[]) => list.map((a) => a.href);
const ctaHref = (card: Element) =>
  card.shadowRoot!.querySelector('[part~="cta"]')?.getAttribute('href') ?? null;
const text = (node: Element | ShadowRoot) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Links that go nowhere a web page should: script, data, or an address made of character references. */
function unsafe(node: Element | ShadowRoot): string[] {
  return links(node)
    .filter((a) => !LINKABLE.includes(a.protocol) || /&#|&colon|javascript|vbscript/i.test(a.href))
    .map((a) => a.href);
}

type Updating = Element & { updateComplete: Promise<unknown> };

/** Waits for the element and the kit elements it draws to finish rendering (with their content). */
async function settle(el: Element): Promise<void> {
  await (el as Updating).updateComplete;
  for (const child of el.shadowRoot?.querySelectorAll('*') ?? [])
    if ('updateComplete' in child) await (child as Updating).updateComplete;
}

describe('hostile addresses in every element', () => {
  const warnings: string[] = [];
  const originalWarn = console.warn;
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => void warnings.push(String(args[0]));
  });
  afterEach(() => {
    console.warn = originalWarn;
  });

  for (const value of HOSTILE) {
    const name = JSON.stringify(value);

    it(`<hrc-rights-card>: report-url and office-url ${name}`, async () => {
      const el = await fixture(
        html`<hrc-rights-card
          lang="en"
          article="21"
          office-name="Desk"
          office-url=${value}
          report-url=${value}
        ></hrc-rights-card>`,
      );
      await settle(el);
      expect(unsafe(el)).to.deep.equal([]);
      expect(ctaHref(el), 'no report link').to.equal(null);
      expect(hrefs(links(el).filter((a) => text(a) === 'Desk')), 'the office is not a link').to.deep.equal(
        [],
      );
      expect(text(el.shadowRoot!)).to.contain('Ask for help: Desk');
      expect(warnings.some((w) => w.startsWith('<hrc-rights-card report-url>'))).to.equal(true);
      expect(warnings.some((w) => w.startsWith('<hrc-rights-card office-url>'))).to.equal(true);
    });

    it(`<hrc-rights-cards>: report-url and office-url ${name}`, async () => {
      const el = await fixture(
        html`<hrc-rights-cards
          lang="en"
          articles="21,23"
          office-name="Desk"
          office-url=${value}
          report-url=${value}
        ></hrc-rights-cards>`,
      );
      await settle(el);
      const cards = [...el.shadowRoot!.querySelectorAll('hrc-rights-card')];
      expect(cards.length).to.be.greaterThan(0);
      expect(unsafe(el)).to.deep.equal([]);
      expect(cards.map(ctaHref)).to.deep.equal(cards.map(() => null));
    });

    it(`<hrc-declaration-badge>: declaration-url and status-url ${name}`, async () => {
      const el = await fixture(
        html`<hrc-declaration-badge
          city="Utrecht"
          declaration-url=${value}
          status-url=${value}
        ></hrc-declaration-badge>`,
      );
      await settle(el);
      expect(hrefs(links(el))).to.deep.equal([]);
      expect(warnings.some((w) => w.startsWith('<hrc-declaration-badge declaration-url>'))).to.equal(true);
    });
  }

  for (const value of HOSTILE) {
    it(`<hrc-report-stats>: src ${JSON.stringify(value)}`, async () => {
      const el = await fixture(html`<hrc-report-stats lang="en" src=${value}></hrc-report-stats>`);
      await settle(el);
      expect(hrefs(links(el))).to.deep.equal([]);
      expect(text(el.shadowRoot!)).to.contain('the address is not an http(s) address');
      expect(warnings.some((w) => w.startsWith('<hrc-report-stats src>'))).to.equal(true);
    });
  }

  it('<hrc-report-stats>: a publisher address from the file is checked too', async () => {
    const src = new URL(
      '../../packages/widgets/src/components/report-stats/test-files/hostile-publisher.json',
      import.meta.url,
    ).href;
    const el = await fixture(html`<hrc-report-stats lang="en" src=${src}></hrc-report-stats>`);
    await settle(el);
    // The publisher's name stays, as text; the only link is to the file itself.
    expect(text(el.shadowRoot!)).to.contain('Source: Office.');
    expect(unsafe(el)).to.deep.equal([]);
    expect(hrefs(links(el))).to.deep.equal([src]);
  });

  it('a report-url that is an e-mail address is not a report form: no link', async () => {
    const el = await fixture(
      html`<hrc-rights-card
        lang="en"
        article="21"
        report-url="mailto:office@city.example"
      ></hrc-rights-card>`,
    );
    await settle(el);
    expect(ctaHref(el)).to.equal(null);
  });

  describe('<hrc-framework-checklist>', () => {
    let assessment: Assessment;
    before(async () => {
      const url = new URL(
        '../../packages/widgets/src/components/framework-checklist/fixtures/middelstad-2026.json',
        import.meta.url,
      );
      assessment = (await (await fetch(url)).json()) as Assessment;
    });

    it('does not load src or compare-src from a data: address', async () => {
      const data = `data:application/json,${encodeURIComponent(JSON.stringify(assessment))}`;
      const el = await fixture<HrcFrameworkChecklist>(
        html`<hrc-framework-checklist
          lang="en"
          readonly
          src=${data}
          compare-src=${data}
        ></hrc-framework-checklist>`,
      );
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 200));
      await el.updateComplete;
      expect(Object.keys(el.assessment.elements)).to.deep.equal([]);
      expect(warnings.some((w) => w.startsWith('<hrc-framework-checklist src>'))).to.equal(true);
      expect(warnings.some((w) => w.startsWith('<hrc-framework-checklist compare-src>'))).to.equal(true);
    });

    it('shows evidence with an unsafe address as text, in the checklist and in the report outline', async () => {
      const el = await fixture<HrcFrameworkChecklist>(
        html`<hrc-framework-checklist lang="en" readonly></hrc-framework-checklist>`,
      );
      el.assessment = {
        ...assessment,
        elements: {
          'eu-charter': {
            status: 'in-place',
            evidence: HOSTILE.map((url, i) => ({ label: `Evidence ${i}`, url })),
          },
        },
      };
      await el.updateComplete;
      expect(text(el.shadowRoot!)).to.contain('Evidence 0');
      expect(unsafe(el)).to.deep.equal([]);
      expect(hrefs(links(el).filter((a) => /^Evidence/.test(text(a))))).to.deep.equal([]);
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Report outline')!.click();
      await el.updateComplete;
      expect(text(el.shadowRoot!)).to.contain('Evidence 8');
      expect(unsafe(el)).to.deep.equal([]);
      expect(hrefs(links(el).filter((a) => /^Evidence/.test(text(a))))).to.deep.equal([]);
    });
  });
});
