/**
 * The CSV export of received reports, defined once: column names, their order, and how each value is
 * spelled. `@hrc/receiver` exports with `reportCsvHeader()` and `reportCsvRow()`; the WordPress plugin
 * reads the same definition from `dist/report-csv.json` (written by the build) and spells the values by
 * the same `format` rules in PHP. Every cell goes through `csvCell`: quoted, formulas neutralised.
 */
import { csvCell } from './csv.js';

/**
 * How a value is spelled in its cell. A missing value is always an empty cell.
 * - `text`: the string as stored (numbers in decimal).
 * - `boolean`: `true` or `false`.
 * - `list`: the items joined with `REPORT_CSV.listSeparator`.
 * - `when`: a day as `YYYY-MM-DD`, a month as `YYYY-MM`.
 * - `datetime`: an ISO 8601 time in UTC to the second, `YYYY-MM-DDTHH:MM:SSZ`.
 */
export const REPORT_CSV_FORMATS = ['text', 'boolean', 'list', 'when', 'datetime'] as const;
export type ReportCsvFormat = (typeof REPORT_CSV_FORMATS)[number];

export interface ReportCsvColumn {
  /** The column's heading. */
  readonly name: string;
  /** Where the value sits in a stored report `{ reference, receivedAt, status, payload }`, dot-separated. */
  readonly path: string;
  readonly format: ReportCsvFormat;
}

/** The definition as data, so receivers in other languages can follow it (see `dist/report-csv.json`). */
export const REPORT_CSV = {
  version: 1,
  listSeparator: ' ',
  columns: [
    { name: 'reference', path: 'reference', format: 'text' },
    { name: 'receivedAt', path: 'receivedAt', format: 'datetime' },
    { name: 'status', path: 'status', format: 'text' },
    { name: 'locale', path: 'payload.locale', format: 'text' },
    { name: 'when', path: 'payload.when', format: 'when' },
    { name: 'place', path: 'payload.place', format: 'text' },
    { name: 'domain', path: 'payload.domain', format: 'text' },
    { name: 'grounds', path: 'payload.grounds', format: 'list' },
    { name: 'groundUnknown', path: 'payload.groundUnknown', format: 'boolean' },
    { name: 'groundOther', path: 'payload.groundOther', format: 'text' },
    { name: 'role', path: 'payload.role', format: 'text' },
    { name: 'organisation', path: 'payload.organisation', format: 'text' },
    { name: 'wish', path: 'payload.wish', format: 'text' },
    { name: 'contactKind', path: 'payload.contact.kind', format: 'text' },
    { name: 'name', path: 'payload.contact.name', format: 'text' },
    { name: 'email', path: 'payload.contact.email', format: 'text' },
    { name: 'phone', path: 'payload.contact.phone', format: 'text' },
    { name: 'contactLanguage', path: 'payload.contact.language', format: 'text' },
    { name: 'gender', path: 'payload.equality.gender', format: 'text' },
    { name: 'ageGroup', path: 'payload.equality.ageGroup', format: 'text' },
    { name: 'migrationBackground', path: 'payload.equality.migrationBackground', format: 'text' },
    { name: 'disability', path: 'payload.equality.disability', format: 'text' },
    { name: 'sentAt', path: 'payload.sentAt', format: 'text' },
    { name: 'description', path: 'payload.description', format: 'text' },
  ] satisfies readonly ReportCsvColumn[],
} as const;

function at(record: unknown, path: string): unknown {
  let value = record;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

const pad = (n: unknown, width: number) => String(n).padStart(width, '0');

/** A value spelled as its column's format says (before quoting). */
export function reportCsvValue(value: unknown, format: ReportCsvFormat): string {
  if (value === undefined || value === null) return '';
  switch (format) {
    case 'boolean':
      return value === true ? 'true' : value === false ? 'false' : '';
    case 'list':
      return Array.isArray(value) ? value.map(String).join(REPORT_CSV.listSeparator) : String(value);
    case 'when': {
      const when = value as { precision?: unknown; date?: unknown; year?: unknown; month?: unknown };
      if (when.precision === 'day') return String(when.date ?? '');
      if (when.precision === 'month') return `${pad(when.year, 4)}-${pad(when.month, 2)}`;
      return '';
    }
    case 'datetime': {
      const time = new Date(String(value));
      return Number.isNaN(time.getTime()) ? String(value) : `${time.toISOString().slice(0, 19)}Z`;
    }
    case 'text':
      return typeof value === 'object' ? '' : String(value);
  }
}

/** The heading line, CRLF-terminated. */
export function reportCsvHeader(): string {
  return `${REPORT_CSV.columns.map((c) => csvCell(c.name)).join(',')}\r\n`;
}

/** One stored report as a CSV line (RFC 4180, CRLF), every cell quoted and neutralised. */
export function reportCsvRow(record: {
  reference: string;
  receivedAt: string;
  status: string;
  payload: object;
}): string {
  return `${REPORT_CSV.columns.map((c) => csvCell(reportCsvValue(at(record, c.path), c.format))).join(',')}\r\n`;
}
