// Sending against a real HTTP receiver (test/report-server/report-test.mjs) served by the test runner.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../define/hrc-report-form.js';
import type { HrcReportForm } from './report-form.js';
import { newKey } from './report-form.sender.js';
import {
  $,
  answerAll,
  byLabel,
  choose,
  focused,
  heading,
  root,
  submit,
  summaryItems,
  text,
  type,
  until,
} from './test-helpers.js';

interface Stored {
  requests: number;
  reports: Record<string, unknown>[];
  keys: string[];
}

async function receiver(config: Record<string, unknown> = {}) {
  const base = `/__report-test/${crypto.randomUUID()}`;
  await fetch(`${base}/config`, { method: 'POST', body: JSON.stringify({ minFillMs: 0, ...config }) });
  return {
    endpoint: `${base}/reports`,
    state: async () => (await (await fetch(`${base}/state`)).json()) as Stored,
  };
}

const form = (endpoint: string, timeout = 20000) =>
  fixture<HrcReportForm>(
    html`<hrc-report-form
      lang="en"
      endpoint=${endpoint}
      .timeout=${timeout}
      office-name="Equality office"
    ></hrc-report-form>`,
  );

async function consentAndSend(el: HrcReportForm) {
  await choose(
    el,
    'I agree that Equality office uses my report to handle it and, without my name or contact details, for statistics.',
  );
  await submit(el);
}

const sent = (el: HrcReportForm) => until(() => heading(el) === 'Report sent');

