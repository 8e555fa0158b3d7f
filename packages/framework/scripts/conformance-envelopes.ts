/**
 * Writes the sealed conformance cases: conformance/requests/05-, 6x- (any receiver) and
 * conformance/sealed/ (a receiver configured with the two test office keys in sealed/office-keys.json).
 *
 * The envelopes are real: sealed to two key pairs derived (RFC 9180 DeriveKeyPair) from the public seeds
 * below, so anyone can re-derive the private keys and open them, and the framework's tests do. These
 * keys are for tests alone: their private halves are public by design.
 *
 *   pnpm --filter @hrc/framework exec tsx scripts/conformance-envelopes.ts
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deriveKeyPair, sealReport } from '../src/seal/index.js';
import { CONFORMANCE_KEY_SEEDS } from '../conformance/sealed/seeds.mjs';

const here = (path: string) => fileURLToPath(new URL(`../conformance/${path}`, import.meta.url));
const utf8 = (s: string) => new TextEncoder().encode(s);

/** The report every case seals: the same one the plain cases send. */
const replayCase = JSON.parse(readFileSync(here('requests/03-replays-the-same-report.json'), 'utf8')) as {
  steps: { request: { body: Record<string, unknown> } }[];
};
const report = replayCase.steps[0]!.request.body;

const keys = await Promise.all(
  Object.entries(CONFORMANCE_KEY_SEEDS).map(async ([kid, seed]) => {
    const { publicJwk } = await deriveKeyPair(utf8(seed));
    return { kid, publicJwk: { kty: 'EC', crv: 'P-256', x: publicJwk.x!, y: publicJwk.y!, kid } };
  }),
);
const [a, b] = keys as [(typeof keys)[0], (typeof keys)[0]];
const seal = (key: typeof a, body: Record<string, unknown> = report) =>
  sealReport(body, key.publicJwk, key.kid) as unknown as Promise<Record<string, unknown>>;
const strange = { kid: 'conformance-unknown', publicJwk: { ...b.publicJwk, kid: 'conformance-unknown' } };

const headers = (name = 'a') => ({
  'Content-Type': 'application/json',
  'Idempotency-Key': `{{key:${name}}}`,
});
const post = (body: unknown, extra: Record<string, unknown> = {}, key = 'a') => ({
  method: 'POST',
  headers: headers(key),
  body,
  ...extra,
});
const noStore = { 'Cache-Control': 'no-store' };
const accepted = {
  status: 201,
  bodyMatches: {
    reference: '^HRC-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$',
    receivedAt: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$',
  },
  stored: 1,
  headers: { 'Idempotent-Replayed': null, ...noStore },
};
const refused = (error: string) => ({ status: 400, error, headers: noStore, stored: 0 });

type Case = { title: string; steps: { request: unknown; response: unknown }[] };
const write = (path: string, c: Case) => writeFileSync(here(path), `${JSON.stringify(c, null, 2)}\n`);

const first = await seal(a);
const resealed = await seal(a);

// Any receiver: one with office keys is configured with these two, so the cases hold for both kinds.
write('requests/05-accepts-a-sealed-report.json', {
  title: 'accepts a sealed report, replays it under the same key, refuses another envelope under that key',
  steps: [
    { request: post(first), response: accepted },
    {
      request: post(first),
      response: { status: 201, sameBodyAs: 1, headers: { ...noStore, 'Idempotent-Replayed': 'true' } },
    },
    { request: post(resealed), response: { status: 422, error: 'idempotency-key-reused', stored: 0 } },
  ],
});
const good = await seal(b);
write('requests/60-refuses-an-unpadded-envelope.json', {
  title: 'refuses an envelope whose ciphertext is not one of the padding sizes',
  steps: [
    {
      request: post({ ...good, ciphertext: String(good.ciphertext).slice(0, 1000) }),
      response: refused('invalid-envelope'),
    },
  ],
});
write('requests/61-refuses-an-envelope-with-readable-content.json', {
  title: 'refuses an envelope that carries a readable field the envelope does not have',
  steps: [
    {
      request: post({ ...good, description: String(report.description) }),
      response: refused('invalid-envelope'),
    },
  ],
});
write('requests/62-refuses-an-envelope-of-another-version.json', {
  title: 'refuses an envelope of a version it does not know',
  steps: [{ request: post({ ...good, schemaVersion: 2 }), response: refused('invalid-envelope') }],
});
write('requests/63-refuses-free-text-in-the-statistics.json', {
  title: 'refuses readable statistics with a ground that is not an id',
  steps: [
    {
      request: post({ ...good, statistics: { month: '2025-09', domain: 'housing', grounds: ['Samira'] } }),
      response: refused('invalid-envelope'),
    },
  ],
});
const bot = await seal(a, { ...report, antiAbuse: { honeypot: 'https://spam.example', fillMs: 184000 } });
write('requests/64-rejects-an-envelope-with-a-filled-honeypot.json', {
  title: 'rejects an envelope whose anti-abuse signals say automated, storing nothing',
  steps: [{ request: post(bot), response: refused('rejected') }],
});
write('requests/65-accepts-an-envelope-over-64-kib.json', {
  title: 'accepts an envelope of the largest padding size, over the 64 KiB a plain report may have',
  steps: [
    {
      request: post(await seal(a), { expand: [{ path: 'ciphertext', repeat: 'A', times: 87403 }] }),
      response: accepted,
    },
  ],
});

// A receiver configured with the two keys in sealed/office-keys.json.
rmSync(here('sealed/requests'), { recursive: true, force: true });
mkdirSync(here('sealed/requests'), { recursive: true });
writeFileSync(
  here('sealed/office-keys.json'),
  `${JSON.stringify({ keys: keys.map((k) => k.publicJwk) }, null, 2)}\n`,
);
write('sealed/requests/01-accepts-a-report-sealed-to-an-office-key.json', {
  title: 'accepts a report sealed to one of its office keys',
  steps: [{ request: post(await seal(a)), response: accepted }],
});
write('sealed/requests/02-accepts-a-report-sealed-to-the-other-key.json', {
  title: 'accepts a report sealed to another of its office keys (rotation: old and new at once)',
  steps: [{ request: post(await seal(b)), response: accepted }],
});
write('sealed/requests/03-refuses-a-plain-report.json', {
  title: 'refuses a plain report with a reason, storing nothing',
  steps: [{ request: post(report), response: refused('sealed-only') }],
});
write('sealed/requests/04-refuses-an-unknown-key-id.json', {
  title: 'refuses a report sealed to a key id it was not given',
  steps: [{ request: post(await seal(strange)), response: refused('unknown-key') }],
});
const retried = await seal(b);
write('sealed/requests/05-replays-the-same-envelope.json', {
  title: 'answers a retry of the same envelope under the same key with the first answer',
  steps: [
    { request: post(retried), response: accepted },
    {
      request: post(retried),
      response: { status: 201, sameBodyAs: 1, headers: { ...noStore, 'Idempotent-Replayed': 'true' } },
    },
  ],
});
write('sealed/requests/06-refuses-an-unpadded-envelope.json', {
  title: 'refuses an envelope to a known key whose ciphertext is not one of the padding sizes',
  steps: [
    {
      request: post({ ...retried, ciphertext: String(retried.ciphertext).slice(0, 1000) }),
      response: refused('invalid-envelope'),
    },
  ],
});
console.log('sealed conformance cases written');
