import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '../../internal/msg.js';
import { safeUrl } from '@hrc/framework/url';
import { EQUALITY_ARTICLES } from '@hrc/framework/ids';
import type { CharterArticle } from '@hrc/framework/schemas';
import type { ContentSection } from '@hrc/framework/sections';
import { HrcElement } from '../../internal/hrc-element.js';
import { ContentController, contentHref, type ContentOf } from '../../internal/content.js';
import { styles } from './rights-card.styles.js';
import { reserves } from './rights-card.reserve.js';
import type { CardKind, CardVariant } from './rights-card.types.js';
import {
  elementCard,
  heading,
  humanRightsCityCard,
  rightsVsFundamentalCard,
  surveyCard,
  telHref,
} from './rights-card.parts.js';

/** Articles whose missing text this page has reported, as `<locale>:<number>`. */
const reported = new Set<string>();

/**
 * Tells the page's author, once per page, article and language, that the content has no
 * plain-language text for an article: the card then shows less than the page may expect.
 */
function reportMissingText(locale: string, article: number, missing: readonly string[]): void {
  const key = `${locale}:${article}`;
  if (reported.has(key)) return;
  reported.add(key);
  const shows = missing.includes('meaning') ? 'its title and links' : 'its meaning without an example';
  console.warn(
    `<hrc-rights-card>: the content for "${locale}" has no plain-language ${missing.join(' or ')} ` +
      `for article ${article}, so the card shows ${shows}. Add the text to the ${locale} content file.`,
  );
}
/** What a card shows comes from one section: the Charter, the framework, or what the guide says about cities. */
function sectionsOf(article: string | null, element: string | null): readonly CardSection[] {
  if (article !== null) return ['charter'];
  if (element) return ['framework'];
  return ['about'];
}
type CardSection = 'charter' | 'framework' | 'about';
/** A card's content: only the section its kind needs is there (see `sectionsOf`). */
type CardContent = ContentOf<CardSection>;

/**
 * One card of rights awareness: a right from the EU Charter in plain language with what to do when it
 * is not respected, a framework element, the survey fact, human rights vs fundamental rights, or what a
 * human rights city is. Text comes from the kit's content files in the element's language.
 *
 * Until the content has loaded (and without JavaScript) the element shows what the page printed inside
 * it, and it reserves its size so the page does not shift when the card appears.
 *
 * When the content has no plain-language text for an article in the element's language, the card
 * shows the article's title, the report form (for equality rights), the city's office and the link to
 * the official text, as a short card without the reserved height, and warns once in the console. A card
 * whose article lacks only its example shows the meaning, also without the reserved height.
 *
 * @summary A card about one right or one idea, leading to help and to the report form.
 *
 * @slot - Fallback content shown before and while the card loads (a heading and a paragraph).
 *
 * @csspart base - The card.
 * @csspart eyebrow - The line above the title (article number and chapter, or the card's kind).
 * @csspart title - The card's heading.
 * @csspart subheading - The headings inside a full card.
 * @csspart stat - The survey figure.
 * @csspart actions - The list of things the reader can do.
 * @csspart cta - The link to the report form (equality rights).
 * @csspart read-more - The link to the article on FRA's website.
 * @csspart source - Where the card's text comes from.
 * @csspart problem - The message shown for an unknown article or element.
 *
 * @cssproperty --hrc-rights-card-background - Card background. Default: `--hrc-color-surface`.
 * @cssproperty --hrc-rights-card-border-color - Card border. Default: `--hrc-color-border`.
 * @cssproperty --hrc-rights-card-accent - Eyebrow, stat and call-to-action colour. Default: `--hrc-color-primary`.
 * @cssproperty --hrc-rights-card-radius - Corner radius. Default: `--hrc-radius`.
 * @cssproperty --hrc-rights-card-padding - Inner spacing. Default: `--hrc-space`.
 * @cssproperty --hrc-rights-card-min-block-size - Height reserved before the content arrives. Default: depends on kind and variant (14rem–56rem).
 *
 * @cssstate no-text - The article has no plain-language text in the card's language: the card shows the
 *   title and the links only, and reserves no height.
 * @cssstate missing-text - A plain-language text of the article (its meaning, or only its example) is
 *   missing in the card's language: the card shows what it has and reserves no height.
 */
