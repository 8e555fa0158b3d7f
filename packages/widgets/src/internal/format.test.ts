import { expect } from '@open-wc/testing';
import { LOCALES } from '@hrc/framework/ids';
import { formatDate, formatDateTime, formatInteger, formatList, formatMonth } from './format.js';

// The browser's own Intl is the reference; only the kind of space may differ between versions.
const same = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('kit formats (no Intl at render time)', () => {
  for (const locale of LOCALES) {
    it(`writes whole numbers as Intl does (${locale})`, () => {
      const intl = new Intl.NumberFormat(locale);
      for (const n of [0, 7, 10, 999, 1000, 12345, 35000, 100000, 1234567, -4200]) {
        expect(formatInteger(n, locale), String(n)).to.equal(same(intl.format(n)));
      }
    });

    it(`joins lists as Intl does (${locale})`, () => {
      const intl = new Intl.ListFormat(locale, { type: 'conjunction' });
      for (const items of [
        [],
        ['Graz'],
        ['Graz', 'Utrecht'],
        ['Graz (2001)', 'Utrecht (2011)', 'Lund'],
        ['a', 'b', 'c', 'd'],
      ]) {
        expect(formatList(items, locale), items.join('|')).to.equal(same(intl.format(items)));
      }
    });

    it(`writes months as Intl does (${locale})`, () => {
      const long = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
      const short = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
      for (let m = 1; m <= 12; m++) {
        const date = new Date(Date.UTC(2026, m - 1, 15));
        const ym = `2026-${String(m).padStart(2, '0')}`;
        expect(formatMonth(ym, locale), ym).to.equal(same(long.format(date)));
        expect(formatMonth(ym, locale, true), ym).to.equal(same(short.format(date)).replace(/\.$/, ''));
      }
      expect(formatMonth('2026-13', locale)).to.equal('2026-13');
    });

    it(`writes dates as Intl does (${locale})`, () => {
      const intl = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
      for (let month = 1; month <= 12; month++) {
        const ymd = `2026-${String(month).padStart(2, '0')}-${String(month * 2).padStart(2, '0')}`;
        expect(formatDate(ymd, locale), ymd).to.equal(same(intl.format(new Date(`${ymd}T00:00:00Z`))));
      }
    });

    it(`writes moments in the reader's time zone as Intl does (${locale})`, () => {
      const intl = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
      for (let month = 0; month < 12; month++) {
        for (const hour of [0, 1, 9, 11, 12, 13, 23]) {
          const iso = new Date(2026, month, month + 1, hour, month * 5).toISOString();
          expect(formatDateTime(iso, locale), iso).to.equal(same(intl.format(new Date(iso))));
        }
      }
    });
  }

  it('gives back what it cannot read', () => {
    expect(formatDate('soon', 'en')).to.equal('soon');
    expect(formatDateTime('not a date', 'nl')).to.equal('not a date');
  });
});
