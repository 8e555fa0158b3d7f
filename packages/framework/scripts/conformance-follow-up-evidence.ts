/**
 * Writes the conformance cases of follow-up messages with evidence files
 * (conformance/follow-up-evidence/): a sealed report that registers a receipt, then the resident's
 * message sent with its sealed files in one multipart request to the follow-up endpoint
 * (docs/report-endpoint.md, "Follow-up messages with evidence files"), its replay, and the refusals. The
 * receipts, envelopes and files are real and fixed (sealed to the test office key A, sealed/seeds.mjs),
 * so the framework's tests open them, and the cases need a receiver that has not seen them: a receipt
 * registers once. The sealed files lie beside the cases (`files/*.bin`, each the smallest sealed size).
 *
 *   pnpm --filter @hrc/framework exec tsx scripts/conformance-follow-up-evidence.ts
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  EVIDENCE_PART,
  SEALED_EVIDENCE_SIZES,
  dammCheckDigit,
  deriveFollowUp,
  deriveKeyPair,
  sealMessage,
  sealMessageWithEvidence,
  sealReport,
  type EvidenceInput,
} from '../src/seal/index.js';
import { CONFORMANCE_KEY_SEEDS } from '../conformance/sealed/seeds.mjs';

const here = (path: string) => fileURLToPath(new URL(`../conformance/${path}`, import.meta.url));
const utf8 = (s: string) => new TextEncoder().encode(s);

const replayCase = JSON.parse(readFileSync(here('requests/03-replays-the-same-report.json'), 'utf8')) as {
  steps: { request: { body: Record<string, unknown> } }[];
};
const report = replayCase.steps[0]!.request.body;
const kid = 'conformance-a';
const { publicJwk } = await deriveKeyPair(utf8(CONFORMANCE_KEY_SEEDS[kid]));
const officeJwk = { kty: 'EC', crv: 'P-256', x: publicJwk.x!, y: publicJwk.y!, kid } as const;

// Public test receipts of their own (19 digits and the Damm check digit), apart from the follow-up set's.
const receipt = (first: string) => `${first}${'0'.repeat(18)}${dammCheckDigit(`${first}${'0'.repeat(18)}`)}`;
const [one, two] = await Promise.all(['6', '7'].map((d) => deriveFollowUp(receipt(d))));

/** Small stand-ins for a photo and a letter: what they hold does not matter here. */
const inputs: EvidenceInput[] = [
  { name: 'photo.jpg', type: 'image/jpeg', data: utf8('conformance photo of the door') },
  { name: 'letter.pdf', type: 'application/pdf', data: utf8('%PDF-1.4 conformance letter') },
];

rmSync(here('follow-up-evidence'), { recursive: true, force: true });
mkdirSync(here('follow-up-evidence/requests'), { recursive: true });
mkdirSync(here('follow-up-evidence/files'), { recursive: true });

// The receiver cannot check which conversation a message was sealed for (only the office can, on
// opening): these are sealed for a reference no receiver gives, as the follow-up set's are.
const REFERENCE = 'HRC-CASE-CASE';

/** A message with files as the status page seals it; the files written beside the cases. */
async function sealed(name: string, messageId: string, text: string, files: EvidenceInput[]) {
  const { message, sealed } = await sealMessageWithEvidence(
    text,
    files,
    officeJwk,
    kid,
    REFERENCE,
    messageId,
  );
  const paths = sealed.map((bytes, i) => {
    const path = `files/${name}-${i}.bin`;
    writeFileSync(here(`follow-up-evidence/${path}`), bytes);
    return path;
  });
  return { message, paths };
}

const withTwo = await sealed(
  'two',
  '00000000-0000-4000-8000-0000000f0002',
  'The letter, and a photo of the door.',
  inputs,
);
const withOne = await sealed(
  'one',
  '00000000-0000-4000-8000-0000000f0001',
  'Another photo.',
  inputs.slice(0, 1),
);
const plain = await sealMessage('No files.', { to: 'office', publicJwk: officeJwk, kid }, REFERENCE);

const noStore = { 'Cache-Control': 'no-store' };
const registers = async (fu: typeof one) => ({
  request: {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': '{{key:report}}' },
    body: await sealReport(report, officeJwk, kid, { followUp: fu! }),
  },
  response: { status: 201, stored: 1, headers: noStore },
});
const part = {
  lookup: (fu: typeof one) => ({ name: 'lookup', text: fu!.lookup }),
  message: (message: unknown) => ({ name: 'message', body: message }),
  file: (path: string) => ({ name: EVIDENCE_PART, file: path }),
  zeros: (n: number) => ({ name: EVIDENCE_PART, zeros: n }),
};
const post = (parts: unknown[], key: string | null = 'm') => ({
  at: 'follow-up',
  method: 'POST',
  headers: key ? { 'Idempotency-Key': `{{key:${key}}}` } : {},
  multipart: parts,
});
const refused = (status: number, error: string) => ({ status, error, headers: noStore });
const LARGEST = Math.max(...SEALED_EVIDENCE_SIZES);

