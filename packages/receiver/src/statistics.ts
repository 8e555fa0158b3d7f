/**
 * Statistics at the receiver (docs/statistics.md): what an accepted report adds to the counters, the
 * office's routes to see and publish a period, and the public files. The counting rules, the
 * suppression and the file format are @hrc/framework/statistics'; this module stores and serves them.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AREA_ID } from '@hrc/framework/schemas';
import { safeUrl } from '@hrc/framework/url';
import {
  DEFAULT_STAT_THRESHOLD,
  MONTH,
  UNSPECIFIED_AREA,
  counterKeys,
  countsOf,
  monthsBetween,
  periodSchema,
  statisticsCsv,
  statisticsDocument,
  statisticsFields,
  type PublishPeriodOptions,
  type StatisticsFields,
  type StatisticsPeriod,
} from '@hrc/framework/statistics';
import {
  BASE_HEADERS,
  discardRest,
  isJsonContentType,
  readBody,
  sendError,
  sendJson,
  utf8Text,
} from './http.js';
import type { Lang } from './messages.js';
import { isStoredEnvelope } from './sealed.js';
import type { CounterKey, Store, StoredPayload, StoredPeriod } from './store/types.js';

export interface StatisticsOptions {
  /** Counts under it are published as "fewer than N". At least 2. Default 5. */
  threshold?: number;
  /**
   * The city's areas (districts, say), when its form asks for one: published with these names. Reports
   * without an area, or with an id not in the list, count as `unspecified`.
   */
  areas?: readonly { id: string; label: string }[];
  /** Who publishes the counts, named in the file. */
  publisher?: { name: string; url?: string };
}

/** Statistics settings, checked: a wrong setting stops the receiver at start, with the reason. */
export interface StatisticsSettings {
  threshold: number;
  areas: { id: string; label: string }[] | undefined;
  publisher: { name: string; url?: string } | undefined;
}

/** Longest period that can be published at once: the file's limit of months per series. */
const MAX_MONTHS = 120;

export function statisticsSettings(options: StatisticsOptions = {}): StatisticsSettings {
  const threshold = options.threshold ?? DEFAULT_STAT_THRESHOLD;
  if (!Number.isInteger(threshold) || threshold < 2 || threshold > 1000) {
    throw new Error('The statistics threshold must be a whole number from 2 to 1000.');
  }
  let areas: StatisticsSettings['areas'];
  if (options.areas && options.areas.length > 0) {
    areas = [];
    for (const { id, label } of options.areas) {
      if (!AREA_ID.test(id) || id === UNSPECIFIED_AREA) {
        throw new Error(
          `The area id "${id}" must be 1 to 64 lower-case letters, digits or "-", and not "${UNSPECIFIED_AREA}".`,
        );
      }
      if (typeof label !== 'string' || label.trim() === '' || label.trim().length > 100) {
        throw new Error(`The area "${id}" needs a name of 1 to 100 characters.`);
      }
      if (areas.some((a) => a.id === id)) throw new Error(`The area id "${id}" is given twice.`);
      areas.push({ id, label: label.trim() });
    }
  }
  let publisher: StatisticsSettings['publisher'];
  if (options.publisher) {
    const name = options.publisher.name.trim();
    if (name === '' || name.length > 200) throw new Error('The publisher name must be 1 to 200 characters.');
    publisher = { name };
    if (options.publisher.url) {
      const url = safeUrl(options.publisher.url);
      if (url === undefined || url.length > 2000) {
        throw new Error('The publisher URL must be an absolute http(s) address.');
      }
      publisher.url = url;
    }
  }
  return { threshold, areas, publisher };
}

/**
 * The counters an accepted report adds one to. A plain report's consent covers statistics (the form's
 * consent says so); a sealed report counts only with its readable `statistics`, which the form adds
 * only when the resident agreed. The month counted is the month the receiver received it.
 */
export function reportCounters(payload: StoredPayload, receivedAt: string): CounterKey[] {
  let fields: StatisticsFields;
  if (isStoredEnvelope(payload)) {
    const s = payload.statistics;
    if (!s) return [];
    fields = {
      month: receivedAt.slice(0, 7),
      domain: s.domain,
      // An envelope may name no ground at all; the report still counts, as "unknown".
      grounds: s.grounds.length > 0 ? [...s.grounds] : ['unknown'],
    };
    if (s.role) fields.role = s.role;
    if (s.wish) fields.wish = s.wish;
    if (s.area) fields.area = s.area;
  } else {
    if (payload.consent !== true) return [];
    fields = statisticsFields(payload, receivedAt);
  }
  return counterKeys(fields);
}

