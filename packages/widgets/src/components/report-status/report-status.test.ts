// Follow-up with a receipt (docs/follow-up.md), in Chromium against the real @hrc/receiver: the form
// shows the receipt after sending; <hrc-report-status> opens the report with it, shows the office's
// answer, sends more information, and says plainly what went wrong with a wrong receipt or too many tries.
import { expect, fixture, html } from '@open-wc/testing';
import { checkReceipt, deriveFollowUp, openMessage, sealMessage, type OfficeKey } from '@hrc/framework/seal';
import '../../define/hrc-report-form.js';
import '../../define/hrc-report-status.js';
import type { HrcReportForm } from '../report-form/report-form.js';
import type { HrcReportStatus } from './report-status.js';
import { answerAll, choose, root, startReceiver, submit, text, until } from '../report-form/test-helpers.js';

const TOKEN = 'office-token-for-browser-tests-01';
const CONSENT =
  'I agree that Equality office uses my report to handle it and, without my name or contact details, for statistics.';

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

    // The office answers, sealed to the resident key the receiver holds.
    const thread = await (await office(base, `/reports/${reference}/messages`)).json();
    const answer = 'Thank you. Which day did this happen?';
    const reply = await sealMessage(answer, { to: 'resident', key: thread.followUp.key }, reference);
    const posted = await office(base, `/reports/${reference}/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ message: reply }),
    });
    expect(posted.status).to.equal(201);

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
