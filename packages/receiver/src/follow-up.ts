/**
 * Follow-up at the receiver (docs/follow-up.md): the resident's one address, `POST /follow-up`, where a
 * lookup token finds the conversation and a sealed message adds to it, and the office's
 * `/reports/{reference}/messages`. The receiver never sees a receipt: it keeps the SHA-256 of the
 * lookup token (the verifier) and ciphertext, and it can open no message in either direction.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  lookupTokenSchema,
  officeCopySchema,
  sealedMessageSchema,
  type OfficePublicJwk,
  type SealedMessage,
} from '@hrc/framework/seal';
import { discardRest, isJsonContentType, readBody, sendError, sendJson, utf8Text } from './http.js';
import { EVIDENCE_BODY_BYTES, checkFiles, isMultipart, readMultipart } from './evidence.js';
import { langFrom, type Lang } from './messages.js';
import type { RateLimiter } from './rate-limit.js';
import type { AddedMessage, MessageSender, Store, StoredMessage, StoredReport } from './store/types.js';

/** A message is padded to at most 64 KiB; with its envelope that stays under this. */
export const MESSAGE_BODY_BYTES = 96 * 1024;

export interface FollowUpContext {
  store: Store;
  officeKeys: readonly OfficePublicJwk[];
  /** Failed lookups per client address; while it is over, no lookup is even tried. */
  lookupLimiter: RateLimiter;
  /** Failed lookups of all clients together, with the same lockout. */
  globalLimiter: RateLimiter;
  /** Messages per client address (the report limiter's figures). */
  messageLimiter: RateLimiter | undefined;
  clientAddress: (req: IncomingMessage) => string;
  corsHeaders: Record<string, string>;
  /** Shown to the resident: "the office answers within N working days". */
  replyWithinWorkingDays: number | undefined;
}

/** The SHA-256 of a lookup token's bytes, as @hrc/framework's `verifierOf` computes it in the browser. */
export const verifierOf = (lookup: string) =>
  createHash('sha256').update(Buffer.from(lookup, 'base64url')).digest('base64url');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The optional Idempotency-Key of a message (a UUID, as for reports): `null` without one, undefined
 * when it is there but not a UUID.
 */
function messageKey(req: IncomingMessage): string | null | undefined {
  const key = req.headers['idempotency-key'];
  if (key === undefined) return null;
  return typeof key === 'string' && UUID.test(key.trim()) ? key.trim().toLowerCase() : undefined;
}

/** Answers a message that was not stored (refused, or already stored with the key); true when it did. */
function refuseAdded(
  added: AddedMessage,
  res: ServerResponse,
  lang: Lang,
  cors: Record<string, string>,
  gone: 'not-found' | 'unknown-receipt',
) {
  if (added === 'full') sendError(res, 409, 'conversation-full', lang, cors);
  else if (added === 'key-reused') sendError(res, 422, 'idempotency-key-reused', lang, cors);
  else if (added === undefined) sendError(res, 404, gone, lang, cors);
  else return false;
  return true;
}

type Checked<T> = { ok: true; value: T } | { ok: false; issues: { path: string; code: string }[] };

function checkMessage(input: unknown, to: 'office' | 'resident'): Checked<SealedMessage> {
  const parsed = sealedMessageSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), code: i.code })),
    };
  }
  if (parsed.data.to !== to) return { ok: false, issues: [{ path: 'to', code: 'invalid_value' }] };
  return { ok: true, value: parsed.data as SealedMessage };
}

const parseJson = (text: string | undefined): unknown => {
  if (text === undefined) throw new SyntaxError('not UTF-8');
  return JSON.parse(text);
};

/**
 * Reads a small JSON body, or for the resident's message with evidence files a multipart body (text
 * parts `lookup` and `message`, the sealed message as JSON, and one file part `evidence[]` per sealed
 * file); answers the refusal itself and gives undefined.
 */
