import { expect } from '@open-wc/testing';
import {
  csvSeparator,
  formatDate,
  formatDateTime,
  formatInteger,
  formatList,
  formatMonth,
  formatPercent,
  pluralCategory,
} from './format.js';

// Only the kind of space differs between ICU versions.
const same = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('kit formats (Intl, any locale)', () => {
  it('writes whole numbers in the conventions of each locale', () => {
    expect(formatInteger(35000, 'en')).to.equal('35,000');
    expect(formatInteger(35000, 'nl')).to.equal('35.000');
    expect(formatInteger(35000, 'de')).to.equal('35.000');
    expect(same(formatInteger(35000, 'fr'))).to.equal('35 000');
    expect(formatInteger(-4200.4, 'en')).to.equal('-4,200');
  });

  it('joins lists with the word of each locale', () => {
    const cities = ['Graz', 'Utrecht', 'Lund'];
    expect(formatList(cities, 'en')).to.equal('Graz, Utrecht, and Lund');
    expect(formatList(cities, 'nl')).to.equal('Graz, Utrecht en Lund');
    expect(formatList(cities, 'de')).to.equal('Graz, Utrecht und Lund');
    expect(formatList([], 'de')).to.equal('');
    expect(formatList(['Graz'], 'de')).to.equal('Graz');
  });

  it('writes calendar dates without shifting them by the time zone', () => {
    expect(formatDate('2026-03-05', 'en')).to.equal('March 5, 2026');
    expect(formatDate('2026-03-05', 'nl')).to.equal('5 maart 2026');
    expect(formatDate('2026-03-05', 'de')).to.equal('5. März 2026');
    expect(formatDate('2026-12-31', 'de')).to.equal('31. Dezember 2026');
  });

  it('writes months by Intl, long with the year or short alone', () => {
    expect(formatMonth('2026-03', 'en')).to.equal('March 2026');
    expect(formatMonth('2026-03', 'nl')).to.equal('maart 2026');
    expect(formatMonth('2026-03', 'de')).to.equal('März 2026');
    expect(formatMonth('2026-03', 'nl', true)).to.equal('mrt');
    expect(formatMonth('2026-13', 'en')).to.equal('2026-13');
  });

  it("writes moments in the reader's time zone", () => {
    const iso = new Date(2026, 2, 5, 14, 7).toISOString();
    expect(same(formatDateTime(iso, 'de'))).to.equal('05.03.2026, 14:07');
    expect(same(formatDateTime(iso, 'en'))).to.equal('Mar 5, 2026, 2:07 PM');
  });

  it('writes percentages as each locale does', () => {
    expect(formatPercent(0.42, 'en')).to.equal('42%');
    expect(same(formatPercent(0.42, 'de'))).to.equal('42 %');
  });

  it('knows the plural categories of each locale', () => {
    expect(pluralCategory(1, 'en')).to.equal('one');
    expect(pluralCategory(5, 'en')).to.equal('other');
    expect(pluralCategory(5, 'pl')).to.equal('many');
    expect(pluralCategory(3, 'uk')).to.equal('few');
    expect(pluralCategory(2, 'ar')).to.equal('two');
  });

  it('separates CSV cells by `;` where the decimal mark is a comma', () => {
    expect(csvSeparator('en')).to.equal(',');
    expect(csvSeparator('nl')).to.equal(';');
    expect(csvSeparator('de')).to.equal(';');
    expect(csvSeparator('fr')).to.equal(';');
  });

  it('gives back what it cannot read', () => {
    expect(formatDate('soon', 'en')).to.equal('soon');
    expect(formatDate('2026-02-31', 'en')).to.equal('2026-02-31');
    expect(formatDateTime('not a date', 'nl')).to.equal('not a date');
  });
});
