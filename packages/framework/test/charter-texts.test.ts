// The plain-language Charter texts the rights cards show: complete in every shipped language, really
// translated, and no harder to read than the first texts the kit was written with.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPLAINED_ARTICLES } from '../src/ids.js';

/*
 * Read from the content source files (content/<locale>/charter.json), not the built files, which fill
 * what a language lacks with English. A language whose Charter section is complete (the completeness
 * report says so) must have both texts for all 54 articles; any language's texts must be its own.
 */
const FIELDS = ['meaning', 'example'] as const;
type Plain = Partial<Record<(typeof FIELDS)[number], string>>;
interface SourceArticle {
  number: number;
  plain?: Plain;
}
const contentDir = new URL('../content/', import.meta.url);
const LOCALES = readdirSync(contentDir).sort();
const articles: Record<string, SourceArticle[]> = Object.fromEntries(
  LOCALES.map((l) => {
    const file = JSON.parse(readFileSync(new URL(`${l}/charter.json`, contentDir), 'utf8')) as {
      charter: { articles: Record<string, { plain?: Plain }> };
    };
    const list = Array.from({ length: 54 }, (_, i) => ({
      number: i + 1,
      plain: file.charter.articles[String(i + 1)]?.plain,
    }));
    return [l, list];
  }),
);
/**
 * Every language the kit ships content in has the Charter texts complete: a resident whose language
 * the kit speaks never meets a card with English text, or none.
 */
const COMPLETE = LOCALES;
type Locale = string;

describe('Charter texts', () => {
  it('are complete in every language the kit ships content in', () => {
    const complete = LOCALES.filter((l) =>
      articles[l]!.every((a) => FIELDS.every((f) => (a.plain?.[f]?.trim().length ?? 0) >= 20)),
    );
    expect(complete).toEqual(COMPLETE);
  });

  it.each(COMPLETE)('every article has a meaning and an example in %s', (locale) => {
    const missing: string[] = [];
    for (const a of articles[locale]!)
      for (const field of FIELDS) {
        const t = a.plain?.[field];
        if (typeof t !== 'string' || t.trim().length < 20) missing.push(`${a.number}.${field}`);
      }
    expect(articles[locale]).toHaveLength(54);
    expect(missing).toEqual([]);
  });

  it('never uses the same text in two languages', () => {
    const shared: string[] = [];
    for (const [i, a] of articles.en!.entries())
      for (const field of FIELDS) {
        const texts = LOCALES.map((l) => articles[l]![i]?.plain?.[field]?.trim().toLowerCase()).filter(
          Boolean,
        );
        if (new Set(texts).size !== texts.length) shared.push(`${a.number}.${field}`);
      }
    expect(shared).toEqual([]);
  });

  it.each(LOCALES)('never uses the same text for two articles in %s', (locale) => {
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const a of articles[locale]!)
      for (const field of FIELDS) {
        const t = a.plain?.[field];
        if (!t) continue;
        if (seen.has(t)) repeated.push(`${a.number}.${field} = ${seen.get(t)}`);
        seen.set(t, `${a.number}.${field}`);
      }
    expect(repeated).toEqual([]);
  });

  it('addresses Dutch readers formally, as "u"', () => {
    const informal: string[] = [];
    for (const a of articles.nl!)
      for (const field of FIELDS)
        if (/\b(je|jij|jou|jouw|jezelf)\b/i.test(a.plain?.[field] ?? ''))
          informal.push(`${a.number}.${field}`);
    expect(informal).toEqual([]);
  });
});

/*
 * Readability. Two plain figures, computed the same way for the texts written first (the articles of
 * EXPLAINED_ARTICLES) and for the rest:
 * - mean sentence length in words. A sentence ends at ".", "!" or "?" followed by a space or the end of
 *   the text (a ";" or ":" does not end one). A word is a run of letters, with the hyphens and
 *   apostrophes inside it ("EU-recht", "city’s"); bare numbers ("82", "1") are not words.
 * - share of long words. English: 7 letters or more, the "long word" of the LIX index, which needs no
 *   syllable counting. Dutch writes compounds as one word, so 7 letters catches ordinary words
 *   ("gemeente", "besluiten"); there a long word is one of 13 letters or more
 *   ("gemeenteraadsverkiezingen", "vaccinatiespreekuur"), the compounds readers stumble on. Dutch at
 *   7 letters is printed as well, for the LIX figure.
 * The new texts pass when their mean sentence length is at most 5 % above the first texts' and their
 * share of long words at most 1 percentage point above it.
 */