export interface StatisticsContext {
  store: Store;
  settings: StatisticsSettings;
  /** Checks the office token, answering the refusal itself; true when the request may go on. */
  authorise: (req: IncomingMessage, res: ServerResponse) => boolean;
  lang: Lang;
}

const currentMonth = () => new Date().toISOString().slice(0, 7);

type PeriodCheck =
  { ok: true; from: string; to: string } | { ok: false; error: 'invalid-period' | 'period-not-over' };

/** A period the office may publish: whole months, at most ten years, over before this month began. */
export function checkPeriod(from: unknown, to: unknown): PeriodCheck {
  if (typeof from !== 'string' || typeof to !== 'string' || !MONTH.test(from) || !MONTH.test(to)) {
    return { ok: false, error: 'invalid-period' };
  }
  const months = monthsBetween(from, to).length;
  if (months === 0 || months > MAX_MONTHS) return { ok: false, error: 'invalid-period' };
  if (to >= currentMonth()) return { ok: false, error: 'period-not-over' };
  return { ok: true, from, to };
}

const overlap = (a: { from: string; to: string }, b: { from: string; to: string }) =>
  a.from <= b.to && b.from <= a.to;

/** Counts of what the period hides: under the threshold (`lt`) and withheld to protect them (`gte`). */
function hidden(period: StatisticsPeriod): { fewer: number; withheld: number } {
  if ('withheld' in period) return { fewer: 0, withheld: 0 };
  const counts = countsOf(period);
  return {
    fewer: counts.filter((c) => typeof c === 'object' && 'lt' in c).length,
    withheld: counts.filter((c) => typeof c === 'object' && 'gte' in c).length,
  };
}

/** The framework's statistics module, by file URL, for the worker below. */
const STATISTICS_MODULE = pathToFileURL(
  createRequire(import.meta.url).resolve('@hrc/framework/statistics'),
).href;

/**
 * Works out a period's publication in a worker thread: the search for witnesses takes seconds for a
 * year, and the receiver goes on taking reports meanwhile.
 */
