import { expect, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import { HrcElement } from './hrc-element.js';
import { defineElement } from './define.js';
import { canonicalTag, localeChain, registerTranslation } from './i18n.js';
import { msg, plural, str } from './msg.js';

// Test messages, laid over the kit's own Dutch catalog (which is fetched as on any page).
registerTranslation({ locale: 'nl', messages: { 'test.hello': 'Hallo', 'test.count': '{0} van {1} klaar' } });

class TestGreeting extends HrcElement {
  count = 3;

  override render() {
    return html`<p>${msg('Hello', { id: 'test.hello' })}</p>
      <p>${msg(str`${this.count} of ${20} done`, { id: 'test.count' })}</p>`;
  }

  announce(): string {
    return this.localized(() => msg('Hello', { id: 'test.hello' }));
  }
}
void defineElement('test-greeting', TestGreeting);

@customElement('test-plain')
class TestPlain extends HrcElement {
  override render() {
    return html`${msg('Good morning', { id: 'test.morning' })}`;
  }
}

@customElement('test-plural')
class TestPlural extends HrcElement {
  n = 1;
  override render() {
    return html`<p>
      ${msg(plural(this.n, { one: str`${this.n} card`, other: str`${this.n} cards` }), { id: 'test.cards' })}
    </p>`;
  }
}

// Plain containers are mounted by hand: open-wc's fixture waits an animation frame for non-Lit
// elements, and a test page running in the background may not get one.
const mounted: HTMLElement[] = [];
function mount(template: TemplateResult): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  render(template, container);
  mounted.push(container);
  return container.firstElementChild as HTMLElement;
}

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const base = (el: Element) => el.shadowRoot!.querySelector('p')!;

