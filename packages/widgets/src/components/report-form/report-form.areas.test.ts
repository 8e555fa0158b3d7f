// The optional area question (docs/report-form.md, "Areas"): asked on the last step, beside the consent,
// only when the city lists its areas; sent to a real @hrc/receiver (test/browser/real-receiver.mjs).
import { expect, fixture, html } from '@open-wc/testing';
import { reportSchema } from '@hrc/framework/schemas';
import { openEnvelope, type OfficeKey } from '@hrc/framework/seal';
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

const CONSENT =
  'I agree that Equality office uses my report to handle it and, without my name or contact details, for statistics.';
const CONSENT_SEALED = 'I agree that Equality office uses my report to handle it.';
const QUESTION = 'In which part of the city did it happen? (optional)';
const AREAS = JSON.stringify([
  { id: 'noord', label: 'Noord' },
  { id: 'zuid', label: 'Zuid & Haven <b>' },
]);

const form = (endpoint: string, areas?: string, sealKey?: string) =>
  fixture<HrcReportForm>(
    html`<hrc-report-form
      lang="en"
      endpoint=${endpoint}
      office-name="Equality office"
      areas=${areas ?? ''}
      seal-key=${sealKey ?? ''}
    ></hrc-report-form>`,
  );

const areaSelect = (el: HrcReportForm) => $<HTMLSelectElement>(el, 'select#area');

async function pick(el: HrcReportForm, value: string) {
  const select = byLabel(el, QUESTION) as unknown as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function stored(r: Awaited<ReturnType<typeof startReceiver>>) {
  let reports: Awaited<ReturnType<typeof r.state>>['reports'] = [];
  await until(async () => (reports = (await r.state()).reports).length === 1);
  return reports[0]!.payload;
}

describe('<hrc-report-form> area question', () => {
  it('is not asked when the city lists no areas', async () => {
    const el = await form('/nowhere');
    await answerAll(el);
    expect(areaSelect(el)).to.equal(null);
    expect(text(root(el))).not.to.contain(QUESTION);
  });

  it('is asked on the last step only, with "I’d rather not say" chosen, the city’s names as text', async () => {
    const el = await form('/nowhere', AREAS);
    expect(areaSelect(el)).to.equal(null);
    await answerAll(el);
    const select = areaSelect(el)!;
    expect(select).not.to.equal(null);
    expect([...select.options].map((o) => [o.value, text(o)])).to.deep.equal([
      ['', 'I’d rather not say'],
      ['noord', 'Noord'],
      ['zuid', 'Zuid & Haven <b>'],
    ]);
    expect(select.value).to.equal('');
    // A name is text: no element was made of it.
    expect(select.querySelector('b')).to.equal(null);
    // It stands before the consent, described by its hint.
    const consent = $(el, '#consent')!;
    expect(select.compareDocumentPosition(consent) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(text(root(el).getElementById(select.getAttribute('aria-describedby')!))).to.contain(
      'counts reports by area',
    );
    await expect(el).to.be.accessible();
  });

  it('sends the chosen area, which the receiver stores with the report', async () => {
    const r = await startReceiver();
    const el = await form(r.endpoint, AREAS);
    await answerAll(el);
    await pick(el, 'zuid');
    await choose(el, CONSENT);
    await submit(el);
    const payload = await stored(r);
    expect(payload.area).to.equal('zuid');
    await until(() => heading(el) === 'Report sent');
  });

  it('sends no area when the person would rather not say', async () => {
    const r = await startReceiver();
    const el = await form(r.endpoint, AREAS);
    await answerAll(el);
    await pick(el, 'noord');
    await pick(el, '');
    await choose(el, CONSENT);
    await submit(el);
    const payload = await stored(r);
    expect(payload).not.to.have.property('area');
  });

  it('ignores a list that is not valid, says why in the console, and does not ask', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      for (const bad of [
        '[{"id":"Noord","label":"Noord"}]',
        '[{"id":"unspecified","label":"Elsewhere"}]',
        '[{"id":"noord","label":""}]',
        '[{"id":"noord","label":"A"},{"id":"noord","label":"B"}]',
        'noord=Noord',
      ]) {
        const el = await form('/nowhere', bad);
        await answerAll(el);
        expect(areaSelect(el), bad).to.equal(null);
      }
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.includes('<hrc-report-form areas>'))).to.have.length(5);
  });

  it('shows the area in the report as text', async () => {
    const el = await form('/nowhere', AREAS);
    await answerAll(el);
    await pick(el, 'noord');
    // The text that "Copy the report" and "Download as text" give when sending fails.
    const later = await import('./report-form.later.js');
    const ctx = (el as unknown as { context(): Parameters<typeof later.reportText>[0] }).context();
    expect(later.reportText(ctx)).to.contain(`${QUESTION}\nNoord`);
  });

  it('in a sealed report, the area is inside the ciphertext and nothing is readable', async () => {
    const r = await startReceiver();
    const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, [
      'deriveBits',
    ]);
    const { x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
    const key: OfficeKey = {
      kid: 'office-2026',
      privateKey: pair.privateKey,
      publicJwk: { kty: 'EC', crv: 'P-256', x: x!, y: y!, kid: 'office-2026' },
    };
    const el = await form(r.endpoint, AREAS, JSON.stringify(key.publicJwk));
    await answerAll(el);
    await pick(el, 'noord');
    await choose(el, CONSENT_SEALED);
    await submit(el);
    let bodies: string[] = [];
    await until(async () => (bodies = (await r.state()).bodies).length >= 1);
    const envelope = JSON.parse(bodies[0]!) as Record<string, unknown>;
    expect(envelope).not.to.have.property('statistics');
    expect(bodies[0]).not.to.contain('noord');
    const report = reportSchema.parse(await openEnvelope(envelope, key));
    expect(report.area).to.equal('noord');
  });
});
