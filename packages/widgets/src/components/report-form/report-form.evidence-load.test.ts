// The evidence field's code is not on the first step's loading path: this file imports nothing of it,
// so the only way it reaches the page is the form asking for it (report-form.evidence-host.ts).
import { expect, fixture, html } from '@open-wc/testing';
import '../../define/hrc-report-form.js';
import type { HrcReportForm } from './report-form.js';
import { $, choose, heading, root, submit, text, type, until } from './test-helpers.js';

const loaded = (name: string) => performance.getEntriesByType('resource').some((e) => e.name.includes(name));

async function sealKey(): Promise<string> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
  const { x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return JSON.stringify({ kty: 'EC', crv: 'P-256', x, y, kid: 'office-1' });
}

describe('<hrc-report-form evidence> loading', () => {
  it('shows the field on the third step only, loading its code there and not before', async () => {
    const el = await fixture<HrcReportForm>(
      html`<hrc-report-form
        lang="en"
        endpoint="/nowhere"
        evidence
        seal-key=${await sealKey()}
      ></hrc-report-form>`,
    );
    expect(loaded('report-form.evidence.')).to.equal(false);
    expect(loaded('report-form.reencode')).to.equal(false);
    await type(el, 'Describe what happened', 'The landlord refused to rent to me because of my name.');
    await type(el, 'Month', '2');
    await type(el, 'Year', '2024');
    await choose(el, 'Housing');
    await submit(el);
    expect(loaded('report-form.evidence.')).to.equal(false);
    await choose(el, 'Ethnic or social origin');
    await submit(el);
    expect(heading(el)).to.contain('Who are you');
    await until(() => Boolean($(el, '#evidence')));
    expect(loaded('report-form.evidence.')).to.equal(true);
    expect(text(root(el).querySelector('label[for=evidence]'))).to.equal(
      'Screenshots, photos or documents (optional)',
    );
    await expect(el).to.be.accessible();
  });
});
