/**
 * Numbers, lists, dates and plural categories in any locale, by the platform's `Intl`. Nothing is
 * written out per locale here: a new language needs no code.
 *
 * Creating a formatter makes the browser load that locale's data (tens of milliseconds on a slow phone
 * the first time a page does so), so each formatter is made once per locale and kept. `warmFormats`
 * makes them ahead of a first render, when a locale's catalog arrives.
 */

type Formatter<T> = Map<string, T>;

function cached<T>(cache: Formatter<T>, locale: string, make: () => T): T {
  let f = cache.get(locale);
  if (!f) cache.set(locale, (f = make()));
  return f;
}

const integers: Formatter<Intl.NumberFormat> = new Map();
const decimals: Formatter<Intl.NumberFormat> = new Map();
const percents: Formatter<Intl.NumberFormat> = new Map();
const lists: Formatter<Intl.ListFormat> = new Map();
const dates: Formatter<Intl.DateTimeFormat> = new Map();
const moments: Formatter<Intl.DateTimeFormat> = new Map();
const plurals: Formatter<Intl.PluralRules> = new Map();

const integerFormat = (locale: string) =>
  cached(integers, locale, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }));

/** 35000 → "35,000" (en), "35.000" (nl, de), "35 000" (fr). */
export function formatInteger(n: number, locale: string): string {
  return integerFormat(locale).format(Math.round(n));
}

/** 0.42 → "42%" (en, nl), "42 %" (de, fr). */
export function formatPercent(share: number, locale: string): string {
  return cached(percents, locale, () => new Intl.NumberFormat(locale, { style: 'percent' })).format(share);
}

/** ["A", "B", "C"] → "A, B, and C" (en), "A, B en C" (nl), "A, B und C" (de). */
export function formatList(items: readonly string[], locale: string): string {
  return cached(lists, locale, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);
}

/** A calendar date "2026-03-05" → "March 5, 2026" (en), "5 maart 2026" (nl), "5. März 2026" (de). */
export function formatDate(isoDate: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  const day = match && new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  // A day that does not exist (31 February) is shown as given rather than as another day.
  if (!day || day.toISOString().slice(0, 10) !== match[0]) return isoDate;
  return cached(
    dates,
    locale,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
  ).format(day);
}

/** A moment, in the reader's time zone: "Mar 5, 2026, 10:07 AM" (en), "05.03.2026, 10:07" (de). */
export function formatDateTime(iso: string, locale: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  return cached(
    moments,
    locale,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(t);
}

/** The plural category of `n` in `locale`: "one", "few", "many", "other", … */
export function pluralCategory(n: number, locale: string): Intl.LDMLPluralRule {
  return cached(plurals, locale, () => new Intl.PluralRules(locale)).select(n);
}

/**
 * The cell separator a spreadsheet expects in `locale`: `;` where the decimal mark is a comma (nl, de,
 * fr, …), else `,`.
 */
export function csvSeparator(locale: string): ',' | ';' {
  const decimal = cached(decimals, locale, () => new Intl.NumberFormat(locale))
    .formatToParts(0.5)
    .find((p) => p.type === 'decimal')?.value;
  return decimal === ',' ? ';' : ',';
}

/** Makes the formatters of `locale` now, so that a first render does not wait for locale data. */
export function warmFormats(locale: string): void {
  integerFormat(locale);
  pluralCategory(1, locale);
}

const months: Formatter<Intl.DateTimeFormat> = new Map();
const shortMonths: Formatter<Intl.DateTimeFormat> = new Map();

/** A calendar month "2026-03" → "March 2026" (en), "maart 2026" (nl); with `short`, its name alone: "Mar". */
export function formatMonth(yearMonth: string, locale: string, short = false): string {
  const match = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  const i = match ? Number(match[2]) - 1 : -1;
  if (!match || i < 0 || i > 11) return yearMonth;
  const date = new Date(Date.UTC(Number(match[1]), i, 15));
  const format = short
    ? cached(shortMonths, locale, () => new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }))
    : cached(
        months,
        locale,
        () => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
      );
  // Some locales end a short month with a full stop ("mrt."); a chart's axis has no room for it.
  return short ? format.format(date).replace(/\.$/, '') : format.format(date);
}
