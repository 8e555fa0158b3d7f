import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { REPORT_LIMITS, reportSchema } from '@hrc/framework/schemas';
import type { OfficePublicJwk } from '@hrc/framework/seal';
import {
  canonicalJson,
  discardRest,
  isJsonContentType,
  readBody,
  sendError,
  sendJson,
  utf8Text,
} from './http.js';
import { fieldMessage, langFrom, type Lang } from './messages.js';
import type { RateLimiter } from './rate-limit.js';
import { newReference } from './reference.js';
import { checkEnvelope, isResidentKey, isStoredEnvelope, looksSealed } from './sealed.js';
import { EVIDENCE_BODY_BYTES, checkFiles, isMultipart, readMultipart, withFiles } from './evidence.js';
import { reportCounters } from './statistics.js';
import {
  ReceiptTakenError,
  ReferenceTakenError,
  type Store,
  type StoredPayload,
  type StoredReport,
} from './store/types.js';
import type { Webhook } from './webhook.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface SubmitContext {
  store: Store;
  bodyLimit: number;
  /** The largest request with evidence files (multipart); by default EVIDENCE_BODY_BYTES. */
  evidenceBodyLimit?: number;
  minFillMs: number;
  staleKeyMs: number;
  limiter: RateLimiter | undefined;
  clientAddress: (req: IncomingMessage) => string;
  corsHeaders: Record<string, string>;
  webhook: Webhook | undefined;
  log: (line: string) => void;
  /**
   * The office's public keys. With keys, only sealed reports to one of them are accepted; without, plain
   * reports and sealed reports to any key id are.
   */
  officeKeys: readonly OfficePublicJwk[];
}

/**
 * The fingerprint of a report as kept: the payload that passed the schema, without its anti-abuse
 * signals. The same report, however its keys are ordered or spaced, gives the same fingerprint; and it is
 * never computed over raw input, whose nesting the client chooses.
 */
export function payloadFingerprint(payload: StoredPayload): string {
  return createHash('sha256').update(canonicalJson(payload)).digest('base64url');
}

