/**
 * CSV for spreadsheets. Cells are quoted and formula-like values neutralised by the kit's shared
 * `csvCell`: a link label such as `=HYPERLINK(…)` stays text.
 */
import { csvCell } from '@hrc/framework/csv';

export { csvCell };

/**
 * The whole file, with a byte order mark so spreadsheet programs read UTF-8, and CRLF line ends.
 * `separator` follows the reader's spreadsheet habits: `;` where the decimal mark is a comma.
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string>>, separator = ','): string {
  return `\ufeff${rows.map((row) => row.map(csvCell).join(separator)).join('\r\n')}\r\n`;
}
