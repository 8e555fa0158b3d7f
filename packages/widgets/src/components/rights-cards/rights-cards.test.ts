import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { EXPLAINED_ARTICLES } from '@hrc/framework/ids';
import type { LocaleContent } from '@hrc/framework/schemas';
import '../../define/hrc-rights-cards.js';
import { CONTENT_SECTIONS } from '@hrc/framework/sections';
import { contentUrl, loadSection, setContentBase } from '../../internal/content.js';

/** A locale's whole content, from its section files. */
const loadContent = (locale: string) =>
  Promise.all(CONTENT_SECTIONS.map((s) => loadSection(locale, s))).then(
    (parts) => Object.assign({}, ...parts) as LocaleContent,
  );
import type { HrcRightsCard } from '../rights-card/rights-card.js';
import type { HrcRightsCards } from './rights-cards.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const cardsOf = (el: HrcRightsCards) =>
  [...el.shadowRoot!.querySelectorAll('hrc-rights-card')] as HrcRightsCard[];
const titleOf = (card: HrcRightsCard) => text(card.shadowRoot!.querySelector('[part~="title"]'));
const visibleTitles = (el: HrcRightsCards) =>
  cardsOf(el)
    .filter((card) => !card.closest('[hidden]'))
    .map(titleOf);

async function cards(template: ReturnType<typeof html>) {
  const el = await fixture<HrcRightsCards>(template);
  await el.updateComplete;
  await Promise.all(cardsOf(el).map((c) => c.updateComplete));
  return el;
}

