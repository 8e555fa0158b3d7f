// Evidence files with a follow-up message (docs/follow-up.md, "Evidence files"), in Chromium against the
// real @hrc/receiver: the file field loads only when the resident asks for it, from the keyboard; files
// are prepared as the form prepares them (a photo without its EXIF) and refused with a message in the
// page's language; the message and its files go in one request, sealed to the office key; after a lost
// answer nothing the resident wrote or added is gone, and the retry is stored once; the office opens
// every file.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { openEvidenceFile, openMessage, splitEvidence, type OfficeKey } from '@hrc/framework/seal';
import '../../define/hrc-report-form.js';
import '../../define/hrc-report-status.js';
import type { HrcReportForm } from '../report-form/report-form.js';
import type { HrcReportStatus } from './report-status.js';
import { answerAll, choose, startReceiver, submit, text, until } from '../report-form/test-helpers.js';

const TOKEN = 'office-token-for-browser-tests-01';
// The form seals: counting is its own box, so the consent is to handling alone.
const CONSENT = 'I agree that Equality office uses my report to handle it.';

async function officeKey(kid: string): Promise<OfficeKey> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
  const { x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return { kid, privateKey: pair.privateKey, publicJwk: { kty: 'EC', crv: 'P-256', x: x!, y: y!, kid } };
}

const office = (base: string, path: string, init: RequestInit = {}) =>
  fetch(`${base}${path}`, { ...init, headers: { Authorization: `Bearer ${TOKEN}`, ...init.headers } });

async function sendWithReceipt(endpoint: string, key: OfficeKey) {
  const form = await fixture<HrcReportForm>(
    html`<hrc-report-form
      lang="en"
      endpoint=${endpoint}
      office-name="Equality office"
      seal-key=${JSON.stringify(key.publicJwk)}
      follow-up-url="/follow-up.html"
    ></hrc-report-form>`,
  );
  await answerAll(form);
  await choose(form, CONSENT);
  await submit(form);
  await until(() => Boolean(form.shadowRoot!.querySelector('.receipt-code')), 20_000);
  return {
    receipt: text(form.shadowRoot!.querySelector('.receipt-code')),
    reference: text(form.shadowRoot!.querySelector('.reference')),
  };
}

/** A camera-style JPEG: a drawn picture with an EXIF block naming the camera. */
async function cameraJpeg(): Promise<File> {
  const canvas = new OffscreenCanvas(40, 30);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#c63';
  ctx.fillRect(0, 0, 40, 30);
  const jpeg = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg' })).arrayBuffer());
  const body = [...new TextEncoder().encode('Exif\0\0'), 0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0];
  const payload = [...body, ...new TextEncoder().encode('CameraMaker-X100')];
  const app1 = [0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff, ...payload];
  return new File([new Uint8Array([0xff, 0xd8, ...app1, ...jpeg.subarray(2)])], 'door.jpeg', {
    type: 'image/jpeg',
  });
}

const $s = <T extends HTMLElement = HTMLElement>(el: HrcReportStatus, sel: string) =>
  el.shadowRoot!.querySelector<T>(sel);

async function open(el: HrcReportStatus, receipt: string) {
  $s<HTMLInputElement>(el, '#receipt')!.value = receipt;
  $s<HTMLButtonElement>(el, 'button[type=submit]')!.click();
  await until(() => el.shadowRoot!.querySelector('.facts') !== null, 20_000);
  await el.updateComplete;
}

/** The "add a file" button, reached with Tab from the message box and pressed with Enter. */
async function addFilesByKeyboard(el: HrcReportStatus) {
  $s(el, '#message')!.focus();
  await sendKeys({ press: 'Tab' });
  const focused = el.shadowRoot!.activeElement as HTMLElement;
  expect(focused.tagName).to.equal('BUTTON');
  await sendKeys({ press: 'Enter' });
  await until(() => el.shadowRoot!.activeElement?.id === 'evidence', 10_000);
  return text(focused);
}