/** Languages that write compounds as one word count a long word from 13 letters; the others from 7. */
const LONG_WORD: Record<Locale, number> = { nl: 13, de: 13 };
const longWordOf = (locale: Locale) => LONG_WORD[locale] ?? 7;
const SENTENCE_TOLERANCE = 1.05;
const LONG_WORD_TOLERANCE = 0.01;

interface Figures {
  texts: number;
  sentences: number;
  words: number;
  meanSentenceLength: number;
  longestSentence: number;
  longWordShare: number;
  /** Share of words of 7 letters or more, whatever the language. */
  share7: number;
  /** LIX: mean sentence length + the percentage of words of 7 letters or more. */
  lix: number;
}

const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+/).filter((s) => /\p{L}/u.test(s));
const wordsOf = (text: string) => text.match(/\p{L}[\p{L}\p{M}\p{N}’'-]*/gu) ?? [];
const letters = (word: string) => (word.match(/\p{L}/gu) ?? []).length;

function figures(texts: string[], longWord: number): Figures {
  const sentences = texts.flatMap(sentencesOf);
  const words = texts.flatMap(wordsOf);
  const meanSentenceLength = words.length / sentences.length;
  const share7 = words.filter((w) => letters(w) >= 7).length / words.length;
  return {
    texts: texts.length,
    sentences: sentences.length,
    words: words.length,
    meanSentenceLength,
    longestSentence: Math.max(...sentences.map((s) => wordsOf(s).length)),
    longWordShare: words.filter((w) => letters(w) >= longWord).length / words.length,
    share7,
    lix: meanSentenceLength + 100 * share7,
  };
}

const first = new Set<number>(EXPLAINED_ARTICLES);
const textsOf = (locale: Locale, written: 'first' | 'new') =>
  articles[locale]!.filter((a) => first.has(a.number) === (written === 'first'))
    .flatMap((a) => FIELDS.map((f) => a.plain?.[f] ?? ''))
    .filter(Boolean);

const row = (label: string, f: Figures, longWord: number) =>
  `${label.padEnd(14)}${String(f.texts).padStart(6)}${String(f.sentences).padStart(11)}` +
  `${String(f.words).padStart(7)}${f.meanSentenceLength.toFixed(1).padStart(15)}` +
  `${String(f.longestSentence).padStart(9)}${`${(100 * f.longWordShare).toFixed(1)} % (≥ ${longWord})`.padStart(17)}` +
  `${f.lix.toFixed(1).padStart(7)}`;

describe.each(COMPLETE)('Charter texts readability (%s)', (locale) => {
  const longWord = longWordOf(locale);
  const before = figures(textsOf(locale, 'first'), longWord);
  const after = figures(textsOf(locale, 'new'), longWord);

  it('prints the figures', () => {
    console.log(
      [
        `Charter texts, ${locale}: the ${first.size} articles written first and the ${54 - first.size} added`,
        `${''.padEnd(14)}${'texts'.padStart(6)}${'sentences'.padStart(11)}${'words'.padStart(7)}` +
          `${'words/sentence'.padStart(15)}${'longest'.padStart(9)}${'long words'.padStart(17)}${'LIX'.padStart(7)}`,
        row('first 23', before, longWord),
        row('added 31', after, longWord),
        ...(longWord !== 7
          ? [
              `7+ letters: first ${(100 * before.share7).toFixed(1)} %, added ${(100 * after.share7).toFixed(1)} %`,
            ]
          : []),
      ].join('\n'),
    );
    expect(after.texts).toBe(2 * (54 - first.size));
  });

  it('has sentences no longer than the first texts’, on average', () => {
    expect(after.meanSentenceLength).toBeLessThanOrEqual(before.meanSentenceLength * SENTENCE_TOLERANCE);
  });

  it('has no larger share of long words than the first texts', () => {
    expect(after.longWordShare).toBeLessThanOrEqual(before.longWordShare + LONG_WORD_TOLERANCE);
  });

  it('has no sentence longer than the longest of the first texts', () => {
    expect(after.longestSentence).toBeLessThanOrEqual(before.longestSentence);
  });
});
