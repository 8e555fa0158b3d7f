/**
 * The badge's words. Called while an element renders (or inside `withMessages` on the command line),
 * so `msg()` answers in the badge's locale.
 */
import { msg, plural, str } from '../../internal/msg.js';
import type { StatusCount } from './declaration-badge.data.js';
import type { BadgeText } from './declaration-badge.geometry.js';

export interface BadgeWords extends BadgeText {
  /**
   * Accessible name of the badge without a link: "Utrecht, human rights city since 2011", followed by
   * the mark (", in the FRA guide") when the guide names the city.
   */
  label: string;
  /** Accessible name of the link: "…: read the declaration". */
  linkLabel: string;
  /** Spoken explanation of the mark, or '' when the guide does not name the city. */
  markDescription: string;
}

export function badgeWords(
  city: string,
  year: number | undefined,
  inGuide: boolean,
  count?: StatusCount,
): BadgeWords {
  const mark = inGuide ? msg('in the FRA guide', { id: 'declaration-badge.mark' }) : '';
  const base = city
    ? year
      ? msg(str`${city}, human rights city since ${year}`, { id: 'declaration-badge.label-city-year' })
      : msg(str`${city}, human rights city`, { id: 'declaration-badge.label-city' })
    : msg('Human rights city', { id: 'declaration-badge.label' });
  // The visible mark is part of the name, so speech users can say what they see (WCAG 2.5.3).
  const label = mark ? `${base}, ${mark}` : base;
  return {
    city,
    title: msg('Human Rights City', { id: 'declaration-badge.title' }),
    since: year ? msg(str`since ${year}`, { id: 'declaration-badge.since' }) : '',
    mark,
    // The checklist's own count and words: elements marked not applicable are left out of both.
    status: count
      ? msg(
          plural(count.applicable, {
            one: str`${count.inPlace} of ${count.applicable} applicable element in place`,
            other: str`${count.inPlace} of ${count.applicable} applicable elements in place`,
          }),
          { id: 'declaration-badge.status' },
        )
      : '',
    label,
    linkLabel: msg(str`${label}: read the declaration`, { id: 'declaration-badge.link-label' }),
    markDescription: inGuide
      ? msg('Named as a human rights city in the EU Fundamental Rights Agency guide.', {
          id: 'declaration-badge.mark-description',
        })
      : '',
  };
}