async function readJson(
  req: IncomingMessage,
  res: ServerResponse,
  lang: Lang,
  cors: Record<string, string>,
  withFiles = false,
): Promise<{ json: unknown; files: Uint8Array[] } | undefined> {
  const contentType = req.headers['content-type'];
  const multipart = withFiles && isMultipart(contentType);
  if (!multipart && !isJsonContentType(contentType)) {
    sendError(res, 415, 'unsupported-media-type', lang, cors);
    return undefined;
  }
  const body = await readBody(req, multipart ? EVIDENCE_BODY_BYTES : MESSAGE_BODY_BYTES);
  if (body === 'too-large') {
    sendError(res, 413, multipart ? 'evidence-too-large' : 'too-large', lang, cors);
    discardRest(req);
    return undefined;
  }
  if (multipart) {
    const parts = await readMultipart(body, contentType!, ['lookup', 'message']);
    if (!parts.ok) {
      sendError(res, parts.status, parts.code, lang, cors);
      return undefined;
    }
    try {
      const message = parseJson(parts.texts.message);
      return { json: { lookup: parts.texts.lookup, message }, files: parts.files };
    } catch {
      sendError(res, 400, 'malformed-json', lang, cors);
      return undefined;
    }
  }
  try {
    return { json: parseJson(utf8Text(body)), files: [] };
  } catch {
    sendError(res, 400, 'malformed-json', lang, cors);
    return undefined;
  }
}

/** The conversation as the resident sees it: their own messages only as "sent then" (they cannot open them). */
function conversation(report: StoredReport, messages: StoredMessage[], ctx: FollowUpContext) {
  return {
    reference: report.reference,
    status: report.status,
    receivedAt: report.receivedAt,
    statusChangedAt: report.updatedAt,
    ...(ctx.replyWithinWorkingDays ? { replyWithinWorkingDays: ctx.replyWithinWorkingDays } : {}),
    messages: messages.map((m) =>
      m.sender === 'office'
        ? { from: 'office', sentAt: m.sentAt, message: m.envelope }
        : {
            from: 'resident',
            sentAt: m.sentAt,
            ...(m.envelope.evidence ? { files: m.envelope.evidence.length } : {}),
          },
    ),
  };
}

function tooMany(res: ServerResponse, lang: Lang, cors: Record<string, string>, seconds: number): void {
  sendError(res, 429, 'rate-limited', lang, { ...cors, 'Retry-After': String(seconds) });
}

/** POST /follow-up: `{ lookup }` reads the conversation; `{ lookup, message }` adds the resident's message. */
export async function handleFollowUp(req: IncomingMessage, res: ServerResponse, ctx: FollowUpContext) {
  const lang = langFrom(req.headers['accept-language']);
  const cors = ctx.corsHeaders;
  const client = ctx.clientAddress(req);
  // Asked before anything is looked up: while a client, or everyone, is over the limit of failed
  // lookups, the right receipt is refused like a wrong one, so guessing gains nothing from the lockout.
  for (const limiter of [ctx.lookupLimiter, ctx.globalLimiter]) {
    const locked = limiter.peek(limiter === ctx.globalLimiter ? '*' : client);
    if (!locked.ok) return tooMany(res, lang, cors, locked.retryAfterSeconds);
  }
  const idempotencyKey = messageKey(req);
  if (idempotencyKey === undefined) return sendError(res, 400, 'idempotency-key-invalid', lang, cors);
  // Files are sent once: a message with files needs its Idempotency-Key, so a retry stores nothing twice.
  if (idempotencyKey === null && isMultipart(req.headers['content-type'])) {
    return sendError(res, 400, 'idempotency-key-missing', lang, cors);
  }
  const read = await readJson(req, res, lang, cors, true);
  if (!read) return;
  const { files } = read;
  const input = read.json as { lookup?: unknown; message?: unknown } | null;
  const keys = input && typeof input === 'object' && !Array.isArray(input) ? Object.keys(input) : ['(body)'];
  const lookup = lookupTokenSchema.safeParse(input?.lookup);
  if (!lookup.success || keys.some((k) => k !== 'lookup' && k !== 'message')) {
    return sendError(res, 400, 'invalid-lookup', lang, cors);
  }
  let message: SealedMessage | undefined;
  if (input!.message !== undefined) {
    const checked = checkMessage(input!.message, 'office');
    if (!checked.ok) return sendError(res, 400, 'invalid-message', lang, cors, { issues: checked.issues });
    message = checked.value;
    if (ctx.officeKeys.length > 0 && !ctx.officeKeys.some((k) => k.kid === message!.kid)) {
      return sendError(res, 400, 'unknown-key', lang, cors, { kid: message.kid });
    }
  }
  const mismatch = checkFiles(message ?? {}, files);
  if (mismatch) return sendError(res, mismatch.status, mismatch.code, lang, cors);

  const found = await ctx.store.findFollowUp(verifierOf(lookup.data));
  if (!found) {
    // One answer for a receipt that never existed and for one whose report retention deleted.
    const decisions = [ctx.lookupLimiter.check(client), ctx.globalLimiter.check('*')];
    const over = decisions.find((d) => !d.ok);
    if (over && !over.ok) return tooMany(res, lang, cors, over.retryAfterSeconds);
    return sendError(res, 404, 'unknown-receipt', lang, cors);
  }
  const { report } = found;
  let replayed = false;
  if (message) {
    const allowed = ctx.messageLimiter?.check(client);
    if (allowed && !allowed.ok) return tooMany(res, lang, cors, allowed.retryAfterSeconds);
    const added = await ctx.store.addMessage(report.reference, 'resident', message, new Date(), {
      idempotencyKey: idempotencyKey ?? undefined,
      evidence: files,
    });
    if (refuseAdded(added, res, lang, cors, 'unknown-receipt')) return;
    replayed = !!(added as { replayed?: true }).replayed;
  }
  const messages = await ctx.store.listMessages(report.reference);
  sendJson(
    res,
    message ? 201 : 200,
    conversation(report, messages, ctx),
    replayed ? { ...cors, 'Idempotent-Replayed': 'true' } : cors,
  );
}

