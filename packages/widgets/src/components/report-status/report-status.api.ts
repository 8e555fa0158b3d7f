/** The one request the status page makes: POST to the follow-up endpoint (docs/report-endpoint.md#follow-up). */
import type { SealedMessage } from '@hrc/framework/seal';
import { FOLLOW_UP_STATUSES, type Conversation, type FollowUpOutcome } from './report-status.types.js';

const isConversation = (value: unknown): value is Conversation => {
  const c = value as Partial<Conversation> | null;
  return (
    typeof c?.reference === 'string' &&
    (FOLLOW_UP_STATUSES as readonly unknown[]).includes(c.status) &&
    typeof c.statusChangedAt === 'string' &&
    Array.isArray(c.messages)
  );
};

/**
 * Reads the conversation with a lookup token, adding `message` first when given: a sealed message, or
 * a message with evidence files as a multipart body that holds the token too. `idempotencyKey` makes a
 * message sent again (after a lost answer) stored once.
 */
export async function followUp(
  endpoint: string,
  lookup: string,
  message?: SealedMessage | FormData,
  idempotencyKey?: string,
): Promise<FollowUpOutcome> {
  const multipart = message instanceof FormData;
  let res: Response;
  try {
    res = await fetch(endpoint, {
      method: 'POST',
      headers: {
        // A multipart body's type (with its boundary) is the browser's to set.
        ...(multipart ? {} : { 'Content-Type': 'application/json' }),
        ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
      },
      body: multipart ? message : JSON.stringify(message ? { lookup, message } : { lookup }),
      // Nothing about the resident goes along: no cookies, no referrer, and no copy in the HTTP cache.
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
    });
  } catch {
    return { kind: 'failed' };
  }
  const body = (await res.json().catch(() => null)) as { message?: unknown } | null;
  if (res.ok && isConversation(body)) return { kind: 'ok', conversation: body };
  if (res.status === 404) return { kind: 'unknown' };
  if (res.status === 429) {
    const seconds = Number(res.headers.get('Retry-After'));
    return { kind: 'limited', seconds: Number.isFinite(seconds) && seconds > 0 ? seconds : 60 };
  }
  return { kind: 'failed', ...(typeof body?.message === 'string' ? { message: body.message } : {}) };
}
