import { CHAPTER_IDS, EXPLAINED_ARTICLES, type ChapterId } from '@hrc/framework/ids';
import type { ContentOf } from '../../internal/content.js';
import { CARD_KINDS, type CardKind, type CardRef } from '../rights-card/rights-card.types.js';

/** One card of a collection, with what search looks at. */
export interface CardItem {
  key: string;
  ref: CardRef;
  chapter?: ChapterId;
  haystack: string;
}

/** "21, 23 ,26" → ["21", "23", "26"]. */
export function splitList(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Lower case without accents, so "discriminatie" finds "Discriminatie" and "e" finds "é". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export interface Selection {
  articles?: string | null;
  chapter?: string | null;
  elements?: string | null;
  kind?: string | null;
}

/** The content sections a selection needs: the Charter always (its chapters filter the cards). */
export function sectionsFor(sel: Selection): CardsSection[] {
  return [
    'charter',
    ...(splitList(sel.kind).length ? (['about'] as const) : []),
    ...(splitList(sel.elements).length ? (['framework'] as const) : []),
  ];
}
export type CardsSection = 'charter' | 'about' | 'framework';
/** A collection's content: `about` and `framework` only when the selection has kinds or elements. */
export type CardsContent = ContentOf<CardsSection>;

/**
 * The cards a collection shows, in this order: the kinds, the framework elements, the articles listed,
 * then the articles of the chapter. Without any selection: the rights closest to city life.
 */
export function selectItems(c: CardsContent, sel: Selection): CardItem[] {
  const items: CardItem[] = [];
  const seen = new Set<string>();
  const add = (item: CardItem) => {
    if (seen.has(item.key)) return;
    seen.add(item.key);
    items.push(item);
  };

  for (const kind of splitList(sel.kind)) {
    if (!(CARD_KINDS as readonly string[]).includes(kind)) continue;
    const text =
      kind === 'survey'
        ? c.survey.finding
        : kind === 'rights-vs-fundamental'
          ? c.intro.rightsVsFundamental
          : `${c.intro.whatIs} ${c.history.summary}`;
    add({ key: `kind:${kind}`, ref: { type: 'kind', kind: kind as CardKind }, haystack: fold(text) });
  }
  for (const id of splitList(sel.elements)) {
    const el = c.elements.find((e) => e.id === id);
    add({
      key: `element:${id}`,
      ref: { type: 'element', id },
      haystack: fold(el ? `${el.title} ${el.summary}` : id),
    });
  }
  const numbers = splitList(sel.articles);
  const chapter = (CHAPTER_IDS as readonly string[]).includes(sel.chapter ?? '') ? sel.chapter : undefined;
  if (chapter)
    numbers.push(...c.charter.articles.filter((a) => a.chapter === chapter).map((a) => String(a.number)));
  if (!numbers.length && !sel.articles && !sel.elements && !sel.kind && !sel.chapter)
    numbers.push(...EXPLAINED_ARTICLES.map(String));

  for (const number of numbers) {
    const a = c.charter.articles.find((x) => String(x.number) === number);
    const chapterTitle = c.charter.chapters.find((ch) => ch.id === a?.chapter)?.title ?? '';
    add({
      key: `article:${number}`,
      ref: { type: 'article', number, chapter: a?.chapter },
      chapter: a?.chapter,
      haystack: fold(
        a ? `${a.number} ${a.title} ${chapterTitle} ${a.plain?.meaning ?? ''} ${a.plain?.example ?? ''}` : '',
      ),
    });
  }
  return items;
}

/** Items matching every word of `query` and, when given, the chapter. */
export function filterItems(items: CardItem[], query: string, chapter: string): CardItem[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return items.filter(
    (item) => (!chapter || item.chapter === chapter) && words.every((w) => item.haystack.includes(w)),
  );
}
