/**
 * Numbers, lists and dates in the kit's two locales, written out rather than built with `Intl`.
 *
 * The first `Intl` formatter a page creates makes the browser load its locale data: 30–60 ms on a fast
 * desktop and 115–190 ms with the CPU slowed 4× (Chromium 156), which made every element that formatted
 * something during its first render a long task. The kit needs only these few formats, in Dutch and
 * English, so they are spelled out here; the tests hold them to what `Intl` itself gives for `nl` and
 * `en`. A third locale would add its own lines here.
 */
import type { Locale } from '@hrc/framework/ids';

const MONTHS: Record<Locale, readonly string[]> = {
  en: 'January February March April May June July August September October November December'.split(' '),
  nl: 'januari februari maart april mei juni juli augustus september oktober november december'.split(' '),
};
const SHORT_MONTHS: Record<Locale, readonly string[]> = {
  en: 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' '),
  nl: 'jan feb mrt apr mei jun jul aug sep okt nov dec'.split(' '),
};

/** 35000 → "35,000" (en) or "35.000" (nl). Whole numbers only. */
export function formatInteger(n: number, locale: Locale): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.abs(Math.round(n)));
  return sign + digits.replace(/\B(?=(\d{3})+$)/g, locale === 'nl' ? '.' : ',');
}

/** ["A", "B", "C"] → "A, B, and C" (en) or "A, B en C" (nl). */
export function formatList(items: readonly string[], locale: Locale): string {
  if (items.length < 2) return items[0] ?? '';
  const last = items[items.length - 1];
  const head = items.slice(0, -1).join(', ');
  if (locale === 'nl') return `${head} en ${last}`;
  return items.length === 2 ? `${head} and ${last}` : `${head}, and ${last}`;
}

/** A calendar date "2026-03-05" → "March 5, 2026" (en) or "5 maart 2026" (nl). */
export function formatDate(isoDate: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  const month = match && MONTHS[locale][Number(match[2]) - 1];
  if (!match || !month) return isoDate;
  const [y, d] = [Number(match[1]), Number(match[3])];
  return locale === 'nl' ? `${d} ${month} ${y}` : `${month} ${d}, ${y}`;
}

/** A moment, in the reader's time zone: "Mar 5, 2026, 10:07 AM" (en) or "5 mrt 2026, 10:07" (nl). */
export function formatDateTime(iso: string, locale: Locale): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  const month = SHORT_MONTHS[locale][t.getMonth()];
  const minutes = String(t.getMinutes()).padStart(2, '0');
  if (locale === 'nl') {
    return `${t.getDate()} ${month} ${t.getFullYear()}, ${String(t.getHours()).padStart(2, '0')}:${minutes}`;
  }
  const h = t.getHours();
  return `${month} ${t.getDate()}, ${t.getFullYear()}, ${h % 12 || 12}:${minutes} ${h < 12 ? 'AM' : 'PM'}`;
}

/** A calendar month "2026-03" → "March 2026" (both locales), or its short name alone: "Mar", "mrt". */
export function formatMonth(yearMonth: string, locale: Locale, short = false): string {
  const match = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  const i = match ? Number(match[2]) - 1 : -1;
  if (!match || i < 0 || i > 11) return yearMonth;
  return short ? SHORT_MONTHS[locale][i]! : `${MONTHS[locale][i]} ${match[1]}`;
}
