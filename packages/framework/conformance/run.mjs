// @ts-check
/**
 * Runs the report endpoint conformance cases (requests/*.json, described in README.md) against any
 * receiver over HTTP. Used by @hrc/receiver's tests and the WordPress plugin's end-to-end tests; a city's
 * own receiver can run them too.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

const folders = {
  plain: new URL('./requests/', import.meta.url),
  sealed: new URL('./sealed/requests/', import.meta.url),
  'follow-up': new URL('./follow-up/requests/', import.meta.url),
  evidence: new URL('./evidence/requests/', import.meta.url),
  'follow-up-evidence': new URL('./follow-up-evidence/requests/', import.meta.url),
};

/**
 * The cases of one set, in file name order: `plain` (the default) for a receiver without office keys,
 * `sealed` for a receiver configured with the keys `sealedOfficeKeys()` gives, `follow-up` for the
 * follow-up endpoint (a receiver that has not seen these cases before, with or without office keys),
 * `evidence` for sealed reports with evidence files (multipart; a receiver that stores files, with or
 * without office keys: the envelopes are sealed to the first of `sealedOfficeKeys()`),
 * `follow-up-evidence` for the resident's follow-up messages with evidence files (multipart, at the
 * follow-up endpoint; a receiver that has not seen these cases before, with or without office keys).
 * @param {'plain' | 'sealed' | 'follow-up' | 'evidence' | 'follow-up-evidence'} [set]
 * @returns {import('./run.d.mts').ConformanceCase[]}
 */
export function loadCases(set = 'plain') {
  const folder = folders[set];
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ file, set, ...JSON.parse(readFileSync(new URL(file, folder), 'utf8')) }));
}

/**
 * The office public keys (JWKs with a `kid`) a receiver must be configured with for the `sealed` set.
 * @returns {{ kty: 'EC', crv: 'P-256', x: string, y: string, kid: string }[]}
 */
export function sealedOfficeKeys() {
  return JSON.parse(readFileSync(new URL('./sealed/office-keys.json', import.meta.url), 'utf8')).keys;
}

/**
 * The value at a dot path of a JSON value.
 * @param {unknown} value
 * @param {string} path
 */
function at(value, path) {
  for (const key of path.split('.')) value = /** @type {Record<string, unknown>} */ (value)?.[key];
  return value;
}

/**
 * Sets the value at a dot path (creating objects on the way).
 * @param {Record<string, unknown>} value
 * @param {string} path
 * @param {unknown} item
 */
function put(value, path, item) {
  const keys = path.split('.');
  const last = /** @type {string} */ (keys.pop());
  let node = value;
  for (const key of keys) node = /** @type {Record<string, unknown>} */ (node[key] ??= {});
  node[last] = item;
}

/**
 * The bytes of a request body: `body` as JSON, `bodyText` as UTF-8 or `bodyBase64`, with `expand`
 * putting raw JSON or bytes at a path that no JSON file could hold (deep nesting, invalid UTF-8, size).
 * @param {import('./run.d.mts').ConformanceRequest} request
 * @returns {Buffer | undefined}
 */
export function requestBody(request) {
  if (request.bodyBase64 !== undefined) return Buffer.from(request.bodyBase64, 'base64');
  if (request.bodyText !== undefined) return Buffer.from(request.bodyText, 'utf8');
  if (request.body === undefined) return undefined;
  const body = structuredClone(request.body);
  /** @type {Map<string, Buffer>} */
  const raw = new Map();
  for (const [i, expansion] of (request.expand ?? []).entries()) {
    const marker = `\u0000expand-${i}\u0000`;
    put(body, expansion.path, marker);
    raw.set(JSON.stringify(marker), expandedBytes(expansion));
  }
  let parts = [Buffer.from(JSON.stringify(body), 'utf8')];
  for (const [marker, bytes] of raw) {
    parts = parts.flatMap((part) => {
      const text = part.toString('latin1');
      const i = text.indexOf(marker);
      return i < 0 ? [part] : [part.subarray(0, i), bytes, part.subarray(i + Buffer.byteLength(marker))];
    });
  }
  return Buffer.concat(parts);
}

/** @param {import('./run.d.mts').Expansion} e */
function expandedBytes(e) {
  if ('nest' in e) return Buffer.from(`${'{"nested":'.repeat(e.nest)}{}${'}'.repeat(e.nest)}`);
  if ('repeat' in e) return Buffer.from(JSON.stringify(e.repeat.repeat(e.times)));
  return Buffer.concat([Buffer.from('"'), Buffer.from(e.bytes.replace(/\s+/g, ''), 'hex'), Buffer.from('"')]);
}

/**
 * A multipart body (`request.multipart`): text parts from `body` (JSON) or `text`, file parts from
 * `file` (a file beside the cases, `evidence/files/…` for the set `evidence`) or `zeros` (that many
 * zero bytes). fetch sets the Content-Type with its boundary.
 * @param {import('./run.d.mts').MultipartPart[]} parts
 * @param {string} [set] the case's set, whose folder holds its files
 */
