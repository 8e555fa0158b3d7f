import { csvCell as textCell } from '@hrc/framework/csv';
import type { StoredReport } from './store/types.js';

/** A cell for any stored value (missing ones stay empty); quoting and formula neutralising are shared. */
export function csvCell(value: unknown): string {
  return textCell(value === undefined || value === null ? '' : String(value));
}

const COLUMNS: [string, (r: StoredReport) => unknown][] = [
  ['reference', (r) => r.reference],
  ['receivedAt', (r) => r.receivedAt],
  ['status', (r) => r.status],
  ['locale', (r) => r.payload.locale],
  [
    'when',
    (r) =>
      r.payload.when.precision === 'day'
        ? r.payload.when.date
        : `${r.payload.when.year}-${String(r.payload.when.month).padStart(2, '0')}`,
  ],
  ['place', (r) => r.payload.place],
  ['domain', (r) => r.payload.domain],
  ['grounds', (r) => r.payload.grounds.join(' ')],
  ['groundUnknown', (r) => r.payload.groundUnknown],
  ['groundOther', (r) => r.payload.groundOther],
  ['role', (r) => r.payload.role],
  ['organisation', (r) => r.payload.organisation],
  ['wish', (r) => r.payload.wish],
  ['contactKind', (r) => r.payload.contact.kind],
  ['name', (r) => (r.payload.contact.kind === 'contact' ? r.payload.contact.name : '')],
  ['email', (r) => (r.payload.contact.kind === 'contact' ? r.payload.contact.email : '')],
  ['phone', (r) => (r.payload.contact.kind === 'contact' ? r.payload.contact.phone : '')],
  ['contactLanguage', (r) => (r.payload.contact.kind === 'contact' ? r.payload.contact.language : '')],
  ['gender', (r) => r.payload.equality?.gender],
  ['ageGroup', (r) => r.payload.equality?.ageGroup],
  ['migrationBackground', (r) => r.payload.equality?.migrationBackground],
  ['disability', (r) => r.payload.equality?.disability],
  ['sentAt', (r) => r.payload.sentAt],
  ['description', (r) => r.payload.description],
];

export const CSV_HEADER = COLUMNS.map(([name]) => csvCell(name)).join(',') + '\r\n';

/** One CRLF-terminated CSV row (RFC 4180), every cell quoted and neutralised. */
export function csvRow(report: StoredReport): string {
  return COLUMNS.map(([, get]) => csvCell(get(report))).join(',') + '\r\n';
}
