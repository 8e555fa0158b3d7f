// Sealed reports (docs/sealed-reports.md): the form encrypts to the office's public key. These tests read
// what the network carried (the proxy in front of a real @hrc/receiver on a SQLite file,
// test/browser/real-receiver.mjs), open it with the office's private key, and read the receiver's
// statistics counters.
import { expect, fixture, html } from '@open-wc/testing';
import { reportSchema } from '@hrc/framework/schemas';
import { openEnvelope, reportStatistics, sealedReportSchema, type OfficeKey } from '@hrc/framework/seal';
import '../../define/hrc-report-form.js';
import type { HrcReportForm } from './report-form.js';
import {
  $,
  answerAll,
  byLabel,
  choose,
  heading,
  root,
  startReceiver,
  submit,
  text,
  until,
} from './test-helpers.js';

// A sealed report is counted only if its own box is ticked: the consent is to handling alone.
const CONSENT = 'I agree that Equality office uses my report to handle it.';
const MARKER = 'The landlord refused to rent to me because of my name.';
const COUNT_ME = 'Count my report in the statistics that Equality office publishes (optional)';

/** A new office key pair: the public JWK for the page, the private key (not extractable) for the test. */
async function officeKey(kid: string): Promise<OfficeKey> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
  const { x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return { kid, privateKey: pair.privateKey, publicJwk: { kty: 'EC', crv: 'P-256', x: x!, y: y!, kid } };
}

/** The office key published as test/browser/sealing/office-key.jwk.json: the RFC 9180 vector's recipient. */
async function publishedKey(): Promise<OfficeKey> {
  const publicJwk = await (await fetch('/test/browser/sealing/office-key.jwk.json')).json();
  const fixture = '/packages/framework/test/fixtures/hpke-rfc9180-p256-sha256-aes256gcm.json';
  const { vector } = await (await fetch(fixture)).json();
  const d = btoa(String.fromCharCode(...(vector.skRm as string).match(/../g)!.map((b) => parseInt(b, 16))))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  const privateKey = await crypto.subtle.importKey(
    'jwk',
    { ...publicJwk, d },
    { name: 'ECDH', namedCurve: 'P-256' },
    false,
    ['deriveBits'],
  );
  return { kid: publicJwk.kid, privateKey, publicJwk };
}

async function sendAll(el: HrcReportForm, countMe = false) {
  await answerAll(el);
  if (countMe) await choose(el, COUNT_ME);
  await choose(el, CONSENT);
  await submit(el);
}

/** The receiver's counters as `dimension/key: count` (the month is the month it was received). */
async function counted(r: Awaited<ReturnType<typeof startReceiver>>) {
  const { counters } = await r.state();
  return Object.fromEntries(counters.map((c) => [`${c.dimension}/${c.key}`, c.count]));
}

/** The bodies the form posted, once there are `n` of them. */
async function posted(r: Awaited<ReturnType<typeof startReceiver>>, n = 1) {
  let bodies: string[] = [];
  await until(async () => (bodies = (await r.state()).bodies).length >= n);
  return bodies.map((b) => JSON.parse(b) as Record<string, unknown>);
}

