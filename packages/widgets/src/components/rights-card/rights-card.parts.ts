/**
 * Rendering helpers shared by the card kinds. They call `msg()`, so they run only inside a card's
 * `render()`, where the card's dictionary is active.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@hrc/framework/ids';
import { safeUrl } from '@hrc/framework/url';
import { contentHref } from '../../internal/content.js';
import { heading as levelHeading } from '../../internal/heading.js';
import { formatInteger, formatList } from '../../internal/format.js';
import type { ContentOf } from '../../internal/content.js';
import { msg, str } from '../../internal/msg.js';
import type { City, LocaleContent } from '@hrc/framework/schemas';

/** A card's title (with its `id`) or one of its subheadings, at the level that fits the page's outline. */
export function heading(level: number, content: unknown, id?: string): TemplateResult {
  const role = id ? 'title' : 'subheading';
  return levelHeading(Math.trunc(level) || 3, content, { id, part: role, class: role });
}

/** The `tel:` link for a phone number as people write it ("020 123 45 67", "+31 (0)20 …"). */
export function telHref(phone: string): string | undefined {
  const compact = phone.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  return compact ? safeUrl(`tel:${compact}`, { kind: 'contact' }) : undefined;
}

/** "Source: <guide>, <publisher>, <year>": where the card's text comes from. */
export function sourceLine(c: Pick<LocaleContent, 'source'>): TemplateResult {
  const href = contentHref(c.source.url);
  return html`<p class="source" part="source">
    ${msg('Source:', { id: 'rights-card.source' })}
    ${href ? html`<a href=${href}>${c.source.title}</a>` : c.source.title}, ${c.source.publisher},
    ${c.source.year}.
  </p>`;
}

/** A framework element: what it is, why it matters and the first steps. */
export function elementCard(c: ContentOf<'framework'>, id: string, level: number, full: boolean) {
  const el = c.elements.find((e) => e.id === id);
  if (!el) return undefined;
  const layer = c.layers.find((l) => l.id === el.layer);
  return html`<p class="eyebrow" part="eyebrow">
      ${
        layer
          ? msg(str`Framework element · ${layer.title}`, { id: 'rights-card.element-eyebrow' })
          : msg('Framework element', { id: 'rights-card.element' })
      }
    </p>
    ${heading(level, el.title, 'title')}
    <p>${el.summary}</p>
    ${
      full
        ? html`${heading(level + 1, msg('Why it matters', { id: 'rights-card.why' }))}
            <p>${el.why}</p>
            ${heading(level + 1, msg('First steps', { id: 'rights-card.first-steps' }))}
            <ul class="tips">
              ${el.howTo.slice(0, 2).map((tip) => html`<li>${tip}</li>`)}
            </ul>
            ${sourceLine(c)}`
        : nothing
    }`;
}

/** The survey fact: how many people FRA asked and what most of them said. */
export function surveyCard(c: ContentOf<'about'>, locale: Locale, level: number, full: boolean) {
  const { survey } = c;
  const surveyHref = contentHref(survey.url);
  const people = formatInteger(survey.respondents, locale);
  const out = formatInteger(Math.round(survey.share * 10), locale);
  const ten = formatInteger(10, locale);
  return html`<p class="eyebrow" part="eyebrow">
      ${msg('Fundamental Rights Survey', { id: 'rights-card.survey-eyebrow' })}
    </p>
    ${heading(level, msg('What people in Europe say', { id: 'rights-card.survey-title' }), 'title')}
    <p class="stat" part="stat">
      <span class="stat-figure">${msg(str`${out} in ${ten}`, { id: 'rights-card.survey-share' })}</span>
      <span class="stat-label"
        >${msg(str`of ${people} people asked`, { id: 'rights-card.survey-people' })}</span
      >
    </p>
    <p>${survey.finding}</p>
    ${
      full
        ? html`<p class="source" part="source">
            ${msg(str`FRA asked ${people} people in ${survey.population}.`, {
              id: 'rights-card.survey-source',
            })}
            ${
              surveyHref
                ? html`<a href=${surveyHref}
                    >${msg('About the survey', { id: 'rights-card.survey-link' })}</a
                  >`
                : nothing
            }
          </p>`
        : nothing
    }`;
}

/** Human rights and fundamental rights: how the two words relate. */
export function rightsVsFundamentalCard(c: ContentOf<'about'>, level: number, full: boolean) {
  return html`<p class="eyebrow" part="eyebrow">${msg('Good to know', { id: 'rights-card.good-to-know' })}</p>
    ${heading(
      level,
      msg('Human rights and fundamental rights', { id: 'rights-card.rights-vs-fundamental' }),
      'title',
    )}
    <p>${c.intro.rightsVsFundamental}</p>
    ${full ? sourceLine(c) : nothing}`;
}

/** What a human rights city is, and where the idea came from. */
export function humanRightsCityCard(c: ContentOf<'about'>, locale: Locale, level: number, full: boolean) {
  const { cities } = c.history;
  const name = (city: City) => (city.year ? `${city.name} (${city.year})` : city.name);
  const eu = cities.filter((city) => city.eu);
  const onTheirWay = eu.filter((city) => city.status === 'working-towards');
  const first = cities.find((city) => city.status === 'first') ?? cities[0];
  const firstEu = cities.find((city) => city.eu && city.year !== undefined);
  return html`<p class="eyebrow" part="eyebrow">${msg('Good to know', { id: 'rights-card.good-to-know' })}</p>
    ${heading(level, msg('What is a human rights city?', { id: 'rights-card.hrc-title' }), 'title')}
    <p>${c.intro.whatIs}</p>
    ${
      full
        ? html`${heading(level + 1, msg('How it started', { id: 'rights-card.hrc-history' }))}
            <p>${c.history.summary}</p>
            ${heading(level + 1, msg('Human rights cities in the EU', { id: 'rights-card.hrc-cities' }))}
            <p class="cities">
              ${formatList(eu.filter((city) => city.status !== 'working-towards').map(name), locale)}.
            </p>
            ${
              onTheirWay.length
                ? html`<p>
                    ${msg(str`On their way: ${formatList(onTheirWay.map(name), locale)}.`, {
                      id: 'rights-card.hrc-working-towards',
                    })}
                  </p>`
                : nothing
            }
            ${sourceLine(c)}`
        : first?.year
          ? html`<p class="history">
              ${
                firstEu?.year
                  ? msg(
                      str`It began in ${first.name} in ${String(first.year)}; in Europe, ${firstEu.name} was first, in ${String(firstEu.year)}.`,
                      { id: 'rights-card.hrc-began-eu' },
                    )
                  : msg(str`It began in ${first.name} in ${String(first.year)}.`, {
                      id: 'rights-card.hrc-began',
                    })
              }
            </p>`
          : nothing
    }`;
}
