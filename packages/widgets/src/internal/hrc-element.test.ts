import { expect, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { customElement } from 'lit/decorators.js';
import { HrcElement } from './hrc-element.js';
import { defineElement } from './define.js';
import { toLocale } from './localize.js';

class TestGreeting extends HrcElement {
  static override translations = {
    nl: {
      'test.hello': 'Hallo',
      'test.count': str`${0} van ${1} klaar`,
    },
  };

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
    return html`${msg('Hello', { id: 'test.hello' })}`;
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

describe('HrcElement', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
    for (const c of mounted.splice(0)) c.remove();
  });

  it('renders in the locale of its own lang attribute, with interpolation', async () => {
    const el = await fixture<TestGreeting>(html`<test-greeting lang="nl"></test-greeting>`);
    expect(el.locale).to.equal('nl');
    expect(text(el)).to.equal('Hallo 3 van 20 klaar');
  });

  it('inherits the nearest ancestor lang, across shadow roots', async () => {
    const host = mount(html`<div lang="nl-BE"><section></section></div>`);
    const inner = host.querySelector('section')!.attachShadow({ mode: 'open' });
    const el = document.createElement('test-greeting') as TestGreeting;
    inner.append(el);
    await el.updateComplete;
    expect(el.locale).to.equal('nl');
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

  it('falls back to English for unsupported languages', async () => {
    const el = await fixture<TestGreeting>(html`<test-greeting lang="fr"></test-greeting>`);
    expect(el.locale).to.equal('en');
    expect(text(el)).to.contain('Hello');
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
  });

  it('uses the source strings when a class has no dictionary for the locale', async () => {
    const el = await fixture<TestPlain>(html`<test-plain lang="nl"></test-plain>`);
    expect(el.shadowRoot!.textContent).to.equal('Hello');
  });

  it('maps language tags to supported locales', () => {
    expect(toLocale('nl-NL')).to.equal('nl');
    expect(toLocale('EN_gb')).to.equal('en');
    expect(toLocale('de')).to.equal(undefined);
    expect(toLocale('')).to.equal(undefined);
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
      protected static override usesContent = true;
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
      expect(asked.filter((u) => u.endsWith('/nl.json'))).to.have.length(1);
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
