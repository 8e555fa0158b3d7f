import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { OfficePublicJwk } from '@hrc/framework/seal';
import { answerClientError, BASE_HEADERS, clientAddress, sendError, sendJson } from './http.js';
import { langFrom } from './messages.js';
import { handleFollowUp } from './follow-up.js';
import { authorise, handleOffice } from './office.js';
import { RateLimiter, type RateLimitOptions } from './rate-limit.js';
import { parseOfficeKeys, SEALED_BODY_BYTES } from './sealed.js';
import { handleStatistics, statisticsSettings, type StatisticsOptions } from './statistics.js';
import { openStore, type Store } from './store/index.js';
import { handleSubmit } from './submit.js';
import { Webhook, type WebhookOptions } from './webhook.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** Answer headers beyond the CORS-safelisted ones that a form on another origin may read. */
const EXPOSED_HEADERS = 'Retry-After, Idempotent-Replayed';
/** Request targets are paths; this base only makes them parseable as URLs. */
const BASE_URL = 'http://receiver.invalid';

export interface ReceiverOptions {
  /** A SQLite file path, a `postgres://` URL, or an open store. Default: `./reports.sqlite`. */
  db?: string | Store;
  /** Origins (`https://www.example.nl`) whose pages may post reports; `*` allows any. Default: none. */
  origins?: readonly string[];
  /** Bearer token for the office side; without one the office side is off. */
  token?: string | undefined;
  /** Per-client limit on report submissions, or `false` for none. Default: 30 per 10 minutes. */
  rateLimit?: RateLimitOptions | false;
  /** Reports older than this are deleted, at start and every hour. Default: 365. */
  retentionDays?: number;
  /** Idempotency keys are kept this long (at least 24). Default: 48. */
  keyRetentionHours?: number;
  /** Forms filled faster than this are taken for automated. Default: 3000 (the contract's figure). */
  minFillMs?: number;
  /** A key in flight for longer than this belongs to a request that died. Default: 30 s. */
  staleKeyMs?: number;
  /**
   * Largest request body. Default: 96 KiB, room for the largest sealed envelope; plain reports are held
   * to the contract's 64 KiB whatever this is.
   */
  bodyLimit?: number;
  /**
   * The office's public keys (JWKs with a `kid`, as hrc-keygen or the office page prints them). With
   * keys, the receiver accepts only reports sealed to one of them and refuses plain reports.
   */
  officeKeys?: readonly OfficePublicJwk[];
  /** A short plain-text note shown at the top of the office page (say, "Test environment"). */
  officeNotice?: string;
  /** Follow-up with a receipt (docs/follow-up.md). */
  followUp?: FollowUpOptions;
  /** Statistics of reports (docs/statistics.md): threshold, the city's areas, the publisher's name. */
  statistics?: StatisticsOptions;
  /** Rate-limit by the last `X-Forwarded-For` hop (set when behind your own reverse proxy). */
  trustProxy?: boolean;
  webhook?: WebhookOptions | undefined;
  log?: (line: string) => void;
}

export interface FollowUpOptions {
  /** Shown to the resident: "the office answers within N working days". Default: none. */
  replyWithinWorkingDays?: number;
  /** Failed lookups one client may make. Default: 10 per 15 minutes. */
  lookupLimit?: RateLimitOptions;
  /** Failed lookups of all clients together. Default: 200 per 15 minutes. */
  globalLookupLimit?: RateLimitOptions;
}

export interface Receiver extends Server {
  readonly store: Store;
  /** Runs retention now; returns how many reports were deleted. */
  sweep(): Promise<number>;
  /** Waits for webhook deliveries under way. */
  settle(): Promise<void>;
  /** Stops accepting, ends open connections, stops timers and closes a store it opened itself. */
  shutdown(): Promise<void>;
}

/**
 * Creates the receiver as a plain Node HTTP server (not yet listening), with the schema migrated and
 * retention run once. Embed it with `(await createReceiver({ … })).listen(8787)`.
 */
