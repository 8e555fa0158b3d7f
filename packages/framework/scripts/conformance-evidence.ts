/**
 * Writes the evidence-file conformance cases (conformance/evidence/): sealed reports sent with their
 * sealed files in one multipart request (docs/report-endpoint.md, "Sealed reports with evidence files"),
 * and the refusals. The envelopes and files are real, sealed to the test office key A (sealed/seeds.mjs),
 * so the framework's tests open them; the files lie beside the cases (`files/*.bin`, each the smallest
 * sealed size). Cases that only need a size send zero bytes, made when the case runs.
 *
 *   pnpm --filter @hrc/framework exec tsx scripts/conformance-evidence.ts
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  EVIDENCE_PART,
  SEALED_EVIDENCE_SIZES,
  deriveKeyPair,
  sealEvidence,
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
const officeJwk = { kty: 'EC', crv: 'P-256', x: publicJwk.x!, y: publicJwk.y!, kid };

/** Small stand-ins for a screenshot, a photo and a letter: what they hold does not matter here. */
const inputs: EvidenceInput[] = [
  { name: 'screenshot.png', type: 'image/png', data: utf8('conformance screenshot') },
  { name: 'photo.jpg', type: 'image/jpeg', data: utf8('conformance photo') },
  { name: 'letter.pdf', type: 'application/pdf', data: utf8('%PDF-1.4 conformance letter') },
];

rmSync(here('evidence'), { recursive: true, force: true });
mkdirSync(here('evidence/requests'), { recursive: true });
mkdirSync(here('evidence/files'), { recursive: true });

/** Files and the report listing them, as the form seals them; the files written beside the cases. */
async function sealed(name: string, reportId: string, files: EvidenceInput[]) {
  const evidence = (await sealEvidence(files, officeJwk, kid, reportId))!;
  const envelope = await sealReport(report, officeJwk, kid, { evidence });
  const paths = evidence.sealed.map((bytes, i) => {
    const path = `files/${name}-${i}.bin`;
    writeFileSync(here(`evidence/${path}`), bytes);
    return path;
  });
  return { envelope, paths };
}

const one = await sealed('one', '00000000-0000-4000-8000-00000000e001', inputs.slice(0, 1));
const three = await sealed('three', '00000000-0000-4000-8000-00000000e003', inputs);

const headers = (name = 'a') => ({ 'Idempotency-Key': `{{key:${name}}}` });
const noStore = { 'Cache-Control': 'no-store' };
const report_ = (envelope: unknown) => ({ name: 'report', body: envelope });
const file = (path: string) => ({ name: EVIDENCE_PART, file: path });
const zeros = (n: number) => ({ name: EVIDENCE_PART, zeros: n });
const post = (parts: unknown[], key = 'a') => ({ method: 'POST', headers: headers(key), multipart: parts });
const accepted = (files: number) => ({
  status: 201,
  bodyMatches: { reference: '^HRC-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$' },
  stored: 1,
  storedFiles: files,
  headers: { 'Idempotent-Replayed': null, ...noStore },
});
const refused = (status: number, error: string) => ({ status, error, headers: noStore, stored: 0 });
const LARGEST = Math.max(...SEALED_EVIDENCE_SIZES);

type Case = { title: string; steps: { request: unknown; response: unknown }[] };
const write = (path: string, c: Case) =>
  writeFileSync(here(`evidence/requests/${path}`), `${JSON.stringify(c, null, 2)}\n`);

write('01-accepts-a-report-with-one-file.json', {
  title:
    'accepts a sealed report with one file, replays the same request, refuses other files under the same key',
  steps: [
    { request: post([report_(one.envelope), file(one.paths[0]!)]), response: accepted(1) },
    {
      request: post([report_(one.envelope), file(one.paths[0]!)]),
      response: { status: 201, sameBodyAs: 1, headers: { ...noStore, 'Idempotent-Replayed': 'true' } },
    },
    {
      // Of the same size, so only the files' hashes tell the requests apart.
      request: post([report_(one.envelope), file(three.paths[0]!)]),
      response: { status: 422, error: 'idempotency-key-reused', stored: 0 },
    },
  ],
});
write('02-accepts-a-report-with-three-files.json', {
  title: 'accepts a sealed report with three files, the most a report may have',
  steps: [{ request: post([report_(three.envelope), ...three.paths.map(file)]), response: accepted(3) }],
});
write('10-refuses-too-many-files.json', {
  title: 'refuses four files with 413 evidence-too-large, and stores nothing',
  steps: [
    {
      request: post([report_(three.envelope), ...three.paths.map(file), file(one.paths[0]!)]),
      response: refused(413, 'evidence-too-large'),
    },
  ],
});
write('11-refuses-a-file-over-the-limit.json', {
  title: 'refuses a file one byte larger than the largest sealed size with 413, and stores nothing',
  steps: [
    {
      request: post([report_(one.envelope), zeros(LARGEST + 1)]),
      response: refused(413, 'evidence-too-large'),
    },
  ],
});
write('12-refuses-files-that-do-not-match-the-envelope.json', {
  title:
    'refuses files that are not those the envelope lists (one left out, one of another size at its place, none at all), and stores nothing',
  steps: [
    {
      request: post([report_(three.envelope), file(three.paths[0]!), file(three.paths[1]!)], 'b'),
      response: refused(400, 'evidence-mismatch'),
    },
    {
      request: post(
        [
          report_(three.envelope),
          file(three.paths[0]!),
          zeros(SEALED_EVIDENCE_SIZES[1]!),
          file(three.paths[2]!),
        ],
        'c',
      ),
      response: refused(400, 'evidence-mismatch'),
    },
    {
      request: {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers('d') },
        body: three.envelope,
      },
      response: refused(400, 'evidence-mismatch'),
    },
  ],
});
write('13-refuses-files-with-a-plain-report.json', {
  title: 'refuses files sent with a plain report, and stores nothing',
  steps: [
    { request: post([report_(report), file(one.paths[0]!)]), response: refused(400, 'evidence-needs-seal') },
  ],
});
write('20-refuses-a-malformed-multipart-body.json', {
  title:
    'refuses a body that is not multipart, other parts, no report part, and files under a name without brackets, and stores nothing',
  steps: [
    {
      request: {
        method: 'POST',
        headers: { 'Content-Type': 'multipart/form-data; boundary=x', ...headers('a') },
        bodyText: '--x\r\nnonsense',
      },
      response: refused(400, 'malformed-multipart'),
    },
    {
      request: post([report_(one.envelope), file(one.paths[0]!), { name: 'note', text: 'x' }], 'b'),
      response: refused(400, 'malformed-multipart'),
    },
    { request: post([file(one.paths[0]!)], 'c'), response: refused(400, 'malformed-multipart') },
    {
      request: post([report_(one.envelope), { name: 'evidence', file: one.paths[0]! }], 'd'),
      response: refused(400, 'malformed-multipart'),
    },
  ],
});
console.log('wrote conformance/evidence/');
