/**
 * The period's figures in the report outline (docs/checklist.md, "Figures in the report outline"): a
 * published statistics file (docs/statistics.md) loaded, checked with the framework's schema and written
 * as text. Loaded with `import()` only when the outline is made with `statistics-src`, so the checklist
 * alone does not carry it.
 */
import { html, type TemplateResult } from 'lit';
import type { Assessment } from '@hrc/framework/schemas';
import type {
  Count,
  CountedPeriod,
  StatisticsDocument,
  StatisticsPeriod,
} from '@hrc/framework/statistics/schema';
import { safeUrl } from '@hrc/framework/url';
import { loadSection } from '../../internal/content.js';
import { formatDate, formatInteger, formatMonth } from '../../internal/format.js';
import { msg, str } from '../../internal/msg.js';
import { loadStatistics, type LoadFailure } from '../report-stats/report-stats.data.js';

type Labels = {
  grounds: readonly { id: string; label: string }[];
  domains: readonly { id: string; label: string }[];
};

export type Figures =
  | { ok: true; src: string; doc: StatisticsDocument; labels: Labels | undefined }
  | ({ ok: false } & LoadFailure);

const SOURCE = '<hrc-framework-checklist statistics-src>';

type Child = Node | string;
type Build = (doc: Document, level: number) => HTMLElement;

/** The file at `src` and the names of grounds and domains in `language` (English, else the ids). */
export async function loadFigures(src: string, language: string): Promise<Figures> {
  const labels = loadSection(language, 'report')
    .catch(() => loadSection('en', 'report'))
    .catch(() => undefined);
  const loaded = await loadStatistics(src, undefined, SOURCE);
  if (!loaded.ok) return loaded;
  // Absolute, so that the address printed in the downloaded file still leads to the file.
  const url = new URL(safeUrl(src)!, document.baseURI).href;
  return { ok: true, src: url, doc: loaded.doc, labels: await labels };
}

/**
 * The period the outline shows: the calendar year the assessment covers when it is published (period
 * "2025" and a period from 2025-01 to 2025-12), else the latest.
 */
export function periodFor(doc: StatisticsDocument, assessment: Assessment): StatisticsPeriod | undefined {
  const year = /^\d{4}$/.exec(assessment.period?.trim() ?? '')?.[0];
  const same = year && doc.periods.find((p) => p.from === `${year}-01` && p.to === `${year}-12`);
  return same || [...doc.periods].sort((a, b) => (a.to < b.to ? 1 : -1))[0];
}

/**
 * What the outline shows of the figures: while the file loads, a status; when it cannot be used, why;
 * else the figures as a part of the outline. Call while rendering.
 */
export function figuresView(
  loaded: Figures | undefined,
  assessment: Assessment,
  locale: string,
): { note?: TemplateResult; part?: Build } {
  if (!loaded) {
    return {
      note: html`<p role="status" class="no-print">
        ${msg('Loading the figures…', { id: 'framework-checklist.figures.loading' })}
      </p>`,
    };
  }
  if (!loaded.ok) return { note: html`<p role="alert" class="no-print">${failureText(loaded)}</p>` };
  return { part: figuresPart(loaded, assessment, locale) };
}

/** Why the figures are missing, in the reader's language; call while rendering. */
function failureText(f: Figures & { ok: false }): string {
  const lead = msg('The figures could not be added to the outline.', {
    id: 'framework-checklist.figures.failed',
  });
  let why: string;
  switch (f.reason) {
    case 'url':
      why = msg('Their address is not a web address (http or https).', {
        id: 'framework-checklist.figures.url',
      });
      break;
    case 'network':
      why = msg('The file could not be reached.', { id: 'framework-checklist.load.network' });
      break;
    case 'http':
      why = msg(str`The server answered with HTTP ${f.status}.`, { id: 'framework-checklist.load.http' });
      break;
    case 'not-json':
      why = msg('The file is not JSON.', { id: 'framework-checklist.problem.not-json' });
      break;
    case 'invalid':
      why = msg(str`The file is not a published statistics file (${f.path || '–'}: ${f.message}).`, {
        id: 'framework-checklist.figures.invalid',
      });
      break;
  }
  return `${lead} ${why}`;
}

/**
 * The figures as a part of the outline. Every text is made here, while rendering, in the reader's
 * language; the part is then built with DOM APIs (text stays text) in the element and in the file.
 */