/** The element that has focus, looking through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<hrc-rights-cards>', () => {
  let en: LocaleContent;
  const title = (n: number) => en.charter.articles.find((a) => a.number === n)!.title;

  before(async () => {
    en = await loadContent('en');
  });

  describe('grid', () => {
    it('shows the listed articles as a list of cards', async () => {
      const el = await cards(html`<hrc-rights-cards lang="en" articles="21, 23,26"></hrc-rights-cards>`);
      const list = el.shadowRoot!.querySelector('[role="list"]')!;
      expect(list.querySelectorAll(':scope > li')).to.have.length(3);
      expect(cardsOf(el).map(titleOf)).to.deep.equal([title(21), title(23), title(26)]);
      expect(cardsOf(el).every((c) => c.variant === 'compact')).to.equal(true);
      expect(el.shadowRoot!.querySelector('section')!.getAttribute('aria-label')).to.equal('Your rights');
      await expect(el).to.be.accessible();
    });

    it('shows a whole chapter and passes the city details to every card', async () => {
      const el = await cards(
        html`<hrc-rights-cards
          chapter="equality"
          variant="full"
          report-url="https://city.example/report"
          office-name="Equality desk"
        ></hrc-rights-cards>`,
      );
      const equality = en.charter.articles.filter((a) => a.chapter === 'equality');
      expect(cardsOf(el).map(titleOf)).to.deep.equal(equality.map((a) => a.title));
      const a23 = cardsOf(el).find((c) => c.article === 23)!;
      const cta = [...a23.shadowRoot!.querySelectorAll('a')].find((a) => /Report/.test(a.textContent!))!;
      expect(new URL(cta.href).searchParams.get('ground')).to.equal('sex');
      expect(text(a23.shadowRoot!.querySelector('.office'))).to.contain('Equality desk');
      await expect(el).to.be.accessible();
    });

    it('mixes kinds, elements and articles, and shows the rights closest to city life by default', async () => {
      const mixed = await cards(
        html`<hrc-rights-cards
          kind="human-rights-city,survey"
          elements="declaration"
          articles="1"
        ></hrc-rights-cards>`,
      );
      expect(cardsOf(mixed).map(titleOf)).to.deep.equal([
        'What is a human rights city?',
        'What people in Europe say',
        en.elements.find((e) => e.id === 'declaration')!.title,
        title(1),
      ]);
      const all = await cards(html`<hrc-rights-cards></hrc-rights-cards>`);
      expect(cardsOf(all).map((c) => c.article)).to.deep.equal([...EXPLAINED_ARTICLES]);
    });

    it('shows an unknown article as a card that says so', async () => {
      const el = await cards(html`<hrc-rights-cards articles="21,99"></hrc-rights-cards>`);
      const problem = cardsOf(el)[1]!.shadowRoot!.querySelector('[part~="problem"]');
      expect(text(problem)).to.contain('There is no Charter article “99”');
    });

    it('filters by chapter and searches, announcing the count', async () => {
      const el = await cards(
        html`<hrc-rights-cards articles="1,7,21,23,26" filter search></hrc-rights-cards>`,
      );
      const select = el.shadowRoot!.querySelector('select')!;
      expect([...select.options].map((o) => o.value)).to.deep.equal(['', 'dignity', 'freedoms', 'equality']);
      select.focus();
      select.value = 'equality';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(visibleTitles(el)).to.deep.equal([title(21), title(23), title(26)]);
      expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('3 of 5 cards');

      const search = el.shadowRoot!.querySelector('input')!;
      search.focus();
      await sendKeys({ type: 'wheelchair' });
      await el.updateComplete;
      expect(visibleTitles(el)).to.deep.equal([title(26)]);
      expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('1 of 5 cards');
      await expect(el).to.be.accessible();

      await sendKeys({ type: 'zzz' });
      await el.updateComplete;
      expect(text(el.shadowRoot!.querySelector('[part~="empty"]'))).to.equal('No cards match your search.');
      expect(search.value).to.equal('wheelchairzzz');
      await expect(el).to.be.accessible();
    });

    it('searches in Dutch, ignoring accents and case', async () => {
      const el = await cards(html`<hrc-rights-cards lang="nl" chapter="equality" search></hrc-rights-cards>`);
      expect(text(el.shadowRoot!.querySelector('label'))).to.equal('Zoeken');
      const search = el.shadowRoot!.querySelector('input')!;
      search.focus();
      await sendKeys({ type: 'ROLSTOEL' });
      await el.updateComplete;
      expect(cardsOf(el).map((c) => c.article)).to.deep.equal([26]);
      expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('1 van 7 kaarten');
    });
  });

  describe('deck', () => {
    it('moves between cards with the buttons and the arrow keys, announcing the position', async () => {
      const el = await cards(html`<hrc-rights-cards layout="deck" articles="21,22,23"></hrc-rights-cards>`);
      const root = el.shadowRoot!;
      const position = root.querySelector('[part~="position"]')!;
      expect(position.getAttribute('role')).to.equal('status');
      expect(text(position)).to.equal('Card 1 of 3');
      expect(visibleTitles(el)).to.deep.equal([title(21)]);
      expect(root.querySelector('section')!.getAttribute('aria-roledescription')).to.equal('carousel');
      const slides = [...root.querySelectorAll('.slide')];
      expect(slides.map((s) => s.getAttribute('aria-label'))).to.deep.equal(['1 of 3', '2 of 3', '3 of 3']);
      await expect(el).to.be.accessible();

      const next = root.querySelector<HTMLButtonElement>('[part~="next"]')!;
      next.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(text(position)).to.equal('Card 2 of 3');
      expect(visibleTitles(el)).to.deep.equal([title(22)]);

      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(text(position)).to.equal('Card 3 of 3');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(text(position)).to.equal('Card 1 of 3');
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(text(position)).to.equal('Card 3 of 3');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(text(position)).to.equal('Card 1 of 3');
      expect(deepActive()).to.equal(next);

      // Tab from "next" reaches the link in the visible card; arrows then move focus to the new slide.
      await sendKeys({ press: 'Tab' });
      expect(deepActive()!.tagName).to.equal('A');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(text(position)).to.equal('Card 3 of 3');
      expect(deepActive()).to.equal(root.querySelector('.slide:not([hidden])'));
      await expect(el).to.be.accessible();

      const previous = root.querySelector<HTMLButtonElement>('[part~="previous"]')!;
      previous.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(text(position)).to.equal('Card 2 of 3');
    });

    it('speaks Dutch in the deck and keeps the cards in the collection’s language', async () => {
      const el = await cards(
        html`<hrc-rights-cards
          lang="nl"
          layout="deck"
          kind="survey,rights-vs-fundamental"
        ></hrc-rights-cards>`,
      );
      const root = el.shadowRoot!;
      expect(text(root.querySelector('[part~="position"]'))).to.equal('Kaart 1 van 2');
      expect(text(root.querySelector('[part~="next"]'))).to.equal('Volgende kaart ›');
      expect(visibleTitles(el)).to.deep.equal(['Wat mensen in Europa zeggen']);
      el.lang = 'en';
      await el.updateComplete;
      await Promise.all(cardsOf(el).map((c) => c.updateComplete));
      expect(visibleTitles(el)).to.deep.equal(['What people in Europe say']);
      await expect(el).to.be.accessible();
    });

    it('restarts at the first card when the search changes', async () => {
      const el = await cards(
        html`<hrc-rights-cards
          layout="deck"
          variant="full"
          theme="dark"
          chapter="equality"
          search
        ></hrc-rights-cards>`,
      );
      const root = el.shadowRoot!;
      root.querySelector<HTMLButtonElement>('[part~="next"]')!.click();
      await el.updateComplete;
      expect(text(root.querySelector('[part~="position"]'))).to.equal('Card 2 of 7');
      root.querySelector('input')!.focus();
      await sendKeys({ type: 'women' });
      await el.updateComplete;
      expect(text(root.querySelector('[part~="position"]'))).to.equal('Card 1 of 1');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(root.querySelector('input')!.value).to.equal('women');
      await expect(el).to.be.accessible();
    });
  });

  describe('without text in the page’s language', () => {
    const realFetch = window.fetch;
    const realBase = new URL('..', contentUrl('en', 'charter'));
    const warnings: string[] = [];
    const originalWarn = console.warn;

    before(async () => {
      // English content as a language without the text of article 20 would have it.
      const served = (await (await realFetch(contentUrl('en', 'charter'))).json()) as Pick<
        LocaleContent,
        'charter'
      >;
      delete served.charter.articles.find((a) => a.number === 20)!.plain;
      setContentBase('/untranslated-content/');
      window.fetch = async (input, init) => {
        const url = new URL(input instanceof Request ? input.url : String(input), location.href);
        return url.pathname === '/untranslated-content/en/charter.json'
          ? new Response(JSON.stringify(served), { headers: { 'content-type': 'application/json' } })
          : realFetch(input, init);
      };
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    });
    after(() => {
      window.fetch = realFetch;
      console.warn = originalWarn;
      setContentBase(realBase);
    });

    it('shows that article as a short card beside full ones, and warns once', async () => {
      const el = await cards(
        html`<hrc-rights-cards lang="en" chapter="equality" variant="full" search></hrc-rights-cards>`,
      );
      el.style.inlineSize = '40rem';
      const [a20, a21] = cardsOf(el);
      expect(titleOf(a20!)).to.equal('Equality before the law');
      expect(cardsOf(el).map((c) => c.matches(':state(no-text)'))).to.deep.equal([
        true,
        false,
        false,
        false,
        false,
        false,
        false,
      ]);
      // Side by side in one row: the card without text keeps to its title and links.
      const base = (c: HrcRightsCard) =>
        c.shadowRoot!.querySelector('[part~="base"]')!.getBoundingClientRect();
      expect(base(a20!).top).to.equal(base(a21!).top);
      expect(base(a20!).height).to.be.below(base(a21!).height / 2);

      const input = el.shadowRoot!.querySelector('input')!;
      input.focus();
      await sendKeys({ type: 'equality' });
      await el.updateComplete;
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(warnings.filter((w) => /article 20\b/.test(w))).to.have.length(1);
      expect(warnings).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });
});