export class HrcRightsCard extends HrcElement {
  static override styles = [...HrcElement.styles, styles, reserves];
  protected static override contentSections(el: Element): readonly ContentSection[] {
    return sectionsOf(el.getAttribute('article'), el.getAttribute('element'));
  }

  /** Number of the EU Charter article to show (1–54). */
  @property({ type: Number, reflect: true }) article?: number;

  /** Id of the framework element to show, e.g. `declaration`. */
  @property({ reflect: true }) element?: string;

  /** A card that is not an article or element: `survey`, `rights-vs-fundamental` or `human-rights-city`. */
  @property({ reflect: true }) kind?: CardKind;

  /** How much the card shows: `compact` or `full`. */
  @property({ reflect: true }) variant: CardVariant = 'full';

  /** Level of the card's heading (2–6), so it fits the outline of the page. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Name of the city office that helps residents, e.g. "Anti-discrimination desk". */
  @property({ attribute: 'office-name' }) officeName?: string;

  /** Web page of that office (or a `mailto:` or `tel:` address). */
  @property({ attribute: 'office-url' }) officeUrl?: string;

  /** Phone number of that office, as residents should read it. */
  @property({ attribute: 'office-phone' }) officePhone?: string;

  /** The city's report form; equality cards link to it with `ground=<id>` added where it applies. */
  @property({ attribute: 'report-url' }) reportUrl?: string;

  private readonly content = new ContentController(this, () =>
    sectionsOf(this.article === undefined ? null : String(this.article), this.element ?? null),
  );
  private readonly internals = this.attachInternals();
  /** The article whose text is missing in the last render, with what is missing. */
  private missingText?: { article: number; missing: string[] };

  /** Whether the last render showed an article without its meaning: a short card. */
  private get textless(): boolean {
    return this.missingText?.missing.includes('meaning') ?? false;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.content.settled;
    return (await super.getUpdateComplete()) && done;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const missing = this.missingText;
    // `states` is missing in browsers before 2024; the card then keeps its reserved height.
    const states = this.internals.states as CustomStateSet | undefined;
    if (this.textless) states?.add('no-text');
    else states?.delete('no-text');
    // A text is missing (the example, say): the height reserved for the whole card would stay blank.
    if (missing) states?.add('missing-text');
    else states?.delete('missing-text');
    if (missing) reportMissingText(this.locale, missing.article, missing.missing);
  }

  override render() {
    this.missingText = undefined;
    const c = this.content.value;
    if (!c) {
      return html`<div part="base" class="card pending">
        <slot>
          ${
            this.content.error
              ? html`<p class="problem" part="problem">
                  ${msg('This card could not be loaded. Please try again later.', {
                    id: 'rights-card.load-error',
                  })}
                </p>`
              : nothing
          }
        </slot>
      </div>`;
    }
    const body = this.renderBody(c);
    if (body === undefined) return this.renderProblem();
    return html`<article part="base" class=${this.textless ? 'card no-text' : 'card'} aria-labelledby="title">
      ${body}
    </article>`;
  }

  private renderBody(c: CardContent) {
    const full = this.variant !== 'compact';
    const level = this.headingLevel;
    if (this.article !== undefined && this.article !== null) {
      const a = c.charter.articles.find((x) => x.number === this.article);
      return a ? this.renderArticle(c, a, full) : undefined;
    }
    if (this.element) return elementCard(c, this.element, level, full);
    switch (this.kind) {
      case 'survey':
        return surveyCard(c, this.locale, level, full);
      case 'rights-vs-fundamental':
        return rightsVsFundamentalCard(c, level, full);
      case 'human-rights-city':
        return humanRightsCityCard(c, this.locale, level, full);
      default:
        return undefined;
    }
  }

