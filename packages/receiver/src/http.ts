import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorMessage, type ErrorCode, type Lang } from './messages.js';

/** Headers on every answer: nothing is cached, nothing is sniffed, nothing leaks through referrers. */
export const BASE_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-site',
};

/** JSON answers are data, never a document: forbid everything a browser could do with them. */
const JSON_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Security-Policy': JSON_CSP,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

export function sendError(
  res: ServerResponse,
  status: number,
  error: ErrorCode,
  lang: Lang,
  headers: Record<string, string> = {},
  extra: Record<string, unknown> = {},
): void {
  sendJson(res, status, { error, message: errorMessage(error, lang), ...extra }, headers);
}

export function isJsonContentType(value: string | undefined): boolean {
  if (!value) return false;
  const type = value.split(';')[0]!.trim().toLowerCase();
  return type === 'application/json';
}

/**
 * Reads a request body of at most `limit` bytes. Past the limit the rest is read and dropped (up to a
 * bound) so the client can still read the 413; a client that keeps sending beyond that is cut off.
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const declared = Number(req.headers['content-length']);
  const chunks: Buffer[] = [];
  let total = 0;
  let tooLarge = Number.isFinite(declared) && declared > limit;
  const drainBound = limit * 4;
  if (tooLarge && declared > drainBound) {
    req.socket.destroySoon();
    return 'too-large';
  }
  for await (const chunk of req as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > limit) tooLarge = true;
    if (total > drainBound) {
      req.socket.destroySoon();
      break;
    }
    if (!tooLarge) chunks.push(chunk);
  }
  return tooLarge ? 'too-large' : Buffer.concat(chunks);
}

/** The client address used for rate limiting, never stored. Behind a proxy, the hop it saw. */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const list = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? ''))
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    // The last entry is the one our own proxy added; earlier ones are whatever the client claimed.
    const last = list.at(-1);
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

/** Serialises JSON with object keys sorted, so the same payload always gives the same fingerprint. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}
