import { LAYER_IDS } from '@hrc/framework/ids';
import { ELEMENT_STATUSES, type Assessment } from '@hrc/framework/schemas';

/** Values of the layer filter: every layer, or one. */
export const LAYER_FILTERS = ['all', ...LAYER_IDS] as const;
export type LayerFilter = (typeof LAYER_FILTERS)[number];

/** Values of the status filter: every status, or one. */
export const STATUS_FILTERS = ['all', ...ELEMENT_STATUSES] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/** The order of the report outline: what is done first, what does not apply last. */
export const REPORT_ORDER = ['in-place', 'in-progress', 'planned', 'not-started', 'not-applicable'] as const;

/**
 * Fired (bubbling, composed) whenever the user changes the assessment: a status, a note, evidence,
 * an import or a reset. Never fired when a page sets `assessment` or when data loads.
 */
export class ChecklistChangeEvent extends Event {
  constructor(readonly assessment: Assessment) {
    super('change', { bubbles: true, composed: true });
  }
}
