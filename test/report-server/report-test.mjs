// A real, in-memory implementation of the report endpoint contract (docs/report-endpoint.md), served by
// the component test runner under /__report-test/<bucket>/reports, so the form's sending tests talk HTTP
// to a receiver instead of a mock. Each test uses its own bucket and can make the receiver fail on
// purpose (5xx, hanging responses) the way real networks and servers do.
import { createHash, randomInt } from 'node:crypto';
import { reportSchema, REPORT_LIMITS } from '../../packages/framework/dist/schemas/index.js';
import { sealedReportSchema } from '../../packages/framework/dist/seal/index.js';

const PREFIX = '/__report-test/';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** @type {Map<string, ReturnType<typeof newBucket>>} */
const buckets = new Map();

function newBucket() {
  return {
    /** failures: answer 500 to the next n reports; hangs: store, then never answer the next n. */
    config: { failures: 0, hangs: 0, minFillMs: 3000, rejectEmailDomain: '' },
    requests: 0,
    /** @type {unknown[]} */ reports: [],
    /** @type {string[]} */ keys: [],
    /** SHA-256 of every request body, in order. */
    /** @type {string[]} */ bodies: [],
    /** A JSON document served at GET …/key (an office's public key, for sealing tests). */
    /** @type {unknown} */ key: undefined,
    /** @type {Map<string, { hash: string, status: number, body: unknown }>} */ responses: new Map(),
    /** @type {Set<string>} */ inFlight: new Set(),
  };
}

const bucket = (id) => {
  let b = buckets.get(id);
  if (!b) buckets.set(id, (b = newBucket()));
  return b;
};

function reference() {
  const part = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `HRC-${part()}-${part()}`;
}

async function readBody(req, limit) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function answer(ctx, status, body, headers = {}) {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  for (const [k, v] of Object.entries(headers)) ctx.set(k, v);
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

async function receive(ctx, b) {
  b.requests++;
  const key = ctx.get('Idempotency-Key');
  if (!ctx.is('application/json'))
    return answer(ctx, 415, { error: 'unsupported-media-type', message: 'Send JSON.' });
  const text = await readBody(ctx.req, REPORT_LIMITS.bodyBytes);
  if (text === undefined)
    return answer(ctx, 413, { error: 'too-large', message: 'The report is too large.' });
  if (!key)
    return answer(ctx, 400, { error: 'idempotency-key-missing', message: 'Idempotency-Key is missing.' });
  if (!UUID.test(key)) return answer(ctx, 400, { error: 'idempotency-key-invalid', message: 'Not a UUID.' });
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return answer(ctx, 400, { error: 'malformed-json', message: 'The body is not JSON.' });
  }
  b.keys.push(key);
  const hash = createHash('sha256').update(text).digest('hex');
  b.bodies.push(hash);
  const previous = b.responses.get(key);
  if (previous) {
    if (previous.hash !== hash)
      return answer(ctx, 422, { error: 'idempotency-key-reused', message: 'Other payload.' });
    return answer(ctx, previous.status, previous.body, { 'Idempotent-Replayed': 'true' });
  }
  if (b.inFlight.has(key))
    return answer(
      ctx,
      409,
      { error: 'idempotency-key-in-flight', message: 'Still working.' },
      { 'Retry-After': '1' },
    );
  b.inFlight.add(key);
  try {
    if (b.config.failures > 0) {
      b.config.failures--;
      return answer(ctx, 500, { error: 'server-fault', message: 'Try again later.' });
    }
    // A sealed report is checked as an envelope: its report is only readable by the office.
    const sealed = json?.type === 'hrc-sealed-report';
    const result = (sealed ? sealedReportSchema : reportSchema).safeParse(json);
    const fields = result.success
      ? []
      : result.error.issues.map((i) => ({
          path: i.path.join('.'),
          code: i.params?.hrc ?? i.code,
          message: i.message,
        }));
    const email =
      result.success && !sealed && result.data.contact.kind === 'contact' ? result.data.contact.email : '';
    if (b.config.rejectEmailDomain && email && email.endsWith(`@${b.config.rejectEmailDomain}`))
      fields.push({
        path: 'contact.email',
        code: 'invalid_format',
        message: 'This address does not receive mail.',
      });
    if (fields.length)
      return answer(ctx, 400, { error: 'invalid', message: 'The report is not valid.', fields });
    const { antiAbuse = { honeypot: '', fillMs: 0 }, ...report } = result.data;
    if (antiAbuse.honeypot || antiAbuse.fillMs < b.config.minFillMs)
      return answer(ctx, 400, { error: 'rejected', message: 'This looks automated.' });
    const body = { reference: reference(), receivedAt: new Date().toISOString() };
    b.reports.push({ ...report, reference: body.reference, status: 'new' });
    b.responses.set(key, { hash, status: 201, body });
    if (b.config.hangs > 0) {
      b.config.hangs--;
      // Committed, but the answer never arrives: the form must time out and retry with the same key.
      await new Promise((resolve) => {
        ctx.res.once('close', resolve);
        setTimeout(resolve, 30_000);
      });
      return answer(ctx, 504, { error: 'gateway-timeout', message: 'Too late.' });
    }
    return answer(ctx, 201, body);
  } finally {
    b.inFlight.delete(key);
  }
}