describe('HrcElement', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
    document.documentElement.removeAttribute('dir');
    for (const c of mounted.splice(0)) c.remove();
  });

  it('renders in the locale of its own lang attribute, with interpolation', async () => {
    const el = await fixture<TestGreeting>(html`<test-greeting lang="nl"></test-greeting>`);
    expect(el.locale).to.equal('nl');
    expect(text(el)).to.equal('Hallo 3 van 20 klaar');
  });

  it('inherits the nearest ancestor lang, across shadow roots, and keeps the region for formats', async () => {
    const host = mount(html`<div lang="nl-BE"><section></section></div>`);
    const inner = host.querySelector('section')!.attachShadow({ mode: 'open' });
    const el = document.createElement('test-greeting') as TestGreeting;
    inner.append(el);
    await el.updateComplete;
    expect(el.locale).to.equal('nl-BE');
    expect(text(el)).to.contain('Hallo');
  });

  it('follows <html lang> and re-renders when it changes', async () => {
    document.documentElement.lang = 'nl';
    const el = await fixture<TestGreeting>(html`<test-greeting></test-greeting>`);
    expect(text(el)).to.contain('Hallo');
    document.documentElement.lang = 'en';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text(el)).to.equal('Hello 3 of 20 done');
  });

  it('re-renders when its own lang attribute changes', async () => {
    const el = await fixture<TestGreeting>(html`<test-greeting lang="en"></test-greeting>`);
    el.lang = 'nl';
    await el.updateComplete;
    expect(text(el)).to.contain('Hallo');
  });

  it('falls back to English for languages the kit does not have, and says so with lang="en"', async () => {
    const el = await fixture<TestGreeting>(html`<test-greeting lang="fy"></test-greeting>`);
    expect(el.locale).to.equal('en');
    expect(text(el)).to.contain('Hello');
    for (const p of el.shadowRoot!.querySelectorAll('p')) expect(p.lang).to.equal('en');
  });

  it('lets Dutch and English elements live side by side', async () => {
    const wrap = mount(
      html`<div><test-greeting lang="nl"></test-greeting><test-greeting lang="en"></test-greeting></div>`,
    );
    const [nl, en] = [...wrap.querySelectorAll('test-greeting')] as TestGreeting[];
    await nl!.updateComplete;
    await en!.updateComplete;
    expect(text(nl!)).to.contain('Hallo');
    expect(text(en!)).to.contain('Hello');
    expect(nl!.announce()).to.equal('Hallo');
    expect(en!.announce()).to.equal('Hello');
    expect(base(nl!).hasAttribute('lang')).to.equal(false);
  });

  it('marks English fallback text lang="en" inside an element in another language', async () => {
    const el = await fixture<TestPlain>(html`<test-plain lang="nl"></test-plain>`);
    expect(el.shadowRoot!.textContent).to.equal('Good morning');
    // The text sits at the top of the shadow root here, so the mark is on nothing: see the next test.
    const greeting = await fixture<TestGreeting>(html`<test-greeting lang="de"></test-greeting>`);
    registerTranslation({ locale: 'de', dir: 'ltr', messages: { 'test.hello': 'Guten Tag' } });
    await new Promise((r) => setTimeout(r));
    await greeting.updateComplete;
    const [hello, count] = greeting.shadowRoot!.querySelectorAll('p');
    expect(hello!.textContent).to.equal('Guten Tag');
    expect(hello!.hasAttribute('lang')).to.equal(false);
    expect(count!.textContent).to.equal('3 of 20 done');
    expect(count!.lang).to.equal('en');
  });

  it('chooses plural forms by the rules of the language', async () => {
    registerTranslation(
      {
        locale: 'pl',
        name: 'Polski',
        messages: {
          'test.cards': { one: '{0} karta', few: '{0} karty', many: '{0} kart', other: '{0} karty' },
        },
      },
      { loadShipped: false },
    );
    const el = await fixture<TestPlural>(html`<test-plural lang="pl"></test-plural>`);
    const shown = async (n: number) => {
      el.n = n;
      el.requestUpdate();
      await el.updateComplete;
      return text(el);
    };
    expect(await shown(1)).to.equal('1 karta');
    expect(await shown(3)).to.equal('3 karty');
    expect(await shown(5)).to.equal('5 kart');
    const en = await fixture<TestPlural>(html`<test-plural lang="en"></test-plural>`);
    expect(text(en)).to.equal('1 card');
    en.n = 2;
    en.requestUpdate();
    await en.updateComplete;
    expect(text(en)).to.equal('2 cards');
  });

  it('shows what the page put inside it until its catalog arrives, then renders once', async () => {
    const realFetch = window.fetch;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    window.fetch = async (input, init) => {
      if (String(input).endsWith('/locales/de-x-slow.json') || String(input).endsWith('/locales/tr.json'))
        await gate;
      return realFetch(input, init);
    };
    try {
      const el = mount(html`<test-greeting lang="tr"><p>Loading</p></test-greeting>`) as TestGreeting;
      await new Promise((r) => setTimeout(r, 50));
      expect(el.hasUpdated).to.equal(false);
      // The page's own content shows through a slot, so nothing moves and no id or English shows.
      expect(el.shadowRoot!.querySelector('slot')).not.to.equal(null);
      expect(el.shadowRoot!.textContent).to.equal('');
      release();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
      expect(text(el)).to.equal('Hello 3 of 20 done');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('asks for no catalog of a language the page registered as its own', async () => {
    const asked: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      asked.push(String(input));
      return realFetch(input, init);
    };
    try {
      registerTranslation(
        { locale: 'fy', name: 'Frysk', messages: { 'test.hello': 'Goeie' } },
        { loadShipped: false },
      );
      const el = await fixture<TestGreeting>(html`<test-greeting lang="fy-NL"></test-greeting>`);
      expect(text(el)).to.equal('Goeie 3 of 20 done');
      expect(el.locale).to.equal('fy-NL');
      expect(asked.filter((u) => u.includes('/locales/'))).to.deep.equal([]);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('sets dir on its parts where its language is written the other way than the page', async () => {
    registerTranslation({ locale: 'ar', dir: 'rtl', name: 'العربية', messages: { 'test.hello': 'مرحبا' } });
    const el = await fixture<TestGreeting>(html`<test-greeting lang="ar"></test-greeting>`);
    expect(base(el).getAttribute('dir')).to.equal('rtl');
    const rtlPage = mount(html`<div dir="rtl"><test-greeting lang="ar"></test-greeting></div>`);
    const inside = rtlPage.querySelector('test-greeting') as TestGreeting;
    await inside.updateComplete;
    expect(base(inside).hasAttribute('dir')).to.equal(false);
    const nl = mount(html`<div dir="rtl"><test-greeting lang="nl"></test-greeting></div>`).querySelector(
      'test-greeting',
    ) as TestGreeting;
    await nl.updateComplete;
    expect(base(nl).getAttribute('dir')).to.equal('ltr');
  });

  it('isolates the values of a sentence where directions can mix (FSI … PDI, as Fluent does)', async () => {
    registerTranslation({
      locale: 'ar',
      dir: 'rtl',
      name: 'العربية',
      messages: { 'test.count': 'أُنجز {0} من {1}' },
    });
    const el = await fixture<TestGreeting>(html`<test-greeting lang="ar"></test-greeting>`);
    // In a right-to-left sentence every value keeps its own direction.
    expect(el.shadowRoot!.querySelectorAll('p')[1]!.textContent).to.equal(
      'أُنجز \u20683\u2069 من \u206820\u2069',
    );
    // In a left-to-right sentence only a value with right-to-left letters is isolated.
    expect(msg(str`From ${'مكتب المساواة'}, ${'3 March'}`, { id: 'test.from' })).to.equal(
      'From \u2068مكتب المساواة\u2069, 3 March',
    );
    expect(msg(str`From ${'Equality office'}, ${'3 March'}`, { id: 'test.from' })).to.equal(
      'From Equality office, 3 March',
    );
  });

  it('knows language tags and their fallback chain', () => {
    expect(canonicalTag('EN_gb')).to.equal('en-GB');
    expect(canonicalTag('de-at')).to.equal('de-AT');
    expect(canonicalTag('not a tag')).to.equal(undefined);
    expect(canonicalTag('')).to.equal(undefined);
    expect(localeChain('de-Latn-AT')).to.deep.equal(['de-Latn-AT', 'de-Latn', 'de']);
  });
});

describe('defineElement', () => {
  it('ignores a second registration of a taken tag without throwing', () => {
    class Other extends HrcElement {}
    expect(() => defineElement('test-greeting', Other)).not.to.throw();
    expect(customElements.get('test-greeting')).to.equal(TestGreeting);
  });
});

describe('defineElement', () => {
  it('waits for a frame when the element is already on the page, which keeps it undefined until then', async () => {
    class TestLate extends HrcElement {
      override render() {
        return html`<p>late</p>`;
      }
    }
    const early = document.createElement('test-late');
    document.body.append(early);
    try {
      const registered = defineElement('test-late', TestLate);
      expect(registered).to.be.instanceOf(Promise);
      // Evaluating a module and rendering what it defines are not one piece of work.
      expect(customElements.get('test-late')).to.equal(undefined);
      expect(early.matches(':not(:defined)')).to.equal(true);
      await registered;
      expect(customElements.get('test-late')).to.equal(TestLate);
      await (early as TestLate).updateComplete;
      expect(early.shadowRoot!.textContent).to.equal('late');
    } finally {
      early.remove();
    }
  });

  it('lets the class prepare in a frame of its own first: style sheets built, content asked for', async () => {
    const prepared: string[][] = [];
    class TestPrepared extends HrcElement {
      protected static override contentSections() {
        return ['report'] as const;
      }
      static override prepare(instances: readonly Element[]) {
        prepared.push(instances.map((i) => i.getAttribute('lang') ?? ''));
        expect(customElements.get('test-prepared')).to.equal(undefined);
        super.prepare(instances);
      }
    }
    const early = document.createElement('test-prepared');
    early.setAttribute('lang', 'nl');
    document.body.append(early);
    const asked: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      asked.push(String(input));
      return realFetch(input, init);
    };
    try {
      const registered = defineElement('test-prepared', TestPrepared);
      expect(prepared).to.deep.equal([]);
      await registered;
      expect(prepared).to.deep.equal([['nl']]);
      // (The Dutch catalog was fetched by an earlier test of this page, and is not asked for again.)
      expect(asked.filter((u) => u.endsWith('/content/nl/report.json'))).to.have.length(1);
      // Built during prepare: the same sheets the element then adopts.
      expect(early.shadowRoot!.adoptedStyleSheets).to.include(
        (TestPrepared.elementStyles[0] as { styleSheet?: CSSStyleSheet }).styleSheet,
      );
    } finally {
      window.fetch = realFetch;
      early.remove();
    }
  });

  it('registers at once when no such element is on the page', () => {
    class TestFresh extends HrcElement {}
    expect(defineElement('test-fresh', TestFresh)).to.equal(undefined);
    expect(customElements.get('test-fresh')).to.equal(TestFresh);
  });
});
