import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { reportCsvHeader, reportCsvRow } from './csv.js';
import { sendSealedFile } from './evidence.js';
import {
  BASE_HEADERS,
  discardRest,
  isJsonContentType,
  readBody,
  sendError,
  sendJson,
  utf8Text,
} from './http.js';
import { dirOf, langFrom, LOCALES, officeCatalog, type Lang } from './messages.js';
import type { RateLimiter } from './rate-limit.js';
import type { OfficePublicJwk } from '@hrc/framework/seal';
import { handleOfficeMessages } from './follow-up.js';
import { REFERENCE_PATTERN } from './reference.js';
import { isStoredEnvelope, readableFields } from './sealed.js';
import { REPORT_STATUSES, type ReportStatus, type Store, type StoredReport } from './store/types.js';
import type { Webhook } from './webhook.js';

export interface OfficeContext {
  store: Store;
  token: string | undefined;
  /** Counts failed token attempts per client, so the token cannot be guessed at speed. */
  authLimiter: RateLimiter;
  clientAddress: (req: IncomingMessage) => string;
  webhook: Webhook | undefined;
  officeKeys: readonly OfficePublicJwk[];
  officeNotice: string;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Compares in constant time; hashing first makes the comparison independent of the lengths too. */
export function tokenMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

export function authorise(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: Pick<OfficeContext, 'token' | 'authLimiter' | 'clientAddress'>,
  lang: Lang,
): boolean {
  if (!ctx.token) {
    sendError(res, 403, 'office-disabled', lang);
    return false;
  }
  // The limiter is asked first: while a client is locked out, no token is even compared, so a right
  // guess among many wrong ones is refused like the rest. Only failures count against the client.
  const client = ctx.clientAddress(req);
  const locked = ctx.authLimiter.peek(client);
  if (!locked.ok) return tooMany(res, lang, locked.retryAfterSeconds);
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  if (match && tokenMatches(match[1]!, ctx.token)) return true;
  const decision = ctx.authLimiter.check(client);
  if (!decision.ok) return tooMany(res, lang, decision.retryAfterSeconds);
  sendError(res, 401, 'unauthorized', lang, { 'WWW-Authenticate': 'Bearer realm="hrc-receiver"' });
  return false;
}

function tooMany(res: ServerResponse, lang: Lang, seconds: number): false {
  sendError(res, 429, 'rate-limited', lang, { 'Retry-After': String(seconds) });
  return false;
}

function parseStatus(value: string | null | undefined): ReportStatus | undefined | 'invalid' {
  if (value === null || value === undefined || value === '') return undefined;
  return (REPORT_STATUSES as readonly string[]).includes(value) ? (value as ReportStatus) : 'invalid';
}

function parseInteger(value: string | null, fallback: number, min: number, max: number): number | 'invalid' {
  if (value === null || value === '') return fallback;
  if (!/^\d+$/.test(value)) return 'invalid';
  const n = Number(value);
  return n >= min && n <= max ? n : 'invalid';
}

/** Office routes; answers true when it handled the request. */
export async function handleOffice(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  ctx: OfficeContext,
): Promise<boolean> {
  const lang = langFrom(req.headers['accept-language']);
  const path = url.pathname;
  const method = req.method ?? 'GET';

  if (path === '/admin' || path === '/admin/') {
    if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed(res, lang, 'GET, HEAD');
    serveAsset(res, 'admin.html', lang);
    return true;
  }
  const assetName = path.startsWith('/admin/') ? path.slice('/admin/'.length) : '';
  if (assetName !== 'admin.html' && Object.hasOwn(ASSET_TYPES, assetName)) {
    if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed(res, lang, 'GET, HEAD');
    serveAsset(res, assetName as AssetName, lang);
    return true;
  }
  if (path === '/admin/config.json') {
    if (method !== 'GET') return methodNotAllowed(res, lang, 'GET');
    // Public, like the page itself: the notice, and the public keys the receiver expects (they are in
    // every page that carries the form anyway). The office page compares them with the keys it unlocks.
    sendJson(res, 200, { notice: ctx.officeNotice, officeKeys: ctx.officeKeys });
    return true;
  }
  const localeFile = /^\/admin\/locales\/([^/]+)\.json$/.exec(path);
  if (localeFile) {
    if (method !== 'GET') return methodNotAllowed(res, lang, 'GET');
    const wanted = decodedPathSegment(localeFile[1]!);
    const known = LOCALES.find((l) => l.toLowerCase() === wanted?.toLowerCase());
    if (!known) {
      sendError(res, 404, 'not-found', lang);
      return true;
    }
    sendJson(res, 200, officeCatalog(known));
    return true;
  }
  if (path === '/admin/labels.json') {
    if (method !== 'GET') return methodNotAllowed(res, lang, 'GET');
    sendJson(res, 200, labels(lang));
    return true;
  }

  if (path === '/reports' && method === 'GET') {
    if (!authorise(req, res, ctx, lang)) return true;
    const limit = parseInteger(url.searchParams.get('limit'), 50, 1, 200);
    const offset = parseInteger(url.searchParams.get('offset'), 0, 0, Number.MAX_SAFE_INTEGER);
    const status = parseStatus(url.searchParams.get('status'));
    const awaiting = url.searchParams.get('awaiting');
    if (
      limit === 'invalid' ||
      offset === 'invalid' ||
      status === 'invalid' ||
      (awaiting !== null && awaiting !== 'reply')
    ) {
      sendError(res, 400, 'invalid-query', lang);
      return true;
    }
    const awaitingReply = awaiting === 'reply';
    const page = await ctx.store.listReports({ limit, offset, status, awaitingReply });
    sendJson(res, 200, { ...page, limit, offset });
    return true;
  }

  if (path === '/reports.csv') {
    if (method !== 'GET') return methodNotAllowed(res, lang, 'GET');
    if (!authorise(req, res, ctx, lang)) return true;
    const status = parseStatus(url.searchParams.get('status'));
    if (status === 'invalid') {
      sendError(res, 400, 'invalid-query', lang);
      return true;
    }
    await sendCsv(res, ctx.store, status);
    return true;
  }

  const messages = /^\/reports\/([^/]+)\/messages$/.exec(path);
  if (messages) {
    if (method !== 'GET' && method !== 'POST') return methodNotAllowed(res, lang, 'GET, POST');
    if (!authorise(req, res, ctx, lang)) return true;
    const reference = decodedPathSegment(messages[1]!)?.toUpperCase();
    if (reference === undefined || !REFERENCE_PATTERN.test(reference)) {
      sendError(res, 404, 'not-found', lang);
      return true;
    }
    await handleOfficeMessages(req, res, reference, { store: ctx.store, officeKeys: ctx.officeKeys });
    return true;
  }

  const file = /^\/reports\/([^/]+)\/evidence\/([0-9])$/.exec(path);
  if (file) {
    if (method !== 'GET') return methodNotAllowed(res, lang, 'GET');
    if (!authorise(req, res, ctx, lang)) return true;
    const reference = decodedPathSegment(file[1]!)?.toUpperCase();
    const sealed =
      reference !== undefined && REFERENCE_PATTERN.test(reference)
        ? await ctx.store.getEvidence(reference, Number(file[2]))
        : undefined;
    if (sealed) sendSealedFile(res, sealed);
    else sendError(res, 404, 'not-found', lang);
    return true;
  }

  // An evidence file of a resident's message: /reports/{reference}/messages/{id}/evidence/{i}.
  const messageFile = /^\/reports\/([^/]+)\/messages\/([1-9][0-9]{0,15})\/evidence\/([0-9])$/.exec(path);
  if (messageFile) {
    if (method !== 'GET') return methodNotAllowed(res, lang, 'GET');
    if (!authorise(req, res, ctx, lang)) return true;
    const reference = decodedPathSegment(messageFile[1]!)?.toUpperCase();
    const sealed =
      reference !== undefined && REFERENCE_PATTERN.test(reference)
        ? await ctx.store.getMessageEvidence(reference, Number(messageFile[2]), Number(messageFile[3]))
        : undefined;
    if (sealed) sendSealedFile(res, sealed);
    else sendError(res, 404, 'not-found', lang);
    return true;
  }

  const one = /^\/reports\/([^/]+)$/.exec(path);
  if (one) {
    if (method !== 'GET' && method !== 'PATCH') return methodNotAllowed(res, lang, 'GET, PATCH');
    if (!authorise(req, res, ctx, lang)) return true;
    // A reference is plain ASCII: anything that does not decode to one (broken escapes like %E0%A4%A
    // included) names no report.
    const reference = decodedPathSegment(one[1]!)?.toUpperCase();
    if (reference === undefined || !REFERENCE_PATTERN.test(reference)) {
      sendError(res, 404, 'not-found', lang);
      return true;
    }
    if (method === 'GET') {
      const report = await ctx.store.getReport(reference);
      if (report) sendJson(res, 200, report);
      else sendError(res, 404, 'not-found', lang);
      return true;
    }
    if (!isJsonContentType(req.headers['content-type'])) {
      sendError(res, 415, 'unsupported-media-type', lang);
      return true;
    }
    const body = await readBody(req, 1024);
    if (body === 'too-large') {
      sendError(res, 413, 'too-large', lang);
      discardRest(req);
      return true;
    }
    let status: ReturnType<typeof parseStatus>;
    try {
      const text = utf8Text(body);
      if (text === undefined) throw new SyntaxError('not UTF-8');
      const value = (JSON.parse(text) as { status?: unknown } | null)?.status;
      status = typeof value === 'string' ? parseStatus(value) : 'invalid';
    } catch {
      sendError(res, 400, 'malformed-json', lang);
      return true;
    }
    if (status === undefined || status === 'invalid') {
      sendError(res, 400, 'invalid-status', lang);
      return true;
    }
    const updated = await ctx.store.setStatus(reference, status, new Date());
    if (!updated) {
      sendError(res, 404, 'not-found', lang);
      return true;
    }
    sendJson(res, 200, updated);
    ctx.webhook?.notify('report.status-changed', updated);
    return true;
  }
  return false;
}

const labelTexts = new Map<Lang, string>();

/**
 * Grounds and areas of life by id, in the office's language and the words the form showed the
 * resident (the data package's content). Public data: the page loads it before signing in.
 */
function labels(lang: Lang): string {
  let text = labelTexts.get(lang);
  if (text === undefined) {
    // The report section of the data package: the grounds and areas of life as the form shows them.
    // A language without content of its own shows the grounds and areas in English.
    const require = createRequire(import.meta.url);
    let file: string;
    try {
      file = require.resolve(`@hrc/framework/content/${lang}/report.json`);
    } catch {
      file = require.resolve('@hrc/framework/content/en/report.json');
    }
    const content = JSON.parse(readFileSync(file, 'utf8')) as {
      grounds: { id: string; label: string }[];
      domains: { id: string; label: string }[];
    };
    const byId = (list: readonly { id: string; label: string }[]) =>
      Object.fromEntries(list.map((item) => [item.id, item.label]));
    text = JSON.stringify({ grounds: byId(content.grounds), domains: byId(content.domains) });
    labelTexts.set(lang, text);
  }
  return text;
}

function decodedPathSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function methodNotAllowed(res: ServerResponse, lang: Lang, allow: string): true {
  sendError(res, 405, 'method-not-allowed', lang, { Allow: allow });
  return true;
}

/**
 * A report as a CSV line. The server cannot open a sealed report: its line has the readable statistics
 * alone (when the resident agreed to them), and the office page's export fills in the rest.
 */
function csvRow(report: StoredReport): string {
  return reportCsvRow(
    isStoredEnvelope(report.payload) ? { ...report, payload: readableFields(report.payload) } : report,
  );
}

async function sendCsv(res: ServerResponse, store: Store, status: ReportStatus | undefined): Promise<void> {
  const day = new Date().toISOString().slice(0, 10);
  res.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="reports-${day}.csv"`,
  });
  // The byte-order mark makes spreadsheet programs read the file as UTF-8 (accents, é, ë).
  res.write(`\uFEFF${reportCsvHeader()}`);
  const pageSize = 500;
  for (let offset = 0; ; offset += pageSize) {
    const page = await store.listReports({ limit: pageSize, offset, status });
    if (page.items.length > 0 && !res.write(page.items.map(csvRow).join(''))) {
      await new Promise((resolve) => res.once('drain', resolve));
    }
    if (page.items.length < pageSize) break;
  }
  res.end();
}

/**
 * The admin page allows only its own script and stylesheet, and its script writes the page with DOM
 * methods alone, so Trusted Types can forbid every HTML sink.
 */
export const ADMIN_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');

const JS = 'text/javascript; charset=utf-8';
/**
 * The office page's files (packages/receiver/admin/). `seal.js` is built from @hrc/framework
 * (scripts/build-admin.mjs): opening, key files, the report schema and the CSV definition.
 */
const ASSET_TYPES = {
  'admin.html': 'text/html; charset=utf-8',
  'admin.css': 'text/css; charset=utf-8',
  'admin.js': JS,
  'evidence.js': JS,
  'texts.js': JS,
  'util.js': JS,
  'keys.js': JS,
  'opening.js': JS,
  'sheet.js': JS,
  'conversation.js': JS,
  'stats.js': JS,
  'seal.js': JS,
} as const;
type AssetName = keyof typeof ASSET_TYPES;

const assets = new Map<string, string>();
function asset(name: AssetName): string {
  let text = assets.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`../admin/${name}`, import.meta.url), 'utf8');
    assets.set(name, text);
  }
  return text;
}

function serveAsset(res: ServerResponse, name: AssetName, lang: Lang): void {
  const text =
    name === 'admin.html'
      ? asset(name).replace('<html lang="en">', `<html lang="${lang}" dir="${dirOf(lang)}">`)
      : asset(name);
  res.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Type': ASSET_TYPES[name],
    'Content-Length': String(Buffer.byteLength(text)),
    'Content-Security-Policy': ADMIN_CSP,
    'X-Frame-Options': 'DENY',
  });
  res.end(res.req.method === 'HEAD' ? undefined : text);
}
