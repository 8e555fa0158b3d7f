/**
 * Every element in a third language (German: every UI string, draft) and right to left (Arabic: the
 * report form's first step and the rights card, draft), with the formats of the language and English
 * fallback marked as such.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/widgets/src/all.js';
import type { HrcDeclarationBadge } from '../../packages/widgets/src/components/declaration-badge/declaration-badge.js';
import type { HrcFrameworkChecklist } from '../../packages/widgets/src/components/framework-checklist/framework-checklist.js';
import type { HrcReportForm } from '../../packages/widgets/src/components/report-form/report-form.js';
import type { HrcRightsCard } from '../../packages/widgets/src/components/rights-card/rights-card.js';
import type { HrcRightsCards } from '../../packages/widgets/src/components/rights-cards/rights-cards.js';
import { csvSeparator } from '../../packages/widgets/src/internal/format.js';

const ASSESSMENT = new URL(
  '../../packages/widgets/src/components/framework-checklist/fixtures/middelstad-2026.json',
  import.meta.url,
).href;

const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (el: Element) => el.shadowRoot!;
const base = (el: Element) => root(el).querySelector('[part~="base"]')!;
const domainLabels = (el: Element) =>
  [...root(el).querySelectorAll('input[name="domain"]')].map((i) =>
    text(root(el).querySelector(`label[for="${i.id}"]`)),
  );

async function ready<T extends HTMLElement & { updateComplete: Promise<unknown> }>(el: T): Promise<T> {
  await el.updateComplete;
  return el;
}

describe('German (de)', () => {
  it('report form: German questions, German domains, nothing marked English', async () => {
    const el = await ready(
      await fixture<HrcReportForm>(html`<hrc-report-form lang="de" endpoint="/r"></hrc-report-form>`),
    );
    expect(text(root(el).querySelector('h2'))).to.equal('Schritt 1 von 5 Was ist passiert?');
    expect(text(root(el).querySelector('legend'))).to.equal('Wann ist es passiert?');
    expect(domainLabels(el)).to.include('Arbeit').and.include('Öffentlicher Raum und Verkehr');
    expect(root(el).querySelectorAll('[lang]')).to.have.length(0);
    expect(text(root(el).querySelector('button[type="submit"]'))).to.equal('Weiter');
  });

  it('rights card: German labels, official German title, German plain text', async () => {
    const el = await ready(
      await fixture<HrcRightsCard>(html`<hrc-rights-card lang="de" article="21"></hrc-rights-card>`),
    );
    expect(text(root(el).querySelector('[part~="eyebrow"]'))).to.equal('Artikel 21 · Gleichheit');
    expect(text(root(el).querySelector('[part~="title"]'))).to.equal('Nichtdiskriminierung');
    const subheadings = [...root(el).querySelectorAll('[part~="subheading"]')].map(text);
    expect(subheadings).to.deep.equal(['Was es für Sie bedeutet', 'Ein Beispiel', 'Was Sie tun können']);
    const meaning = [...root(el).querySelectorAll('p')].find((p) => text(p).startsWith('Niemand darf Sie'))!;
    expect(meaning.closest('[lang="en"]')).to.equal(null);
    expect(root(el).querySelectorAll('[lang="en"]')).to.have.length(0);
    expect(root(el).querySelector<HTMLAnchorElement>('[part~="read-more"]')!.href).to.equal(
      'https://fra.europa.eu/de/eu-charter/article/21-nichtdiskriminierung',
    );
    expect(root(el).querySelector('[part~="title"]')!.hasAttribute('lang')).to.equal(false);
  });

  it('survey card: German numbers', async () => {
    const el = await ready(
      await fixture<HrcRightsCard>(html`<hrc-rights-card lang="de" kind="survey"></hrc-rights-card>`),
    );
    expect(text(root(el).querySelector('.stat-figure'))).to.equal('9 von 10');
    expect(text(root(el).querySelector('.stat-label'))).to.equal('von 35.000 befragten Menschen');
  });

  it('rights cards: German controls and a German plural', async () => {
    const el = await ready(
      await fixture<HrcRightsCards>(
        html`<hrc-rights-cards lang="de" articles="21,23" search></hrc-rights-cards>`,
      ),
    );
    expect(text(root(el).querySelector('label[for="search"]'))).to.equal('Suchen');
    const input = root(el).querySelector<HTMLInputElement>('#search')!;
    input.value = 'Nichtdiskriminierung';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(text(root(el).querySelector('[role="status"]'))).to.equal('1 von 2 Karten');
  });

  it('checklist: German interface, dates and framework texts', async () => {
    const el = await ready(
      await fixture<HrcFrameworkChecklist>(
        html`<hrc-framework-checklist lang="de" src=${ASSESSMENT}></hrc-framework-checklist>`,
      ),
    );
    const all = text(root(el));
    expect(all).to.contain('Selbstbewertung Stadt der Menschenrechte');
    // The example marks one element not applicable: left out of the count, and said so.
    expect(text(root(el).querySelector('.overall'))).to.match(
      /^2 von 19 zutreffenden Elementen umgesetzt \(11\s%\)\. Nicht gezählt: 1 als nicht zutreffend markiert\.$/,
    );
    expect(all).to.match(/Zuletzt geändert \d{2}\.\d{2}\.2026, \d{2}:\d{2}/);
    const title = root(el).querySelector('li.element h4, li.element h3')!;
    expect(title.closest('[lang="en"]') ?? title.querySelector('[lang="en"]')).to.equal(null);
    expect(csvSeparator('de')).to.equal(';');
  });

  it('checklist: Ukrainian interface, framework texts in English (not translated yet) marked lang="en"', async () => {
    const el = await ready(
      await fixture<HrcFrameworkChecklist>(
        html`<hrc-framework-checklist lang="uk" src=${ASSESSMENT}></hrc-framework-checklist>`,
      ),
    );
    const title = root(el).querySelector('li.element h4, li.element h3')!;
    expect(title.closest('[lang="en"]') ?? title.querySelector('[lang="en"]')).not.to.equal(null);
    expect(text(root(el))).to.contain('Самооцінка міста прав людини');
  });

  it('badge: German words', async () => {
    const el = await ready(
      await fixture<HrcDeclarationBadge>(
        html`<hrc-declaration-badge lang="de" city="Utrecht" year="2011"></hrc-declaration-badge>`,
      ),
    );
    expect(root(el).querySelector('svg title')!.textContent).to.equal(
      'Utrecht, Stadt der Menschenrechte seit 2011, im FRA-Leitfaden',
    );
    expect([...root(el).querySelectorAll('text')].map((t) => t.textContent)).to.include('seit 2011');
  });
});

describe('Arabic (ar), right to left', () => {
  it('report form: first step in Arabic, right to left on a left-to-right page', async () => {
    const el = await ready(
      await fixture<HrcReportForm>(html`<hrc-report-form lang="ar" endpoint="/r"></hrc-report-form>`),
    );
    expect(base(el).getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(root(el).querySelector('h2')!).direction).to.equal('rtl');
    // Values in a right-to-left sentence are isolated (FSI … PDI), so each keeps its own direction.
    expect(text(root(el).querySelector('h2'))).to.equal('الخطوة \u20681\u2069 من \u20685\u2069 ماذا حدث؟');
    expect(domainLabels(el)).to.include('العمل');
    await expect(el).to.be.accessible();
  });

  it('rights card: Arabic labels and texts, right to left', async () => {
    const el = await ready(
      await fixture<HrcRightsCard>(html`<hrc-rights-card lang="ar" article="23"></hrc-rights-card>`),
    );
    expect(base(el).getAttribute('dir')).to.equal('rtl');
    expect(text(root(el).querySelector('[part~="eyebrow"]'))).to.equal(
      'المادة \u206823\u2069 · \u2068المساواة\u2069',
    );
    expect(text(root(el).querySelector('[part~="title"]'))).to.equal('المساواة بين النساء والرجال');
    expect(root(el).querySelectorAll('[lang="en"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('rights card in a right-to-left page: no dir of its own', async () => {
    // Mounted by hand: open-wc's fixture waits a frame for a plain element, which a page running in
    // the background may not get.
    const wrap = document.createElement('div');
    wrap.dir = 'rtl';
    wrap.lang = 'ar';
    const card = document.createElement('hrc-rights-card') as HrcRightsCard;
    card.setAttribute('article', '21');
    wrap.append(card);
    document.body.append(wrap);
    try {
      const el = await ready(card);
      expect(base(el).hasAttribute('dir')).to.equal(false);
      expect(text(root(el).querySelector('[part~="title"]'))).to.equal('عدم التمييز');
    } finally {
      wrap.remove();
    }
  });

  it('badge: the drawing mirrored, the emblem on the right', async () => {
    const draw = async (lang: string) => {
      const el = await ready(
        await fixture<HrcDeclarationBadge>(
          html`<hrc-declaration-badge
            lang=${lang}
            variant="horizontal"
            city="Utrecht"
            year="2011"
          ></hrc-declaration-badge>`,
        ),
      );
      return Number(root(el).querySelector('circle')!.getAttribute('cx'));
    };
    expect(await draw('en')).to.equal(36);
    expect(await draw('ar')).to.equal(288 - 36);
  });

  it('checklist: Arabic interface; framework texts not translated yet in English, marked and left to right', async () => {
    const el = await ready(
      await fixture<HrcFrameworkChecklist>(
        html`<hrc-framework-checklist lang="ar"></hrc-framework-checklist>`,
      ),
    );
    expect(base(el).getAttribute('dir')).to.equal('rtl');
    expect([...root(el).querySelectorAll('h2')].map(text)).to.include('التقييم الذاتي لمدينة حقوق الإنسان');
    const english = [...root(el).querySelectorAll<HTMLElement>('[lang="en"]')];
    expect(english.length).to.be.above(0);
    expect(english.map(text).join(' ')).to.contain('Foundations');
    for (const node of english) expect(node.dir, text(node)).to.equal('ltr');
  });
});
