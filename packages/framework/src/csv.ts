/**
 * One CSV cell, for every export of the kit (checklist, receiver). The cell is quoted (RFC 4180), and a
 * value that a spreadsheet would read as a formula — starting with = + - @, a tab or a carriage
 * return — gets a leading apostrophe, as OWASP's guidance on CSV injection advises, so it stays text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const neutral = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${neutral.replace(/"/g, '""')}"`;
}
