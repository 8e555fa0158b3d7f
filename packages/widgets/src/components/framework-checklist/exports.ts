/** What the export buttons produce: the assessment as JSON, a CSV table and the report outline. */
import { csvSeparator } from '../../internal/format.js';
import { toCsv } from './csv.js';
import { download, fileName, reportDocument, type ReportInput } from './report.js';
import { statusOf } from './progress.js';

/** One row per element, in the guide's order, with a header row in the reader's language. */
export function csvRows(input: ReportInput): string[][] {
  const { text, assessment } = input;
  const header = [
    text.layer,
    'id',
    text.element,
    text.statusWord,
    text.department,
    text.targetDate,
    text.lastChanged,
    text.note,
    text.evidence,
  ];
  const rows = input.elements.map((e) => {
    const entry = assessment.elements[e.id];
    return [
      e.layer,
      e.id,
      e.title,
      text.status[statusOf(assessment, e.id)],
      entry?.department ?? '',
      entry?.targetDate ?? '',
      entry?.updatedAt ?? '',
      entry?.note ?? '',
      (entry?.evidence ?? []).map((ev) => `${ev.label} <${ev.url}>`).join('\n'),
    ];
  });
  return [header, ...rows];
}

/** Spreadsheets expect `;` between cells where the comma is the decimal mark (Dutch, German, …). */
export function csvText(input: ReportInput, locale: string): string {
  return toCsv(csvRows(input), csvSeparator(locale));
}

export function exportCsv(root: ShadowRoot, input: ReportInput, locale: string): void {
  download(root, fileName(input.assessment, 'csv'), 'text/csv;charset=utf-8', csvText(input, locale));
}

export function exportJson(root: ShadowRoot, json: string, name: string): void {
  download(root, name, 'application/json', json);
}

export function exportReport(root: ShadowRoot, input: ReportInput, locale: string): void {
  download(
    root,
    fileName(input.assessment, 'html'),
    'text/html;charset=utf-8',
    reportDocument(input, locale),
  );
}
