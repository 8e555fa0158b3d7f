/**
 * A host app that uses @lit/localize itself (runtime mode, `configureLocalization` called once for the
 * page) keeps working beside the kit, and the kit keeps its own per-element languages.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { configureLocalization, msg as appMsg } from '@lit/localize';
import '../define/hrc-rights-card.js';
import type { HrcRightsCard } from '../components/rights-card/rights-card.js';

const { setLocale, getLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['es'],
  loadLocale: async () => ({ templates: { 'app.hello': 'Hola' } }),
});

class AppGreeting extends LitElement {
  override render() {
    return html`<p>${appMsg('Hello', { id: 'app.hello' })}</p>`;
  }
}
customElements.define('app-greeting', AppGreeting);

describe('the kit beside an app that configures @lit/localize', () => {
  it('leaves the app its own localization, and renders its elements in their own languages', async () => {
    await setLocale('es');
    expect(getLocale()).to.equal('es');
    const app = await fixture<AppGreeting>(html`<app-greeting></app-greeting>`);
    expect(app.shadowRoot!.textContent).to.equal('Hola');

    const card = await fixture<HrcRightsCard>(
      html`<hrc-rights-card lang="nl" article="21"></hrc-rights-card>`,
    );
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="eyebrow"]')!.textContent!.trim()).to.match(/^Artikel 21/);
    const english = await fixture<HrcRightsCard>(
      html`<hrc-rights-card lang="en" article="21"></hrc-rights-card>`,
    );
    await english.updateComplete;
    expect(english.shadowRoot!.querySelector('[part="eyebrow"]')!.textContent!.trim()).to.match(
      /^Article 21/,
    );

    // The app still answers in its locale after the kit rendered.
    const again = await fixture<AppGreeting>(html`<app-greeting></app-greeting>`);
    expect(again.shadowRoot!.textContent).to.equal('Hola');
  });
});