function multipartBody(parts, set = 'evidence') {
  const beside = new URL('../', folders[/** @type {keyof typeof folders} */ (set)] ?? folders.evidence);
  const form = new FormData();
  for (const [i, part] of parts.entries()) {
    if ('body' in part) form.append(part.name, JSON.stringify(part.body));
    else if ('text' in part) form.append(part.name, part.text);
    else {
      const bytes = 'file' in part ? readFileSync(new URL(part.file, beside)) : new Uint8Array(part.zeros);
      form.append(part.name, new Blob([bytes], { type: 'application/octet-stream' }), `evidence-${i}`);
    }
  }
  return form;
}

/**
 * Header values with `{{key:NAME}}` replaced by a UUID made once per case and name.
 * @param {Record<string, string>} headers
 * @param {Map<string, string>} keys
 */
function expandHeaders(headers, keys) {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [
      name,
      value.replace(/\{\{key:([^}]+)\}\}/g, (_, id) => {
        if (!keys.has(id)) keys.set(id, randomUUID());
        return /** @type {string} */ (keys.get(id));
      }),
    ]),
  );
}

/**
 * Sends each step of a case and checks the answer, and how many reports the step stored.
 * @param {import('./run.d.mts').ConformanceCase} testCase
 * @param {import('./run.d.mts').ConformanceTarget} target
 */
export async function runCase(testCase, target) {
  const keys = new Map();
  /** @type {unknown[]} */
  const bodies = [];
  for (const [i, step] of testCase.steps.entries()) {
    const where = `${testCase.file ?? testCase.title}, step ${i + 1}`;
    const before = await target.stored();
    const filesBefore = await target.storedFiles?.();
    const url = step.request.at === 'follow-up' ? target.followUpEndpoint : target.endpoint;
    if (!url) throw new Error(`${where}: the target has no followUpEndpoint`);
    const res = await fetch(url, {
      method: step.request.method ?? 'POST',
      headers: expandHeaders(step.request.headers ?? {}, keys),
      body: step.request.multipart
        ? multipartBody(step.request.multipart, testCase.set)
        : requestBody(step.request),
    });
    const text = await res.text();
    const want = step.response;
    assert.equal(res.status, want.status, `${where}: status; the answer was ${text.slice(0, 400)}`);
    /** @type {any} */
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      assert.fail(`${where}: the answer is not JSON: ${text.slice(0, 400)}`);
    }
    bodies.push(json);
    for (const [name, expected] of Object.entries(want.headers ?? {})) {
      const actual = res.headers.get(name);
      if (expected === null) assert.equal(actual, null, `${where}: no ${name} header`);
      else if (typeof expected === 'string') assert.equal(actual, expected, `${where}: ${name}`);
      else {
        const tokens = (actual ?? '').split(',').map((t) => t.trim().toLowerCase());
        for (const token of expected.includes)
          assert.ok(tokens.includes(token.toLowerCase()), `${where}: ${name} lists ${token} (${actual})`);
      }
    }
    if (res.status >= 400 && res.status < 500) {
      assert.equal(typeof json?.error, 'string', `${where}: an error code`);
      assert.ok(typeof json?.message === 'string' && json.message.trim(), `${where}: a reason`);
    }
    if (want.error !== undefined) {
      const allowed = Array.isArray(want.error) ? want.error : [want.error];
      assert.ok(allowed.includes(json.error), `${where}: error ${json.error}, expected ${allowed}`);
    }
    for (const field of want.fields ?? []) {
      assert.ok(
        Array.isArray(json.fields) &&
          json.fields.some(
            (/** @type {{ path: unknown, code: unknown }} */ f) =>
              f.path === field.path && f.code === field.code,
          ),
        `${where}: a field reason ${JSON.stringify(field)} in ${JSON.stringify(json.fields)}`,
      );
    }
    for (const [path, pattern] of Object.entries(want.bodyMatches ?? {})) {
      const value = at(json, path);
      assert.ok(
        (typeof value === 'string' || typeof value === 'number') && new RegExp(pattern).test(String(value)),
        `${where}: ${path} ${JSON.stringify(value)} matches ${pattern}`,
      );
    }
    if (want.sameBodyAs !== undefined) {
      assert.deepEqual(json, bodies[want.sameBodyAs - 1], `${where}: the answer of step ${want.sameBodyAs}`);
    }
    const stored = (await target.stored()) - before;
    assert.equal(stored, want.stored ?? 0, `${where}: reports stored`);
    if (target.storedFiles) {
      const files = (await target.storedFiles()) - /** @type {number} */ (filesBefore);
      assert.equal(files, want.storedFiles ?? 0, `${where}: evidence files stored`);
    }
  }
}