type Case = { title: string; steps: { request: unknown; response: unknown }[] };
const write = (path: string, c: Case) =>
  writeFileSync(here(`follow-up-evidence/requests/${path}`), `${JSON.stringify(c, null, 2)}\n`);

const twoParts = [part.lookup(one), part.message(withTwo.message), ...withTwo.paths.map(part.file)];
write('01-adds-a-message-with-files.json', {
  title:
    'adds a message with two sealed files in one multipart request; replays it with the same key and stores nothing twice; refuses other files under that key',
  steps: [
    await registers(one),
    {
      request: post(twoParts),
      response: {
        status: 201,
        storedFiles: 2,
        headers: { ...noStore, 'Idempotent-Replayed': null },
        bodyMatches: { 'messages.0.from': '^resident$', 'messages.0.files': '^2$' },
      },
    },
    {
      request: post(twoParts),
      response: { status: 201, sameBodyAs: 2, headers: { ...noStore, 'Idempotent-Replayed': 'true' } },
    },
    {
      // The same message and sizes, another file at the second place: only its bytes tell them apart.
      request: post([
        part.lookup(one),
        part.message(withTwo.message),
        part.file(withTwo.paths[0]!),
        part.file(withOne.paths[0]!),
      ]),
      response: { status: 422, error: 'idempotency-key-reused' },
    },
    {
      request: {
        at: 'follow-up',
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: { lookup: one!.lookup },
      },
      response: { status: 200, headers: noStore, bodyMatches: { 'messages.0.files': '^2$' } },
    },
  ],
});
write('10-refuses-files-that-do-not-fit.json', {
  title:
    'refuses four files, a file over the largest sealed size, files that are not those the message lists, files with a message that lists none, and a message that lists files sent without them; stores nothing',
  steps: [
    await registers(two),
    {
      request: post(
        [
          part.lookup(two),
          part.message(withTwo.message),
          ...withTwo.paths.map(part.file),
          ...withTwo.paths.map(part.file),
        ],
        'a',
      ),
      response: refused(413, 'evidence-too-large'),
    },
    {
      request: post([part.lookup(two), part.message(withOne.message), part.zeros(LARGEST + 1)], 'b'),
      response: refused(413, 'evidence-too-large'),
    },
    {
      request: post([part.lookup(two), part.message(withTwo.message), part.file(withTwo.paths[0]!)], 'c'),
      response: refused(400, 'evidence-mismatch'),
    },
    {
      request: post(
        [
          part.lookup(two),
          part.message(withTwo.message),
          part.file(withTwo.paths[0]!),
          part.zeros(SEALED_EVIDENCE_SIZES[1]!),
        ],
        'd',
      ),
      response: refused(400, 'evidence-mismatch'),
    },
    {
      request: post([part.lookup(two), part.message(plain), part.file(withOne.paths[0]!)], 'e'),
      response: refused(400, 'evidence-mismatch'),
    },
    {
      request: {
        at: 'follow-up',
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': '{{key:f}}' },
        body: { lookup: two!.lookup, message: withTwo.message },
      },
      response: refused(400, 'evidence-mismatch'),
    },
    {
      request: {
        at: 'follow-up',
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: { lookup: two!.lookup },
      },
      response: { status: 200, headers: noStore, bodyMatches: { status: '^new$' } },
    },
  ],
});
// A repeated `lookup` or `message` part is not among them: PHP keeps only the last part of a plain
// name before any code of a receiver runs, so a receiver on PHP cannot tell. @hrc/receiver refuses it
// (test/follow-up-evidence.test.ts).
write('20-refuses-a-malformed-multipart-message.json', {
  title:
    'refuses a message with files without an Idempotency-Key, a body that is not multipart, a missing part, another part, and files under a name without brackets; stores nothing',
  steps: [
    {
      request: post(twoParts, null),
      response: refused(400, 'idempotency-key-missing'),
    },
    {
      request: {
        at: 'follow-up',
        method: 'POST',
        headers: { 'Content-Type': 'multipart/form-data; boundary=x', 'Idempotency-Key': '{{key:a}}' },
        bodyText: '--x\r\nnonsense',
      },
      response: refused(400, 'malformed-multipart'),
    },
    {
      request: post([part.message(withOne.message), part.file(withOne.paths[0]!)], 'b'),
      response: refused(400, 'malformed-multipart'),
    },
    {
      request: post(
        [
          part.lookup(one),
          part.message(withOne.message),
          part.file(withOne.paths[0]!),
          { name: 'note', text: 'x' },
        ],
        'd',
      ),
      response: refused(400, 'malformed-multipart'),
    },
    {
      request: post(
        [part.lookup(one), part.message(withOne.message), { name: 'evidence', file: withOne.paths[0]! }],
        'e',
      ),
      response: refused(400, 'malformed-multipart'),
    },
  ],
});
console.log('wrote conformance/follow-up-evidence/');