describe('<hrc-report-form> sending', () => {
  it('makes version 4 UUIDs as keys, also where crypto.randomUUID is missing (pages not on https)', () => {
    const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(newKey()).to.match(v4);
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const keys = Array.from({ length: 500 }, newKey);
      expect(keys.filter((k) => !v4.test(k))).to.deep.equal([]);
      expect(new Set(keys).size).to.equal(500);
      // Every hex digit turns up in the random places, and all four variants.
      expect(new Set(keys.join('').replace(/-/g, '')).size).to.equal(16);
      expect(new Set(keys.map((k) => k[19])).size).to.equal(4);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(crypto.randomUUID).to.be.a('function');
  });

  it('sends once, with an Idempotency-Key, and shows the reference the receiver returned', async () => {
    const r = await receiver();
    const el = await form(r.endpoint);
    await answerAll(el, { email: 'me@example.org', wish: 'Advice about what I can do' });
    const event = oneEvent(el, 'hrc-report-sent');
    await consentAndSend(el);
    const { detail } = await event;
    await sent(el);
    const s = await r.state();
    expect(s.requests).to.equal(1);
    expect(s.reports).to.have.length(1);
    expect(s.keys[0]).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const report = s.reports[0]!;
    expect(detail.reference).to.equal(report.reference);
    expect(text($(el, '.reference'))).to.equal(report.reference);
    expect(report).to.include({
      schemaVersion: 1,
      locale: 'en',
      domain: 'housing',
      role: 'victim',
      wish: 'advice',
    });
    expect(report.when).to.deep.equal({ precision: 'day', date: '2024-02-03' });
    expect(report.contact).to.deep.equal({ kind: 'contact', email: 'me@example.org' });
    expect(report).not.to.have.property('antiAbuse');
    expect(report).not.to.have.property('equality');
    expect(focused(el)).to.equal($(el, 'h2'));
    expect(text(root(el))).to.contain('Equality office has received your report and will contact you.');
    // The answers are gone from memory once delivered: nothing to warn about on leaving.
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('sends the equality answers only when asked and given', async () => {
    const r = await receiver();
    const el = await fixture<HrcReportForm>(
      html`<hrc-report-form lang="en" endpoint=${r.endpoint} ask-equality-data></hrc-report-form>`,
    );
    await answerAll(el, { equality: true });
    await choose(
      el,
      'I agree that the office uses my report to handle it and, without my name or contact details, for statistics.',
    );
    await submit(el);
    await sent(el);
    expect((await r.state()).reports[0]!.equality).to.deep.equal({ gender: 'prefer-not-to-say' });
  });

  it('shows the receiver’s 400 reasons at the fields, then sends the corrected report', async () => {
    const r = await receiver({ rejectEmailDomain: 'example.net' });
    const el = await form(r.endpoint);
    await answerAll(el, { email: 'me@example.net' });
    await consentAndSend(el);
    await until(() => heading(el).includes('Step 4 of 5'));
    expect(summaryItems(el)).to.deep.equal([
      'Enter an e-mail address in the right format, like name@example.org',
    ]);
    expect(focused(el)).to.equal($(el, '.error-summary'));
    expect(byLabel(el, 'E-mail address').getAttribute('aria-invalid')).to.equal('true');
    expect(byLabel(el, 'E-mail address').value).to.equal('me@example.net');
    await expect(el).to.be.accessible();
    expect((await r.state()).reports).to.have.length(0);

    await type(el, 'E-mail address', 'me@example.org');
    await submit(el);
    expect(heading(el)).to.contain('Step 5 of 5');
    await submit(el);
    await sent(el);
    const s = await r.state();
    expect(s.reports).to.have.length(1);
    expect(new Set(s.keys).size).to.equal(2);
  });

  it('keeps the report through a 500 and retries with the same key: one report stored', async () => {
    const r = await receiver({ failures: 1 });
    const el = await form(r.endpoint);
    await answerAll(el);
    await consentAndSend(el);
    await until(() => text($(el, '.send-status')).includes('could not be reached'));
    expect(text(root(el))).to.contain('Copy the report');
    await expect(el).to.be.accessible();
    await sent(el);
    const s = await r.state();
    expect(s.requests).to.equal(2);
    expect(s.reports).to.have.length(1);
    expect(new Set(s.keys).size).to.equal(1);
  });

  it('waits while offline and sends when the browser is back online', async () => {
    const r = await receiver();
    const el = await form(r.endpoint);
    await answerAll(el);
    await executeServerCommand('hrc-offline-for', { ms: 2500 });
    await until(() => !navigator.onLine);
    await consentAndSend(el);
    await until(() => text($(el, '.send-status')).includes('offline'));
    const details = $<HTMLDetailsElement>(el, '.rescue details')!;
    details.open = true;
    expect(text(details.querySelector('pre'))).to.contain('The landlord refused to rent to me');
    await expect(el).to.be.accessible();
    await until(() => navigator.onLine);
    await sent(el);
    const s = await r.state();
    expect(s.reports).to.have.length(1);
    expect(s.requests).to.equal(1);
  });

  it('gives up on a hanging request, retries with the same key and gets the first answer back', async () => {
    const r = await receiver({ hangs: 1 });
    const el = await form(r.endpoint, 700);
    await answerAll(el);
    await consentAndSend(el);
    await until(() => text($(el, '.send-status')).includes('could not be reached'));
    await sent(el);
    const s = await r.state();
    expect(s.reports).to.have.length(1);
    expect(s.keys).to.have.length(2);
    expect(new Set(s.keys).size).to.equal(1);
    expect(text($(el, '.reference'))).to.equal(s.reports[0]!.reference);
  });

  it('sends once when send is pressed twice', async () => {
    const r = await receiver();
    const el = await form(r.endpoint);
    await answerAll(el);
    await choose(
      el,
      'I agree that Equality office uses my report to handle it and, without my name or contact details, for statistics.',
    );
    const button = $<HTMLButtonElement>(el, 'button[type=submit]')!;
    button.click();
    button.click();
    $<HTMLFormElement>(el, 'form')!.requestSubmit();
    await sent(el);
    const s = await r.state();
    expect(s.requests).to.equal(1);
    expect(s.reports).to.have.length(1);
  });

  it('says plainly when the receiver refuses the report, and keeps it to copy', async () => {
    const r = await receiver({ minFillMs: 60_000 });
    const el = await form(r.endpoint);
    await answerAll(el);
    await consentAndSend(el);
    await until(() => text($(el, '.send-status')).includes('could not accept'));
    expect(text(root(el))).to.contain('Download as JSON');
    expect((await r.state()).reports).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('makes no request to any other origin', async () => {
    performance.clearResourceTimings();
    const r = await receiver();
    const el = await form(r.endpoint);
    await answerAll(el);
    await consentAndSend(el);
    await sent(el);
    const urls = performance.getEntriesByType('resource').map((e) => new URL(e.name));
    expect(urls.filter((u) => u.origin !== location.origin).map((u) => u.href)).to.deep.equal([]);
    expect(urls.filter((u) => u.pathname === new URL(r.endpoint, location.href).pathname)).to.have.length(1);
  });
});
