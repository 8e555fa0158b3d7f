// A report with evidence files, sent by the form to the real @hrc/receiver (test/browser/real-receiver.mjs):
// one multipart request carries the envelope and the sealed files; the receiver stores them; the office
// opens the report and each file with its private key; the photo arrives without its EXIF; and a retry
// after a lost answer resends the very same ciphertext under the same key, stored once.
import { expect, fixture, html } from '@open-wc/testing';
import {
  openEnvelope,
  openEvidenceFile,
  sealedReportSchema,
  splitEvidence,
  type OfficeKey,
} from '@hrc/framework/seal';
import { reportSchema } from '@hrc/framework/schemas';
import '../../define/hrc-report-form.js';
import type { HrcReportForm } from './report-form.js';
import { $, answerAll, choose, heading, root, startReceiver, submit, text, until } from './test-helpers.js';

const MARKER = 'The landlord refused to rent to me because of my name.';
// A sealed report is counted only if its own box is ticked: the consent is to handling alone.
const CONSENT = 'I agree that Equality office uses my report to handle it.';

async function officeKey(kid: string): Promise<OfficeKey> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
  const { x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return { kid, privateKey: pair.privateKey, publicJwk: { kty: 'EC', crv: 'P-256', x: x!, y: y!, kid } };
}

/** A camera-style JPEG: a drawn picture with an EXIF block naming the camera. */
async function cameraJpeg(): Promise<File> {
  const canvas = new OffscreenCanvas(40, 30);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#36c';
  ctx.fillRect(0, 0, 40, 30);
  const jpeg = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg' })).arrayBuffer());
  // APP1 "Exif\0\0" + a minimal big-endian TIFF header with an empty IFD, then the camera's name as
  // trailing bytes of the segment: enough for a reader to see metadata, and a marker to look for.
  const body = [...new TextEncoder().encode('Exif\0\0'), 0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0];
  const camera = [...new TextEncoder().encode('CameraMaker-X100')];
  const payload = [...body, ...camera];
  const app1 = [0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff, ...payload];
  return new File([new Uint8Array([0xff, 0xd8, ...app1, ...jpeg.subarray(2)])], 'photo.jpeg', {
    type: 'image/jpeg',
  });
}

const fromBase64 = (b: string) => Uint8Array.from(atob(b), (c) => c.charCodeAt(0));

/** Answers steps 1 and 2, adds `files` on step 3, then the rest, and sends (ticking "count my report"). */
async function sendWithFiles(el: HrcReportForm, files: File[], countMe = false) {
  await answerAll(el);
  // Back to step 3 ("Who are you"), where the field is, through the check page's change link.
  while (!heading(el).includes('Who are you')) {
    root(el).querySelector<HTMLButtonElement>('.actions .button--secondary')!.click();
    await el.updateComplete;
  }
  await until(() => Boolean($(el, '#evidence')));
  const input = $<HTMLInputElement>(el, '#evidence')!;
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await until(() => root(el).querySelectorAll('.evidence-list li').length === files.length);
  await submit(el);
  await submit(el);
  expect(heading(el)).to.contain('Check your answers');
  if (countMe)
    await choose(el, 'Count my report in the statistics that Equality office publishes (optional)');
  await choose(el, CONSENT);
  await submit(el);
}

describe('<hrc-report-form evidence> sending', () => {
  it('sends the sealed report and its sealed files; the office opens both; the photo has no EXIF', async () => {
    const r = await startReceiver();
    const key = await officeKey('office-2026');
    const el = await fixture<HrcReportForm>(
      html`<hrc-report-form
        lang="en"
        endpoint=${r.endpoint}
        office-name="Equality office"
        evidence
        seal-key=${JSON.stringify(key.publicJwk)}
      ></hrc-report-form>`,
    );
    const pdf = new File(['%PDF-1.4\n% a letter\n%%EOF\n'], 'letter.pdf', { type: 'application/pdf' });
    await sendWithFiles(el, [await cameraJpeg(), pdf]);
    await until(() => heading(el) === 'Report sent', 15_000);

    const s = await r.state();
    expect(s.reports).to.have.length(1);
    const stored = s.reports[0]!;
    expect(sealedReportSchema.safeParse(stored.payload).success).to.equal(true);
    expect((stored.payload.evidence as unknown[]).length).to.equal(2);
    // What the network carried: nothing readable of the report or the photo.
    expect(s.bodies[0]).not.to.contain('landlord');
    expect(s.bodies[0]).not.to.contain('CameraMaker');
    expect(s.bodies[0]).not.to.contain('letter.pdf');

    const opened = await openEnvelope(stored.payload, key);
    const { report, evidence } = splitEvidence(opened, stored.payload.evidence as { bytes: number }[]);
    expect(reportSchema.safeParse(report).success).to.equal(true);
    expect((report as { description: string }).description).to.equal(MARKER);
    expect(evidence!.id).to.equal(s.keys[0]);
    expect(evidence!.files.map((f) => [f.name, f.type])).to.deep.equal([
      ['photo.jpg', 'image/jpeg'],
      ['letter.pdf', 'application/pdf'],
    ]);
    const files = s.evidence[stored.reference]!.map(fromBase64);
    const photo = await openEvidenceFile(files[0]!, key, key.kid, evidence!, 0);
    const latin1 = String.fromCharCode(...photo.data);
    expect(latin1.startsWith('\xff\xd8')).to.equal(true);
    expect(latin1).not.to.contain('Exif');
    expect(latin1).not.to.contain('CameraMaker');
    expect((await createImageBitmap(new Blob([photo.data]))).width).to.equal(40);
    const letter = await openEvidenceFile(files[1]!, key, key.kid, evidence!, 1);
    expect(new TextDecoder().decode(letter.data)).to.equal('%PDF-1.4\n% a letter\n%%EOF\n');
  });

  it('resends the same sealed files after a lost answer, under the same key, stored once', async () => {
    const r = await startReceiver({ faults: ['lost-answer'] });
    const key = await officeKey('office-2026');
    const el = await fixture<HrcReportForm>(
      html`<hrc-report-form
        lang="en"
        endpoint=${r.endpoint}
        office-name="Equality office"
        timeout="700"
        evidence
        seal-key=${JSON.stringify(key.publicJwk)}
      ></hrc-report-form>`,
    );
    await sendWithFiles(el, [new File(['%PDF-1.4\n%%EOF\n'], 'a.pdf', { type: 'application/pdf' })], true);
    await until(() => text($(el, '.send-status')).includes('could not be reached'));
    await until(() => heading(el) === 'Report sent', 15_000);
    const s = await r.state();
    expect(s.reports).to.have.length(1);
    expect(s.keys).to.have.length(2);
    expect(new Set(s.keys).size).to.equal(1);
    // The same parts byte for byte; only the multipart boundary may differ between the two requests.
    const boundary = (body: string) => body.slice(0, body.indexOf('\r\n'));
    const [first, second] = s.bodies as [string, string];
    expect(second.split(boundary(second)).join('|')).to.equal(first.split(boundary(first)).join('|'));
    // The statistics the resident agreed to travel with the files, and the report is counted once.
    expect(s.reports[0]!.payload.statistics).to.deep.include({ domain: 'housing', month: '2024-02' });
    expect(s.counters.find((c) => c.dimension === 'reports')?.count).to.equal(1);
  });
});
