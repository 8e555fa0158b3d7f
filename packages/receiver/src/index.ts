export { createReceiver, type Receiver, type ReceiverOptions } from './server.js';
export {
  openStore,
  PostgresStore,
  SqliteStore,
  REPORT_STATUSES,
  ReferenceTakenError,
} from './store/index.js';
export type {
  ReportStatus,
  Store,
  StoredReport,
  StoredPayload,
  ReportPage,
  ListOptions,
} from './store/index.js';
export { newReference, REFERENCE_PATTERN } from './reference.js';
export { csvCell } from './csv.js';
export {
  signWebhook,
  verifyWebhook,
  SIGNATURE_HEADER,
  WEBHOOK_EXTRA_FIELDS,
  type WebhookOptions,
  type WebhookExtraField,
} from './webhook.js';
export type { RateLimitOptions } from './rate-limit.js';
