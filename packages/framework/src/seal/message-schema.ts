/**
 * The sealed message envelope as receivers check it (zod/mini): strict, one of the padded lengths, and a
 * key id: the office key it is sealed to, or for the resident the office key that sent it.
 */
import * as z from 'zod/mini';
import { BASE64URL } from './bytes.js';
import { sealedEvidenceListSchema } from './evidence-open.js';
import { KEY_ID } from './keys.js';
import { MESSAGE_CIPHERTEXT_LENGTHS, SEALED_MESSAGE_TYPE, SEALED_MESSAGE_VERSION } from './message.js';

const b64 = (length: number) => z.string().check(z.length(length), z.regex(BASE64URL));
const common = {
  type: z.literal(SEALED_MESSAGE_TYPE),
  schemaVersion: z.literal(SEALED_MESSAGE_VERSION),
  enc: b64(87),
  ciphertext: z.union(
    MESSAGE_CIPHERTEXT_LENGTHS.map((n) => b64(n)) as [ReturnType<typeof b64>, ...ReturnType<typeof b64>[]],
  ),
};

const kid = z.string().check(z.regex(KEY_ID));

export const sealedMessageSchema = z.discriminatedUnion('to', [
  // A resident's message may carry evidence files: their sealed sizes, as a report's envelope lists them.
  z.strictObject({ ...common, to: z.literal('office'), kid, evidence: z.optional(sealedEvidenceListSchema) }),
  z.strictObject({ ...common, to: z.literal('resident'), kid }),
]);

/** The office's own copy of an answer, sealed to the office key that sent it. */
export const officeCopySchema = z.strictObject({
  ...common,
  to: z.literal('office'),
  kid,
  copy: z.literal(true),
});

/** A lookup token as the resident's browser sends it. */
export const lookupTokenSchema = b64(43);
