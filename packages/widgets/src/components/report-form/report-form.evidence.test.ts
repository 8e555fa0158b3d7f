// The report form's evidence files (docs/report-form.md#evidence-files): images re-encoded in the browser
// so that EXIF (GPS position, camera) is gone, PDFs passed as they are with a warning, clear messages for
// files that are too large or of the wrong kind, and the field's code loaded only on the step that shows it.
import { expect, fixture, html } from '@open-wc/testing';
import '../../define/hrc-report-form.js';
import type { HrcReportForm } from './report-form.js';
import { prepareFile } from './report-form.evidence.js';
import type { EvidenceItem } from './report-form.evidence-host.js';
import { $, choose, root, submit, text, type, until } from './test-helpers.js';

/** A real office key's public half, for a form that seals. */
async function sealKey(): Promise<string> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
  const { x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return JSON.stringify({ kty: 'EC', crv: 'P-256', x, y, kid: 'office-1' });
}

/** A JPEG drawn in the browser, 64 × 48 pixels. */
async function plainJpeg(): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(64, 48);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#2a6';
  ctx.fillRect(0, 0, 64, 48);
  ctx.fillStyle = '#c33';
  ctx.fillRect(8, 8, 20, 20);
  return new Uint8Array(
    await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 })).arrayBuffer(),
  );
}

const MAKE = 'HRC-TestCam';

/**
 * An EXIF block (APP1) as cameras write it: IFD0 with the camera's make and a pointer to a GPS IFD that
 * holds latitude 52° 22' 12.34" N. Big-endian TIFF; offsets count from the TIFF header.
 */
function exifSegment(): Uint8Array {
  const tiff = new DataView(new ArrayBuffer(104));
  let at = 0;
  const u16 = (v: number) => (tiff.setUint16(at, v), (at += 2));
  const u32 = (v: number) => (tiff.setUint32(at, v), (at += 4));
  const entry = (tag: number, kind: number, count: number, value: number) => (
    u16(tag),
    u16(kind),
    u32(count),
    u32(value)
  );
  u16(0x4d4d); // "MM"
  u16(0x002a);
  u32(8);
  u16(2); // IFD0: 2 entries
  entry(0x010f, 2, MAKE.length + 1, 38); // Make, ASCII, at 38
  entry(0x8825, 4, 1, 50); // GPSInfo IFD at 50
  u32(0);
  for (const c of MAKE) tiff.setUint8(at++, c.charCodeAt(0));
  tiff.setUint8(at++, 0);
  at = 50;
  u16(2); // GPS IFD: 2 entries
  // GPSLatitudeRef "N": ASCII, 2 bytes, held in the entry itself.
  u16(0x0001);
  u16(2);
  u32(2);
  tiff.setUint8(at, 0x4e);
  at += 4;
  entry(0x0002, 5, 3, 80); // GPSLatitude, 3 rationals at 80
  u32(0);
  for (const [n, d] of [
    [52, 1],
    [22, 1],
    [1234, 100],
  ]) {
    u32(n!);
    u32(d!);
  }
  const body = new Uint8Array([...new TextEncoder().encode('Exif\0\0'), ...new Uint8Array(tiff.buffer)]);
  const length = body.length + 2;
  return new Uint8Array([0xff, 0xe1, length >> 8, length & 0xff, ...body]);
}

/** The JPEG with the EXIF block right after its start-of-image marker, as a camera's file has it. */
async function jpegWithGps(): Promise<File> {
  const jpeg = await plainJpeg();
  const bytes = new Uint8Array([...jpeg.subarray(0, 2), ...exifSegment(), ...jpeg.subarray(2)]);
  return new File([bytes], 'IMG_0001.JPG', { type: 'image/jpeg' });
}

const has = (bytes: Uint8Array, ascii: string) => {
  const needle = new TextEncoder().encode(ascii);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
};

