// Sending to the real @hrc/receiver, one per test on a SQLite file of its own, through a proxy that can
// fail the way networks do (test/browser/real-receiver.mjs).
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
  startReceiver,
  submit,
  summaryItems,
  text,
  type,
  until,
} from './test-helpers.js';

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
    const r = await startReceiver();
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
    expect(detail.reference).to.equal(s.reports[0]!.reference);
    expect(text($(el, '.reference'))).to.equal(s.reports[0]!.reference);
    const report = s.reports[0]!.payload;
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
    expect(focused(el)).to.equal($(el, '.h-title'));
    expect(text(root(el))).to.contain('Equality office has received your report and will contact you.');
    // The answers are gone from memory once delivered: nothing to warn about on leaving.
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('sends the equality answers only when asked and given', async () => {
    const r = await startReceiver();
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
    expect((await r.state()).reports[0]!.payload.equality).to.deep.equal({ gender: 'prefer-not-to-say' });
  });

  it('shows the receiver’s 400 reasons at the fields, then sends the corrected report', async () => {
    // The person's computer runs five days ahead, so the form takes the day after tomorrow for a past
    // date; the receiver, on the right clock, refuses it as in the future.
    const r = await startReceiver();
    const RealDate = Date;
    const ahead = 5 * 24 * 3600_000;
    class AheadDate extends RealDate {
      constructor(...args: ConstructorParameters<DateConstructor> | []) {
        if (args.length === 0) super(RealDate.now() + ahead);
        else super(...(args as ConstructorParameters<DateConstructor>));
      }
      static override now() {
        return RealDate.now() + ahead;
      }
    }
    const later = new RealDate(RealDate.now() + 2 * 24 * 3600_000);
    globalThis.Date = AheadDate as DateConstructor;
    try {
      const el = await form(r.endpoint);
      await answerAll(el, {
        date: [String(later.getDate()), String(later.getMonth() + 1), String(later.getFullYear())],
      });
      await consentAndSend(el);
      await until(() => heading(el).includes('Step 1 of 5'));
      expect(summaryItems(el)).to.deep.equal(['The date must be today or in the past']);
      expect(focused(el)).to.equal($(el, '.error-summary'));
      expect(byLabel(el, 'Day').getAttribute('aria-invalid')).to.equal('true');
      expect(byLabel(el, 'Day').value).to.equal(String(later.getDate()));
      await expect(el).to.be.accessible();
      expect((await r.state()).reports).to.have.length(0);

      await type(el, 'Day', '3');
      await type(el, 'Month', '2');
      await type(el, 'Year', '2024');
      for (let step = 1; step < 5; step++) await submit(el);
      expect(heading(el)).to.contain('Step 5 of 5');
      await submit(el);
      await sent(el);
    } finally {
      globalThis.Date = RealDate;
    }
    const s = await r.state();
    expect(s.reports).to.have.length(1);
    expect(s.reports[0]!.payload.when).to.deep.equal({ precision: 'day', date: '2024-02-03' });
    expect(new Set(s.keys).size).to.equal(2);
  });

  it('keeps the report through a gateway error and retries with the same key: one report stored', async () => {
    const r = await startReceiver({ faults: ['gateway-error'] });
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

  it('announces "not sent yet" once, not again at every automatic retry', async () => {
    const r = await startReceiver({ faults: ['gateway-error', 'gateway-error'] });
    const el = await form(r.endpoint);
    await answerAll(el);
    await choose(
      el,
      'I agree that Equality office uses my report to handle it and, without my name or contact details, for statistics.',
    );
    const live = $(el, '[role=status].send-status')!;
    const heard: string[] = [];
    const observer = new MutationObserver(() => {
      const now = text(live);
      if (now && now !== heard.at(-1)) heard.push(now);
    });
    observer.observe(live, { childList: true, subtree: true, characterData: true });
    await submit(el);
    await sent(el);
    observer.disconnect();
    expect((await r.state()).requests).to.equal(3);
    expect(heard.map((h) => h.slice(0, 27))).to.deep.equal([
      'Sending your report…',
      'Your report is not sent yet',
    ]);
  });

  it('waits while offline and sends when the browser is back online', async () => {
    const r = await startReceiver();
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

  it('gives up when the answer is lost, retries with the same key and gets the first answer back', async () => {
    const r = await startReceiver({ faults: ['lost-answer'] });
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
    const r = await startReceiver();
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
    const r = await startReceiver({ minFillMs: 60_000 });
    const el = await form(r.endpoint);
    await answerAll(el);
    await consentAndSend(el);
    await until(() => text($(el, '.send-status')).includes('could not accept'));
    expect(text(root(el))).to.contain('Download as JSON');
    expect((await r.state()).reports).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('takes a 404 as a refusal: the address is wrong, trying again will not help', async () => {
    const el = await form(`/__no-such-receiver/${crypto.randomUUID()}/reports`);
    await answerAll(el);
    await consentAndSend(el);
    await until(() => text($(el, '.send-status')).includes('could not accept'));
    expect(text($(el, '.send-status'))).not.to.contain('keep trying');
    expect(text(root(el))).to.contain('Download as JSON');
  });

  it('makes no request to any other origin', async () => {
    performance.clearResourceTimings();
    const r = await startReceiver();
    const el = await form(r.endpoint);
    await answerAll(el);
    await consentAndSend(el);
    await sent(el);
    const urls = performance.getEntriesByType('resource').map((e) => new URL(e.name));
    expect(urls.filter((u) => u.origin !== location.origin).map((u) => u.href)).to.deep.equal([]);
    expect(urls.filter((u) => u.pathname === new URL(r.endpoint, location.href).pathname)).to.have.length(1);
  });
});