const page = (body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report test</title></head><body>${body}</body></html>`;

/** Koa middleware for web-test-runner's `middleware` option. */
export async function reportTestMiddleware(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const [id, action] = ctx.path.slice(PREFIX.length).split('/');
  if (ctx.method === 'GET' && id.endsWith('.html')) {
    ctx.type = 'text/html';
    ctx.set('Cache-Control', 'no-store');
    ctx.body =
      id === 'form.html'
        ? page(
            '<script type="module" src="/packages/widgets/src/define/hrc-report-form.ts"></script>' +
              '<hrc-report-form endpoint="/__report-test/page/reports" quick-exit-url="/__report-test/exit.html"></hrc-report-form>',
          )
        : page(`<p>${id === 'exit.html' ? 'Weather' : 'Start'}</p>`);
    return;
  }
  const b = bucket(id);
  if (action === 'reports' && ctx.method === 'POST') return receive(ctx, b);
  if (action === 'config' && ctx.method === 'POST') {
    Object.assign(b.config, JSON.parse((await readBody(ctx.req, 10_000)) ?? '{}'));
    return answer(ctx, 200, b.config);
  }
  if (action === 'state' && ctx.method === 'GET')
    return answer(ctx, 200, { requests: b.requests, reports: b.reports, keys: b.keys, bodies: b.bodies });
  if (action === 'key' && ctx.method === 'POST') {
    b.key = JSON.parse((await readBody(ctx.req, 10_000)) ?? 'null');
    return answer(ctx, 200, {});
  }
  if (action === 'key' && ctx.method === 'GET') {
    return b.key ? answer(ctx, 200, b.key) : answer(ctx, 404, { error: 'not-found', message: 'No key.' });
  }
  return answer(ctx, 404, { error: 'not-found', message: ctx.path });
}

/**
 * Test-runner plugin: takes the page offline for `ms` milliseconds with Chromium's network emulation.
 * Offline also silences the test runner's own connection, so the switch happens just after the command
 * has answered, and the way back is scheduled here rather than asked for by the (offline) page.
 */
export const reportTestPlugin = {
  name: 'hrc-report-test',
  async executeCommand({ command, payload, session }) {
    if (command !== 'hrc-offline-for') return undefined;
    const page = session.browser.getPage(session.id);
    setTimeout(async () => {
      await page.setOfflineMode(true);
      setTimeout(() => page.setOfflineMode(false).catch(() => {}), Number(payload?.ms ?? 2000));
    }, 50);
    return true;
  },
};
