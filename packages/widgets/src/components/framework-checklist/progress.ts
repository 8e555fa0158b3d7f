/** Counting: where an assessment stands, and what changed between two. */
import { ELEMENT_IDS, type ElementId } from '@hrc/framework/ids';
import { ELEMENT_STATUSES, type Assessment, type ElementStatus } from '@hrc/framework/schemas';

/** Elements an assessment does not list count as not started. */
export function statusOf(assessment: Assessment, id: ElementId): ElementStatus {
  return assessment.elements[id]?.status ?? 'not-started';
}

export interface Tally {
  total: number;
  counts: Record<ElementStatus, number>;
  /** Elements that apply (all but not-applicable). */
  applicable: number;
  /** Share of applicable elements in place, 0–1 (0 when none apply). */
  share: number;
}

export function tally(assessment: Assessment, ids: readonly ElementId[] = ELEMENT_IDS): Tally {
  const counts = Object.fromEntries(ELEMENT_STATUSES.map((s) => [s, 0])) as Record<ElementStatus, number>;
  for (const id of ids) counts[statusOf(assessment, id)]++;
  const applicable = ids.length - counts['not-applicable'];
  return {
    total: ids.length,
    counts,
    applicable,
    share: applicable ? counts['in-place'] / applicable : 0,
  };
}

const RANK: Record<ElementStatus, number> = {
  'not-started': 0,
  planned: 1,
  'in-progress': 2,
  'in-place': 3,
  'not-applicable': -1,
};

/** `forward`/`back` along the scale; `other` when either side is not applicable. */
export type Direction = 'forward' | 'back' | 'same' | 'other';

export interface ElementChange {
  id: ElementId;
  before: ElementStatus;
  after: ElementStatus;
  direction: Direction;
}

export interface Comparison {
  changes: ElementChange[];
  forward: number;
  back: number;
  other: number;
  same: number;
}

export function compare(before: Assessment, after: Assessment): Comparison {
  const result: Comparison = { changes: [], forward: 0, back: 0, other: 0, same: 0 };
  for (const id of ELEMENT_IDS) {
    const b = statusOf(before, id);
    const a = statusOf(after, id);
    const direction: Direction =
      a === b ? 'same' : RANK[a] < 0 || RANK[b] < 0 ? 'other' : RANK[a] > RANK[b] ? 'forward' : 'back';
    result[direction]++;
    result.changes.push({ id, before: b, after: a, direction });
  }
  return result;
}
