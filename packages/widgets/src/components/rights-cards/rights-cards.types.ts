/** How a collection shows its cards: a responsive `grid` (a list) or a `deck` (one card at a time). */
export const CARDS_LAYOUTS = ['grid', 'deck'] as const;
export type CardsLayout = (typeof CARDS_LAYOUTS)[number];