/** The JPEG's marker segments before the image data: [marker, length]. */
function segments(jpeg: Uint8Array): number[] {
  const found: number[] = [];
  let i = 2;
  while (i + 4 <= jpeg.length && jpeg[i] === 0xff) {
    const marker = jpeg[i + 1]!;
    found.push(marker);
    if (marker === 0xda) break; // start of scan: image data follows
    i += 2 + ((jpeg[i + 2]! << 8) | jpeg[i + 3]!);
  }
  return found;
}

describe('<hrc-report-form> evidence files', () => {
  it('re-encodes a photo: the GPS position and the camera make are gone, the picture stays', async () => {
    const input = await jpegWithGps();
    const before = new Uint8Array(await input.arrayBuffer());
    // The test file really carries the metadata, and the browser reads it as a JPEG.
    expect(has(before, 'Exif\0\0')).to.equal(true);
    expect(has(before, MAKE)).to.equal(true);
    expect(segments(before)).to.include(0xe1);
    expect((await createImageBitmap(input)).width).to.equal(64);

    const out = (await prepareFile(input)) as EvidenceItem;
    expect(out.type).to.equal('image/jpeg');
    expect(out.name).to.equal('IMG_0001.jpg');
    expect(has(out.data, 'Exif')).to.equal(false);
    expect(has(out.data, MAKE)).to.equal(false);
    expect(segments(out.data)).not.to.include(0xe1); // no APP1 (EXIF, XMP)
    const bitmap = await createImageBitmap(new Blob([out.data], { type: 'image/jpeg' }));
    expect([bitmap.width, bitmap.height]).to.deep.equal([64, 48]);
  });

  it('scales an image larger than 2560 pixels down, and keeps a PNG a PNG', async () => {
    const canvas = new OffscreenCanvas(3000, 1000);
    canvas.getContext('2d')!.fillRect(0, 0, 10, 10);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    const out = (await prepareFile(new File([blob], 'screen.png', { type: 'image/png' }))) as EvidenceItem;
    expect([out.type, out.name]).to.deep.equal(['image/png', 'screen.png']);
    const bitmap = await createImageBitmap(new Blob([out.data], { type: 'image/png' }));
    expect([bitmap.width, bitmap.height]).to.deep.equal([2560, 853]);
  });

  it('passes a PDF as it is; refuses too large files, other kinds, and images it cannot decode', async () => {
    const pdfBytes = new TextEncoder().encode('%PDF-1.4\n%…\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const pdf = (await prepareFile(
      new File([pdfBytes], 'letter.pdf', { type: 'application/pdf' }),
    )) as EvidenceItem;
    expect(pdf.type).to.equal('application/pdf');
    expect([...pdf.data]).to.deep.equal([...pdfBytes]);
    const big = new File([new Uint8Array(7 * 1024 * 1024 + 1)], 'big.jpg', { type: 'image/jpeg' });
    expect(await prepareFile(big)).to.deep.equal({ name: 'big.jpg', code: 'too-large' });
    expect(await prepareFile(new File(['hello'], 'notes.txt', { type: 'text/plain' }))).to.deep.equal({
      name: 'notes.txt',
      code: 'wrong-type',
    });
    expect(await prepareFile(new File(['hello'], 'fake.pdf', { type: 'application/pdf' }))).to.deep.equal({
      name: 'fake.pdf',
      code: 'wrong-type',
    });
    expect(await prepareFile(new File(['not a jpeg'], 'broken.jpg', { type: 'image/jpeg' }))).to.deep.equal({
      name: 'broken.jpg',
      code: 'unreadable',
    });
  });
});

/** Chooses `files` in the evidence field, as a person does with the file picker. */
async function chooseFiles(el: HrcReportForm, files: File[]) {
  const input = $<HTMLInputElement>(el, '#evidence')!;
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  // Done when the status is quiet again and the field shows the outcome.
  await until(
    () =>
      !$(el, '#evidence')?.hasAttribute('disabled') &&
      text($(el, '[role=status]')) === '' &&
      Boolean($(el, '.evidence-list') || $(el, '#evidence-error')),
  );
  await el.updateComplete;
}

