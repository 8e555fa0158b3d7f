import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { LocaleContent } from '@hrc/framework';

/**
 * The data every element is built on: the FRA framework of 20 elements in three layers, the EU
 * Charter's 54 articles, discrimination grounds and domains, per language (English where a language
 * has no content of its own yet). Pick the locale in the toolbar. Source: FRA (2022), Human rights cities in the EU — practical guidance.
 */
/** The whole content of the toolbar's locale (`content/<locale>.json`, served by Storybook). */
async function load(locale: string): Promise<LocaleContent> {
  const res = await fetch(new URL(`content/${locale}.json`, document.baseURI));
  return res.ok ? res.json() : load('en');
}

const meta: Meta = {
  title: 'Framework data/Overview',
  parameters: { layout: 'padded' },
  loaders: [async ({ globals }) => ({ content: await load(String(globals.locale ?? 'nl')) })],
};
export default meta;

export const Framework: StoryObj = {
  render: (_args, { loaded }) => {
    const c = loaded.content as LocaleContent;
    return html`<article lang=${c.locale}>
      <h1>${c.source.title}</h1>
      <p>${c.intro.whatIs}</p>
      ${c.layers.map(
        (layer) =>
          html`<section>
            <h2>${layer.title}</h2>
            <p>${layer.summary}</p>
            <ol>
              ${c.elements
                .filter((e) => e.layer === layer.id)
                .map(
                  (e) =>
                    html`<li>
                      <strong>${e.title}</strong> <code>${e.id}</code><br />${e.summary}
                      <small
                        >(${e.howTo.length} tips, ${e.examples.length} examples, ${e.resources.length}
                        resources)</small
                      >
                    </li>`,
                )}
            </ol>
          </section>`,
      )}
    </article>`;
  },
};

export const Charter: StoryObj = {
  render: (_args, { loaded }) => {
    const c = loaded.content as LocaleContent;
    return html`<article lang=${c.locale}>
      ${c.charter.chapters.map(
        (ch) =>
          html`<section>
            <h2>${ch.numeral}. ${ch.title}</h2>
            <ul>
              ${c.charter.articles
                .filter((a) => a.chapter === ch.id)
                .map(
                  (a) =>
                    html`<li>
                      <a href=${a.url}>${a.number}. ${a.title}</a
                      >${a.plain ? html` — ${a.plain.meaning}` : ''}
                    </li>`,
                )}
            </ul>
          </section>`,
      )}
    </article>`;
  },
};

export const GroundsAndDomains: StoryObj = {
  name: 'Grounds and domains',
  render: (_args, { loaded }) => {
    const c = loaded.content as LocaleContent;
    return html`<article lang=${c.locale}>
      <h2>Grounds</h2>
      <ul>
        ${c.grounds.map((g) => html`<li>${g.label} <code>${g.id}</code> <small>${g.source}</small></li>`)}
      </ul>
      <h2>Domains</h2>
      <ul>
        ${c.domains.map((d) => html`<li>${d.label} <code>${d.id}</code></li>`)}
      </ul>
    </article>`;
  },
};
