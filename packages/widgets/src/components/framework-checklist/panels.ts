/** Parts of the checklist that stand apart from the 20 cards: problem lists, the confirmation, the report text. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@hrc/framework/ids';
import { formatDate, formatDateTime, formatPercent } from '../../internal/format.js';
import type { ContentOf } from '../../internal/content.js';
import { heading as headingOf } from '../../internal/heading.js';
import { msg, plural, str } from '../../internal/msg.js';
import { ELEMENT_STATUSES, type Assessment } from '@hrc/framework/schemas';
import { problemText, statusLabel } from './messages.js';
import type { Problem } from './parse.js';
import { tally } from './progress.js';
import type { ReportInput } from './report.js';

export interface Formatters {
  dateTime: (iso: string) => string;
  date: (isoDate: string) => string;
  percent: (share: number) => string;
}

/** Date and number formats of a locale. */
export function formatters(locale: Locale): Formatters {
  return {
    dateTime: (iso) => formatDateTime(iso, locale),
    date: (ymd) => formatDate(ymd, locale),
    percent: (share) => formatPercent(share, locale),
  };
}

export function problemList(
  id: string,
  heading: string,
  problems: Problem[],
  titles: ReadonlyMap<string, string>,
  focusable = false,
  level = 3,
): TemplateResult {
  const shown = problems.slice(0, 12);
  const more = problems.length - shown.length;
  return html`<div class="problems" role="alert">
    ${headingOf(level, heading, { id: id || undefined, class: 'h-section', tabindex: focusable ? '-1' : undefined })}
    <ul>
      ${shown.map((p) => html`<li>${problemText(p, titles)}</li>`)}
      ${
        more > 0
          ? html`<li>
              ${msg(plural(more, { other: str`And ${more} more.` }), {
                id: 'framework-checklist.problem.more',
              })}
            </li>`
          : nothing
      }
    </ul>
  </div>`;
}

export function loadFailure(
  f: { status?: number; problems?: Problem[] },
  heading: string,
  titles: ReadonlyMap<string, string>,
  level = 3,
): TemplateResult {
  if (f.problems) return problemList('', heading, f.problems, titles, false, level);
  const status = f.status ?? 0;
  return html`<div class="problems" role="alert">
    ${headingOf(level, heading, { class: 'h-section' })}
    <p>
      ${
        status
          ? msg(str`The server answered with HTTP ${status}.`, { id: 'framework-checklist.load.http' })
          : msg('The file could not be reached.', { id: 'framework-checklist.load.network' })
      }
    </p>
  </div>`;
}

/**
 * The confirmation before clearing or replacing the assessment. It opens with focus on Cancel, the
 * safe choice, so Enter pressed twice keeps the assessment (`autofocus` inside a `<dialog>` is how
 * HTML says where a dialog's focus starts).
 */
/* eslint-disable lit-a11y/no-autofocus -- the dialog's starting focus (above), not the page's */
export function confirmDialog(
  kind: 'reset' | 'import' | undefined,
  fileName: string,
  answer: (yes: boolean) => void,
  level = 3,
): TemplateResult {
  const isImport = kind === 'import';
  return html`<dialog aria-labelledby="confirm-title" @cancel=${() => answer(false)}>
    ${headingOf(
      level,
      isImport
        ? msg('Replace the current assessment?', { id: 'framework-checklist.confirm.import-title' })
        : msg('Clear the whole checklist?', { id: 'framework-checklist.confirm.reset-title' }),
      { id: 'confirm-title', class: 'h-section' },
    )}
    <p>
      ${
        isImport
          ? msg(
              str`The assessment from ${fileName} replaces everything filled in now. Export first if you want to keep a copy.`,
              { id: 'framework-checklist.confirm.import-text' },
            )
          : msg(
              'Every status, note and link is removed, here and in this browser. Export first if you want to keep a copy.',
              { id: 'framework-checklist.confirm.reset-text' },
            )
      }
    </p>
    <div class="dialog-actions">
      <button type="button" class="danger" @click=${() => answer(true)}>
        ${
          isImport
            ? msg('Replace', { id: 'framework-checklist.confirm.import' })
            : msg('Clear', { id: 'framework-checklist.confirm.reset' })
        }
      </button>
      <button type="button" autofocus @click=${() => answer(false)}>
        ${msg('Cancel', { id: 'framework-checklist.confirm.cancel' })}
      </button>
    </div>
  </dialog>`;
}
/* eslint-enable lit-a11y/no-autofocus */

export function reportInput(
  content: ContentOf<'framework'>,
  data: Assessment,
  f: Formatters,
  name: string,
  level = 3,
): ReportInput {
  const layers = new Map(content.layers.map((l) => [l.id, l.title]));
  const overall = tally(data);
  const inPlace = overall.counts['in-place'];
  const applicable = overall.applicable;
  return {
    assessment: data,
    elements: content.elements.map((e) => ({ id: e.id, title: e.title, layer: layers.get(e.layer) ?? '' })),
    formatDate: f.date,
    level,
    text: {
      title: name
        ? msg(str`Human rights city self-assessment: ${name}`, { id: 'framework-checklist.report.title' })
        : msg('Human rights city self-assessment', { id: 'framework-checklist.title' }),
      summary: msg(
        plural(applicable, {
          one: str`${inPlace} of ${applicable} applicable element in place (${f.percent(overall.share)}).`,
          other: str`${inPlace} of ${applicable} applicable elements in place (${f.percent(overall.share)}).`,
        }),
        {
          id: 'framework-checklist.progress.overall',
        },
      ),
      ...(data.updatedAt
        ? {
            updated: msg(str`Last changed ${f.dateTime(data.updatedAt)}`, {
              id: 'framework-checklist.changed',
            }),
          }
        : {}),
      status: Object.fromEntries(ELEMENT_STATUSES.map((s) => [s, statusLabel(s)])) as Record<
        (typeof ELEMENT_STATUSES)[number],
        string
      >,
      department: msg('Responsible department', { id: 'framework-checklist.department' }),
      targetDate: msg('Target date', { id: 'framework-checklist.target-date' }),
      evidence: msg('Evidence', { id: 'framework-checklist.evidence' }),
      layer: msg('Layer', { id: 'framework-checklist.layer' }),
      statusWord: msg('Status', { id: 'framework-checklist.status' }),
      element: msg('Element', { id: 'framework-checklist.element' }),
      note: msg('Note', { id: 'framework-checklist.note' }),
      lastChanged: msg('Last changed', { id: 'framework-checklist.csv.changed' }),
    },
  };
}
