// The report form's sending tests talk to the real @hrc/receiver (packages/receiver/dist): each test
// starts its own, on a SQLite file in a temporary folder and a free loopback port, and posts to it through
// a thin proxy served by the test runner at /__receiver/<id>/… (same origin as the test page). The proxy
// is the network between the form and the receiver: it counts the requests, keeps the keys and bodies they carry, and
// can fail the way networks and gateways fail (a 502 page from a gateway, an answer lost on the way back).
// The receiver itself is never told to fail.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const { createReceiver } = await import('../../packages/receiver/dist/index.js').catch((error) => {
  throw new Error(`The report form's tests send to the built receiver: run pnpm run build first.\n${error}`);
});

const PREFIX = '/__receiver/';
/** Headers that belong to one connection, not to the message a proxy passes on. */
const HOP_BY_HOP = ['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'host'];

/**
 * @typedef {'gateway-error' | 'lost-answer'} Fault
 * @typedef {{ receiver: import('../../packages/receiver/dist/index.js').Receiver, port: number,
 *   dir: string, faults: Fault[], requests: number, keys: string[], bodies: string[] }} Running
 */

/** @type {Map<string, Running>} */
const running = new Map();

/**
 * Starts a receiver for one test; `token` turns its office side on, `followUp` is its follow-up option,
 * `statistics` its statistics option (the city's areas, say).
 * @param {{ origin: string, minFillMs?: number, faults?: Fault[], token?: string, followUp?: object,
 *   statistics?: object }} options
 */
async function start({ origin, minFillMs = 0, faults = [], token, followUp, statistics }) {
  const dir = mkdtempSync(join(tmpdir(), 'hrc-form-receiver-'));
  const receiver = await createReceiver({
    db: join(dir, 'reports.sqlite'),
    origins: [origin],
    minFillMs,
    log: () => {},
    ...(token ? { token } : {}),
    ...(followUp ? { followUp } : {}),
    ...(statistics ? { statistics } : {}),
  });
  await new Promise((resolve) => receiver.listen(0, '127.0.0.1', () => resolve(undefined)));
  const id = randomUUID();
  const port = /** @type {import('node:net').AddressInfo} */ (receiver.address()).port;
  running.set(id, { receiver, port, dir, faults: [...faults], requests: 0, keys: [], bodies: [] });
  return { id, endpoint: `${PREFIX}${id}/reports` };
}

/** What the network saw and what the receiver stored (newest first). */
async function state(id) {
  const r = running.get(id);
  if (!r) throw new Error(`no receiver ${id}`);
  const { items } = await r.receiver.store.listReports({ limit: 200, offset: 0 });
  // The sealed evidence files stored with each report, base64, in order.
  const evidence = {};
  for (const report of items) {
    const files = [];
    for (let i = 0; i < (report.payload.evidence?.length ?? 0); i++) {
      files.push(Buffer.from(await r.receiver.store.getEvidence(report.reference, i)).toString('base64'));
    }
    if (files.length) evidence[report.reference] = files;
  }
  // The statistics counters in the receiver's SQLite file, every month (docs/statistics.md).
  const counters = await r.receiver.store.listCounters('0000-01', '9999-12');
  return { requests: r.requests, keys: r.keys, bodies: r.bodies, reports: items, evidence, counters };
}

/** @param {import('node:http').IncomingMessage} req */
async function readAll(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** Passes one request on to the receiver and returns its answer, read in full. */
function forward(port, method, path, headers, body) {
  return new Promise((resolve, reject) => {
    const upstream = request({ host: '127.0.0.1', port, method, path, headers }, async (answer) => {
      try {
        resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: await readAll(answer) });
      } catch (error) {
        reject(error);
      }
    });
    upstream.on('error', reject);
    upstream.end(body);
  });
}

/** Koa middleware for web-test-runner's `middleware` option: the proxy in front of each receiver. */
export async function receiverProxy(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const [id, ...rest] = ctx.path.slice(PREFIX.length).split('/');
  const r = running.get(id);
  if (!r) {
    ctx.status = 404;
    return;
  }
  const body = await readAll(ctx.req);
  r.requests++;
  const key = ctx.get('Idempotency-Key');
  if (key) r.keys.push(key);
  if (ctx.method === 'POST') r.bodies.push(body.toString('utf8'));
  const fault = ctx.method === 'POST' ? r.faults.shift() : undefined;
  if (fault === 'gateway-error') {
    // The gateway could not reach the receiver: its own HTML page, not the contract's JSON.
    ctx.status = 502;
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>502 Bad Gateway</title><h1>Bad Gateway</h1>';
    return;
  }
  const headers = Object.fromEntries(
    Object.entries(ctx.req.headers).filter(([name]) => !HOP_BY_HOP.includes(name)),
  );
  const answer = await forward(r.port, ctx.method, `/${rest.join('/')}${ctx.search}`, headers, body);
  if (fault === 'lost-answer') {
    // The receiver answered (the report is stored), but the answer never reaches the browser: the form
    // gives up after its timeout and must send again with the same key.
    await new Promise((resolve) => {
      ctx.res.once('close', resolve);
      setTimeout(resolve, 30_000);
    });
    ctx.status = 504;
    return;
  }
  ctx.status = answer.status;
  for (const [name, value] of Object.entries(answer.headers)) {
    if (!HOP_BY_HOP.includes(name) && value !== undefined) ctx.set(name, value);
  }
  ctx.body = answer.body;
}

/**
 * Test-runner plugin: the commands the tests send (`executeServerCommand`), and stopping every receiver
 * with the runner.
 */
export const receiverPlugin = {
  name: 'hrc-real-receiver',
  async executeCommand({ command, payload, session }) {
    if (command === 'hrc-receiver-start') return start(payload);
    if (command === 'hrc-receiver-state') return state(payload.id);
    if (command === 'hrc-offline-for') {
      // Offline also silences the test runner's own connection, so the switch happens just after the
      // command has answered, and the way back is scheduled here rather than asked for by the page.
      const page = session.browser.getPage(session.id);
      setTimeout(async () => {
        await page.setOfflineMode(true);
        setTimeout(() => page.setOfflineMode(false).catch(() => {}), Number(payload?.ms ?? 2000));
      }, 50);
      return true;
    }
    return undefined;
  },
  async serverStop() {
    for (const [id, r] of running) {
      running.delete(id);
      await r.receiver.shutdown();
      rmSync(r.dir, { recursive: true, force: true });
    }
  },
};