describe('<hrc-report-form> sealing', () => {
  it('seals the report to the office key: the network carries only the envelope, the office opens it', async () => {
    const r = await startReceiver();
    const key = await officeKey('office-2026');
    const el = await fixture<HrcReportForm>(
      html`<hrc-report-form
        lang="en"
        endpoint=${r.endpoint}
        office-name="Equality office"
        seal-key=${JSON.stringify(key.publicJwk)}
      ></hrc-report-form>`,
    );
    await sendAll(el);
    const [envelope] = await posted(r);
    expect(sealedReportSchema.safeParse(envelope).success).to.equal(true);
    expect(envelope).to.include({ type: 'hrc-sealed-report', schemaVersion: 1, kid: 'office-2026' });
    expect(Object.keys(envelope!).sort()).to.deep.equal([
      'antiAbuse',
      'ciphertext',
      'enc',
      'kid',
      'schemaVersion',
      'type',
    ]);
    expect(JSON.stringify(envelope)).not.to.contain('landlord');
    expect(JSON.stringify(envelope)).not.to.contain('Main Street');

    const report = reportSchema.parse(await openEnvelope(envelope, key));
    expect(report.description).to.equal(MARKER);
    expect(report.place).to.equal('Main Street 1');
    expect(report.contact).to.deep.equal({ kind: 'anonymous' });
    expect(report.antiAbuse).to.deep.equal(envelope!.antiAbuse);
    // Nothing about keys is shown to the resident.
    expect(text(root(el))).not.to.match(/office-2026|public key|key id|encrypt/i);
    expect(text(root(el))).not.to.contain(key.publicJwk.x);
  });

  it('seals once: a retry after a gateway error resends the same ciphertext with the same key', async () => {
    const r = await startReceiver({ faults: ['gateway-error'] });
    const key = await officeKey('office-2026');
    const el = await fixture<HrcReportForm>(
      html`<hrc-report-form
        lang="en"
        endpoint=${r.endpoint}
        office-name="Equality office"
        seal-key=${JSON.stringify(key.publicJwk)}
        seal-key-id="office-2026"
      ></hrc-report-form>`,
    );
    await sendAll(el, true);
    const [first, second] = await posted(r, 2);
    expect(JSON.stringify(second)).to.equal(JSON.stringify(first));
    // The choice is sealed with the report: the retry carries the same readable statistics.
    expect(second).to.have.property('statistics');
    const { keys } = await r.state();
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    const opened = await openEnvelope(second, key);
    expect((opened as { description: string }).description).to.equal(MARKER);
  });

  it('with "count my report" ticked, carries exactly the statistics of the answers, which the receiver counts', async () => {
    const r = await startReceiver();
    const key = await officeKey('office-2026');
    const sealed = (areas = '') =>
      fixture<HrcReportForm>(
        html`<hrc-report-form
          lang="en"
          endpoint=${r.endpoint}
          office-name="Equality office"
          areas=${areas}
          seal-key=${JSON.stringify(key.publicJwk)}
        ></hrc-report-form>`,
      );
    // Not ticked (the default): no statistics, nothing counted.
    const plain = await sealed();
    await answerAll(plain);
    expect(byLabel(plain, COUNT_ME).checked).to.equal(false);
    await choose(plain, CONSENT);
    await submit(plain);
    await until(() => heading(plain) === 'Report sent');
    const [unticked] = await posted(r);
    expect(unticked).not.to.have.property('statistics');
    expect(await counted(r)).to.deep.equal({});

    // Ticked: the statistics computed from the answers, beside the ciphertext, and counted.
    const el = await sealed();
    await sendAll(el, true);
    await until(() => heading(el) === 'Report sent');
    const [, envelope] = await posted(r, 2);
    expect(sealedReportSchema.safeParse(envelope).success).to.equal(true);
    const report = reportSchema.parse(await openEnvelope(envelope, key));
    expect(envelope!.statistics).to.deep.equal(reportStatistics(report, report.area));
    expect(envelope!.statistics).to.deep.equal({
      month: '2024-02',
      domain: 'housing',
      grounds: ['ethnic-or-social-origin'],
      role: 'victim',
      wish: 'register',
    });
    // Never the resident's words, place or contact details.
    expect(JSON.stringify(envelope)).not.to.match(/landlord|Main Street/);
    expect(await counted(r)).to.deep.equal({
      'reports/all': 1,
      'domain/housing': 1,
      'ground/ethnic-or-social-origin': 1,
      'area/unspecified': 1,
      'role/victim': 1,
      'wish/register': 1,
    });
  });

  it('with "count my report" ticked and an area chosen, the statistics and the counters have the area', async () => {
    const r = await startReceiver({ statistics: { areas: [{ id: 'noord', label: 'Noord' }] } });
    const key = await officeKey('office-2026');
    const el = await fixture<HrcReportForm>(
      html`<hrc-report-form
        lang="en"
        endpoint=${r.endpoint}
        office-name="Equality office"
        areas=${JSON.stringify([{ id: 'noord', label: 'Noord' }])}
        seal-key=${JSON.stringify(key.publicJwk)}
      ></hrc-report-form>`,
    );
    await answerAll(el);
    expect(text($(el, '#statistics-hint'))).to.contain('the part of the city');
    const area = $<HTMLSelectElement>(el, 'select#area')!;
    area.value = 'noord';
    area.dispatchEvent(new Event('change', { bubbles: true }));
    await choose(el, COUNT_ME);
    await choose(el, CONSENT);
    await submit(el);
    const [envelope] = await posted(r);
    const report = reportSchema.parse(await openEnvelope(envelope, key));
    expect(report.area).to.equal('noord');
    expect(envelope!.statistics).to.deep.equal(reportStatistics(report, 'noord'));
    expect((envelope!.statistics as { area?: string }).area).to.equal('noord');
    await until(async () => (await counted(r))['area/noord'] === 1);
  });

  it('fetches the key from seal-key-url, with the key id the JWK holds', async () => {
    const r = await startReceiver();
    const other = await officeKey('old-key');
    const key = await publishedKey();
    const el = await fixture<HrcReportForm>(
      html`<hrc-report-form
        lang="en"
        endpoint=${r.endpoint}
        office-name="Equality office"
        seal-key-url="/test/browser/sealing/office-key.jwk.json"
      ></hrc-report-form>`,
    );
    await sendAll(el);
    const [envelope] = await posted(r);
    expect(envelope!.kid).to.equal('rfc9180-recipient');
    const opened = await openEnvelope(envelope, [other, key]);
    expect((opened as { description: string }).description).to.equal(MARKER);
  });

  it('never sends unsealed when the key is unusable: it says so and keeps the report to copy', async () => {
    const r = await startReceiver();
    const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
    const privateJwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
    for (const attrs of [
      { 'seal-key': JSON.stringify(privateJwk), 'seal-key-id': 'k' },
      { 'seal-key': '{not json' },
      { 'seal-key-url': '/test/browser/sealing/no-such-key.json' },
      { 'seal-key-url': 'javascript:alert(1)' },
      // A data: address would carry a key of the page author's choosing without asking the office's site.
      { 'seal-key-url': `data:application/json,${JSON.stringify({ ...privateJwk, d: undefined })}` },
    ]) {
      const el = await fixture<HrcReportForm>(
        html`<hrc-report-form
          lang="en"
          endpoint=${r.endpoint}
          office-name="Equality office"
        ></hrc-report-form>`,
      );
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      const errors: unknown[] = [];
      const consoleError = console.error;
      console.error = (...args: unknown[]) => errors.push(args);
      try {
        await sendAll(el);
        await until(() => text($(el, '.send-status')).includes('cannot send reports safely'));
      } finally {
        console.error = consoleError;
      }
      expect(errors, JSON.stringify(attrs)).to.have.length(1);
      expect(text(root(el))).to.contain('Copy the report');
    }
    expect((await r.state()).requests).to.equal(0);
  });

  it('without WebCrypto, offers the office’s other channels instead of the form', async () => {
    const r = await startReceiver();
    const key = await officeKey('office-2026');
    Object.defineProperty(crypto, 'subtle', { value: undefined, configurable: true });
    try {
      const el = await fixture<HrcReportForm>(
        html`<hrc-report-form
          lang="en"
          endpoint=${r.endpoint}
          office-name="Equality office"
          office-url="https://example.org/office"
          office-phone="+31 30 123 4567"
          seal-key=${JSON.stringify(key.publicJwk)}
        ></hrc-report-form>`,
      );
      expect(heading(el)).to.equal('Reports cannot be sent from this browser');
      expect(text(root(el))).to.contain('for Equality office alone to read');
      expect($(el, 'form')).to.equal(null);
      const links = [...root(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal(['https://example.org/office', 'tel:+31301234567']);
      await expect(el).to.be.accessible();
    } finally {
      delete (crypto as { subtle?: unknown }).subtle;
    }
    expect(typeof crypto.subtle?.digest).to.equal('function');
    expect((await r.state()).requests).to.equal(0);
  });

  it('in Dutch too', async () => {
    const key = await officeKey('office-2026');
    Object.defineProperty(crypto, 'subtle', { value: undefined, configurable: true });
    try {
      const el = await fixture<HrcReportForm>(
        html`<hrc-report-form lang="nl" seal-key=${JSON.stringify(key.publicJwk)}></hrc-report-form>`,
      );
      expect(heading(el)).to.equal('Vanuit deze browser kunt u geen melding versturen');
    } finally {
      delete (crypto as { subtle?: unknown }).subtle;
    }
  });
});
