/** Badge shapes: a round seal, a horizontal banner, or a compact pill for footers and sidebars. */
export const BADGE_VARIANTS = ['seal', 'horizontal', 'compact'] as const;
export type BadgeVariant = (typeof BADGE_VARIANTS)[number];

/** Sizes, as a scale of the medium badge. */
export const BADGE_SIZES = ['s', 'm', 'l'] as const;
export type BadgeSize = (typeof BADGE_SIZES)[number];

export const BADGE_THEMES = ['light', 'dark'] as const;
export type BadgeTheme = (typeof BADGE_THEMES)[number];
