// Runs in its own page: a card reports a missing text once per page, article and language, and this file
// counts those reports from a clean start.
import { expect, fixture, html } from '@open-wc/testing';
import type { LocaleContent } from '@hrc/framework/schemas';
import '../../define/hrc-rights-card.js';
import { contentUrl, loadSection, setContentBase } from '../../internal/content.js';
import type { HrcRightsCard } from './rights-card.js';

const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (el: HrcRightsCard) => el.shadowRoot!;
const part = (el: HrcRightsCard, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`)!;
const links = (el: HrcRightsCard) => [...root(el).querySelectorAll('a')];
const rem = () => parseFloat(getComputedStyle(document.documentElement).fontSize);

/**
 * Real content of a language whose plain-language texts have not been written yet: article 20 and 21
 * without any, article 1 without its example.
 */
function untranslated<T extends Pick<LocaleContent, 'charter'>>(c: T): T {
  const copy = structuredClone(c);
  for (const a of copy.charter.articles) {
    if (a.number === 20 || a.number === 21) delete a.plain;
    if (a.number === 1 && a.plain) a.plain.example = '';
  }
  return copy;
}

/**
 * A card in a column as wide as a card in a page's sidebar or grid. The card itself is the fixture (in
 * the column), so the fixture waits for its update rather than for an animation frame, which a page the
 * test runner keeps in the background never gets.
 */
async function card(template: ReturnType<typeof html>, width = '24rem') {
  const column = document.createElement('div');
  column.style.inlineSize = width;
  return fixture<HrcRightsCard>(template, { parentNode: column });
}

/** Space inside the card that holds nothing: above the links, and below them. */
function blank(el: HrcRightsCard) {
  const base = part(el, 'base').getBoundingClientRect();
  const title = part(el, 'title').getBoundingClientRect();
  const actions = part(el, 'actions').getBoundingClientRect();
  return { aboveLinks: actions.top - title.bottom, belowLinks: base.bottom - actions.bottom };
}

describe('<hrc-rights-card> without text in the page’s language', () => {
  const realFetch = window.fetch;
  const realBase = new URL('..', contentUrl('en', 'charter'));
  const warnings: string[] = [];
  const originalWarn = console.warn;
  let en: Pick<LocaleContent, 'charter'>;

  before(async () => {
    en = await loadSection('en', 'charter');
    const served: Record<string, unknown> = {
      'en/charter.json': untranslated(en),
      'nl/charter.json': untranslated(await loadSection('nl', 'charter')),
    };
    setContentBase('/untranslated-content/');
    window.fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      const file =
        url.pathname.startsWith('/untranslated-content/') &&
        url.pathname.slice('/untranslated-content/'.length);
      if (file && served[file])
        return new Response(JSON.stringify(served[file]), {
          headers: { 'content-type': 'application/json' },
        });
      return realFetch(input, init);
    };
  });
  after(() => {
    window.fetch = realFetch;
    setContentBase(realBase);
  });
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = originalWarn;
  });

  it('shows the title, the report form, the office and the official text', async () => {
    const el = await card(
      html`<hrc-rights-card
        lang="en"
        article="21"
        report-url="https://city.example/report"
        office-name="Anti-discrimination desk"
        office-url="https://city.example/help"
        office-phone="020 123 45 67"
      ></hrc-rights-card>`,
    );
    expect(text(part(el, 'title'))).to.equal('Non-discrimination');
    expect(text(part(el, 'eyebrow'))).to.equal('Article 21 · Equality');
    expect(links(el).map(text)).to.deep.equal([
      'Report discrimination',
      'Anti-discrimination desk',
      '020 123 45 67',
      'Read more about article 21 on the FRA website',
    ]);
    expect(links(el).at(-1)!.href).to.equal(en.charter.articles.find((a) => a.number === 21)!.url);
    // No headings or paragraphs announcing text that is not there.
    expect(root(el).querySelectorAll('[part~="subheading"]')).to.have.length(0);
    expect([...root(el).querySelectorAll('p')].map((p) => p.getAttribute('part'))).to.deep.equal(['eyebrow']);
    expect(el.matches(':state(no-text)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('is accessible in the compact variant and in dark mode', async () => {
    const compact = await card(
      html`<hrc-rights-card lang="en" article="21" variant="compact"></hrc-rights-card>`,
    );
    await expect(compact).to.be.accessible();
    const dark = await card(html`<hrc-rights-card lang="en" article="21" theme="dark"></hrc-rights-card>`);
    await expect(dark).to.be.accessible();
  });

  it('is as tall as its content, not the height reserved for a card with text', async () => {
    const el = await card(
      html`<hrc-rights-card lang="en" article="21" office-name="Anti-discrimination desk"></hrc-rights-card>`,
    );
    const withText = await card(html`<hrc-rights-card lang="en" article="23"></hrc-rights-card>`);
    const height = el.getBoundingClientRect().height;
    expect(height).to.be.below(16 * rem());
    expect(height).to.be.below(withText.getBoundingClientRect().height / 2);
    expect(height).to.equal(part(el, 'base').getBoundingClientRect().height);
    // The gap between title and links is the card's own spacing (0.75rem), not a stretch of nothing.
    const { aboveLinks, belowLinks } = blank(el);
    expect(aboveLinks).to.be.at.most(0.75 * rem() + 1);
    expect(belowLinks).to.be.at.most(1.5 * rem() + 2);
  });

  it('reserves no height in the compact variant either', async () => {
    const el = await card(html`<hrc-rights-card lang="nl" article="21" variant="compact"></hrc-rights-card>`);
    expect(el.getBoundingClientRect().height).to.equal(part(el, 'base').getBoundingClientRect().height);
    expect(el.getBoundingClientRect().height).to.be.below(12 * rem());
  });

  it('keeps to its content where a grid row or the page makes the element taller', async () => {
    const el = await card(html`<hrc-rights-card lang="en" article="21"></hrc-rights-card>`);
    const row = el.parentElement!;
    row.style.display = 'flex';
    row.style.flexDirection = 'column';
    row.style.blockSize = '40rem';
    el.style.flex = '1 1 auto';
    expect(el.getBoundingClientRect().height).to.be.closeTo(40 * rem(), 1);
    expect(part(el, 'base').getBoundingClientRect().height).to.be.below(12 * rem());
    const { aboveLinks, belowLinks } = blank(el);
    expect(aboveLinks).to.be.at.most(0.75 * rem() + 1);
    expect(belowLinks).to.be.at.most(1.5 * rem() + 2);
  });

  it('warns the page’s author once per article and language, however often cards render', async () => {
    const cards = await Promise.all([
      card(html`<hrc-rights-card lang="en" article="20"></hrc-rights-card>`),
      card(html`<hrc-rights-card lang="en" article="20" variant="compact"></hrc-rights-card>`),
      card(html`<hrc-rights-card lang="nl" article="20"></hrc-rights-card>`),
    ]);
    for (const el of cards) {
      el.headingLevel = 4;
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
    }
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('"en"').and.contain('article 20').and.contain('meaning');
    expect(warnings[1]).to.contain('"nl"').and.contain('article 20');
    // The Dutch card speaks Dutch around the missing text.
    expect(text(part(cards[2]!, 'eyebrow'))).to.equal('Artikel 20 · Gelijkheid');
  });

  it('shows the meaning without an empty example when only the example is missing', async () => {
    const el = await card(html`<hrc-rights-card lang="en" article="1"></hrc-rights-card>`);
    const headings = [...root(el).querySelectorAll('[part~="subheading"]')].map(text);
    expect(headings).to.deep.equal(['What it means for you', 'What you can do']);
    expect(root(el).querySelector('.example')).to.equal(null);
    expect(el.matches(':state(no-text)')).to.equal(false);
    // No blank area where the example would have been: the links follow the last heading closely.
    const whatToDo = [...root(el).querySelectorAll('[part~="subheading"]')].at(-1)!.getBoundingClientRect();
    expect(part(el, 'actions').getBoundingClientRect().top - whatToDo.bottom).to.be.at.most(1.5 * rem());
    expect(blank(el).belowLinks).to.be.at.most(1.5 * rem() + 2);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('article 1,').and.contain('example');
  });

  it('becomes a full card again when it shows an article that has its text', async () => {
    const el = await card(html`<hrc-rights-card lang="en" article="21"></hrc-rights-card>`);
    const short = el.getBoundingClientRect().height;
    el.article = 23;
    await el.updateComplete;
    expect(el.matches(':state(no-text)')).to.equal(false);
    expect(root(el).querySelectorAll('[part~="subheading"]')).to.have.length(3);
    expect(el.getBoundingClientRect().height).to.be.above(2 * short);
  });
});
