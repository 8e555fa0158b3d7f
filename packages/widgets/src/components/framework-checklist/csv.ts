/**
 * CSV for spreadsheets. Every cell is quoted (RFC 4180), and a cell that a spreadsheet would read as a
 * formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe, as OWASP's
 * guidance on CSV injection advises: a link label such as `=HYPERLINK(…)` stays text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const neutral = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${neutral.replace(/"/g, '""')}"`;
}

/**
 * The whole file, with a byte order mark so spreadsheet programs read UTF-8, and CRLF line ends.
 * `separator` follows the reader's spreadsheet habits: `;` where the decimal mark is a comma.
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string>>, separator = ','): string {
  return `\ufeff${rows.map((row) => row.map(csvCell).join(separator)).join('\r\n')}\r\n`;
}
