import { html, nothing, type PropertyValues } from 'lit';
import type {
  Count,
  CountedPeriod,
  StatisticsDocument,
  StatisticsPeriod,
} from '@hrc/framework/statistics/schema';
import { monthsBetween } from '@hrc/framework/statistics/months';
import type { ContentOf } from '../../internal/content.js';
import type { ContentSection } from '@hrc/framework/sections';
import { safeUrl } from '@hrc/framework/url';
import { HrcElement } from '../../internal/hrc-element.js';
import { ContentController } from '../../internal/content.js';
import { formatDate, formatInteger, formatMonth } from '../../internal/format.js';
import { msg, str } from '../../internal/msg.js';
import { barRows } from './report-stats.chart.js';
import {
  change,
  drawnValue,
  isCounted,
  loadStatistics,
  previousYear,
  seriesOf,
  type Loaded,
  type LoadFailure,
} from './report-stats.data.js';
import { styles } from './report-stats.styles.js';
import { STATS_VIEWS, type StatsView } from './report-stats.types.js';

/** A table with its caption, column headers and one header cell per row; it scrolls on its own. */
const dataTable = (caption: string, head: string[], rows: string[][]) =>
  html`<div class="table-wrap" role="region" aria-label=${caption} tabindex="0">
    <table part="table">
      <caption class="visually-hidden">
        ${caption}
      </caption>
      <thead>
        <tr>
          ${head.map((h) => html`<th scope="col">${h}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          ([first, ...rest]) =>
            html`<tr>
              <th scope="row">${first}</th>
              ${rest.map((c) => html`<td>${c}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;

/**
 * Published statistics of discrimination reports: counts by ground or by domain for a period, their
 * change since the year before and the reports of each month, as charts with their tables. It reads
 * the statistics file a city publishes (docs/statistics.md) from any site that allows it (CORS), so
 * others can show a city's figures. Counts withheld to protect people are shown as such.
 *
 * @summary Charts and tables of published discrimination report statistics.
 *
 * @csspart base - The wrapper around everything.
 * @csspart title - The heading.
 * @csspart controls - The period and view pickers.
 * @csspart status - Loading, error and empty messages.
 * @csspart table - Each data table.
 *
 * @cssproperty --hrc-report-stats-bar-color - Bars of published counts. Default: `--hrc-color-primary`.
 * @cssproperty --hrc-report-stats-background - Background. Default: `--hrc-color-surface`.
 */
export class HrcReportStats extends HrcElement {
  static override styles = [...HrcElement.styles, styles];
  // It shows only its own messages: the self-hosted kit fetches only its part of a language's catalog.
  protected static override catalogPart = 'report-stats';
  protected static override contentSections(): readonly ContentSection[] {
    return ['report'];
  }

  // Declared here rather than with decorators: the same result, lighter in the browser bundle.
  static override properties = {
    src: {},
    view: {},
    period: {},
    label: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    loaded: { state: true, attribute: false },
    series: { state: true, attribute: false },
  };

  /** URL of the published statistics file (JSON); another site's file must allow reading (CORS). */
  src?: string;

  /** Break the counts down by `grounds` or `domains`. The reader can switch. */
  view: StatsView = 'grounds';

  /** First month (`YYYY-MM`) of the period to show first; default the latest. */
  period?: string;

  /** The heading; default "Reports of discrimination". */
  label?: string;

  /** Level of the heading (2–6). */
  headingLevel = 2;

