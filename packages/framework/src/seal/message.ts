/**
 * Messages of a follow-up conversation (docs/follow-up.md), sealed with the same HPKE as reports:
 * the resident's to the office's public key (base mode), the office's to the resident key derived from
 * the receipt in auth mode with the office's key as the sender, so the resident's browser knows the
 * answer comes from the holder of the office's private key. HPKE's `info` names the direction and the
 * office key id; its additional data is the report's reference, so a message moved to another
 * conversation does not open. This module uses no zod: the status element and the form load it.
 */
import { type Bytes, fromBase64url, fromUtf8, toBase64url, utf8 } from './bytes.js';
import { SealError } from './errors.js';
import { N_ENC, openAuth, openBase, sealAuth, sealBase } from './hpke.js';
import { checkKeyId, type OfficeKey, publicKeyBytes } from './keys.js';
import { PADDING_BUCKETS, pad, unpad } from './padding.js';

export const SEALED_MESSAGE_TYPE = 'hrc-sealed-message';
export const SEALED_MESSAGE_VERSION = 1;
/** The longest message, in characters (as long as a report's description). */
export const MESSAGE_MAX_LENGTH = 5000;
export const MESSAGE_DIRECTIONS = ['office', 'resident'] as const;
export type MessageDirection = (typeof MESSAGE_DIRECTIONS)[number];

/** A sealed message as it travels and is stored: nothing readable but its direction and key id. */
export interface SealedMessage {
  type: typeof SEALED_MESSAGE_TYPE;
  schemaVersion: typeof SEALED_MESSAGE_VERSION;
  /** Who can open it: the office (sealed to its key `kid`) or the resident (to the receipt's key). */
  to: MessageDirection;
  /** To the office: the key it is sealed to. To the resident: the office key that sent it (auth mode). */
  kid?: string;
  /** The office's own copy of its answer, sealed to its key: never shown to the resident. */
  copy?: true;
  enc: string;
  ciphertext: string;
  /**
   * A resident's message with evidence files (message-evidence.ts): how many, and each one's sealed
   * size; the files travel beside the message, their list and hashes inside it.
   */
  evidence?: { bytes: number }[];
}

/**
 * What is inside: the text, and for a resident's message with files, their list (evidence-open.ts's
 * `evidenceListSchema`, checked by the office with `splitEvidence`). The receiver records when it arrived.
 */
export interface MessageContent {
  text: string;
  evidence?: unknown;
}

/** HPKE's info: direction, key id, and whether it is the office's copy (so no kind passes for another). */
export const info = (to: MessageDirection, kid?: string, copy?: boolean) =>
  utf8(
    `${SEALED_MESSAGE_TYPE}/v${SEALED_MESSAGE_VERSION}/to-${to}${kid ? `/${kid}` : ''}${copy ? '/copy' : ''}`,
  );

/** The ciphertext lengths a message may have, in base64url: one per padding bucket. */
export const MESSAGE_CIPHERTEXT_LENGTHS = PADDING_BUCKETS.map((size) => Math.ceil(((size + 16) * 4) / 3));

export function checkText(text: unknown): string {
  if (typeof text !== 'string' || text.trim() === '' || [...text].length > MESSAGE_MAX_LENGTH) {
    throw new SealError('too-large', `a message is 1 to ${MESSAGE_MAX_LENGTH} characters`);
  }
  return text;
}

export type MessageRecipient =
  | { to: 'office'; publicJwk: unknown; kid: string }
  /**
   * The resident key's public point, base64url, as the receiver keeps it with the report; `from` is the
   * unlocked office key the answer is sent with (HPKE auth mode).
   */
  | { to: 'resident'; key: string; from: OfficeKey };

/** Seals `text` for the office or the resident, in the conversation of the report `reference`. */
export async function sealMessage(
  text: string,
  recipient: MessageRecipient,
  reference: string,
): Promise<SealedMessage> {
  const plaintext = pad(utf8(JSON.stringify({ text: checkText(text) } satisfies MessageContent)));
  if (recipient.to === 'office') {
    const kid = checkKeyId(recipient.kid);
    const pkRm = await publicKeyBytes(recipient.publicJwk);
    return envelope('office', kid, await sealBase(pkRm, info('office', kid), utf8(reference), plaintext));
  }
  const { from } = recipient;
  const kid = checkKeyId(from.kid);
  const sender = { privateKey: from.privateKey, publicKey: await publicKeyBytes(from.publicJwk) };
  const pkRm = residentPoint(recipient.key);
  return envelope(
    'resident',
    kid,
    await sealAuth(pkRm, info('resident', kid), utf8(reference), plaintext, sender),
  );
}

/**
 * The office's answer twice: `message`, sealed to the resident key and sent with the office key `from`,
 * and `copy`, sealed to that same office key, so the office page can show what the office wrote.
 */
