/**
 * Messages of a follow-up conversation (docs/follow-up.md), sealed with the same HPKE as reports:
 * the resident's to the office's public key, the office's to the resident key derived from the receipt.
 * HPKE's `info` names the direction (and the office key id); its additional data is the report's
 * reference, so a message moved to another conversation does not open. This module uses no zod: the
 * status element and the form load it.
 */
import { type Bytes, fromBase64url, fromUtf8, toBase64url, utf8 } from './bytes.js';
import { SealError } from './errors.js';
import { N_ENC, openBase, sealBase } from './hpke.js';
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
  kid?: string;
  enc: string;
  ciphertext: string;
}

/** What is inside: the text alone. The receiver records when it arrived. */
export interface MessageContent {
  text: string;
}

const info = (to: MessageDirection, kid?: string) =>
  utf8(`${SEALED_MESSAGE_TYPE}/v${SEALED_MESSAGE_VERSION}/to-${to}${to === 'office' ? `/${kid}` : ''}`);

/** The ciphertext lengths a message may have, in base64url: one per padding bucket. */
export const MESSAGE_CIPHERTEXT_LENGTHS = PADDING_BUCKETS.map((size) => Math.ceil(((size + 16) * 4) / 3));

function checkText(text: unknown): string {
  if (typeof text !== 'string' || text.trim() === '' || [...text].length > MESSAGE_MAX_LENGTH) {
    throw new SealError('too-large', `a message is 1 to ${MESSAGE_MAX_LENGTH} characters`);
  }
  return text;
}

export type MessageRecipient =
  | { to: 'office'; publicJwk: unknown; kid: string }
  /** The resident key's public point, base64url, as the receiver keeps it with the report. */
  | { to: 'resident'; key: string };

/** Seals `text` for the office or the resident, in the conversation of the report `reference`. */
export async function sealMessage(
  text: string,
  recipient: MessageRecipient,
  reference: string,
): Promise<SealedMessage> {
  let pkRm: Bytes;
  let kid: string | undefined;
  if (recipient.to === 'office') {
    kid = checkKeyId(recipient.kid);
    pkRm = await publicKeyBytes(recipient.publicJwk);
  } else {
    pkRm = residentPoint(recipient.key);
  }
  const plaintext = pad(utf8(JSON.stringify({ text: checkText(text) } satisfies MessageContent)));
  const { enc, ct } = await sealBase(pkRm, info(recipient.to, kid), utf8(reference), plaintext);
  return {
    type: SEALED_MESSAGE_TYPE,
    schemaVersion: SEALED_MESSAGE_VERSION,
    to: recipient.to,
    ...(kid ? { kid } : {}),
    enc: toBase64url(enc),
    ciphertext: toBase64url(ct),
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
  | { to: 'office'; keys: OfficeKey | readonly OfficeKey[] }
  | { to: 'resident'; privateKey: CryptoKey; key: string };

/**
 * The text of a sealed message, opened with the office's keys or the resident key. Throws a SealError:
 * `invalid-envelope` (not a message of this version, or not for this side), `unknown-key`, or
 * `unreadable` (changed, moved from another conversation, or for another key).
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
    typeof m.enc !== 'string' ||
    typeof m.ciphertext !== 'string' ||
    !MESSAGE_CIPHERTEXT_LENGTHS.includes(m.ciphertext.length)
  ) {
    throw new SealError('invalid-envelope', `not a sealed message to the ${opener.to} of a known version`);
  }
  let skR: CryptoKey;
  let pkRm: Bytes;
  if (opener.to === 'office') {
    const ring: readonly OfficeKey[] = Array.isArray(opener.keys) ? opener.keys : [opener.keys as OfficeKey];
    const key = ring.find((k) => k.kid === m.kid);
    if (!key) throw new SealError('unknown-key', `the message is sealed to key "${String(m.kid)}"`);
    skR = key.privateKey;
    pkRm = await publicKeyBytes(key.publicJwk);
  } else {
    skR = opener.privateKey;
    pkRm = residentPoint(opener.key);
  }
  let content: unknown;
  try {
    const padded = await openBase(
      fromBase64url(m.enc),
      skR,
      pkRm,
      info(m.to, m.kid),
      utf8(reference),
      fromBase64url(m.ciphertext),
    );
    content = JSON.parse(fromUtf8(unpad(padded)));
  } catch (error) {
    if (error instanceof SealError && error.code === 'no-webcrypto') throw error;
    throw new SealError(
      'unreadable',
      'this message does not open: it was changed, moved from another conversation, or sealed to another key',
    );
  }
  const text = (content as { text?: unknown } | null)?.text;
  if (
    typeof content !== 'object' ||
    content === null ||
    Object.keys(content).length !== 1 ||
    typeof text !== 'string'
  ) {
    throw new SealError('unreadable', 'the opened message is not a message');
  }
  return { text: checkText(text) };
}
