/**
 * Sealing what the resident sends, loaded on demand the first time they send a message: reading the
 * status and the office's answers needs none of it. A message with evidence files is sealed by the
 * form's evidence code (report-form.evidence.ts), loaded when the resident chose to add a file.
 */
import { sealMessage, type SealedMessage } from '@hrc/framework/seal';
import type { EvidenceHost } from '../report-form/report-form.evidence-host.js';

/**
 * The message sealed to the office key `seal` for the conversation of `reference`: the envelope, or with
 * files a multipart body that holds the lookup token, the envelope and the sealed files. `key` is the
 * message's Idempotency-Key, which binds the files to it.
 */
export function sealForOffice(
  text: string,
  seal: { publicJwk: unknown; kid: string },
  reference: string,
  lookup: string,
  key: string,
  files: EvidenceHost | undefined,
): Promise<SealedMessage | FormData> {
  return files?.files.length
    ? files.messageBody(lookup, text, seal, reference, key)
    : sealMessage(text, { to: 'office', ...seal }, reference);
}