  private renderProblem() {
    let text: string;
    if (this.article !== undefined && this.article !== null) {
      const given = Number.isFinite(this.article)
        ? String(this.article)
        : (this.getAttribute('article') ?? '');
      text = msg(str`There is no Charter article “${given}”. Use a number from 1 to 54.`, {
        id: 'rights-card.unknown-article',
      });
    } else if (this.element) {
      text = msg(str`There is no framework element “${this.element}”.`, {
        id: 'rights-card.unknown-element',
      });
    } else {
      text = msg('This card does not say what to show: set article, element or kind.', {
        id: 'rights-card.nothing',
      });
    }
    return html`<div part="base" class="card">
      <p class="problem" part="problem">${text}</p>
    </div>`;
  }

  private renderArticle(c: CardContent, a: CharterArticle, full: boolean) {
    const chapter = c.charter.chapters.find((ch) => ch.id === a.chapter);
    const level = this.headingLevel;
    const meaning = a.plain?.meaning?.trim();
    const example = a.plain?.example?.trim();
    const missing = [...(meaning ? [] : ['meaning']), ...(example ? [] : ['example'])];
    if (missing.length) this.missingText = { article: a.number, missing };
    const readMore = contentHref(a.url);
    return html`<p class="eyebrow" part="eyebrow">
        ${
          chapter
            ? msg(str`Article ${a.number} · ${chapter.title}`, { id: 'rights-card.article-chapter' })
            : msg(str`Article ${a.number}`, { id: 'rights-card.article' })
        }
      </p>
      ${heading(level, a.title, 'title')}
      ${
        meaning
          ? html`${full ? heading(level + 1, msg('What it means for you', { id: 'rights-card.meaning' })) : nothing}
              <p>${meaning}</p>
              ${
                full && example
                  ? html`${heading(level + 1, msg('For example', { id: 'rights-card.example' }))}
                      <p class="example">${example}</p>`
                  : nothing
              }`
          : nothing
      }
      ${full && meaning ? heading(level + 1, msg('What you can do', { id: 'rights-card.what-to-do' })) : nothing}
      <ul class="actions" part="actions">
        ${this.renderReportLink(a)} ${this.renderOffice()}
        ${
          readMore
            ? html`<li>
                <a part="read-more" class="read-more" href=${readMore}
                  >${msg(str`Read more about article ${a.number} on the FRA website`, {
                    id: 'rights-card.read-more',
                  })}</a
                >
              </li>`
            : nothing
        }
      </ul>`;
  }

  private renderReportLink(a: CharterArticle) {
    if (!(EQUALITY_ARTICLES as readonly number[]).includes(a.number)) return nothing;
    const checked = safeUrl(this.reportUrl, { source: '<hrc-rights-card report-url>' });
    if (!checked) return nothing;
    const href = new URL(checked);
    if (a.reportGround) href.searchParams.set('ground', a.reportGround);
    return html`<li>
      <a part="cta" class="cta" href=${href.href}
        >${msg('Report discrimination', { id: 'rights-card.report' })}</a
      >
    </li>`;
  }

  private renderOffice() {
    const { officeName, officePhone } = this;
    const url = safeUrl(this.officeUrl, { kind: 'contact', source: '<hrc-rights-card office-url>' });
    const phone = officePhone ? telHref(officePhone) : undefined;
    if (!officeName && !url && !officePhone) return nothing;
    const name = officeName || msg('your city’s help desk', { id: 'rights-card.office-default' });
    return html`<li class="office">
      ${msg('Ask for help:', { id: 'rights-card.office' })}
      ${url ? html`<a href=${url}>${name}</a>` : name}${
        officePhone ? html`, ${phone ? html`<a href=${phone}>${officePhone}</a>` : officePhone}` : nothing
      }
    </li>`;
  }
}
