/**
 * Everything the form needs once the person goes on from the first step: the shared report schema
 * (zod/mini) and the checks made with it, the other steps, the check page and the confirmation, the
 * sender and sealing. The form imports this module when the person first uses it (focus, pointer or a
 * key inside the form), and at the latest when they press Continue, so none of it is downloaded or
 * evaluated before the first step is drawn. See docs/performance.md, "The loading path".
 */
export { fieldOfPath, reportSchema, stepOfField, toPayload, validate } from './report-form.payload.js';
export { ReportSender, newKey } from './report-form.sender.js';
export { issueMessage } from './report-form.messages.js';
export { stepContact, stepWho, stepWhy } from './report-form.steps.js';
export { cannotSeal, confirmation, reportText, stepCheck } from './report-form.check.js';
export { parseAreas } from './report-form.areas.js';
export { sealReport } from '@hrc/framework/seal';
