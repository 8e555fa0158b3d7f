import { readdirSync, readFileSync } from 'node:fs';

/**
 * The receiver's words: the reasons given with 4xx answers and the office page's texts, one catalog per
 * language in `locales/<tag>.json` (English is the source and fills in what another language lacks).
 * The form shows its own localized texts by `error`/`code`; these reasons are for people reading the
 * raw answer (developers, office staff, logs). A language is added by adding its file: the receiver
 * answers in it and the office page speaks it, with no code change.
 */
export type Lang = string;

interface Catalog {
  locale: string;
  dir: 'ltr' | 'rtl';
  name: string;
  status: 'draft' | 'reviewed';
  errors: Record<string, string>;
  fields: Record<string, string>;
  office: Record<string, unknown>;
}

const localesDir = new URL('../locales/', import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(new URL(file, localesDir), 'utf8')) as Catalog;
const english = read('en.json');
/** Every catalog, by its tag in lower case. */
const CATALOGS = new Map<string, Catalog>(
  readdirSync(localesDir)
    .filter((f) => /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*\.json$/.test(f))
    .map((f) => read(f))
    .map((c) => [c.locale.toLowerCase(), c]),
);

/** The languages the receiver has words for, as tags (`en`, `nl`, `de`, …). */
export const LOCALES: readonly string[] = [...CATALOGS.values()].map((c) => c.locale).sort();

/** A language's catalog, with English filled in where it lacks a text. */
function catalog(lang: Lang): Catalog {
  return CATALOGS.get(lang.toLowerCase()) ?? english;
}

/** The direction a language is written in. */
export const dirOf = (lang: Lang): 'ltr' | 'rtl' => catalog(lang).dir;

function merged(en: unknown, tr: unknown): unknown {
  if (en && typeof en === 'object' && !Array.isArray(en)) {
    // A text per plural category is the language's own set of categories, not laid over English's.
    if (tr && typeof tr === 'object' && 'other' in tr) return tr;
    const given = (tr ?? {}) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(en).map(([k, v]) => [k, merged(v, given[k])]));
  }
  return typeof tr === 'string' && tr.trim() ? tr : en;
}

const officeTexts = new Map<string, string>();
/** The office page's texts in a language, English where it has none, as JSON. */
export function officeCatalog(lang: Lang): string {
  const c = catalog(lang);
  let text = officeTexts.get(c.locale);
  if (text === undefined) {
    text = JSON.stringify({
      locale: c.locale,
      dir: c.dir,
      status: c.status,
      office: merged(english.office, c.office),
    });
    officeTexts.set(c.locale, text);
  }
  return text;
}

export type ErrorCode =
  | 'not-found'
  | 'bad-request'
  | 'headers-too-large'
  | 'request-timeout'
  | 'method-not-allowed'
  | 'origin-not-allowed'
  | 'unsupported-media-type'
  | 'too-large'
  | 'malformed-json'
  | 'idempotency-key-missing'
  | 'idempotency-key-invalid'
  | 'idempotency-key-in-flight'
  | 'idempotency-key-reused'
  | 'invalid'
  | 'sealed-only'
  | 'invalid-envelope'
  | 'unknown-key'
  | 'rejected'
  | 'rate-limited'
  | 'unauthorized'
  | 'office-disabled'
  | 'invalid-status'
  | 'invalid-query'
  | 'malformed-multipart'
  | 'evidence-needs-seal'
  | 'evidence-mismatch'
  | 'evidence-too-large'
  | 'invalid-period'
  | 'period-not-over'
  | 'period-overlaps'
  | 'receipt-taken'
  | 'unknown-receipt'
  | 'invalid-lookup'
  | 'invalid-message'
  | 'conversation-full'
  | 'no-follow-up'
  | 'server-error';

export function errorMessage(code: ErrorCode, lang: Lang): string {
  return catalog(lang).errors[code] ?? english.errors[code] ?? code;
}

export function fieldMessage(code: string, lang: Lang): string {
  const c = catalog(lang);
  return c.fields[code] ?? english.fields[code] ?? c.fields.custom ?? english.fields.custom ?? code;
}

/**
 * The language to answer in: the client's most preferred language the receiver has words for (a
 * regional tag such as `de-AT` is answered in `de` when there is no `de-AT`), else `fallback`.
 */
export function langFrom(acceptLanguage: string | undefined, fallback: Lang = 'en'): Lang {
  if (!acceptLanguage) return fallback;
  const wanted = acceptLanguage
    .split(',')
    .slice(0, 32)
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1, order };
    })
    .filter((x) => x.tag && x.tag !== '*' && !Number.isNaN(x.q) && x.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const { tag } of wanted) {
    const parts = tag.split('-');
    for (let n = parts.length; n > 0; n--) {
      const found = CATALOGS.get(parts.slice(0, n).join('-'));
      if (found) return found.locale;
    }
  }
  return fallback;
}
