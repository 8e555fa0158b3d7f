import { expect, fixture, html } from '@open-wc/testing';
import type { LocaleContent } from '@hrc/framework/schemas';
import '../../define/hrc-rights-card.js';
import { CONTENT_SECTIONS } from '@hrc/framework/sections';
import { loadSection } from '../../internal/content.js';

/** A locale's whole content, from its section files. */
const loadContent = (locale: string) =>
  Promise.all(CONTENT_SECTIONS.map((s) => loadSection(locale, s))).then(
    (parts) => Object.assign({}, ...parts) as LocaleContent,
  );
import type { HrcRightsCard } from './rights-card.js';

const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (el: HrcRightsCard) => el.shadowRoot!;
const title = (el: HrcRightsCard) => root(el).querySelector('[part~="title"]');
const links = (el: HrcRightsCard) => [...root(el).querySelectorAll('a')];
const link = (el: HrcRightsCard, name: RegExp) => links(el).find((a) => name.test(text(a)));

async function card(template: ReturnType<typeof html>) {
  const el = await fixture<HrcRightsCard>(template);
  await el.updateComplete;
  return el;
}

describe('<hrc-rights-card>', () => {
  let en: LocaleContent;
  let nl: LocaleContent;
  const errors: unknown[][] = [];
  const originalError = console.error;
  const originalWarn = console.warn;

  before(async () => {
    [en, nl] = await Promise.all([loadContent('en'), loadContent('nl')]);
  });
  beforeEach(() => {
    errors.length = 0;
    console.error = (...args: unknown[]) => errors.push(args);
    console.warn = (...args: unknown[]) => errors.push(args);
  });
  afterEach(() => {
    console.error = originalError;
    console.warn = originalWarn;
    document.documentElement.lang = 'en';
  });

  describe('article', () => {
    it('shows a right in plain language, an example and what to do', async () => {
      const el = await card(html`<hrc-rights-card lang="en" article="21"></hrc-rights-card>`);
      const a21 = en.charter.articles.find((a) => a.number === 21)!;
      expect(root(el).querySelector('article')).not.to.equal(null);
      expect(text(title(el))).to.equal('Non-discrimination');
      expect(title(el)!.tagName).to.equal('H3');
      expect(text(root(el).querySelector('[part~="eyebrow"]'))).to.equal('Article 21 · Equality');
      const headings = [...root(el).querySelectorAll('[part~="subheading"]')].map(text);
      expect(headings).to.deep.equal(['What it means for you', 'For example', 'What you can do']);
      expect(text(root(el)))
        .to.contain(a21.plain!.meaning)
        .and.contain(a21.plain!.example);
      const more = link(el, /Read more about article 21/)!;
      expect(more.href).to.equal(a21.url);
      await expect(el).to.be.accessible();
    });

    it('links equality rights to the report form, with the ground preselected', async () => {
      const el = await card(
        html`<hrc-rights-card
          article="23"
          report-url="https://city.example/report?lang=en#form"
        ></hrc-rights-card>`,
      );
      const cta = link(el, /Report discrimination/)!;
      const url = new URL(cta.href);
      expect(url.origin + url.pathname).to.equal('https://city.example/report');
      expect(url.searchParams.get('ground')).to.equal('sex');
      expect(url.searchParams.get('lang')).to.equal('en');
      expect(url.hash).to.equal('#form');
      await expect(el).to.be.accessible();
    });

    it('resolves a relative report form address against the page', async () => {
      const el = await card(html`<hrc-rights-card article="26" report-url="/melden"></hrc-rights-card>`);
      const url = new URL(link(el, /Report discrimination/)!.href);
      expect(url.origin).to.equal(location.origin);
      expect(url.pathname).to.equal('/melden');
      expect(url.searchParams.get('ground')).to.equal('disability');
    });

    it('adds no ground when the article covers many grounds', async () => {
      const el = await card(
        html`<hrc-rights-card article="21" report-url="https://city.example/report"></hrc-rights-card>`,
      );
      expect(link(el, /Report discrimination/)!.href).to.equal('https://city.example/report');
    });

    it('offers the report form only for equality rights, and only when the page gives one', async () => {
      const dignity = await card(
        html`<hrc-rights-card article="1" report-url="https://city.example/report"></hrc-rights-card>`,
      );
      expect(link(dignity, /Report/)).to.equal(undefined);
      const noForm = await card(html`<hrc-rights-card article="23"></hrc-rights-card>`);
      expect(link(noForm, /Report/)).to.equal(undefined);
    });

    it("shows the city's own help", async () => {
      const el = await card(
        html`<hrc-rights-card
          article="21"
          office-name="Anti-discrimination desk"
          office-url="https://city.example/help"
          office-phone="+31 (0)20 123 45 67"
        ></hrc-rights-card>`,
      );
      expect(link(el, /Anti-discrimination desk/)!.href).to.equal('https://city.example/help');
      expect(link(el, /123 45 67/)!.getAttribute('href')).to.equal('tel:+31201234567');
      expect(text(root(el).querySelector('.office'))).to.match(
        /^Ask for help: Anti-discrimination desk, \+31/,
      );
    });

    it('never turns a script address into a link', async () => {
      const el = await card(
        html`<hrc-rights-card
          article="21"
          office-name="Desk"
          office-url="javascript:alert(1)"
          report-url="javascript:alert(1)"
        ></hrc-rights-card>`,
      );
      expect(links(el).map((a) => a.protocol)).to.deep.equal(['https:']);
      expect(text(root(el))).to.contain('Ask for help: Desk');
    });

    it('explains the rights furthest from city life too', async () => {
      const el = await card(html`<hrc-rights-card article="54"></hrc-rights-card>`);
      const a54 = en.charter.articles.find((a) => a.number === 54)!;
      expect(text(title(el))).to.equal('Prohibition of abuse of rights');
      expect(text(root(el).querySelector('[part~="eyebrow"]'))).to.match(/^Article 54 · General provisions/);
      const headings = [...root(el).querySelectorAll('[part~="subheading"]')].map(text);
      expect(headings).to.deep.equal(['What it means for you', 'For example', 'What you can do']);
      expect(text(root(el)))
        .to.contain(a54.plain!.meaning)
        .and.contain(a54.plain!.example);
      expect(link(el, /Read more about article 54 /)!.href).to.equal(a54.url);
      expect(errors).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('keeps the compact variant to the gist and the links', async () => {
      const el = await card(
        html`<hrc-rights-card
          article="23"
          variant="compact"
          report-url="https://city.example/report"
        ></hrc-rights-card>`,
      );
      const a23 = en.charter.articles.find((a) => a.number === 23)!;
      expect(text(root(el)))
        .to.contain(a23.plain!.meaning)
        .and.not.contain(a23.plain!.example);
      expect(root(el).querySelectorAll('[part~="subheading"]')).to.have.length(0);
      expect(link(el, /Report discrimination/)).not.to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('speaks Dutch, including numbers and links', async () => {
      const el = await card(
        html`<hrc-rights-card
          lang="nl"
          article="23"
          report-url="https://stad.example/melden"
        ></hrc-rights-card>`,
      );
      const a23 = nl.charter.articles.find((a) => a.number === 23)!;
      expect(text(title(el))).to.equal(a23.title);
      expect(text(root(el).querySelector('[part~="eyebrow"]'))).to.equal('Artikel 23 · Gelijkheid');
      expect(text(root(el)))
        .to.contain('Wat het voor u betekent')
        .and.contain(a23.plain!.meaning);
      expect(new URL(link(el, /Meld discriminatie/)!.href).searchParams.get('ground')).to.equal('sex');
      expect(link(el, /Lees meer over artikel 23/)).not.to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('follows a change of language', async () => {
      const el = await card(html`<hrc-rights-card lang="en" article="1"></hrc-rights-card>`);
      el.lang = 'nl';
      await el.updateComplete;
      expect(text(title(el))).to.equal(nl.charter.articles[0]!.title);
    });

    it('fits the page outline with heading-level', async () => {
      const el = await card(html`<hrc-rights-card article="21" heading-level="2"></hrc-rights-card>`);
      expect(title(el)!.tagName).to.equal('H2');
      expect(root(el).querySelector('[part~="subheading"]')!.tagName).to.equal('H3');
    });

    it('works in the dark theme', async () => {
      const el = await card(
        html`<hrc-rights-card theme="dark" article="25" report-url="/report"></hrc-rights-card>`,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('unknown input', () => {
    it('says in place that an article does not exist', async () => {
      const el = await card(html`<hrc-rights-card article="99"></hrc-rights-card>`);
      expect(text(root(el).querySelector('[part~="problem"]'))).to.equal(
        'There is no Charter article “99”. Use a number from 1 to 54.',
      );
      await expect(el).to.be.accessible();
      expect(errors).to.deep.equal([]);
    });

    it('says so in Dutch, also for text that is not a number', async () => {
      const el = await card(html`<hrc-rights-card lang="nl" article="abc"></hrc-rights-card>`);
      expect(text(root(el).querySelector('[part~="problem"]'))).to.equal(
        'Er is geen artikel “abc” in het Handvest. Gebruik een nummer van 1 tot en met 54.',
      );
      expect(errors).to.deep.equal([]);
    });

    it('says in place that a framework element does not exist, in both languages', async () => {
      const el = await card(html`<hrc-rights-card element="town-twinning"></hrc-rights-card>`);
      expect(text(root(el).querySelector('[part~="problem"]'))).to.equal(
        'There is no framework element “town-twinning”.',
      );
      el.lang = 'nl';
      await el.updateComplete;
      expect(text(root(el).querySelector('[part~="problem"]'))).to.equal(
        'Er is geen onderdeel “town-twinning” in het raamwerk.',
      );
      await expect(el).to.be.accessible();
      expect(errors).to.deep.equal([]);
    });

    it('says what is missing when nothing is asked for', async () => {
      const el = await card(html`<hrc-rights-card kind="weather"></hrc-rights-card>`);
      expect(text(root(el).querySelector('[part~="problem"]'))).to.contain('set article, element or kind');
    });
  });

  describe('other kinds', () => {
    for (const variant of ['full', 'compact'] as const) {
      it(`shows a framework element (${variant})`, async () => {
        const el = await card(
          html`<hrc-rights-card element="declaration" variant=${variant}></hrc-rights-card>`,
        );
        const declaration = en.elements.find((e) => e.id === 'declaration')!;
        expect(text(title(el))).to.equal(declaration.title);
        expect(text(root(el).querySelector('[part~="eyebrow"]'))).to.equal('Framework element · Structures');
        expect(text(root(el))).to.contain(declaration.summary);
        if (variant === 'full') {
          expect(text(root(el))).to.contain(declaration.why);
          const tips = [...root(el).querySelectorAll('.tips li')].map(text);
          expect(tips).to.deep.equal(declaration.howTo.slice(0, 2));
        } else {
          expect(text(root(el))).not.to.contain(declaration.why);
        }
        await expect(el).to.be.accessible();
      });

      it(`shows the survey fact with localized numbers (${variant})`, async () => {
        const el = await card(html`<hrc-rights-card kind="survey" variant=${variant}></hrc-rights-card>`);
        expect(text(root(el).querySelector('[part~="stat"]'))).to.equal('9 in 10 of 35,000 people asked');
        expect(text(root(el))).to.contain(en.survey.finding);
        await expect(el).to.be.accessible();
        el.lang = 'nl';
        await el.updateComplete;
        expect(text(root(el).querySelector('[part~="stat"]'))).to.equal(
          '9 op de 10 van de 35.000 ondervraagde mensen',
        );
        expect(text(root(el))).to.contain(nl.survey.finding);
        await expect(el).to.be.accessible();
      });

      it(`explains human rights and fundamental rights (${variant})`, async () => {
        const el = await card(
          html`<hrc-rights-card kind="rights-vs-fundamental" variant=${variant}></hrc-rights-card>`,
        );
        expect(text(title(el))).to.equal('Human rights and fundamental rights');
        expect(text(root(el))).to.contain(en.intro.rightsVsFundamental);
        await expect(el).to.be.accessible();
      });

      it(`explains what a human rights city is (${variant})`, async () => {
        const el = await card(
          html`<hrc-rights-card kind="human-rights-city" variant=${variant} theme="dark"></hrc-rights-card>`,
        );
        expect(text(title(el))).to.equal('What is a human rights city?');
        expect(text(root(el))).to.contain(en.intro.whatIs);
        if (variant === 'full') {
          expect(text(root(el))).to.contain(en.history.summary);
          expect(text(root(el)))
            .to.contain('Graz (2001), Salzburg, Vienna')
            .and.contain('and Lund.');
          expect(text(root(el))).to.contain('On their way: Turku and Cologne.');
        } else {
          expect(text(root(el))).to.contain(
            'It began in Rosario in 1997; in Europe, Graz was first, in 2001.',
          );
        }
        await expect(el).to.be.accessible();
      });
    }

    it('explains a human rights city in Dutch', async () => {
      const el = await card(
        html`<hrc-rights-card lang="nl" kind="human-rights-city" variant="compact"></hrc-rights-card>`,
      );
      expect(text(title(el))).to.equal('Wat is een mensenrechtenstad?');
      expect(text(root(el)))
        .to.contain(nl.intro.whatIs)
        .and.contain('Het begon in Rosario in 1997');
      el.variant = 'full';
      await el.updateComplete;
      expect(text(root(el))).to.contain('Op weg: Turku en Keulen.');
    });
  });
});
