/** What the counts are broken down by: the grounds reports name, or the domain they are about. */
export const STATS_VIEWS = ['grounds', 'domains'] as const;
export type StatsView = (typeof STATS_VIEWS)[number];
