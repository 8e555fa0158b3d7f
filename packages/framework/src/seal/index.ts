/**
 * `@hrc/framework/seal`: sealed reports (docs/sealed-reports.md). HPKE (RFC 9180) with WebCrypto alone,
 * the envelope format, and office keys. The same code runs in the form, the office's browser and Node 20+.
 */
export { SealError, SEAL_ERROR_CODES, type SealErrorCode } from './errors.js';
export { sealReport, type SealOptions } from './seal.js';
export { openEnvelope } from './open.js';
export { SEALED_REPORT_TYPE, SEALED_SCHEMA_VERSION } from './binding.js';
export {
  sealedReportSchema,
  sealedStatisticsSchema,
  followUpRegistrationSchema,
  STATISTICS_GROUNDS,
  type SealedReport,
  type SealedStatistics,
  type StatisticsGround,
} from './envelope-schema.js';
export { readableFields, reportStatistics } from './statistics.js';
export { PADDING_BUCKETS } from './padding.js';
export {
  EVIDENCE_BUCKETS,
  EVIDENCE_LIMITS,
  EVIDENCE_MEDIA_TYPES,
  EVIDENCE_REPORT_ID,
  EVIDENCE_PART,
  SEALED_EVIDENCE_SIZES,
  SEALED_EVIDENCE_TYPE,
  sealEvidence,
  sealEvidenceFile,
  sealMessageWithEvidence,
  type EvidenceEntry,
  type EvidenceInput,
  type EvidenceList,
  type EvidenceMediaType,
} from './evidence-seal.js';
export {
  evidenceEntrySchema,
  evidenceListSchema,
  openEvidenceFile,
  sealedEvidenceListSchema,
  splitEvidence,
} from './evidence-open.js';
export {
  KEY_ID,
  checkKeyId,
  jwkThumbprint,
  publicKeyBytes,
  type OfficeKey,
  type OfficePublicJwk,
} from './keys.js';
export {
  createOfficeKey,
  defaultKeyId,
  unlockOfficeKey,
  officeKeyFileSchema,
  MIN_PASSPHRASE_LENGTH,
  OFFICE_KEY_FILE_TYPE,
  PBKDF2_ITERATIONS,
  type OfficeKeyFile,
} from './office-key.js';
export { deriveKeyPair } from './derive.js';
export {
  RECEIPT_LENGTH,
  RECEIPT_RANDOM_DIGITS,
  checkReceipt,
  dammCheckDigit,
  formatReceipt,
  newReceipt,
  type ReceiptCheck,
} from './receipt.js';
export {
  RECEIPT_ITERATIONS,
  RECEIPT_SALT,
  deriveFollowUp,
  verifierOf,
  type FollowUpKeys,
  type FollowUpRegistration,
} from './follow-up.js';
export {
  MESSAGE_CIPHERTEXT_LENGTHS,
  MESSAGE_DIRECTIONS,
  MESSAGE_MAX_LENGTH,
  SEALED_MESSAGE_TYPE,
  SEALED_MESSAGE_VERSION,
  openMessage,
  sealMessage,
  sealOfficeReply,
  type MessageContent,
  type MessageDirection,
  type MessageOpener,
  type MessageRecipient,
  type SealedMessage,
} from './message.js';
export { lookupTokenSchema, officeCopySchema, sealedMessageSchema } from './message-schema.js';
