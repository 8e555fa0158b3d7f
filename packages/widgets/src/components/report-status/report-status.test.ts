// Follow-up with a receipt (docs/follow-up.md), in Chromium against the real @hrc/receiver: the form
// shows the receipt after sending; <hrc-report-status> opens the report with it, shows the office's
// answer, sends more information, and says plainly what went wrong with a wrong receipt or too many tries.
// An answer that was not sent with the office's key is flagged, never shown as the office's; keys can be
// rotated; a message sent again after a lost answer is stored once.
import { expect, fixture, html } from '@open-wc/testing';
import {
  checkReceipt,
  deriveFollowUp,
  openMessage,
  sealOfficeReply,
  type OfficeKey,
} from '@hrc/framework/seal';
import '../../define/hrc-report-form.js';
import '../../define/hrc-report-status.js';
import type { HrcReportForm } from '../report-form/report-form.js';
import type { HrcReportStatus } from './report-status.js';
import { answerAll, choose, root, startReceiver, submit, text, until } from '../report-form/test-helpers.js';

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

/** Sends a report with follow-up through the form and returns the receipt it shows, and the form. */
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
  const shown = text(form.shadowRoot!.querySelector('.receipt-code'));
  const reference = text(form.shadowRoot!.querySelector('.reference'));
  return { form, shown, reference };
}

