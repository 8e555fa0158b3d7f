import { html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import type { ContentOf } from '../../internal/content.js';
import { msg, plural, str } from '../../internal/msg.js';
import { ELEMENT_IDS, LAYER_IDS, type ElementId } from '@hrc/framework/ids';
import { ASSESSMENT_LIMITS, type Assessment, type FrameworkElement } from '@hrc/framework/schemas';
import { heading, headingLevel } from '../../internal/heading.js';
import { HrcElement } from '../../internal/hrc-element.js';
import { ownFrame } from '../../internal/schedule.js';
import { EMPTY_DRAFT, FrameworkChecklistState } from './checklist-state.js';
import { styles } from './framework-checklist.styles.js';
import {
  ChecklistChangeEvent,
  LAYER_FILTERS,
  STATUS_FILTERS,
  type LayerFilter,
  type StatusFilter,
} from './framework-checklist.types.js';
import { elementCard } from './element-card.js';
import { statusLabel } from './messages.js';
import { compare, statusOf, tally } from './progress.js';
import { compareView, progressView } from './progress-view.js';
import { exportCsv, exportJson, exportReport } from './exports.js';
import { buildReport, fileName, type ReportInput } from './report.js';
import { confirmDialog, formatters, loadFailure, problemList, reportInput } from './panels.js';
import type * as FiguresModule from './figures.js';

/** The outline's figures: their code once loaded, and what it made of the file (or that it failed). */
type FiguresState = {
  src: string;
  module?: typeof FiguresModule;
  loaded?: FiguresModule.Figures;
  failed?: true;
};

export { ChecklistChangeEvent };

// Holds the place of the 20 cards while the framework loads, so the page below does not jump twice.
const skeleton = html`<ul class="elements skeleton" aria-hidden="true">
  ${ELEMENT_IDS.map(() => html`<li class="element"><div></div></li>`)}
</ul>`;

/** Holds the place of a card that is drawn in a later frame. */
const pendingCard = html`<li class="element pending" aria-hidden="true"><div></div></li>`;

/**
 * Cards drawn per frame when the framework content arrives. Drawing all 20 at once took about 100 ms
 * on a phone-speed CPU, which is a long task; in batches, each frame stays short.
 */
const CARD_BATCH = 3;

/**
 * A city's self-assessment against the 20 elements of the FRA framework for human rights cities: a
 * status per element with a note, evidence links, the responsible department and a target date;
 * progress per layer; autosave in the browser; import and export as JSON, CSV and a report outline.
 * With `src` and `readonly` it shows a published assessment; with `compare-src` it shows what changed.
 *
 * @summary Self-assessment against the 20 elements of a human rights city, with progress and exports.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart element - Each of the 20 element cards.
 *
 * @cssproperty --hrc-framework-checklist-accent - Colour of headings and the card edge; defaults to `--hrc-color-primary`.
 * @cssproperty --hrc-framework-checklist-card-background - Background of the element cards; defaults to `--hrc-color-surface-alt`.
 *
 * @event change - The person changed the assessment (a status, note, link, import or reset). `event.assessment` holds the whole assessment. Not fired when data loads or a page sets `assessment`.
 */
export class HrcFrameworkChecklist extends FrameworkChecklistState {
  static override styles = [...HrcElement.styles, styles];
  protected static override contentSections() {
    return ['framework'] as const;
  }

  /**
   * As the report form does: the progress view is rendered once beforehand, in a frame of its own and
   * where nobody sees it, so that Lit has prepared its templates before the frame the content arrives in.
   */
  static override async prepare(instances: readonly Element[]): Promise<void> {
    super.prepare(instances);
    await ownFrame();
    const t = tally({ elements: {} } as Assessment);
    render(progressView([{ label: '', tally: t }], t, String), document.createDocumentFragment());
  }

  /** The report outline's figures (`statistics-src`), once the outline was made. */
  protected figures?: FiguresState;

  /** How many cards are drawn in full; the others hold their place until a later frame. */
  private cardLimit = Infinity;
  private drawnContent?: ContentOf<'framework'>;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const src = this.statisticsSrc ?? '';
    if (this.view === 'report' && src && this.figures?.src !== src) void this.track(this.loadFigures(src));
    const content = this.content.value;
    if (content && content !== this.drawnContent) {
      this.drawnContent = content;
      // The header, progress and filters first, then the cards.
      this.cardLimit = 0;
      void this.track(this.drawRemainingCards(content));
    }
  }

  /** Adds a batch of cards per frame until all are drawn (or other content replaced this one). */
  private async drawRemainingCards(content: ContentOf<'framework'>): Promise<void> {
    while (this.cardLimit < ELEMENT_IDS.length && this.drawnContent === content) {
      await ownFrame();
      this.cardLimit += CARD_BATCH;
      this.requestUpdate();
    }
  }

  /** Loads the figures code, then the file; the outline is made at once, and again as they arrive. */
  private async loadFigures(src: string): Promise<void> {
    this.figures = { src };
    const mine = () => this.figures?.src === src;
    try {
      const module = await import('./figures.js');
      if (mine()) this.figures = { src, module };
      const loaded = await module.loadFigures(src, this.locale);
      if (mine()) this.figures = { src, module, loaded };
    } catch {
      // The figures code itself could not be fetched (offline): the outline stays without figures.
      if (mine()) this.figures = { src, failed: true };
    }
  }

  private get titles(): Map<string, string> {
    return new Map((this.content.value?.elements ?? []).map((e) => [e.id, e.title]));
  }

  /** Level of the element's title; its sections, cards and card subheadings take the levels below. */
  private level(depth = 0): number {
    return headingLevel(this.headingLevel, depth);
  }

  /** The report outline's input; call while rendering or inside `localized()`. */
  private report(): ReportInput {
    return reportInput(
      this.content.value!,
      this.data,
      formatters(this.locale),
      this.label(this.data, ''),
      this.level(1),
    );
  }

  private label(a: Assessment, fallback: string): string {
    return [a.city, a.period].filter(Boolean).join(' ') || fallback;
  }

  private renderMessages(): TemplateResult {
    const saveNote = this.readonly
      ? nothing
      : !this.storageKey || this.storageUnavailable
        ? html`<p class="save-note">
            ${msg('Not saved in this browser: export the assessment to keep it.', {
              id: 'framework-checklist.save.off',
            })}
          </p>`
        : this.savedAt && !this.storageBlocked
          ? html`<p class="save-note">
              ${msg(str`Saved in this browser, ${formatters(this.locale).dateTime(this.savedAt)}.`, {
                id: 'framework-checklist.save.saved',
              })}
            </p>`
          : nothing;
    const notice =
      this.notice === 'migrated'
        ? msg('Your saved assessment was brought up to date with this version of the checklist.', {
            id: 'framework-checklist.notice.migrated',
          })
        : this.notice === 'imported'
          ? msg('The file was imported.', { id: 'framework-checklist.notice.imported' })
          : this.notice === 'reset'
            ? msg('The checklist was cleared.', { id: 'framework-checklist.notice.reset' })
            : '';
    return html`${saveNote}
      <div role="status" class="notice">${notice}</div>
      ${
        this.saveFailed
          ? html`<p class="problems" role="alert">
              ${msg('This browser refused to save. Export the assessment to keep your changes.', {
                id: 'framework-checklist.save.failed',
              })}
            </p>`
          : nothing
      }
      ${
        this.storageBlocked
          ? html`${problemList(
                'storage-problems',
                msg('The assessment saved in this browser could not be opened', {
                  id: 'framework-checklist.storage.blocked',
                }),
                this.storageBlocked.problems,
                this.titles,
                false,
                this.level(1),
              )}
              <p>
                ${msg(
                  'It is left as it is and changes are not saved. Download it to keep a copy, or clear the checklist to start again.',
                  { id: 'framework-checklist.storage.blocked-help' },
                )}
              </p>
              <button
                type="button"
                @click=${() => exportJson(this.renderRoot as ShadowRoot, this.storageBlocked!.raw, 'saved-assessment.json')}
              >
                ${msg('Download the saved data', { id: 'framework-checklist.storage.download' })}
              </button>`
          : nothing
      }
      ${
        this.importProblems
          ? problemList(
              'import-problems',
              msg(str`${this.importProblems.name} was not imported`, {
                id: 'framework-checklist.import.failed',
              }),
              this.importProblems.problems,
              this.titles,
              true,
              this.level(1),
            )
          : nothing
      }
      ${
        this.srcFailure
          ? loadFailure(
              this.srcFailure,
              msg('The assessment could not be loaded', { id: 'framework-checklist.load.failed' }),
              this.titles,
              this.level(1),
            )
          : nothing
      }
      ${
        this.compareFailure
          ? loadFailure(
              this.compareFailure,
              msg('The assessment to compare with could not be loaded', {
                id: 'framework-checklist.load.compare-failed',
              }),
              this.titles,
              this.level(1),
            )
          : nothing
      }`;
  }

  private renderToolbar(): TemplateResult {
    const root = this.renderRoot as ShadowRoot;
    return html`<div class="toolbar">
      ${
        this.readonly
          ? nothing
          : html`<div class="import">
              <label for="import">${msg('Import JSON', { id: 'framework-checklist.import' })}</label>
              <input id="import" type="file" accept=".json,application/json" @change=${this.onImport} />
            </div>`
      }
      <button
        type="button"
        @click=${() => exportJson(root, JSON.stringify(this.data, null, 2), fileName(this.data, 'json'))}
      >
        ${msg('Export JSON', { id: 'framework-checklist.export.json' })}
      </button>
      <button
        type="button"
        @click=${() =>
          exportCsv(
            root,
            this.localized(() => this.report()),
            this.locale,
          )}
      >
        ${msg('Export CSV', { id: 'framework-checklist.export.csv' })}
      </button>
      <button
        type="button"
        aria-pressed=${this.view === 'report' ? 'true' : 'false'}
        @click=${() => (this.view = this.view === 'report' ? 'checklist' : 'report')}
      >
        ${msg('Report outline', { id: 'framework-checklist.report' })}
      </button>
      ${
        this.readonly
          ? nothing
          : html`<button type="button" class="danger" @click=${() => this.ask('reset')}>
              ${msg('Clear checklist', { id: 'framework-checklist.reset' })}
            </button>`
      }
    </div>`;
  }

  private renderReport(): TemplateResult {
    const root = this.renderRoot as ShadowRoot;
    const input = this.report();
    const f = this.statisticsSrc ? this.figures : undefined;
    // The loading state, the problem or the figures themselves come from the figures code.
    const figures = f?.module?.figuresView(f.loaded, this.data, this.locale);
    input.figures = figures?.part;
    const note = f?.failed
      ? html`<p role="alert" class="no-print">
          ${msg('The figures could not be loaded. Try again later.', { id: 'framework-checklist.figures.code-failed' })}
        </p>`
      : (figures?.note ?? nothing);
    return html`<section class="report-view" aria-label=${input.text.title}>
      <div class="toolbar no-print">
        <button type="button" @click=${() => window.print()}>
          ${msg('Print', { id: 'framework-checklist.report.print' })}
        </button>
        <button type="button" @click=${() => exportReport(root, input, this.locale)}>
          ${msg('Download as HTML', { id: 'framework-checklist.report.download' })}
        </button>
      </div>
      ${note} ${buildReport(document, input)}
    </section>`;
  }

  private renderHeader(): TemplateResult {
    const a = this.data;
    if (this.readonly) {
      const name = this.label(a, '');
      return html`<header class="header">
        ${heading(this.level(), msg('Human rights city self-assessment', { id: 'framework-checklist.title' }), { class: 'h-title' })}
        ${name ? html`<p class="city">${name}</p>` : nothing}
        ${
          a.updatedAt
            ? html`<p class="changed">
                ${msg(str`Last changed ${formatters(this.locale).dateTime(a.updatedAt)}`, { id: 'framework-checklist.changed' })}
              </p>`
            : nothing
        }
      </header>`;
    }
    const value = (e: Event) => (e.target as HTMLInputElement).value;
    return html`<header class="header">
      ${heading(this.level(), msg('Human rights city self-assessment', { id: 'framework-checklist.title' }), { class: 'h-title' })}
      <div class="pair">
        <div>
          <label for="city">${msg('City or municipality', { id: 'framework-checklist.city' })}</label>
          <input
            id="city"
            maxlength=${ASSESSMENT_LIMITS.shortText}
            .value=${a.city}
            @input=${(e: Event) => this.editMeta({ city: value(e) })}
            @change=${this.emitChange}
          />
        </div>
        <div>
          <label for="period">${msg('Period', { id: 'framework-checklist.period' })}</label>
          <input
            id="period"
            maxlength="50"
            .value=${a.period ?? ''}
            @input=${(e: Event) => this.editMeta({ period: value(e) })}
            @change=${this.emitChange}
          />
        </div>
      </div>
    </header>`;
  }

  private renderFilters(shown: number): TemplateResult {
    const layers = this.content.value!.layers;
    return html`<div class="filters">
      <div>
        <label for="filter-layer">${msg('Show layer', { id: 'framework-checklist.filter.layer' })}</label>
        <select
          id="filter-layer"
          @change=${(e: Event) => (this.layerFilter = (e.target as HTMLSelectElement).value as LayerFilter)}
        >
          ${LAYER_FILTERS.map(
            (l) =>
              html`<option value=${l} ?selected=${l === this.layerFilter}>
                ${
                  l === 'all'
                    ? msg('All layers', { id: 'framework-checklist.filter.all-layers' })
                    : (layers.find((x) => x.id === l)?.title ?? l)
                }
              </option>`,
          )}
        </select>
      </div>
      <div>
        <label for="filter-status">${msg('Show status', { id: 'framework-checklist.filter.status' })}</label>
        <select
          id="filter-status"
          @change=${(e: Event) => (this.statusFilter = (e.target as HTMLSelectElement).value as StatusFilter)}
        >
          ${STATUS_FILTERS.map(
            (s) =>
              html`<option value=${s} ?selected=${s === this.statusFilter}>
                ${s === 'all' ? msg('All statuses', { id: 'framework-checklist.filter.all-statuses' }) : statusLabel(s)}
              </option>`,
          )}
        </select>
      </div>
      <p class="shown" role="status">
        ${msg(
          plural(ELEMENT_IDS.length, {
            one: str`Showing ${shown} of ${ELEMENT_IDS.length} element`,
            other: str`Showing ${shown} of ${ELEMENT_IDS.length} elements`,
          }),
          { id: 'framework-checklist.filter.shown' },
        )}
      </p>
    </div>`;
  }

  override render() {
    const content = this.content.value;
    if (!content) {
      return html`<div part="base" class="base">
        ${
          this.content.error
            ? html`<p role="alert">
                ${msg('The framework could not be loaded. Try again later.', {
                  id: 'framework-checklist.content-failed',
                })}
              </p>`
            : html`<p>${msg('Loading the framework…', { id: 'framework-checklist.loading' })}</p>
                ${skeleton}`
        }
      </div>`;
    }
    const f = formatters(this.locale);
    const a = this.data;
    const byId = new Map<string, FrameworkElement>(content.elements.map((e) => [e.id, e]));
    const layerOf = (id: ElementId) => byId.get(id)?.layer;
    const rows = content.layers.map((l) => ({
      label: l.title,
      tally: tally(
        a,
        ELEMENT_IDS.filter((id) => layerOf(id) === l.id),
      ),
    }));
    const overall = tally(a);
    rows.push({ label: msg('All elements', { id: 'framework-checklist.progress.all' }), tally: overall });
    const visible = (id: ElementId) =>
      (this.layerFilter === 'all' || layerOf(id) === this.layerFilter) &&
      (this.statusFilter === 'all' || statusOf(a, id) === this.statusFilter);
    const shown = ELEMENT_IDS.filter(visible).length;
    let drawn = 0;
    const other = this.other;
    const textLang = a.lang;

    return html`<div part="base" class="base">
      ${this.renderHeader()} ${this.renderMessages()} ${this.renderToolbar()}
      ${
        this.view === 'report'
          ? this.renderReport()
          : html`${progressView(rows, overall, f.percent, this.level(1))}
            ${
              other
                ? compareView(
                    compare(other, a),
                    {
                      before: this.label(
                        other,
                        msg('Earlier assessment', { id: 'framework-checklist.compare.before' }),
                      ),
                      after: this.label(
                        a,
                        msg('This assessment', { id: 'framework-checklist.compare.after' }),
                      ),
                    },
                    byId,
                    this.level(1),
                  )
                : nothing
            }
            ${this.renderFilters(shown)}
            ${LAYER_IDS.map((layerId) => {
              const ids = ELEMENT_IDS.filter((id) => layerOf(id) === layerId && visible(id));
              if (!ids.length) return nothing;
              const layer = content.layers.find((l) => l.id === layerId)!;
              return html`<section class="layer" aria-labelledby="layer-${layerId}">
                ${heading(this.level(1), layer.title, { id: `layer-${layerId}`, class: 'h-section' })}
                <p class="layer-summary">${layer.summary}</p>
                <ul class="elements">
                  ${ids.map((id) =>
                    drawn++ >= this.cardLimit
                      ? pendingCard
                      : elementCard({
                          element: byId.get(id)!,
                          entry: a.elements[id],
                          readonly: this.readonly,
                          textLang,
                          before: other ? statusOf(other, id) : undefined,
                          guideOpen: this.open.has(`guide:${id}`),
                          editOpen: this.open.has(`edit:${id}`),
                          draft: this.drafts[id] ?? EMPTY_DRAFT,
                          formatDateTime: f.dateTime,
                          formatDate: f.date,
                          level: this.level(2),
                          on: {
                            toggle: (key, isOpen) => this.toggle(key, isOpen),
                            edit: (patch, commit) => this.editElement(id, patch, commit),
                            commit: () => this.emitChange(),
                            draft: (field, value) =>
                              this.setDraft(id, { ...(this.drafts[id] ?? EMPTY_DRAFT), [field]: value }),
                            addEvidence: () => void this.addEvidence(id),
                            removeEvidence: (i) => void this.removeEvidence(id, i),
                          },
                        }),
                  )}
                </ul>
              </section>`;
            })}`
      }
      ${this.readonly ? nothing : confirmDialog(this.confirming, this.pendingImport?.name ?? '', (yes) => this.confirmDialog(yes), this.level(1))}
    </div>`;
  }
}
