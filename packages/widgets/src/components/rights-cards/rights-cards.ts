import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, plural, str } from '../../internal/msg.js';
import { HrcElement } from '../../internal/hrc-element.js';
import { ContentController } from '../../internal/content.js';
import { registerElement } from '../../internal/define.js';
import { HrcRightsCard } from '../rights-card/rights-card.js';
import type { CardVariant } from '../rights-card/rights-card.types.js';
import {
  filterItems,
  sectionsFor,
  selectItems,
  type CardItem,
  type CardsContent,
} from './rights-cards.items.js';
import type { CardsLayout } from './rights-cards.types.js';
import { styles } from './rights-cards.styles.js';

/**
 * A set of rights cards as a responsive grid or as a deck that shows one card at a time, with an
 * optional chapter filter and search. Which cards: `articles`, `chapter`, `elements` and `kind`, in any
 * combination; without any of them, the 23 Charter rights closest to city life.
 *
 * @summary Rights cards as a grid or a deck, with filter and search.
 *
 * @slot - Fallback content shown before and while the cards load.
 *
 * @csspart base - The wrapper around controls and cards.
 * @csspart controls - The filter and search fields.
 * @csspart list - The grid's list of cards.
 * @csspart deck - The deck.
 * @csspart previous - The deck's "previous card" button.
 * @csspart next - The deck's "next card" button.
 * @csspart position - The deck's "card 2 of 5" line.
 * @csspart empty - The message shown when nothing matches.
 *
 * @cssproperty --hrc-rights-cards-background - Background behind the controls and cards. Default: `--hrc-color-surface`.
 * @cssproperty --hrc-rights-cards-gap - Space between cards. Default: `--hrc-space`.
 * @cssproperty --hrc-rights-cards-min-column - Narrowest column of the grid. Default: 18rem.
 * @cssproperty --hrc-rights-cards-min-block-size - Height reserved before the cards arrive. Default: 28rem.
 */
export class HrcRightsCards extends HrcElement {
  static override styles = [...HrcElement.styles, styles];
  protected static override contentSections(el: Element) {
    return sectionsFor({ kind: el.getAttribute('kind'), elements: el.getAttribute('elements') });
  }

  /** Charter article numbers to show, comma-separated, e.g. `21,23,26`. */
  @property() articles?: string;

  /** Show every article of this Charter chapter, e.g. `equality`. */
  @property() chapter?: string;

  /** Framework element ids to show, comma-separated, e.g. `declaration,annual-report`. */
  @property() elements?: string;

  /** Other cards to show, comma-separated: `survey`, `rights-vs-fundamental`, `human-rights-city`. */
  @property() kind?: string;

  /** `grid` (all cards, as a list) or `deck` (one card at a time, with previous and next). */
  @property({ reflect: true }) layout: CardsLayout = 'grid';

  /** How much each card shows: `compact` or `full`. */
  @property({ reflect: true }) variant: CardVariant = 'compact';

  /** Show a chapter filter. */
  @property({ type: Boolean }) filter = false;

  /** Show a search field. */
  @property({ type: Boolean }) search = false;

  /** Accessible name of the collection; default "Your rights". */
  @property() label?: string;

  /** Heading level of the card titles (2–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Passed to every card: name of the city office that helps residents. */
  @property({ attribute: 'office-name' }) officeName?: string;

  /** Passed to every card: web page of that office. */
  @property({ attribute: 'office-url' }) officeUrl?: string;

  /** Passed to every card: phone number of that office. */
  @property({ attribute: 'office-phone' }) officePhone?: string;

  /** Passed to every card: the city's report form, for equality rights. */
  @property({ attribute: 'report-url' }) reportUrl?: string;

  @state() private query = '';
  @state() private chapterFilter = '';
  @state() private index = 0;
  /** Whether the reader changed filter or search, so the result count is worth announcing. */
  @state() private filtered = false;

  private readonly content = new ContentController(this, () => sectionsFor(this));
  private items: CardItem[] = [];
  private visible: CardItem[] = [];
  private itemsFrom?: CardsContent;

  override connectedCallback(): void {
    super.connectedCallback();
    // Registered here rather than by a side-effect import, which bundlers may drop from a class module.
    if (!customElements.get('hrc-rights-card')) registerElement('hrc-rights-card', HrcRightsCard);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.content.settled;
    return (await super.getUpdateComplete()) && done;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const c = this.content.value;
    if (!c) return;
    if (
      c !== this.itemsFrom ||
      changed.has('articles') ||
      changed.has('chapter') ||
      changed.has('elements') ||
      changed.has('kind')
    ) {
      this.itemsFrom = c;
      this.items = selectItems(c, this);
    }
    this.visible = filterItems(this.items, this.query, this.chapterFilter);
    if (this.index >= this.visible.length) this.index = 0;
  }

  override render() {
    const c = this.content.value;
    if (!c) return html`<slot></slot>`;
    const { visible } = this;
    const deck = this.layout === 'deck';
    const label = this.label || msg('Your rights', { id: 'rights-cards.label' });
    return html`<section
      part="base"
      class="base"
      aria-label=${label}
      aria-roledescription=${ifDefined(deck ? msg('carousel', { id: 'rights-cards.carousel' }) : undefined)}
    >
      ${this.renderControls(c)}
      ${
        visible.length === 0
          ? html`<p part="empty" class="empty">
              ${msg('No cards match your search.', { id: 'rights-cards.empty' })}
            </p>`
          : deck
            ? this.renderDeck(visible)
            : this.renderGrid(visible)
      }
      ${
        !deck || visible.length === 0
          ? html`<p class="visually-hidden" role="status">
              ${
                this.filtered
                  ? msg(
                      plural(this.items.length, {
                        one: str`${visible.length} of ${this.items.length} card`,
                        other: str`${visible.length} of ${this.items.length} cards`,
                      }),
                      { id: 'rights-cards.count' },
                    )
                  : ''
              }
            </p>`
          : nothing
      }
    </section>`;
  }