  private loaded?: Loaded;
  /** The category shown per month; '' for all reports. */
  private series = '';
  private pending: Promise<unknown> = Promise.resolve();
  private abort?: AbortController;
  private readonly content = new ContentController(this, () => ['report' as const]);

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await Promise.all([this.pending, this.content.settled]);
    return (await super.getUpdateComplete()) && done;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) {
      this.abort?.abort();
      const abort = (this.abort = new AbortController());
      this.loaded = undefined;
      this.pending = loadStatistics(this.src, abort.signal).then((loaded) => {
        if (!abort.signal.aborted) this.loaded = loaded;
      });
    }
  }

  override render() {
    const level = Math.min(6, Math.max(2, this.headingLevel || 2));
    const title = this.label || msg('Reports of discrimination', { id: 'report-stats.label' });
    return html`<section part="base" class="base" aria-labelledby="title">
      <div id="title" part="title" class="title" role="heading" aria-level=${level}>${title}</div>
      ${this.renderBody()}
    </section>`;
  }

  private renderBody() {
    const { loaded } = this;
    const c = this.content.value;
    if (loaded && !loaded.ok) {
      return html`<p part="status" class="status error" role="alert">
        ${msg(str`The statistics could not be loaded: ${this.reason(loaded)}.`, { id: 'report-stats.error' })}
      </p>`;
    }
    if (!loaded || !c) {
      return html`<p part="status" class="status" role="status">
        ${msg('Loading the statistics…', { id: 'report-stats.loading' })}
      </p>`;
    }
    const { doc } = loaded;
    if (doc.periods.length === 0) {
      return html`<p part="status" class="status" role="status">
        ${msg('No statistics have been published yet.', { id: 'report-stats.empty' })}
      </p>`;
    }
    const period = this.current(doc);
    const before = previousYear(doc, period);
    return html`${this.renderControls(doc, period)}
    ${
      isCounted(period)
        ? html`${this.renderSummary(period, before)} ${this.renderByCategory(c, period, before)}
          ${this.renderOverTime(c, period)}`
        : html`<p part="status" class="status">
            ${msg('This period is withheld: too few reports to publish safely.', {
              id: 'report-stats.withheld',
            })}
          </p>`
    }
    ${this.renderNote(doc, period)}`;
  }

  private reason(f: LoadFailure): string {
    switch (f.reason) {
      case 'url':
        return msg('the address is not an http(s) address', { id: 'report-stats.reason.url' });
      case 'network':
        return msg('the server could not be reached or does not allow this site', {
          id: 'report-stats.reason.network',
        });
      case 'http':
        return msg(str`the server answered with status ${f.status}`, { id: 'report-stats.reason.http' });
      case 'not-json':
        return msg('the file is not JSON', { id: 'report-stats.reason.not-json' });
      case 'invalid':
        return msg(str`it is not a statistics file (${f.path}: ${f.message})`, {
          id: 'report-stats.reason.invalid',
        });
    }
  }

  /** The period picked, else the one named by `period`, else the latest. */
  private current(doc: StatisticsDocument): StatisticsPeriod {
    const periods = doc.periods;
    return periods.find((p) => p.from === this.period) ?? periods[periods.length - 1]!;
  }

  private periodName(p: StatisticsPeriod): string {
    if (p.from.endsWith('-01') && p.to.endsWith('-12') && p.from.slice(0, 4) === p.to.slice(0, 4)) {
      return p.from.slice(0, 4);
    }
    return `${formatMonth(p.from, this.locale)} – ${formatMonth(p.to, this.locale)}`;
  }

  private count(c: Count | undefined): string {
    if (c === undefined) return '–';
    if (typeof c === 'number') return formatInteger(c, this.locale);
    const n = formatInteger('lt' in c ? c.lt : c.gte, this.locale);
    return 'lt' in c
      ? msg(str`fewer than ${n}`, { id: 'report-stats.fewer' })
      : msg(str`at least ${n}`, { id: 'report-stats.at-least' });
  }

  private changeText(now: Count | undefined, before: Count | undefined): string {
    const d = change(now, before);
    if (!d) return msg('not comparable', { id: 'report-stats.not-comparable' });
    const sign = (n: number) => (n > 0 ? '+' : n < 0 ? '−' : '');
    const diff = `${sign(d.difference)}${formatInteger(Math.abs(d.difference), this.locale)}`;
    return d.percent === undefined
      ? diff
      : `${diff} (${sign(d.percent)}${formatInteger(Math.abs(d.percent), this.locale)}%)`;
  }

  private categoryName(c: ContentOf<'report'>, view: StatsView, id: string): string {
    if (id === 'other') {
      return view === 'grounds'
        ? msg('Another ground', { id: 'report-stats.ground.other' })
        : (c.domains.find((d) => d.id === id)?.label ?? id);
    }
    if (id === 'unknown') return msg('Ground not known', { id: 'report-stats.ground.unknown' });
    const list: readonly { id: string; label: string }[] = view === 'grounds' ? c.grounds : c.domains;
    return list.find((x) => x.id === id)?.label ?? id;
  }

  private viewName(view: StatsView): string {
    return view === 'grounds'
      ? msg('Ground', { id: 'report-stats.view.grounds' })
      : msg('Domain', { id: 'report-stats.view.domains' });
  }

  private renderControls(doc: StatisticsDocument, current: StatisticsPeriod) {
    return html`<div part="controls" class="controls">
      <div class="field">
        <label for="period">${msg('Period', { id: 'report-stats.period' })}</label>
        <select id="period" @change=${this.onPeriod}>
          ${[...doc.periods]
            .reverse()
            .map(
              (p) => html`<option value=${p.from} ?selected=${p === current}>${this.periodName(p)}</option>`,
            )}
        </select>
      </div>
      <div class="field">
        <label for="view">${msg('Reports by', { id: 'report-stats.view' })}</label>
        <select id="view" @change=${this.onView}>
          ${STATS_VIEWS.map((v) => html`<option value=${v} ?selected=${v === this.view}>${this.viewName(v)}</option>`)}
        </select>
      </div>
    </div>`;
  }

  private renderSummary(p: CountedPeriod, before: StatisticsPeriod | undefined) {
    const name = this.periodName(p);
    const total = this.count(p.reports.total);
    return html`<p class="summary">
      <strong>${msg(str`Reports received in ${name}: ${total}`, { id: 'report-stats.total' })}</strong>
      ${
        isCounted(before)
          ? html`<span
              >${msg(
                str`Change since ${this.periodName(before)}: ${this.changeText(p.reports.total, before.reports.total)}`,
                {
                  id: 'report-stats.total-change',
                },
              )}</span
            >`
          : nothing
      }
    </p>`;
  }

  private renderByCategory(c: ContentOf<'report'>, p: CountedPeriod, before: StatisticsPeriod | undefined) {
    const view = this.view;
    const name = this.periodName(p);
    const prior = isCounted(before) ? before : undefined;
    const rows = Object.entries(seriesOf(p, view)).map(([id, s]) => ({
      id,
      label: this.categoryName(c, view, id),
      total: s.total,
    }));
    const shown = rows
      .filter((r) => typeof r.total === 'number' || 'gte' in r.total)
      .sort((a, b) => drawnValue(b.total) - drawnValue(a.total));
    const caption =
      view === 'grounds'
        ? msg(str`Reports by ground, ${name}`, { id: 'report-stats.by-ground' })
        : msg(str`Reports by domain, ${name}`, { id: 'report-stats.by-domain' });
    return html`<figure class="figure">
      <figcaption class="caption">${caption}</figcaption>
      ${barRows(shown.map((r) => ({ label: r.label, count: r.total, value: this.count(r.total) })))}
      ${dataTable(
        caption,
        [
          this.viewName(view),
          name,
          ...(prior ? [this.periodName(prior), msg('Change', { id: 'report-stats.change' })] : []),
        ],
        rows.map((r) => {
          const then = prior ? seriesOf(prior, view)[r.id]?.total : undefined;
          return [
            r.label,
            this.count(r.total),
            ...(prior ? [this.count(then), this.changeText(r.total, then)] : []),
          ];
        }),
      )}
    </figure>`;
  }

  private renderOverTime(c: ContentOf<'report'>, p: CountedPeriod) {
    const view = this.view;
    const table = seriesOf(p, view);
    const id = this.series in table ? this.series : '';
    const s = id ? table[id]! : p.reports;
    const what = id ? this.categoryName(c, view, id) : msg('All reports', { id: 'report-stats.all' });
    // One count per month of the period: the statistics schema checks that.
    const months = monthsBetween(p.from, p.to);
    const values = s.months.map((v) =>
      typeof v === 'number' ? formatInteger(v, this.locale) : 'lt' in v ? `<${v.lt}` : `≥${v.gte}`,
    );
    const caption = msg(str`Reports per month, ${this.periodName(p)}: ${what}`, {
      id: 'report-stats.over-time',
    });
    return html`<figure class="figure">
      <figcaption class="caption">${caption}</figcaption>
      <div class="field">
        <label for="series">${msg('Shown per month', { id: 'report-stats.series' })}</label>
        <select id="series" @change=${this.onSeries}>
          <option value="" ?selected=${!id}>${msg('All reports', { id: 'report-stats.all' })}</option>
          ${Object.keys(table).map(
            (k) => html`<option value=${k} ?selected=${k === id}>${this.categoryName(c, view, k)}</option>`,
          )}
        </select>
      </div>
      ${barRows(
        s.months.map((count, i) => ({
          label: formatMonth(months[i]!, this.locale, true),
          count,
          value: values[i]!,
        })),
        'months',
      )}
      ${dataTable(
        caption,
        [msg('Month', { id: 'report-stats.month' }), msg('Reports', { id: 'report-stats.reports' })],
        s.months.map((v, i) => [formatMonth(months[i]!, this.locale), this.count(v)]),
      )}
    </figure>`;
  }

  private renderNote(doc: StatisticsDocument, p: StatisticsPeriod) {
    const n = formatInteger(p.threshold, this.locale);
    const date = formatDate(p.publishedAt, this.locale);
    const publisherUrl = safeUrl(doc.publisher?.url);
    const publisher = doc.publisher
      ? publisherUrl
        ? html`<a href=${publisherUrl}>${doc.publisher.name}</a>`
        : doc.publisher.name
      : undefined;
    const source = safeUrl(this.src);
    return html`<div class="note">
      <p>
        ${msg(
          str`Counts under ${n} are not published, so that no one can be recognised; some larger ones (“at least ${n}”) are withheld so that the small ones cannot be worked out. A report can name several grounds.`,
          { id: 'report-stats.note' },
        )}
      </p>
      <p>
        ${msg(str`Published ${date}.`, { id: 'report-stats.published' })}
        ${publisher ? html`${msg('Source:', { id: 'report-stats.source' })} ${publisher}.` : nothing}
        ${source ? html`<a href=${source}>${msg('The data (JSON)', { id: 'report-stats.download' })}</a>` : nothing}
      </p>
    </div>`;
  }

  private onPeriod(e: Event) {
    this.period = (e.target as HTMLSelectElement).value;
  }

  private onView(e: Event) {
    this.view = (e.target as HTMLSelectElement).value as StatsView;
    this.series = '';
  }

  private onSeries(e: Event) {
    this.series = (e.target as HTMLSelectElement).value;
  }
}