function figuresPart(f: Figures & { ok: true }, assessment: Assessment, locale: string): Build {
  const p = periodFor(f.doc, assessment);
  const n = (c: Count | undefined): string =>
    c === undefined
      ? '–'
      : typeof c === 'number'
        ? formatInteger(c, locale)
        : 'lt' in c
          ? msg(str`fewer than ${c.lt}`, { id: 'framework-checklist.figures.fewer' })
          : msg(str`at least ${c.gte}`, { id: 'framework-checklist.figures.at-least' });
  // An id the kit does not know (a newer kit's category) is shown as it is.
  const domain = (id: string) => f.labels?.domains.find((x) => x.id === id)?.label ?? id;
  const ground = (id: string) =>
    id === 'other'
      ? msg('Another ground', { id: 'framework-checklist.figures.other' })
      : id === 'unknown'
        ? msg('Ground not known', { id: 'framework-checklist.figures.unknown' })
        : (f.labels?.grounds.find((x) => x.id === id)?.label ?? id);

  const period = !p
    ? ''
    : p.from.endsWith('-01') && p.to.endsWith('-12') && p.from.slice(0, 4) === p.to.slice(0, 4)
      ? p.from.slice(0, 4)
      : `${formatMonth(p.from, locale)} – ${formatMonth(p.to, locale)}`;
  const title = msg(str`Reports of discrimination, ${period}`, { id: 'framework-checklist.figures.title' });
  const publisher = f.doc.publisher?.name;
  const source = p
    ? msg(str`Published ${formatDate(p.publishedAt, locale)} by ${publisher ?? '–'}. Source:`, {
        id: 'framework-checklist.figures.source',
      })
    : '';
  const lines: { heading: string; rows: [string, string][] }[] = [];
  let lead: string;
  let note = '';
  if (!p) {
    lead = msg('The statistics file has no period to show yet.', { id: 'framework-checklist.figures.none' });
  } else if ('withheld' in p) {
    lead = msg(
      'The figures of this period are withheld: there were too few reports to publish them without risk to the people who reported.',
      { id: 'framework-checklist.figures.withheld' },
    );
  } else {
    const c: CountedPeriod = p;
    lead = msg(str`Reports received: ${n(c.reports.total)}`, { id: 'framework-checklist.figures.total' });
    lines.push({
      heading: msg('By area of life', { id: 'framework-checklist.figures.domains' }),
      rows: Object.entries(c.domains).map(([id, s]) => [domain(id), n(s.total)]),
    });
    lines.push({
      heading: msg('By ground (a report can name several)', { id: 'framework-checklist.figures.grounds' }),
      rows: Object.entries(c.grounds).map(([id, s]) => [ground(id), n(s.total)]),
    });
    if (c.areas) {
      const areas = c.areas;
      lines.push({
        heading: msg('By area', { id: 'framework-checklist.figures.areas' }),
        rows: Object.entries(areas.counts).map(([id, count]) => [
          id === 'unspecified'
            ? msg('No area given', { id: 'framework-checklist.figures.unspecified' })
            : (areas.labels[id] ?? id),
          n(count),
        ]),
      });
    }
    note = msg(
      str`Counts under ${c.threshold} are shown as “fewer than ${c.threshold}”, so that nobody who reported can be recognised; “at least ${c.threshold}” marks a count held back so that a small one cannot be worked out.`,
      { id: 'framework-checklist.figures.note' },
    );
  }

  return (doc, level) => {
    const make = (tag: string, className: string, ...children: Child[]) => {
      const node = doc.createElement(tag);
      if (className) node.className = className;
      node.append(...children);
      return node;
    };
    const h = (l: number) => `h${Math.min(l, 6)}`;
    const section = make('section', 'figures', make(h(level), '', title), make('p', '', lead));
    for (const table of lines) {
      const dl = make('dl', '');
      for (const [label, value] of table.rows) dl.append(make('dt', '', label), make('dd', '', value));
      section.append(make(h(level + 1), '', table.heading), dl);
    }
    if (note) section.append(make('p', 'note', note));
    if (source) {
      // The address is printed as well as linked: paper has no links.
      const a = make('a', 'url', f.src);
      a.setAttribute('href', f.src);
      section.append(make('p', 'note', source, ' ', a));
    }
    return section as HTMLElement;
  };
}
