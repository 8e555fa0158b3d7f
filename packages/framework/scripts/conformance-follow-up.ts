/**
 * Writes the follow-up conformance cases (conformance/follow-up/requests/): a sealed report that
 * registers a receipt, the resident's lookup and message, and the refusals. docs/follow-up.md describes
 * the endpoint. The receipt, its lookup token and the envelopes are real and fixed (sealed to the test
 * office key A), so the cases need a receiver that has not seen them before: a receipt can register once.
 *
 *   pnpm --filter @hrc/framework exec tsx scripts/conformance-follow-up.ts
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dammCheckDigit, deriveFollowUp, deriveKeyPair, sealMessage, sealReport } from '../src/seal/index.js';
import { CONFORMANCE_KEY_SEEDS } from '../conformance/sealed/seeds.mjs';

const here = (path: string) => fileURLToPath(new URL(`../conformance/${path}`, import.meta.url));
const utf8 = (s: string) => new TextEncoder().encode(s);

const replayCase = JSON.parse(readFileSync(here('requests/03-replays-the-same-report.json'), 'utf8')) as {
  steps: { request: { body: Record<string, unknown> } }[];
};
const report = replayCase.steps[0]!.request.body;
const kid = 'conformance-a';
const { publicJwk, privateKey } = await deriveKeyPair(utf8(CONFORMANCE_KEY_SEEDS[kid]));
const officeJwk = { kty: 'EC', crv: 'P-256', x: publicJwk.x!, y: publicJwk.y!, kid } as const;

// Public test receipts (each a valid receipt: 19 digits and the Damm check digit).
const receipts = [
  '10000000000000000016',
  '20000000000000000025',
  '30000000000000000032',
  `5000000000000000000${dammCheckDigit('5000000000000000000')}`,
];
const [one, two, three, five] = await Promise.all(receipts.map((r) => deriveFollowUp(r)));
const stranger = await deriveFollowUp('40000000000000000047');

const seal = (followUp: typeof one) => sealReport(report, officeJwk, kid, { followUp: followUp! });
const headers = (name = 'a') => ({
  'Content-Type': 'application/json',
  'Idempotency-Key': `{{key:${name}}}`,
});
const noStore = { 'Cache-Control': 'no-store' };
const accepted = { status: 201, stored: 1, headers: noStore };
const REFERENCE = '^HRC-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$';
const DATE = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$';
const followUp = (body: unknown, idempotencyKey?: string) => ({
  at: 'follow-up',
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    ...(idempotencyKey ? { 'Idempotency-Key': `{{key:${idempotencyKey}}}` } : {}),
  },
  body,
});
// The receiver cannot check which conversation a message was sealed for (only the office can, on
// opening); these are sealed for a reference no receiver gives.
const toOffice = await sealMessage(
  'It happened again on Friday.',
  { to: 'office', publicJwk: officeJwk, kid },
  'HRC-CASE-CASE',
);
const toResident = await sealMessage(
  'Sealed the wrong way.',
  { to: 'resident', key: two!.key, from: { kid, privateKey, publicJwk: officeJwk } },
  'HRC-CASE-CASE',
);
const alsoToOffice = await sealMessage(
  'Another message.',
  { to: 'office', publicJwk: officeJwk, kid },
  'HRC-CASE-CASE',
);

type Case = { title: string; steps: { request: unknown; response: unknown }[] };
rmSync(here('follow-up/requests'), { recursive: true, force: true });
mkdirSync(here('follow-up/requests'), { recursive: true });
const write = (path: string, c: Case) =>
  writeFileSync(here(`follow-up/requests/${path}`), `${JSON.stringify(c, null, 2)}\n`);

const first = await seal(one);
write('01-reads-the-conversation-with-the-lookup-token.json', {
  title:
    'accepts a sealed report with a receipt; the lookup token reads its status; another token finds nothing',
  steps: [
    { request: { method: 'POST', headers: headers(), body: first }, response: accepted },
    {
      request: followUp({ lookup: one!.lookup }),
      response: {
        status: 200,
        headers: noStore,
        bodyMatches: { reference: REFERENCE, status: '^new$', receivedAt: DATE, statusChangedAt: DATE },
      },
    },
    {
      request: followUp({ lookup: stranger.lookup }),
      response: { status: 404, error: 'unknown-receipt', headers: noStore },
    },
  ],
});
write('02-adds-the-residents-message.json', {
  title: 'adds a message sealed to the office to the conversation; the resident sees when, not what',
  steps: [
    { request: { method: 'POST', headers: headers(), body: await seal(two) }, response: accepted },
    {
      request: followUp({ lookup: two!.lookup, message: toOffice }),
      response: {
        status: 201,
        headers: noStore,
        bodyMatches: { 'messages.0.from': '^resident$', 'messages.0.sentAt': DATE },
      },
    },
    {
      request: followUp({ lookup: stranger.lookup, message: toOffice }),
      response: { status: 404, error: 'unknown-receipt' },
    },
  ],
});
write('03-refuses-bad-follow-up-requests.json', {
  title:
    'refuses a lookup that is not a token, unknown members, readable and wrong-way messages, other media types',
  steps: [
    { request: { method: 'POST', headers: headers(), body: await seal(three) }, response: accepted },
    { request: followUp({ lookup: 'not-a-token' }), response: { status: 400, error: 'invalid-lookup' } },
    {
      request: followUp({ lookup: three!.lookup, reference: 'HRC-AAAA-AAAA' }),
      response: { status: 400, error: 'invalid-lookup' },
    },
    {
      request: followUp({ lookup: three!.lookup, message: { text: 'readable words' } }),
      response: { status: 400, error: 'invalid-message' },
    },
    {
      request: followUp({ lookup: three!.lookup, message: toResident }),
      response: { status: 400, error: 'invalid-message' },
    },
    {
      request: {
        at: 'follow-up',
        method: 'POST',
        headers: { 'Content-Type': 'text/plain' },
        bodyText: three!.lookup,
      },
      response: { status: 415, error: 'unsupported-media-type' },
    },
    {
      request: followUp({ lookup: three!.lookup }),
      response: { status: 200, bodyMatches: { status: '^new$' } },
    },
  ],
});
write('04-refuses-a-reused-receipt.json', {
  title: 'refuses a second report that registers a receipt another report holds, storing nothing',
  steps: [
    {
      request: { method: 'POST', headers: headers('b'), body: first },
      response: { status: 400, error: 'receipt-taken', stored: 0 },
    },
  ],
});
const bad = await seal(stranger);
write('05-refuses-a-resident-key-that-is-not-a-point.json', {
  title: 'refuses an envelope whose resident key is not a point on P-256',
  steps: [
    {
      request: {
        method: 'POST',
        headers: headers(),
        body: { ...bad, followUp: { verifier: stranger.verifier, key: `B${'A'.repeat(86)}` } },
      },
      response: { status: 400, error: 'invalid-envelope', stored: 0 },
    },
  ],
});
write('06-stores-a-message-sent-again-once.json', {
  title:
    'stores a message sent again with the same Idempotency-Key once and answers as the first time; refuses the key for another message',
  steps: [
    { request: { method: 'POST', headers: headers(), body: await seal(five) }, response: accepted },
    {
      request: followUp({ lookup: five!.lookup, message: toOffice }, 'm'),
      response: {
        status: 201,
        headers: { ...noStore, 'Idempotent-Replayed': null },
        bodyMatches: { 'messages.0.from': '^resident$' },
      },
    },
    {
      request: followUp({ lookup: five!.lookup, message: toOffice }, 'm'),
      response: { status: 201, sameBodyAs: 2, headers: { 'Idempotent-Replayed': 'true' } },
    },
    {
      request: followUp({ lookup: five!.lookup, message: alsoToOffice }, 'm'),
      response: { status: 422, error: 'idempotency-key-reused' },
    },
    { request: followUp({ lookup: five!.lookup }), response: { status: 200, sameBodyAs: 2 } },
    {
      request: {
        ...followUp({ lookup: five!.lookup, message: toOffice }),
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'not-a-uuid' },
      },
      response: { status: 400, error: 'idempotency-key-invalid' },
    },
  ],
});
