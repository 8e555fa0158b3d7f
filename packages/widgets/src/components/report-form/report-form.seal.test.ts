// Sealed reports (docs/sealed-reports.md): the form encrypts to the office's public key, against the
// real HTTP test receiver (test/report-server/report-test.mjs), and the test opens what was stored.
import { expect, fixture, html } from '@open-wc/testing';
import { reportSchema } from '@hrc/framework/schemas';
import { openEnvelope, type OfficeKey } from '@hrc/framework/seal';
import '../../define/hrc-report-form.js';
import type { HrcReportForm } from './report-form.js';
import { $, answerAll, choose, heading, root, submit, text, until } from './test-helpers.js';

interface Stored {
  requests: number;
  reports: Record<string, unknown>[];
  keys: string[];
  bodies: string[];
}

const CONSENT =
  'I agree that Equality office uses my report to handle it and, without my name or contact details, for statistics.';
const MARKER = 'The landlord refused to rent to me because of my name.';

async function receiver(config: Record<string, unknown> = {}) {
  const base = `/__report-test/${crypto.randomUUID()}`;
  await fetch(`${base}/config`, { method: 'POST', body: JSON.stringify({ minFillMs: 0, ...config }) });
  return {
    base,
    endpoint: `${base}/reports`,
    state: async () => (await (await fetch(`${base}/state`)).json()) as Stored,
  };
}

/** A new office key pair: the public JWK for the page, the private key (not extractable) for the test. */
async function officeKey(kid: string): Promise<OfficeKey> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
  const { x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return { kid, privateKey: pair.privateKey, publicJwk: { kty: 'EC', crv: 'P-256', x: x!, y: y!, kid } };
}

async function sendAll(el: HrcReportForm) {
  await answerAll(el);
  await choose(el, CONSENT);
  await submit(el);
}

const sent = (el: HrcReportForm) => until(() => heading(el) === 'Report sent');

/** A stored report without what the test receiver added (its reference and status): the envelope sent. */
function envelopeOf(stored: Record<string, unknown> | undefined) {
  const { reference: _reference, status: _status, ...envelope } = stored ?? {};
  return envelope;
}

describe('<hrc-report-form> sealing', () => {
  it('seals the report to the office key: the receiver gets only the envelope, the office opens it', async () => {
    const r = await receiver();
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
    await sent(el);
    const s = await r.state();
    expect(s.reports).to.have.length(1);
    const { reference, status: _status, ...envelope } = s.reports[0]!;
    expect(text($(el, '.reference'))).to.equal(reference);
    expect(envelope).to.include({ type: 'hrc-sealed-report', schemaVersion: 1, kid: 'office-2026' });
    // The anti-abuse signals were readable for the receiver, which does not store them.
    expect(Object.keys(envelope).sort()).to.deep.equal(['ciphertext', 'enc', 'kid', 'schemaVersion', 'type']);
    expect(JSON.stringify(envelope)).not.to.contain('landlord');
    expect(JSON.stringify(envelope)).not.to.contain('Main Street');

    const report = reportSchema.parse(await openEnvelope(envelope, key));
    expect(report.description).to.equal(MARKER);
    expect(report.place).to.equal('Main Street 1');
    expect(report.antiAbuse.honeypot).to.equal('');
    expect(report.contact).to.deep.equal({ kind: 'anonymous' });
    // Nothing about keys is shown to the resident.
    expect(text(root(el))).not.to.match(/office-2026|public key|key id|encrypt/i);
    expect(text(root(el))).not.to.contain(key.publicJwk.x);
    await expect(el).to.be.accessible();
  });

  it('seals once: a retry after a 500 resends the same ciphertext with the same Idempotency-Key', async () => {
    const r = await receiver({ failures: 1 });
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
    await sendAll(el);
    await until(() => text($(el, '.send-status')).includes('could not be reached'));
    await sent(el);
    const s = await r.state();
    expect(s.requests).to.equal(2);
    expect(new Set(s.keys).size).to.equal(1);
    expect(s.bodies).to.have.length(2);
    expect(s.bodies[0]).to.equal(s.bodies[1]);
    expect(s.reports).to.have.length(1);
    const opened = await openEnvelope(envelopeOf(s.reports[0]), key);
    expect((opened as { description: string }).description).to.equal(MARKER);
  });

  it('fetches the key from seal-key-url, with the key id the JWK holds', async () => {
    const r = await receiver();
    const other = await officeKey('old-key');
    const key = await officeKey('new-key');
    await fetch(`${r.base}/key`, { method: 'POST', body: JSON.stringify(key.publicJwk) });
    const el = await fixture<HrcReportForm>(
      html`<hrc-report-form
        lang="en"
        endpoint=${r.endpoint}
        office-name="Equality office"
        seal-key-url="${r.base}/key"
      ></hrc-report-form>`,
    );
    await sendAll(el);
    await sent(el);
    const envelope = envelopeOf((await r.state()).reports[0]);
    expect(envelope.kid).to.equal('new-key');
    const opened = await openEnvelope(envelope, [other, key]);
    expect((opened as { description: string }).description).to.equal(MARKER);
  });

  it('never sends unsealed when the key is unusable: it says so and keeps the report to copy', async () => {
    const r = await receiver();
    const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
    const privateJwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
    for (const attrs of [
      { 'seal-key': JSON.stringify(privateJwk), 'seal-key-id': 'k' },
      { 'seal-key': '{not json' },
      { 'seal-key-url': `${r.base}/key` },
      { 'seal-key-url': 'javascript:alert(1)' },
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
    const r = await receiver();
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