  private renderControls(c: CardsContent) {
    if (!this.filter && !this.search) return nothing;
    const chapters = c.charter.chapters.filter((ch) => this.items.some((it) => it.chapter === ch.id));
    return html`<div part="controls" class="controls">
      ${
        this.filter
          ? html`<div class="field">
              <label for="chapter">${msg('Chapter', { id: 'rights-cards.chapter' })}</label>
              <select id="chapter" .value=${this.chapterFilter} @change=${this.onChapter}>
                <option value="">${msg('All chapters', { id: 'rights-cards.all-chapters' })}</option>
                ${chapters.map(
                  (ch) =>
                    html`<option value=${ch.id} ?selected=${ch.id === this.chapterFilter}>
                      ${ch.numeral}. ${ch.title}
                    </option>`,
                )}
              </select>
            </div>`
          : nothing
      }
      ${
        this.search
          ? html`<div class="field">
              <label for="search">${msg('Search', { id: 'rights-cards.search' })}</label>
              <input id="search" type="search" .value=${this.query} @input=${this.onSearch} />
            </div>`
          : nothing
      }
    </div>`;
  }

  private renderCard(item: CardItem) {
    const { ref } = item;
    return html`<hrc-rights-card
      lang=${this.locale}
      theme=${ifDefined(this.theme)}
      variant=${this.variant}
      heading-level=${this.headingLevel}
      article=${ifDefined(ref.type === 'article' ? ref.number : undefined)}
      element=${ifDefined(ref.type === 'element' ? ref.id : undefined)}
      kind=${ifDefined(ref.type === 'kind' ? ref.kind : undefined)}
      office-name=${ifDefined(this.officeName)}
      office-url=${ifDefined(this.officeUrl)}
      office-phone=${ifDefined(this.officePhone)}
      report-url=${ifDefined(this.reportUrl)}
    ></hrc-rights-card>`;
  }

  private renderGrid(items: CardItem[]) {
    // The role is not redundant: Safari drops list semantics from a list without bullets.
    // eslint-disable-next-line lit-a11y/no-redundant-role
    return html`<ul part="list" class="grid" role="list">
      ${repeat(
        items,
        (it) => it.key,
        (it) => html`<li>${this.renderCard(it)}</li>`,
      )}
    </ul>`;
  }

  private renderDeck(items: CardItem[]) {
    const total = items.length;
    // Arrow keys work wherever focus is inside the deck: on the buttons, the slide or a link in the card.
    return html`<div part="deck" class="deck" @keydown=${this.onDeckKey}>
      <div class="deck-controls">
        <button
          type="button"
          part="previous"
          aria-controls="slides"
          ?disabled=${total < 2}
          @click=${this.previous}
        >
          <span aria-hidden="true">‹</span> ${msg('Previous card', { id: 'rights-cards.previous' })}
        </button>
        <p part="position" class="position" role="status">
          ${msg(str`Card ${this.index + 1} of ${total}`, { id: 'rights-cards.position' })}
        </p>
        <button type="button" part="next" aria-controls="slides" ?disabled=${total < 2} @click=${this.next}>
          ${msg('Next card', { id: 'rights-cards.next' })} <span aria-hidden="true">›</span>
        </button>
      </div>
      <div id="slides" class="slides">
        ${repeat(
          items,
          (it) => it.key,
          (it, i) =>
            html`<div
              class="slide"
              role="group"
              aria-roledescription=${msg('slide', { id: 'rights-cards.slide' })}
              aria-label=${msg(str`${i + 1} of ${total}`, { id: 'rights-cards.slide-label' })}
              tabindex="-1"
              ?hidden=${i !== this.index}
            >
              ${this.renderCard(it)}
            </div>`,
        )}
      </div>
    </div>`;
  }

  private onChapter(e: Event) {
    this.chapterFilter = (e.target as HTMLSelectElement).value;
    this.index = 0;
    this.filtered = true;
  }

  private onSearch(e: Event) {
    this.query = (e.target as HTMLInputElement).value;
    this.index = 0;
    this.filtered = true;
  }

  private previous() {
    void this.go(this.index - 1);
  }

  private next() {
    void this.go(this.index + 1);
  }

  /** Shows card `to` (wrapping around); focus inside the card that goes away moves to the new slide. */
  private async go(to: number, focusSlide = false) {
    const total = this.visible.length;
    if (total < 2) return;
    const active = this.shadowRoot?.activeElement;
    const leavingSlide = !!active?.closest('.slide');
    this.index = (to + total) % total;
    await this.updateComplete;
    if (focusSlide || leavingSlide)
      this.shadowRoot?.querySelector<HTMLElement>('.slide:not([hidden])')?.focus();
  }

  private onDeckKey(e: KeyboardEvent) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[e.key];
    if (step !== undefined) {
      e.preventDefault();
      void this.go(this.index + step);
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      void this.go(e.key === 'Home' ? 0 : -1);
    }
  }
}