/** The office's answer, sealed in auth mode with `from` (and its copy), posted as the office page does. */
async function answerAs(base: string, reference: string, from: OfficeKey, answer: string) {
  const thread = await (await office(base, `/reports/${reference}/messages`)).json();
  const posted = await office(base, `/reports/${reference}/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(await sealOfficeReply(answer, thread.followUp.key, from, reference)),
  });
  return posted.status;
}

const $s = (el: HrcReportStatus, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);

async function openWith(el: HrcReportStatus, receipt: string) {
  const input = $s(el, '#receipt') as HTMLInputElement;
  input.value = receipt;
  ($s(el, 'button[type=submit]') as HTMLButtonElement).click();
  await el.updateComplete;
  // Done when "Opening your report" is gone and there is an answer: an error, or the report.
  await until(
    () =>
      !el.shadowRoot!.querySelector('.opening') &&
      el.shadowRoot!.querySelector('.error-message, .facts') !== null,
    20_000,
  );
  await el.updateComplete;
}

describe('<hrc-report-form> receipt and <hrc-report-status>', function () {
  this.timeout(60_000);

  it('shows a receipt after sending; the network carries only what is derived from it; nothing is stored in the browser', async () => {
    const r = await startReceiver();
    const key = await officeKey('office-2026');
    const { form, shown } = await sendWithReceipt(r.endpoint, key);
    expect(shown).to.match(/^\d{4} \d{4} \d{4} \d{4} \d{4}$/);
    const checked = checkReceipt(shown);
    expect(checked.ok).to.equal(true);
    const digits = checked.ok ? checked.digits : '';
    const all = text(root(form));
    expect(all).to.contain('Whoever has it can read the messages the office sends you');
    expect(root(form).querySelector('.receipt a')!.getAttribute('href')).to.equal(
      new URL('/follow-up.html', location.href).href,
    );
    for (const name of ['Copy the receipt', 'Print the receipt', 'Download the receipt']) {
      expect([...root(form).querySelectorAll('.receipt button')].map((b) => text(b))).to.include(name);
    }
    const { bodies } = await r.state();
    const envelope = JSON.parse(bodies[0]!) as { followUp: { verifier: string; key: string } };
    const derived = await deriveFollowUp(digits);
    expect(envelope.followUp).to.deep.equal({ verifier: derived.verifier, key: derived.key });
    expect(bodies.join('')).not.to.contain(digits);
    expect(bodies.join('')).not.to.contain(derived.lookup);
    expect(localStorage.length + sessionStorage.length).to.equal(0);
    await expect(form).to.be.accessible();
  });

  it('opens the report with the receipt, shows the office answer, and sends more information sealed to the office', async () => {
    const r = await startReceiver({ token: TOKEN, followUp: { replyWithinWorkingDays: 5 } });
    const base = r.endpoint.replace(/\/reports$/, '');
    const key = await officeKey('office-2026');
    const { shown, reference } = await sendWithReceipt(r.endpoint, key);

    // The office answers, sealed to the resident key the receiver holds and sent with the office key.
    const answer = 'Thank you. Which day did this happen?';
    expect(await answerAs(base, reference, key, answer)).to.equal(201);

    const el = await fixture<HrcReportStatus>(
      html`<hrc-report-status
        lang="en"
        endpoint=${`${base}/follow-up`}
        office-name="Equality office"
        seal-key=${JSON.stringify(key.publicJwk)}
      ></hrc-report-status>`,
    );
    await expect(el).to.be.accessible();
    await openWith(el, shown.replace(/ /g, '-'));
    expect(text($s(el, '.h-title'))).to.equal('Your report');
    expect(el.shadowRoot!.activeElement).to.equal($s(el, '.h-title'));
    const facts = text($s(el, '.facts'));
    expect(facts).to.contain(reference);
    expect(facts).to.contain('Received');
    expect(text(root(el as never))).to.contain('Equality office answers within 5 working days.');
    expect(text($s(el, '.messages'))).to.contain(answer);
    expect(($s(el, '#receipt') as HTMLInputElement | null)?.value ?? '').to.equal('');
    await expect(el).to.be.accessible();

    const more = 'It was Friday 2 February, around noon.';
    ($s(el, '#message') as HTMLTextAreaElement).value = more;
    ($s(el, 'form button[type=submit]') as HTMLButtonElement).click();
    await until(() => text(el.shadowRoot!.querySelector('[role=status]')).includes('was sent'), 20_000);
    expect(text($s(el, '.messages'))).to.contain('You added information');
    expect(text($s(el, '.messages'))).not.to.contain(more);
    const { bodies } = await r.state();
    expect(bodies.join('')).not.to.contain(more);
    const after = await (await office(base, `/reports/${reference}/messages`)).json();
    const mine = after.messages.find((m: { from: string }) => m.from === 'resident');
    expect((await openMessage(mine.message, reference, { to: 'office', keys: [key] })).text).to.equal(more);
    expect(localStorage.length + sessionStorage.length).to.equal(0);

    // Closing forgets the report: the receipt field is back, empty.
    (
      [...el.shadowRoot!.querySelectorAll('button')].find(
        (b) => text(b) === 'Close this report',
      ) as HTMLButtonElement
    ).click();
    await el.updateComplete;
    expect(text($s(el, '.h-title'))).to.equal('Follow up your report');
  });

  it('shows answers sent with any key of the office key set; flags one sent with another key and never shows it', async () => {
    const r = await startReceiver({ token: TOKEN });
    const base = r.endpoint.replace(/\/reports$/, '');
    const old = await officeKey('office-2025');
    const current = await officeKey('office-2026');
    const { shown, reference } = await sendWithReceipt(r.endpoint, current);
    expect(await answerAs(base, reference, old, 'Sent with last year’s key.')).to.equal(201);
    expect(await answerAs(base, reference, current, 'Sent with this year’s key.')).to.equal(201);
    // Someone without the office's private key, claiming its key id.
    const forger = await officeKey('office-2026');
    expect(await answerAs(base, reference, forger, 'Pay a fee at the counter.')).to.equal(201);

    const set = JSON.stringify({ keys: [current.publicJwk, old.publicJwk] });
    const el = await fixture<HrcReportStatus>(
      html`<hrc-report-status
        lang="en"
        endpoint=${`${base}/follow-up`}
        office-name="Equality office"
        seal-key=${set}
      ></hrc-report-status>`,
    );
    await openWith(el, shown);
    const items = [...el.shadowRoot!.querySelectorAll('.messages li')];
    expect(items.map((li) => li.className.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'message message--office',
      'message message--office',
      'message message--unverified',
    ]);
    expect(text(items[0]!)).to.contain('Sent with last year’s key.');
    expect(text(items[1]!)).to.contain('Sent with this year’s key.');
    expect(text(items[2]!)).to.contain(
      'Not shown: this message cannot be confirmed as coming from Equality office.',
    );
    expect(text(items[2]!)).not.to.contain('From Equality office');
    expect(text(root(el as never))).not.to.contain('Pay a fee');
    await expect(el).to.be.accessible();

    // New messages are sealed to the first key of the set.
    ($s(el, '#message') as HTMLTextAreaElement).value = 'For the current key.';
    ($s(el, 'form button[type=submit]') as HTMLButtonElement).click();
    await until(() => text(el.shadowRoot!.querySelector('[role=status]')).includes('was sent'), 20_000);
    const after = await (await office(base, `/reports/${reference}/messages`)).json();
    const mine = after.messages.find((m: { from: string }) => m.from === 'resident');
    expect(mine.message.kid).to.equal('office-2026');
    expect((await openMessage(mine.message, reference, { to: 'office', keys: [current] })).text).to.equal(
      'For the current key.',
    );

    // With the old key left out of the set, its answer can no longer be confirmed: flagged, not shown.
    const single = await fixture<HrcReportStatus>(
      html`<hrc-report-status
        lang="en"
        endpoint=${`${base}/follow-up`}
        office-name="Equality office"
        seal-key=${JSON.stringify(current.publicJwk)}
      ></hrc-report-status>`,
    );
    await openWith(single, shown);
    expect(single.shadowRoot!.querySelectorAll('.message--unverified').length).to.equal(2);
    expect(text(root(single as never))).not.to.contain('Sent with last year’s key.');
  });

  it('sends a message again with the same Idempotency-Key after a lost answer: stored once', async () => {
    const r = await startReceiver({ token: TOKEN });
    const base = r.endpoint.replace(/\/reports$/, '');
    const key = await officeKey('office-2026');
    const { shown, reference } = await sendWithReceipt(r.endpoint, key);
    const el = await fixture<HrcReportStatus>(
      html`<hrc-report-status
        lang="en"
        endpoint=${`${base}/follow-up`}
        office-name="Equality office"
        seal-key=${JSON.stringify(key.publicJwk)}
      ></hrc-report-status>`,
    );
    await openWith(el, shown);
    // The first send reaches the receiver, but its answer is lost on the way back.
    const realFetch = window.fetch;
    const keys: (string | null)[] = [];
    let lose = true;
    window.fetch = async (input, init) => {
      const res = await realFetch(input, init);
      if (
        String(input).endsWith('/follow-up') &&
        typeof init?.body === 'string' &&
        init.body.includes('message')
      ) {
        keys.push(new Headers(init.headers).get('Idempotency-Key'));
        if (lose) {
          lose = false;
          throw new TypeError('Failed to fetch');
        }
      }
      return res;
    };
    try {
      ($s(el, '#message') as HTMLTextAreaElement).value = 'Sent once, answered once.';
      ($s(el, 'form button[type=submit]') as HTMLButtonElement).click();
      await until(() => text($s(el, '.error-message')) !== '', 20_000);
      ($s(el, 'form button[type=submit]') as HTMLButtonElement).click();
      await until(() => text(el.shadowRoot!.querySelector('[role=status]')).includes('was sent'), 20_000);
    } finally {
      window.fetch = realFetch;
    }
    expect(keys).to.have.length(2);
    expect(keys[0]).to.match(/^[0-9a-f-]{36}$/);
    expect(keys[1]).to.equal(keys[0]);
    const after = await (await office(base, `/reports/${reference}/messages`)).json();
    expect(after.messages.filter((m: { from: string }) => m.from === 'resident')).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('.message--resident').length).to.equal(1);
  });

  it('says what is wrong with a receipt: too short, a mistyped digit, or no report; and too many tries', async () => {
    const r = await startReceiver({ followUp: { lookupLimit: { max: 2, windowMs: 60_000 } } });
    const base = r.endpoint.replace(/\/reports$/, '');
    const el = await fixture<HrcReportStatus>(
      html`<hrc-report-status lang="en" endpoint=${`${base}/follow-up`}></hrc-report-status>`,
    );
    const error = () => text($s(el, '.error-message'));
    await openWith(el, '1234 5678');
    expect(error()).to.contain('A receipt has 20 digits');
    expect($s(el, '#receipt')!.getAttribute('aria-invalid')).to.equal('true');
    expect($s(el, '#receipt')!.getAttribute('aria-describedby')).to.contain('receipt-error');
    expect(el.shadowRoot!.activeElement).to.equal($s(el, '#receipt'));
    await expect(el).to.be.accessible();
    await openWith(el, '1000 0000 0000 0000 0017');
    expect(error()).to.contain('One of the digits is not right');
    expect((await r.state()).requests).to.equal(0);
    await openWith(el, '1000 0000 0000 0000 0016');
    expect(error()).to.contain('No report was found with this receipt');
    await openWith(el, '2000 0000 0000 0000 0025');
    expect(error()).to.contain('No report was found');
    await openWith(el, '3000 0000 0000 0000 0032');
    expect(error()).to.match(/Too many tries\. Wait \d+ minutes/);
  });

  it('in Dutch, and quick exit forgets the report', async () => {
    const r = await startReceiver();
    const base = r.endpoint.replace(/\/reports$/, '');
    const el = await fixture<HrcReportStatus>(
      html`<hrc-report-status lang="nl" endpoint=${`${base}/follow-up`}></hrc-report-status>`,
    );
    expect(text($s(el, '.h-title'))).to.equal('Uw melding opvolgen');
    expect(text(el.shadowRoot!.querySelector('label'))).to.equal('Ontvangstcode');
    await openWith(el, '1');
    expect(text($s(el, '.error-message'))).to.contain('20 cijfers');
    let target = '';
    el.addEventListener('hrc-quick-exit', (e) => {
      e.preventDefault();
      target = e.detail.url;
    });
    ($s(el, '[part=quick-exit]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(target).to.equal('about:blank');
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
  });
});
