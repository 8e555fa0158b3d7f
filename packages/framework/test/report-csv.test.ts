// The report CSV, defined once (src/report-csv.ts) and written by the build for receivers in other
// languages (dist/report-csv.json); conformance/csv/report-rows.json holds lines every receiver must
// write for the same stored reports (the WordPress plugin's PHPUnit test reads it too).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPORT_CSV, reportCsvHeader, reportCsvRow, reportCsvValue } from '../src/report-csv.js';

const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const expected = readJson('../conformance/csv/report-rows.json') as {
  header: string;
  rows: { record: Parameters<typeof reportCsvRow>[0]; line: string }[];
};

/** Splits a line of quoted cells the way a spreadsheet program does, whatever the separator it expects. */
function split(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (!quoted && c === separator) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  return [...cells, cell];
}

describe('report CSV', () => {
  it('is written for other languages exactly as defined', () => {
    expect(readJson('../dist/report-csv.json')).toEqual(REPORT_CSV);
  });

  it('writes the shared example rows', () => {
    expect(reportCsvHeader()).toBe(expected.header);
    for (const { record, line } of expected.rows) expect(reportCsvRow(record)).toBe(line);
  });

  it('quotes every cell and neutralises formulas, also for a spreadsheet that splits on ;', () => {
    const line = expected.rows[0]!.line.replace(/\r\n$/, '');
    const comma = split(line, ',');
    expect(comma).toHaveLength(REPORT_CSV.columns.length);
    expect(comma[REPORT_CSV.columns.findIndex((c) => c.name === 'place')]).toBe('x;=2+5');
    for (const cell of comma) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    // Dutch Excel splits on ";": inside quotes it does not split, so no cell starts with "=2+5".
    for (const cell of split(line, ';')) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    for (const cell of line.match(/"(?:[^"]|"")*"|[^,]+/g) ?? []) expect(cell).toMatch(/^".*"$/s);
  });

  it('spells values one way: booleans, lists, dates, times, missing values', () => {
    expect(reportCsvValue(true, 'boolean')).toBe('true');
    expect(reportCsvValue(false, 'boolean')).toBe('false');
    expect(reportCsvValue(['age', 'sex'], 'list')).toBe('age sex');
    expect(reportCsvValue({ precision: 'month', month: 3, year: 2024 }, 'when')).toBe('2024-03');
    expect(reportCsvValue({ precision: 'day', date: '2024-03-09' }, 'when')).toBe('2024-03-09');
    expect(reportCsvValue('2025-10-02T11:13:58.999+02:00', 'datetime')).toBe('2025-10-02T09:13:58Z');
    expect(reportCsvValue(undefined, 'text')).toBe('');
    expect(reportCsvValue({ nested: 1 }, 'text')).toBe('');
  });
});