/** POST /reports, as docs/report-endpoint.md describes it. */
export async function handleSubmit(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: SubmitContext,
): Promise<void> {
  const cors = ctx.corsHeaders;
  let lang: Lang = langFrom(req.headers['accept-language']);

  if (ctx.limiter) {
    const decision = ctx.limiter.check(ctx.clientAddress(req));
    if (!decision.ok) {
      return sendError(res, 429, 'rate-limited', lang, {
        ...cors,
        'Retry-After': String(decision.retryAfterSeconds),
      });
    }
  }
  const contentType = req.headers['content-type'];
  // Multipart: a sealed report with its evidence files (evidence.ts).
  const multipart = isMultipart(contentType);
  if (!multipart && !isJsonContentType(contentType)) {
    return sendError(res, 415, 'unsupported-media-type', lang, cors);
  }
  const key = req.headers['idempotency-key'];
  if (typeof key !== 'string' || key.trim() === '') {
    return sendError(res, 400, 'idempotency-key-missing', lang, cors);
  }
  if (!UUID.test(key.trim())) return sendError(res, 400, 'idempotency-key-invalid', lang, cors);
  const idempotencyKey = key.trim().toLowerCase();

  const body = await readBody(
    req,
    multipart ? (ctx.evidenceBodyLimit ?? EVIDENCE_BODY_BYTES) : ctx.bodyLimit,
  );
  if (body === 'too-large') {
    sendError(res, 413, multipart ? 'evidence-too-large' : 'too-large', lang, cors);
    return discardRest(req);
  }

  let files: Uint8Array[] = [];
  let text: string | undefined;
  if (multipart) {
    const parts = await readMultipart(body, contentType!, ['report']);
    if (!parts.ok) return sendError(res, parts.status, parts.code, lang, cors);
    files = parts.files;
    text = parts.texts.report;
  } else {
    text = utf8Text(body);
  }
  let input: unknown;
  try {
    if (text === undefined) throw new SyntaxError('not UTF-8');
    input = JSON.parse(text);
  } catch {
    // Over the plain limit and not JSON: whatever it was meant to be, it is too large for a plain report.
    if ((text?.length ?? body.length) > REPORT_LIMITS.bodyBytes) {
      return sendError(res, 413, 'too-large', lang, cors);
    }
    return sendError(res, 400, 'malformed-json', lang, cors);
  }
  let payload: StoredPayload;
  if (looksSealed(input)) {
    const checked = checkEnvelope(input);
    if (!checked.ok) return sendError(res, 400, 'invalid-envelope', lang, cors, { issues: checked.issues });
    const { envelope, antiAbuse } = checked;
    if (ctx.officeKeys.length > 0 && !ctx.officeKeys.some((k) => k.kid === envelope.kid)) {
      return sendError(res, 400, 'unknown-key', lang, cors, { kid: envelope.kid });
    }
    if (envelope.followUp && !(await isResidentKey(envelope.followUp.key))) {
      return sendError(res, 400, 'invalid-envelope', lang, cors, {
        issues: [{ path: 'followUp.key', code: 'invalid_key' }],
      });
    }
    // The signals are optional in an envelope (a city's own client may have none); when given, they count.
    if (antiAbuse && (antiAbuse.honeypot !== '' || antiAbuse.fillMs < ctx.minFillMs)) {
      return sendError(res, 400, 'rejected', lang, cors);
    }
    const mismatch = checkFiles(envelope, files);
    if (mismatch) return sendError(res, mismatch.status, mismatch.code, lang, cors);
    payload = envelope;
  } else {
    // A plain report is held to the contract's 64 KiB; only envelopes (padded) may be larger.
    if (multipart) return sendError(res, 400, 'evidence-needs-seal', lang, cors);
    if (body.length > REPORT_LIMITS.bodyBytes) return sendError(res, 413, 'too-large', lang, cors);
    if (ctx.officeKeys.length > 0) return sendError(res, 400, 'sealed-only', lang, cors);
    const locale = (input as { locale?: unknown } | null)?.locale;
    if (locale === 'nl' || locale === 'en') lang = locale;

    const parsed = reportSchema.safeParse(input);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((issue) => {
        const hrc = (issue as { params?: { hrc?: unknown } }).params?.hrc;
        const code = typeof hrc === 'string' ? hrc : issue.code;
        return { path: issue.path.map(String).join('.'), code, message: fieldMessage(code, lang) };
      });
      return sendError(res, 400, 'invalid', lang, cors, { fields });
    }
    const { antiAbuse, ...plain } = parsed.data;
    if (antiAbuse.honeypot !== '' || antiAbuse.fillMs < ctx.minFillMs) {
      return sendError(res, 400, 'rejected', lang, cors);
    }
    payload = plain;
  }

  const fingerprint = withFiles(payloadFingerprint(payload), files);
  const now = new Date();
  const claim = await ctx.store.claimKey(idempotencyKey, fingerprint, now, ctx.staleKeyMs);
  switch (claim.state) {
    case 'mismatch':
      return sendError(res, 422, 'idempotency-key-reused', lang, cors);
    case 'in-flight':
      return sendError(res, 409, 'idempotency-key-in-flight', lang, { ...cors, 'Retry-After': '1' });
    case 'done':
      return sendJson(res, claim.response.status, claim.response.body, {
        ...cors,
        'Idempotent-Replayed': 'true',
      });
    case 'claimed':
      break;
  }

  const receivedAt = now.toISOString();
  // Counted with the report, in its transaction: a report is counted once, however often it is replayed.
  const counters = reportCounters(payload, receivedAt);
  try {
    for (let attempt = 0; ; attempt++) {
      const report: StoredReport = {
        reference: newReference(),
        receivedAt,
        updatedAt: receivedAt,
        status: 'new',
        payload,
      };
      const response = { status: 201, body: JSON.stringify({ reference: report.reference, receivedAt }) };
      try {
        const followUp = isStoredEnvelope(payload) ? payload.followUp : undefined;
        await ctx.store.saveReport(idempotencyKey, report, response, { followUp, evidence: files, counters });
      } catch (error) {
        if (error instanceof ReferenceTakenError && attempt < 5) continue;
        throw error;
      }
      sendJson(res, response.status, response.body, cors);
      ctx.webhook?.notify('report.created', report);
      return;
    }
  } catch (error) {
    if (error instanceof ReceiptTakenError) {
      // Only a copy of a stored envelope carries a verifier that exists: nothing is stored from it.
      await ctx.store.releaseKey(idempotencyKey).catch(() => {});
      return sendError(res, 400, 'receipt-taken', lang, cors);
    }
    ctx.log(`could not store a report: ${(error as Error).message}`);
    // Another process may have finished this key meanwhile (after a stale claim); then its answer stands.
    const again = await ctx.store
      .claimKey(idempotencyKey, fingerprint, new Date(), ctx.staleKeyMs)
      .catch(() => null);
    if (again?.state === 'done') {
      return sendJson(res, again.response.status, again.response.body, {
        ...cors,
        'Idempotent-Replayed': 'true',
      });
    }
    await ctx.store.releaseKey(idempotencyKey).catch(() => {});
    return sendError(res, 503, 'server-error', lang, { ...cors, 'Retry-After': '5' });
  }
}