export async function sealOfficeReply(text: string, residentKey: string, from: OfficeKey, reference: string) {
  const message = await sealMessage(text, { to: 'resident', key: residentKey, from }, reference);
  const plaintext = pad(utf8(JSON.stringify({ text: checkText(text) } satisfies MessageContent)));
  const pkRm = await publicKeyBytes(from.publicJwk);
  const copy = envelope(
    'office',
    from.kid,
    await sealBase(pkRm, info('office', from.kid, true), utf8(reference), plaintext),
    true,
  );
  return { message, copy };
}

export function envelope(
  to: MessageDirection,
  kid: string,
  sealed: { enc: Bytes; ct: Bytes },
  copy?: true,
): SealedMessage {
  return {
    type: SEALED_MESSAGE_TYPE,
    schemaVersion: SEALED_MESSAGE_VERSION,
    to,
    kid,
    ...(copy ? { copy } : {}),
    enc: toBase64url(sealed.enc),
    ciphertext: toBase64url(sealed.ct),
  };
}

function residentPoint(key: string): Bytes {
  try {
    const point = fromBase64url(key);
    if (point.length === N_ENC && point[0] === 4) return point;
  } catch {
    // refused below
  }
  throw new SealError('invalid-public-key', 'the resident key is not an uncompressed P-256 point');
}

export type MessageOpener =
  /** The office's keys: opens the resident's messages, and the office's copies of its answers. */
  | { to: 'office'; keys: OfficeKey | readonly OfficeKey[] }
  /**
   * The resident key, and the office's public keys (JWKs with their `kid`): an answer opens only when it
   * was sent with the private half of the office key it names.
   */
  | { to: 'resident'; privateKey: CryptoKey; key: string; officeKeys: readonly unknown[] };

/**
 * The text of a sealed message, opened with the office's keys or the resident key. Throws a SealError:
 * `invalid-envelope` (not a message of this version, or not for this side), `unknown-key` (sealed to, or
 * for the resident sent with, a key not given), or `unreadable` (changed, moved from another
 * conversation, sealed to another key, or for the resident: not sent with the office key it names).
 */
export async function openMessage(
  message: unknown,
  reference: string,
  opener: MessageOpener,
): Promise<MessageContent> {
  const m = (message ?? {}) as Partial<SealedMessage>;
  if (
    m.type !== SEALED_MESSAGE_TYPE ||
    m.schemaVersion !== SEALED_MESSAGE_VERSION ||
    m.to !== opener.to ||
    typeof m.kid !== 'string' ||
    (m.copy !== undefined && (m.copy !== true || m.to !== 'office')) ||
    typeof m.enc !== 'string' ||
    typeof m.ciphertext !== 'string' ||
    !MESSAGE_CIPHERTEXT_LENGTHS.includes(m.ciphertext.length)
  ) {
    throw new SealError('invalid-envelope', `not a sealed message to the ${opener.to} of a known version`);
  }
  let open: (enc: Bytes, aad: Bytes, ct: Bytes) => Promise<Bytes>;
  const messageInfo = info(m.to, m.kid, m.copy);
  if (opener.to === 'office') {
    const ring: readonly OfficeKey[] = Array.isArray(opener.keys) ? opener.keys : [opener.keys as OfficeKey];
    const key = ring.find((k) => k.kid === m.kid);
    if (!key) throw new SealError('unknown-key', `the message is sealed to key "${m.kid}"`);
    const pkRm = await publicKeyBytes(key.publicJwk);
    open = (enc, aad, ct) => openBase(enc, key.privateKey, pkRm, messageInfo, aad, ct);
  } else {
    const sender = opener.officeKeys.find((k) => (k as { kid?: unknown } | null)?.kid === m.kid);
    if (!sender) throw new SealError('unknown-key', `the message names office key "${m.kid}"`);
    const pkSm = await publicKeyBytes(sender);
    const pkRm = residentPoint(opener.key);
    open = (enc, aad, ct) => openAuth(enc, opener.privateKey, pkRm, messageInfo, aad, ct, pkSm);
  }
  let content: unknown;
  try {
    const padded = await open(fromBase64url(m.enc), utf8(reference), fromBase64url(m.ciphertext));
    content = JSON.parse(fromUtf8(unpad(padded)));
  } catch (error) {
    if (error instanceof SealError && error.code === 'no-webcrypto') throw error;
    throw new SealError(
      'unreadable',
      'this message does not open: it was changed, moved from another conversation, sealed to another key, or not sent with the office key it names',
    );
  }
  // Only a resident's message (to the office, not a copy) may list files.
  const { text, evidence, ...rest } = (content ?? {}) as { text?: unknown; evidence?: unknown };
  if (
    typeof content !== 'object' ||
    Object.keys(rest).length ||
    typeof text !== 'string' ||
    (evidence !== undefined && (m.to !== 'office' || m.copy))
  ) {
    throw new SealError('unreadable', 'the opened message is not a message');
  }
  return evidence === undefined ? { text: checkText(text) } : { text: checkText(text), evidence };
}
