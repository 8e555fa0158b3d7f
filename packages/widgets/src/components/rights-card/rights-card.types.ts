import type { ChapterId, ElementId } from '@hrc/framework/ids';

/** Card kinds that are not a Charter article or a framework element. */
export const CARD_KINDS = ['survey', 'rights-vs-fundamental', 'human-rights-city'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/** How much a card shows: `compact` (title, the gist, the links) or `full` (everything). */
export const CARD_VARIANTS = ['compact', 'full'] as const;
export type CardVariant = (typeof CARD_VARIANTS)[number];

/** Heading levels a card title can take, so it fits the outline of the page it sits in. */
export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** One card of a collection: what `<hrc-rights-card>` is asked to show (`number` as the page wrote it). */
export type CardRef =
  | { type: 'article'; number: string; chapter?: ChapterId }
  | { type: 'element'; id: ElementId | string }
  | { type: 'kind'; kind: CardKind };
