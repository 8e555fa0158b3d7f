// The office page's words, in the page's language (the receiver sets <html lang> from the browser's
// languages, among those it has a catalog for: locales/<tag>.json, served at /admin/locales/<tag>.json
// with English filled in where the language lacks a text). A text with {0}, {1}… becomes a function
// that fills in names and numbers; a text per plural category (one, few, many, other) is chosen by the
// first value. The modules the WordPress plugin shares (keys.js, opening.js, sheet.js, util.js) take
// `lang` and `t` from here; the plugin gives its own texts.js, with WordPress's translations.

export const lang = document.documentElement.lang || 'en';

const CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const isPlural = (value) =>
  value &&
  typeof value === 'object' &&
  'other' in value &&
  Object.keys(value).every((k) => CATEGORIES.has(k));
const fill = (text, values) =>
  text.replace(/\{(\d+)\}/g, (all, i) => (i < values.length ? String(values[i]) : all));

function words(value) {
  if (isPlural(value)) {
    const rules = new Intl.PluralRules(lang);
    return (...values) => fill(value[rules.select(Number(values[0]))] ?? value.other, values);
  }
  if (typeof value === 'string') return /\{\d+\}/.test(value) ? (...values) => fill(value, values) : value;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, words(v)]));
}

const answer = await fetch(new URL(`locales/${encodeURIComponent(lang)}.json`, import.meta.url), {
  credentials: 'omit',
});
const catalog = answer.ok ? await answer.json() : { office: {} };
export const t = words(catalog.office);
