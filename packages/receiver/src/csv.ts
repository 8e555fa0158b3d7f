import { csvCell as textCell } from '@hrc/framework/csv';

export { reportCsvHeader, reportCsvRow } from '@hrc/framework/report-csv';

/** A cell for any stored value (missing ones stay empty); quoting and formula neutralising are shared. */
export function csvCell(value: unknown): string {
  return textCell(value === undefined || value === null ? '' : String(value));
}