function publishInWorker(options: PublishPeriodOptions): Promise<StatisticsPeriod> {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    import(workerData.module)
      .then(({ publishPeriod }) => {
        const { publishedAt, ...rest } = workerData.options;
        parentPort.postMessage({ period: publishPeriod({ ...rest, publishedAt: new Date(publishedAt) }) });
      })
      .catch((error) => parentPort.postMessage({ error: String(error && error.stack || error) }));`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, {
      eval: true,
      workerData: {
        module: STATISTICS_MODULE,
        options: { ...options, publishedAt: (options.publishedAt ?? new Date()).toISOString() },
      },
    });
    worker.once('message', (m: { period?: StatisticsPeriod; error?: string }) => {
      if (m.period) resolve(m.period);
      else reject(new Error(m.error));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`statistics worker stopped (${code})`)));
  });
}

async function compute(ctx: StatisticsContext, from: string, to: string): Promise<StatisticsPeriod> {
  const counters = await ctx.store.listCounters(from, to);
  return publishInWorker({
    from,
    to,
    counters,
    threshold: ctx.settings.threshold,
    publishedAt: new Date(),
    ...(ctx.settings.areas ? { areas: ctx.settings.areas } : {}),
  });
}

/** Statistics routes; answers true when it handled the request. */
export async function handleStatistics(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  ctx: StatisticsContext,
): Promise<boolean> {
  const path = url.pathname;
  const method = req.method ?? 'GET';
  const { lang } = ctx;

  if (path === '/statistics.json' || path === '/statistics.csv') {
    if (method === 'OPTIONS') {
      res.writeHead(204, {
        ...BASE_HEADERS,
        ...PUBLIC_HEADERS,
        'Access-Control-Allow-Methods': 'GET, HEAD',
        'Access-Control-Max-Age': '600',
      });
      res.end();
      return true;
    }
    if (method !== 'GET' && method !== 'HEAD') {
      sendError(res, 405, 'method-not-allowed', lang, { ...PUBLIC_HEADERS, Allow: 'GET, HEAD' });
      return true;
    }
    await servePublished(req, res, ctx, path.endsWith('.csv') ? 'csv' : 'json');
    return true;
  }

  if (path === '/statistics/periods') {
    if (method !== 'GET' && method !== 'POST') {
      sendError(res, 405, 'method-not-allowed', lang, { Allow: 'GET, POST' });
      return true;
    }
    if (!ctx.authorise(req, res)) return true;
    if (method === 'GET') sendJson(res, 200, await overview(ctx));
    else await publish(req, res, ctx);
    return true;
  }

  if (path === '/statistics/preview') {
    if (method !== 'GET') {
      sendError(res, 405, 'method-not-allowed', lang, { Allow: 'GET' });
      return true;
    }
    if (!ctx.authorise(req, res)) return true;
    const check = checkPeriod(url.searchParams.get('from'), url.searchParams.get('to'));
    if (!check.ok) {
      sendError(res, 400, check.error, lang);
      return true;
    }
    const taken = (await ctx.store.listPeriods()).find((p) => overlap(p, check));
    const period = await compute(ctx, check.from, check.to);
    sendJson(res, 200, {
      period,
      ...hidden(period),
      ...(taken ? { overlaps: { from: taken.from, to: taken.to } } : {}),
    });
    return true;
  }
  return false;
}

/** What the office chooses from: the periods published, the months counted, whole years still free. */
async function overview(ctx: StatisticsContext) {
  const stored = await ctx.store.listPeriods();
  const published = stored.map((p) => {
    const period = JSON.parse(p.json) as StatisticsPeriod;
    return { from: p.from, to: p.to, publishedAt: period.publishedAt, withheld: 'withheld' in period };
  });
  const now = currentMonth();
  const months = (await ctx.store.listCounters('0000-01', '9999-12'))
    .filter((c) => c.dimension === 'reports')
    .map((c) => ({ month: c.month, reports: c.count }));
  const years = [...new Set(months.map((m) => m.month.slice(0, 4)))].sort();
  const suggested = years
    .map((y) => ({ from: `${y}-01`, to: `${y}-12` }))
    .filter((p) => p.to < now && !stored.some((s) => overlap(s, p)));
  return {
    threshold: ctx.settings.threshold,
    areas: ctx.settings.areas ?? [],
    currentMonth: now,
    published,
    months,
    suggested,
  };
}

async function publish(req: IncomingMessage, res: ServerResponse, ctx: StatisticsContext): Promise<void> {
  const { lang } = ctx;
  if (!isJsonContentType(req.headers['content-type'])) {
    return sendError(res, 415, 'unsupported-media-type', lang);
  }
  const body = await readBody(req, 1024);
  if (body === 'too-large') {
    sendError(res, 413, 'too-large', lang);
    return discardRest(req);
  }
  let input: { from?: unknown; to?: unknown } | null;
  try {
    const text = utf8Text(body);
    if (text === undefined) throw new SyntaxError('not UTF-8');
    input = JSON.parse(text) as typeof input;
  } catch {
    return sendError(res, 400, 'malformed-json', lang);
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return sendError(res, 400, 'invalid-period', lang);
  }
  const check = checkPeriod(input.from, input.to);
  if (!check.ok) return sendError(res, 400, check.error, lang);
  // Checked before the counts are worked out (seconds), and again when the period is stored.
  const taken = (await ctx.store.listPeriods()).find((p) => overlap(p, check));
  if (taken) return refuseOverlap(res, lang, taken);
  const period = periodSchema.parse(await compute(ctx, check.from, check.to));
  const saved = await ctx.store.savePeriod({ from: check.from, to: check.to, json: JSON.stringify(period) });
  if (!saved.saved) return refuseOverlap(res, lang, saved.overlaps);
  sendJson(res, 201, { period, ...hidden(period) }, { Location: '/statistics.json' });
}

function refuseOverlap(res: ServerResponse, lang: Lang, taken: StoredPeriod): void {
  sendError(res, 409, 'period-overlaps', lang, {}, { overlaps: { from: taken.from, to: taken.to } });
}

/** The public files may be read from any site (an NGO's page, a regional observatory). */
const PUBLIC_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Cross-Origin-Resource-Policy': 'cross-origin',
};

async function servePublished(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: StatisticsContext,
  format: 'json' | 'csv',
): Promise<void> {
  // The periods as stored when they were published, never recomputed from the counters.
  const periods = (await ctx.store.listPeriods()).map((p) => JSON.parse(p.json) as StatisticsPeriod);
  const doc = statisticsDocument({
    periods,
    ...(ctx.settings.publisher ? { publisher: ctx.settings.publisher } : {}),
  });
  const text = format === 'json' ? `${JSON.stringify(doc, null, 2)}\n` : statisticsCsv(doc);
  const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
  const headers: Record<string, string> = {
    ...BASE_HEADERS,
    ...PUBLIC_HEADERS,
    // A new period shows within minutes; between publications a cache may answer.
    'Cache-Control': 'public, max-age=300',
    ETag: etag,
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
  };
  if (req.headers['if-none-match']?.split(',').some((t) => t.trim() === etag)) {
    res.writeHead(304, headers);
    return void res.end();
  }
  res.writeHead(200, {
    ...headers,
    'Content-Type': format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
    ...(format === 'csv' ? { 'Content-Disposition': 'inline; filename="statistics.csv"' } : {}),
    'Content-Length': String(Buffer.byteLength(text)),
  });
  res.end(req.method === 'HEAD' ? undefined : text);
}