async function toStepThree(el: HrcReportForm) {
  await type(el, 'Describe what happened', 'The landlord refused to rent to me because of my name.');
  await type(el, 'Month', '2');
  await type(el, 'Year', '2024');
  await choose(el, 'Housing');
  await submit(el);
  await choose(el, 'Ethnic or social origin');
  await submit(el);
}

describe('<hrc-report-form evidence>', () => {
  it('lists added files, warns about PDFs, explains refusals, and lets a file be removed', async () => {
    const el = await fixture<HrcReportForm>(
      html`<hrc-report-form
        lang="en"
        endpoint="/nowhere"
        evidence
        seal-key=${await sealKey()}
      ></hrc-report-form>`,
    );
    await toStepThree(el);
    await until(() => Boolean($(el, '#evidence')));
    const pdf = new File(['%PDF-1.4\n%%EOF\n'], 'letter.pdf', { type: 'application/pdf' });
    const big = new File([new Uint8Array(7 * 1024 * 1024 + 1)], 'video.jpg', { type: 'image/jpeg' });
    const txt = new File(['x'], 'notes.txt', { type: 'text/plain' });
    await chooseFiles(el, [await jpegWithGps(), pdf, big, txt]);
    const items = [...root(el).querySelectorAll('.evidence-list li')].map((li) => text(li));
    expect(items).to.have.length(2);
    expect(items[0]).to.match(/^IMG_0001\.jpg \(.+ kB\) Remove$/);
    expect(items[1]).to.match(/^letter\.pdf/);
    expect(text($(el, '#evidence-pdf'))).to.contain('A PDF is sent as it is');
    expect(text($(el, '#evidence-error'))).to.contain('video.jpg is larger than 7 MB');
    expect(text($(el, '#evidence-error'))).to.contain('notes.txt is not a photo, screenshot or PDF');
    expect($(el, '#evidence')!.getAttribute('aria-describedby')).to.equal('evidence-hint evidence-error');
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('button[aria-label="Remove letter.pdf"]')!.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('.evidence-list li')).to.have.length(1);
    expect($(el, '#evidence-pdf')).to.equal(null);
  });

  it('speaks Dutch in Dutch', async () => {
    const el = await fixture<HrcReportForm>(
      html`<hrc-report-form
        lang="nl"
        endpoint="/nowhere"
        evidence
        seal-key=${await sealKey()}
      ></hrc-report-form>`,
    );
    // The Dutch form's labels: straight to step 3 by the same answers.
    await type(el, 'Beschrijf wat er gebeurde', 'De verhuurder weigerde mij.');
    await type(el, 'Maand', '2');
    await type(el, 'Jaar', '2024');
    await choose(el, 'Wonen');
    await submit(el);
    await choose(el, 'Etnische of sociale afkomst');
    await submit(el);
    await until(() => Boolean($(el, '#evidence')));
    await chooseFiles(el, [new File(['x'], 'notities.txt', { type: 'text/plain' })]);
    expect(text($(el, '#evidence-error'))).to.contain('notities.txt is geen foto, schermafbeelding of pdf');
  });

  it('offers no field without a seal key, nor without the evidence attribute', async () => {
    for (const el of [
      await fixture<HrcReportForm>(
        html`<hrc-report-form lang="en" endpoint="/nowhere" evidence></hrc-report-form>`,
      ),
      await fixture<HrcReportForm>(
        html`<hrc-report-form lang="en" endpoint="/nowhere" seal-key=${await sealKey()}></hrc-report-form>`,
      ),
    ]) {
      await toStepThree(el);
      await new Promise((r) => setTimeout(r, 100));
      expect($(el, '#evidence')).to.equal(null);
    }
  });
});
