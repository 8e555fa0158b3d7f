/**
 * Everything the form needs once the person goes on from the first step: the shared report schema
 * (zod/mini) and the checks made with it, the other steps, the check page and the confirmation, the
 * sender and sealing. The form imports this module when the person first uses it (focus, pointer or a
 * key inside the form), and at the latest when they press Continue, so none of it is downloaded or
 * evaluated before the first step is drawn. See docs/performance.md, "The loading path".
 */
import { reportStatistics, type FollowUpRegistration, type SealOptions } from '@hrc/framework/seal';
import type { ReportPayload } from '@hrc/framework/schemas';
import type { ReportDraft } from './report-form.types.js';

export { fieldOfPath, reportSchema, stepOfField, toPayload, validate } from './report-form.payload.js';
export { ReportSender, newKey } from './report-form.sender.js';
export { issueMessage } from './report-form.messages.js';
export { stepContact, stepWho, stepWhy } from './report-form.steps.js';
export { cannotSeal, confirmation, reportText, stepCheck } from './report-form.check.js';
export { parseAreas } from './report-form.areas.js';
export { sealReport } from '@hrc/framework/seal';
export { laterStyles } from './report-form.later.styles.js';

/**
 * What the envelope carries readable beside a sealed report: the receipt's registration when the form
 * offers follow-up, and the report's statistics (`reportStatistics`) only when the resident ticked
 * "count my report" on the check step. Computed once, when the report is sealed: retries resend the
 * same envelope, so the choice is fixed from then on.
 */
export const sealOptions = (
  report: ReportPayload,
  draft: ReportDraft,
  followUp?: FollowUpRegistration,
): Pick<SealOptions, 'followUp' | 'statistics'> => ({
  followUp,
  statistics: draft.statistics ? reportStatistics(report, report.area) : undefined,
});