export interface OfficeMessagesContext {
  store: Store;
  officeKeys: readonly OfficePublicJwk[];
}

/**
 * GET /reports/{reference}/messages: the follow-up (the resident key to seal answers to) and every
 * message, the office's with their copies; POST `{ message, copy }`: the office's answer, sealed in the
 * office's browser to the resident key and sent with an office key (HPKE auth mode), and its copy
 * sealed to that office key. Authorised by the caller.
 */
export async function handleOfficeMessages(
  req: IncomingMessage,
  res: ServerResponse,
  reference: string,
  ctx: OfficeMessagesContext,
): Promise<void> {
  const lang = langFrom(req.headers['accept-language']);
  const followUp = await ctx.store.getFollowUp(reference);
  if (req.method === 'GET') {
    if (!followUp) {
      const exists = await ctx.store.getReport(reference);
      return exists
        ? sendJson(res, 200, { followUp: null, messages: [] })
        : sendError(res, 404, 'not-found', lang);
    }
    const messages = await ctx.store.listMessages(reference);
    return sendJson(res, 200, {
      followUp: { key: followUp.key, createdAt: followUp.createdAt },
      messages: messages.map(officeView),
    });
  }
  const idempotencyKey = messageKey(req);
  if (idempotencyKey === undefined) return sendError(res, 400, 'idempotency-key-invalid', lang);
  const read = await readJson(req, res, lang, {});
  if (!read) return;
  const body = read.json as { message?: unknown; copy?: unknown } | null;
  const keys = body && typeof body === 'object' && !Array.isArray(body) ? Object.keys(body) : ['(body)'];
  const checked = checkMessage(body?.message, 'resident');
  if (!checked.ok || keys.some((k) => k !== 'message' && k !== 'copy')) {
    const issues = checked.ok ? [{ path: '', code: 'unrecognized_keys' }] : checked.issues;
    return sendError(res, 400, 'invalid-message', lang, {}, { issues });
  }
  const message = checked.value;
  const copy = officeCopySchema.safeParse(body!.copy);
  if (!copy.success || copy.data.kid !== message.kid) {
    return sendError(
      res,
      400,
      'invalid-message',
      lang,
      {},
      { issues: [{ path: 'copy', code: 'invalid_value' }] },
    );
  }
  if (ctx.officeKeys.length > 0 && !ctx.officeKeys.some((k) => k.kid === message.kid)) {
    return sendError(res, 400, 'unknown-key', lang, {}, { kid: message.kid });
  }
  if (!followUp) {
    const exists = await ctx.store.getReport(reference);
    return sendError(res, exists ? 409 : 404, exists ? 'no-follow-up' : 'not-found', lang);
  }
  const sender: MessageSender = 'office';
  const added = await ctx.store.addMessage(reference, sender, message, new Date(), {
    idempotencyKey: idempotencyKey ?? undefined,
    copy: copy.data as SealedMessage,
  });
  if (refuseAdded(added, res, lang, {}, 'not-found')) return;
  const stored = added as StoredMessage & { replayed?: true };
  sendJson(res, 201, officeView(stored), stored.replayed ? { 'Idempotent-Replayed': 'true' } : {});
}

/** A message as the office page gets it: the office's answers with the office's own copy. */
const officeView = ({ id, sender, sentAt, envelope, copy }: StoredMessage) => ({
  id,
  from: sender,
  sentAt,
  message: envelope,
  ...(copy ? { copy } : {}),
});