function choose_(el: HrcReportStatus, files: File[]) {
  const input = $s<HTMLInputElement>(el, '#evidence')!;
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<hrc-report-status> evidence files', function () {
  this.timeout(60_000);

  it('loads the file field on demand from the keyboard, sends the message with its files once after a lost answer, and the office opens them', async () => {
    const r = await startReceiver({ token: TOKEN });
    const base = r.endpoint.replace(/\/reports$/, '');
    const key = await officeKey('office-2026');
    const { receipt, reference } = await sendWithReceipt(r.endpoint, key);
    const el = await fixture<HrcReportStatus>(
      html`<hrc-report-status
        lang="en"
        endpoint=${`${base}/follow-up`}
        office-name="Equality office"
        seal-key=${JSON.stringify(key.publicJwk)}
      ></hrc-report-status>`,
    );
    await open(el, receipt);
    // The file field's code is not part of the page until asked for.
    expect($s(el, '#evidence')).to.equal(null);
    expect(await addFilesByKeyboard(el)).to.equal('Add a photo or document');
    const input = $s<HTMLInputElement>(el, '#evidence')!;
    expect(input.type).to.equal('file');
    expect(text($s(el, 'label[for=evidence]'))).to.equal('Screenshots, photos or documents (optional)');
    expect(text($s(el, '#evidence-hint'))).to.contain('encrypted with your message, for the office alone');
    await expect(el).to.be.accessible();

    const pdf = new File(['%PDF-1.4\n% the letter\n%%EOF\n'], 'letter.pdf', { type: 'application/pdf' });
    choose_(el, [await cameraJpeg(), pdf]);
    await until(() => el.shadowRoot!.querySelectorAll('.evidence-list li').length === 2, 10_000);
    expect(text($s(el, '#evidence-pdf'))).to.contain('A PDF is sent as it is');
    await expect(el).to.be.accessible();

    // The first send reaches the receiver, but its answer is lost on the way back.
    const more = 'The letter they sent me, and the sign on the door.';
    $s<HTMLTextAreaElement>(el, '#message')!.value = more;
    const realFetch = window.fetch;
    const sent: { key: string | null; multipart: boolean }[] = [];
    let lose = true;
    window.fetch = async (input, init) => {
      const res = await realFetch(input, init);
      if (String(input).endsWith('/follow-up') && init?.body instanceof FormData) {
        sent.push({ key: new Headers(init.headers).get('Idempotency-Key'), multipart: true });
        if (lose) {
          lose = false;
          throw new TypeError('Failed to fetch');
        }
      }
      return res;
    };
    try {
      $s<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
      await until(() => text($s(el, '#message-error')) !== '', 20_000);
      // Nothing is lost: the text and both files are still there.
      expect(text($s(el, '#message-error'))).to.contain('That did not work');
      expect($s<HTMLTextAreaElement>(el, '#message')!.value).to.equal(more);
      expect(el.shadowRoot!.querySelectorAll('.evidence-list li').length).to.equal(2);
      $s<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
      await until(() => text($s(el, '.actions + [role=status]')).includes('was sent'), 20_000);
    } finally {
      window.fetch = realFetch;
    }
    expect(sent).to.have.length(2);
    expect(sent[1]!.key).to.equal(sent[0]!.key);
    // After sending, the box and the list are empty, and the page says the message had two files.
    expect($s<HTMLTextAreaElement>(el, '#message')!.value).to.equal('');
    expect(el.shadowRoot!.querySelectorAll('.evidence-list li').length).to.equal(0);
    expect(text($s(el, '.message--resident'))).to.contain('With 2 files.');

    // What the network carried: nothing readable of the message, the file names or the photo.
    const { bodies } = await r.state();
    const carried = bodies.join('');
    for (const secret of [more, 'letter.pdf', 'door', 'CameraMaker', 'the letter']) {
      expect(carried).not.to.contain(secret);
    }

    // Stored once, with two files, and the office opens the message and each file.
    const thread = await (await office(base, `/reports/${reference}/messages`)).json();
    const mine = thread.messages.filter((m: { from: string }) => m.from === 'resident');
    expect(mine).to.have.length(1);
    const m = mine[0];
    const opened = await openMessage(m.message, reference, { to: 'office', keys: [key] });
    expect(opened.text).to.equal(more);
    const { evidence } = splitEvidence(opened, m.message.evidence);
    expect(evidence!.id).to.equal(`message-${sent[0]!.key}`);
    expect(evidence!.files.map((f) => [f.name, f.type])).to.deep.equal([
      ['door.jpg', 'image/jpeg'],
      ['letter.pdf', 'application/pdf'],
    ]);
    const fetchFile = async (i: number) =>
      new Uint8Array(
        await (await office(base, `/reports/${reference}/messages/${m.id}/evidence/${i}`)).arrayBuffer(),
      );
    const photo = await openEvidenceFile(await fetchFile(0), key, key.kid, evidence!, 0);
    const latin1 = String.fromCharCode(...photo.data);
    expect(latin1.startsWith('\xff\xd8')).to.equal(true);
    expect(latin1).not.to.contain('Exif');
    expect(latin1).not.to.contain('CameraMaker');
    const letter = await openEvidenceFile(await fetchFile(1), key, key.kid, evidence!, 1);
    expect(new TextDecoder().decode(letter.data)).to.equal('%PDF-1.4\n% the letter\n%%EOF\n');
    expect(localStorage.length + sessionStorage.length).to.equal(0);
  });

  it('refuses files in the page’s language, keeps what was added, and a message can have three files', async () => {
    const r = await startReceiver({ token: TOKEN });
    const base = r.endpoint.replace(/\/reports$/, '');
    const key = await officeKey('office-2026');
    const { receipt } = await sendWithReceipt(r.endpoint, key);
    const el = await fixture<HrcReportStatus>(
      html`<hrc-report-status
        lang="nl"
        endpoint=${`${base}/follow-up`}
        seal-key=${JSON.stringify(key.publicJwk)}
      ></hrc-report-status>`,
    );
    await open(el, receipt);
    expect(await addFilesByKeyboard(el)).to.equal('Foto of document toevoegen');
    const pdf = (name: string) => new File(['%PDF-1.4\n%%EOF\n'], name, { type: 'application/pdf' });
    choose_(el, [new File(['hello'], 'notes.txt', { type: 'text/plain' }), pdf('a.pdf')]);
    await until(() => text($s(el, '#evidence-error')) !== '', 10_000);
    expect(text($s(el, '#evidence-error'))).to.contain(
      'notes.txt is geen foto, schermafbeelding of pdf. Kies een JPEG-, PNG-, WebP-, GIF- of pdf-bestand.',
    );
    const input = $s<HTMLInputElement>(el, '#evidence')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('evidence-hint evidence-error');
    expect(el.shadowRoot!.querySelectorAll('.evidence-list li').length).to.equal(1);

    choose_(el, [pdf('b.pdf'), pdf('c.pdf'), pdf('d.pdf')]);
    await until(() => text($s(el, '#evidence-error')).includes('d.pdf'), 10_000);
    expect(text($s(el, '#evidence-error'))).to.contain(
      'd.pdf is niet toegevoegd: een bericht kan hoogstens 3 bestanden hebben.',
    );
    expect(el.shadowRoot!.querySelectorAll('.evidence-list li').length).to.equal(3);
    // Full: no more files can be chosen; removing one (by its labelled button) offers the field again.
    expect($s(el, '#evidence')).to.equal(null);
    const remove = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.evidence-list button')];
    expect(remove.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'a.pdf verwijderen',
      'b.pdf verwijderen',
      'c.pdf verwijderen',
    ]);
    remove[1]!.click();
    await el.updateComplete;
    expect($s(el, '#evidence')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });
});
