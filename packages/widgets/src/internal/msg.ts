/**
 * The kit's UI strings, written in English in the code:
 *
 *   msg('Send report', { id: 'report-form.send' })
 *   msg(str`Step ${index} of ${total}`, { id: 'report-form.progress' })
 *   msg(plural(n, { one: str`${n} link`, other: str`${n} links` }), { id: 'framework-checklist.links' })
 *
 * The id is the key in every locale's catalog (`locales/<tag>.json`), where the values of a str`` are
 * written `{0}`, `{1}` in the order of the source, and a plural message has one text per plural
 * category of that language (Intl.PluralRules: zero, one, two, few, many, other). The build reads these
 * calls to write the English catalog, so the first argument is always written out as above.
 *
 * `msg()` answers in the locale of the element that is rendering (see `withMessages`); outside of one,
 * in English. This is the kit's own small implementation with @lit/localize's authoring shape: it uses
 * no other library's internals, so a page whose own app configures @lit/localize is not affected.
 */
import { pluralCategory } from './format.js';

/** A str`` message: the source's strings and the values between them. */
export interface StrResult {
  readonly strings: TemplateStringsArray;
  readonly values: readonly unknown[];
}

/** A message with a text per plural category of `count`; `other` is always there. */
export interface PluralResult {
  readonly count: number;
  readonly forms: Readonly<Partial<Record<Intl.LDMLPluralRule, string | StrResult>>> & {
    readonly other: string | StrResult;
  };
}

/** A catalog's text for one message: a text, or a text per plural category. */
export type CatalogMessage = string | Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>;

/** Where `msg()` looks while an element renders. */
export interface MessageContext {
  /** The language of the catalogs (for plural rules), e.g. `de`. */
  readonly locale: string;
  /** Catalogs, most specific first (`de-AT`, then `de`); English needs none. */
  readonly catalogs: readonly { readonly messages: Readonly<Record<string, CatalogMessage>> }[];
  /** Collects the English texts shown because no catalog had them (to be marked `lang="en"`). */
  readonly fallbacks?: Set<string>;
  /** The catalogs' writing direction; in `rtl` every value is isolated (see `isolate`). */
  readonly dir?: 'ltr' | 'rtl';
}

/** Tags a template literal as a message with values. */
export function str(strings: TemplateStringsArray, ...values: unknown[]): StrResult {
  return { strings, values };
}

/** A message whose wording depends on `count`, in English `one` and `other`. */
export function plural(count: number, forms: PluralResult['forms']): PluralResult {
  return { count, forms };
}

const isPlural = (m: unknown): m is PluralResult => typeof m === 'object' && m !== null && 'forms' in m;

/** A letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko and their forms). */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/**
 * A value as it goes into a sentence: wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (as
 * Fluent does) when the sentence is right to left or the value holds right-to-left letters, so that a
 * Latin office name in an Arabic sentence, or an Arabic one in an English sentence, keeps its own
 * direction and does not pull the words and numbers beside it into its run. Other values stay as they
 * are, so left-to-right text holds no invisible characters it does not need.
 */
function isolate(value: unknown, dir: 'ltr' | 'rtl' | undefined): string {
  const text = String(value);
  return text && (dir === 'rtl' || RTL_LETTER.test(text)) ? `\u2068${text}\u2069` : text;
}

function join(m: string | StrResult, dir?: 'ltr' | 'rtl'): string {
  if (typeof m === 'string') return m;
  let out = m.strings[0]!;
  for (let i = 0; i < m.values.length; i++) out += isolate(m.values[i], dir) + m.strings[i + 1]!;
  return out;
}

/** A catalog text with `{0}`, `{1}` … replaced by the source's values. */
const fill = (text: string, values: readonly unknown[], dir: 'ltr' | 'rtl' | undefined) =>
  text.replace(/\{(\d+)\}/g, (whole, i: string) =>
    Number(i) < values.length ? isolate(values[Number(i)], dir) : whole,
  );

let current: MessageContext | undefined;

/** Runs `fn` with `context` as the place `msg()` looks; undefined is English. */
export function withMessages<T>(context: MessageContext | undefined, fn: () => T): T {
  const previous = current;
  current = context;
  try {
    return fn();
  } finally {
    current = previous;
  }
}

/** A UI string in the locale of the element rendering now (see the top of this file). */
export function msg(
  source: string | StrResult | PluralResult,
  options: { id: string; desc?: string },
): string {
  const context = current;
  const sourceForm = isPlural(source) ? source.forms.other : source;
  const values = typeof sourceForm === 'string' ? [] : sourceForm.values;
  if (context) {
    for (const { messages } of context.catalogs) {
      const m = messages[options.id];
      if (m === undefined || m === null) continue;
      if (typeof m === 'string') return fill(m, values, context.dir);
      const count = isPlural(source) ? source.count : 0;
      const text = m[pluralCategory(count, context.locale)] ?? m.other;
      if (typeof text === 'string') return fill(text, values, context.dir);
    }
  }
  const english = isPlural(source)
    ? join(source.forms[pluralCategory(source.count, 'en')] ?? source.forms.other)
    : join(source);
  context?.fallbacks?.add(english);
  return english;
}