export async function createReceiver(options: ReceiverOptions = {}): Promise<Receiver> {
  const log = options.log ?? ((line: string) => console.error(`[hrc-receiver] ${line}`));
  // Checked before the store is opened, so a wrong key leaves nothing open behind it.
  const officeKeys = await parseOfficeKeys(options.officeKeys ?? []);
  const statistics = statisticsSettings(options.statistics);
  const ownStore = typeof options.db !== 'object';
  const store =
    typeof options.db === 'object' ? options.db : await openStore(options.db ?? './reports.sqlite');
  if (!ownStore) await store.migrate();

  const origins = new Set(options.origins ?? []);
  const token = options.token || undefined;
  if (token !== undefined && token.length < 16) {
    throw new Error('The office token must be at least 16 characters long.');
  }
  const retentionDays = options.retentionDays ?? 365;
  const keyHours = Math.max(24, options.keyRetentionHours ?? 48);
  const trustProxy = options.trustProxy ?? false;
  const limiterOptions = options.rateLimit ?? { max: 30, windowMs: 10 * 60_000 };
  const limiter = limiterOptions === false ? undefined : new RateLimiter(limiterOptions);
  const authLimiter = new RateLimiter({ max: 10, windowMs: 10 * 60_000 });
  const followUp = options.followUp ?? {};
  const lookupLimiter = new RateLimiter(followUp.lookupLimit ?? { max: 10, windowMs: 15 * 60_000 });
  const globalLimiter = new RateLimiter(followUp.globalLookupLimit ?? { max: 200, windowMs: 15 * 60_000 });
  const messageLimiter = limiterOptions === false ? undefined : new RateLimiter(limiterOptions);
  const replyDays = followUp.replyWithinWorkingDays;
  if (replyDays !== undefined && !(Number.isInteger(replyDays) && replyDays > 0 && replyDays <= 365)) {
    throw new Error('followUp.replyWithinWorkingDays must be a whole number of days from 1 to 365.');
  }
  const webhook = options.webhook ? new Webhook(options.webhook, log) : undefined;
  const addressOf = (req: IncomingMessage) => clientAddress(req, trustProxy);

  const sweep = async () => {
    const now = Date.now();
    const deleted = await store.deleteReportsBefore(new Date(now - retentionDays * DAY));
    await store.deleteKeysBefore(new Date(now - keyHours * HOUR));
    if (deleted > 0) log(`retention: deleted ${deleted} report(s) older than ${retentionDays} days`);
    return deleted;
  };
  await sweep();
  const timer = setInterval(
    () => void sweep().catch((e: Error) => log(`retention failed: ${e.message}`)),
    HOUR,
  );
  timer.unref();

  const corsFor = (origin: string | undefined): Record<string, string> | null => {
    if (origin === undefined) return {};
    if (!origins.has('*') && !origins.has(origin)) return null;
    return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const method = req.method ?? 'GET';
    const lang = langFrom(req.headers['accept-language']);
    const url = URL.canParse(req.url ?? '/', BASE_URL) ? new URL(req.url ?? '/', BASE_URL) : undefined;
    if (url === undefined) return sendError(res, 400, 'bad-request', lang);

    if (url.pathname === '/favicon.ico') {
      // Browsers ask for it on the admin page; an empty answer keeps their consoles quiet.
      res.writeHead(204, BASE_HEADERS);
      return void res.end();
    }
    if (url.pathname === '/healthz') {
      await store.ping();
      return sendJson(res, 200, { status: 'ok', db: store.kind });
    }
    if (url.pathname === '/reports' && (method === 'POST' || method === 'OPTIONS')) {
      const cors = corsFor(req.headers.origin);
      if (cors === null) return sendError(res, 403, 'origin-not-allowed', lang, { Vary: 'Origin' });
      if (method === 'OPTIONS') {
        res.writeHead(204, {
          ...BASE_HEADERS,
          ...cors,
          'Access-Control-Allow-Methods': 'POST',
          'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
          'Access-Control-Max-Age': '600',
        });
        return void res.end();
      }
      return handleSubmit(req, res, {
        store,
        bodyLimit: options.bodyLimit ?? SEALED_BODY_BYTES,
        officeKeys,
        minFillMs: options.minFillMs ?? 3000,
        staleKeyMs: options.staleKeyMs ?? 30_000,
        limiter,
        clientAddress: addressOf,
        // The form reads Retry-After (to wait as long as asked on 409 and 429); a page on another
        // origin can read only the headers listed here.
        corsHeaders:
          'Access-Control-Allow-Origin' in cors
            ? { ...cors, 'Access-Control-Expose-Headers': EXPOSED_HEADERS }
            : cors,
        webhook,
        log,
      });
    }
    if (url.pathname === '/follow-up' && (method === 'POST' || method === 'OPTIONS')) {
      const cors = corsFor(req.headers.origin);
      if (cors === null) return sendError(res, 403, 'origin-not-allowed', lang, { Vary: 'Origin' });
      if (method === 'OPTIONS') {
        res.writeHead(204, {
          ...BASE_HEADERS,
          ...cors,
          'Access-Control-Allow-Methods': 'POST',
          'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
          'Access-Control-Max-Age': '600',
        });
        return void res.end();
      }
      return handleFollowUp(req, res, {
        store,
        officeKeys,
        lookupLimiter,
        globalLimiter,
        messageLimiter,
        clientAddress: addressOf,
        corsHeaders:
          'Access-Control-Allow-Origin' in cors
            ? { ...cors, 'Access-Control-Expose-Headers': 'Retry-After' }
            : cors,
        replyWithinWorkingDays: replyDays,
      });
    }
    if (url.pathname.startsWith('/statistics')) {
      const handledStatistics = await handleStatistics(req, res, url, {
        store,
        settings: statistics,
        authorise: (rq, rs) => authorise(rq, rs, { token, authLimiter, clientAddress: addressOf }, lang),
        lang,
      });
      if (handledStatistics) return;
    }
    const handled = await handleOffice(req, res, url, {
      store,
      token,
      authLimiter,
      clientAddress: addressOf,
      webhook,
      officeKeys,
      officeNotice: options.officeNotice ?? '',
    });
    if (!handled) {
      // A page of an allowed origin that posts to a wrong address may read the answer: the form then
      // shows the 404 as a refusal, where a blocked answer would look like a network failure that it
      // retries for ever.
      const cors = req.headers.origin === undefined ? null : corsFor(req.headers.origin);
      if (cors && method === 'OPTIONS') {
        res.writeHead(204, {
          ...BASE_HEADERS,
          ...cors,
          'Access-Control-Allow-Methods': 'POST',
          'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
        });
        return void res.end();
      }
      sendError(res, 404, 'not-found', lang, cors ?? undefined);
    }
  };

  const server = createServer({ requestTimeout: 30_000, headersTimeout: 15_000 }, (req, res) => {
    handle(req, res).catch((error: Error) => {
      log(`request failed: ${error.stack ?? error.message}`);
      if (!res.headersSent)
        sendError(res, 503, 'server-error', langFrom(req.headers['accept-language']), { 'Retry-After': '5' });
      else res.destroy();
    });
  });

  server.on('clientError', answerClientError);

  let closed: Promise<void> | undefined;
  return Object.assign(server, {
    store,
    sweep,
    settle: async () => webhook?.settle(),
    shutdown() {
      closed ??= (async () => {
        clearInterval(timer);
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await webhook?.settle();
        if (ownStore) await store.close();
      })();
      return closed;
    },
  });
}
