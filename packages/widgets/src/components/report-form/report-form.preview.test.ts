// The form as a preview in an editor, the quick-exit shortcut, and addresses that must never be
// followed: quick exit, the endpoint and the links the form shows.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/hrc-report-form.js';
import type { HrcReportForm } from './report-form.js';
import { $, answerAll, byLabel, choose, root, submit, text, type, until } from './test-helpers.js';

const TAB_SCRIPT = 'java\tscript:alert(1)';
const CONSENT =
  'I agree that the office uses my report to handle it and, without my name or contact details, for statistics.';

/** An address this test server answers with 404: enough to see whether the form made a request. */
const unusedEndpoint = () => `/__hrc-no-receiver/${crypto.randomUUID()}/reports`;
const requested = (endpoint: string) =>
  performance.getEntriesByName(new URL(endpoint, location.href).href).length;

/** Quick-exit events from `el` until `ms` pass; each is cancelled so the test page stays. */
async function exitsWithin(el: HrcReportForm, act: () => Promise<void> | void, ms = 50): Promise<string[]> {
  const urls: string[] = [];
  const onExit = (e: Event) => {
    e.preventDefault();
    urls.push((e as CustomEvent<{ url: string }>).detail.url);
  };
  el.addEventListener('hrc-quick-exit', onExit);
  try {
    await act();
    await new Promise((r) => setTimeout(r, ms));
  } finally {
    el.removeEventListener('hrc-quick-exit', onExit);
  }
  return urls;
}

const shiftThrice = async () => {
  for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
};

/** A page in a frame with only a report form on it, loaded from the kit's source. */
async function framedForm(attributes: string) {
  const frame = document.createElement('iframe');
  frame.title = 'test frame';
  const loaded = () => new Promise((r) => frame.addEventListener('load', r, { once: true }));
  let load = loaded();
  frame.srcdoc =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Form</title></head><body>' +
    '<script type="module" src="/packages/widgets/src/define/hrc-report-form.ts"></script>' +
    `<hrc-report-form ${attributes}></hrc-report-form></body></html>`;
  document.body.append(frame);
  await load;
  const win = frame.contentWindow!;
  await win.customElements.whenDefined('hrc-report-form');
  const el = win.document.querySelector('hrc-report-form') as HrcReportForm;
  await el.updateComplete;
  load = loaded();
  return { frame, el, nextLoad: load };
}

describe('<hrc-report-form> quick exit and preview', function () {
  // Real key presses through the browser take their time on a busy machine.
  this.timeout(30_000);
  afterEach(() => {
    delete (window as { __hrcRan?: unknown }).__hrcRan;
  });

  it('never follows a script address from quick-exit-url: the page is replaced by an empty one', async () => {
    const { frame, el, nextLoad } = await framedForm(
      'quick-exit-url="javascript:parent.__hrcRan=1" endpoint="/__hrc-no-receiver/x/reports"',
    );
    try {
      const warned: unknown[] = [];
      const { console: frameConsole } = frame.contentWindow as unknown as typeof globalThis;
      const warn = frameConsole.warn;
      frameConsole.warn = (...args: unknown[]) => void warned.push(args[0]);
      await type(el, 'Describe what happened', 'Sensitive words');
      $<HTMLButtonElement>(el, '.exit button')!.click();
      await Promise.race([nextLoad, new Promise((r) => setTimeout(r, 2000))]);
      frameConsole.warn = warn;
      expect((window as { __hrcRan?: unknown }).__hrcRan, 'no script ran').to.equal(undefined);
      expect(frame.contentWindow!.location.href).to.equal('about:blank');
      expect(warned.map(String)).to.deep.equal([
        '<hrc-report-form quick-exit-url>: "javascript:parent.__hrcRan=1" is ignored; use http(s) or a relative address.',
      ]);
    } finally {
      frame.remove();
    }
  });

  it('goes to an empty page for any unsafe quick-exit-url, however it is written', async () => {
    const hostile = [
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      '\u0001 javascript:alert(1)',
      'javascript&colon;alert(1)',
      '&#106;avascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
    ];
    for (const value of hostile) {
      const el = await fixture<HrcReportForm>(
        html`<hrc-report-form lang="en" quick-exit-url=${value}></hrc-report-form>`,
      );
      const urls = await exitsWithin(el, () => $<HTMLButtonElement>(el, '.exit button')!.click(), 0);
      expect(urls, JSON.stringify(value)).to.deep.equal(['about:blank']);
    }
    const ok = await fixture<HrcReportForm>(
      html`<hrc-report-form quick-exit-url="/weather"></hrc-report-form>`,
    );
    const urls = await exitsWithin(ok, () => $<HTMLButtonElement>(ok, '.exit button')!.click(), 0);
    expect(urls).to.deep.equal([new URL('/weather', location.href).href]);
  });

  it('does not link unsafe office or privacy addresses, and does not send to an unsafe endpoint', async () => {
    const el = await fixture<HrcReportForm>(
      html`<hrc-report-form
        lang="en"
        endpoint="javascript:alert(1)"
        office-url="data:text/html,x"
        office-phone="020 123 45 67"
        privacy-url=${TAB_SCRIPT}
      ></hrc-report-form>`,
    );
    await answerAll(el);
    expect([...root(el).querySelectorAll('a')].map((a) => a.href)).to.deep.equal([]);
    await choose(el, CONSENT);
    await submit(el);
    expect(text($(el, '.send-status'))).to.contain('This form has no address to send reports to.');
    // The confirmation (as after a send) links the office's phone but not its unsafe web address.
    (el as unknown as { receipt: unknown }).receipt = { reference: 'HRC-2345-6789', receivedAt: '' };
    await el.updateComplete;
    expect([...root(el).querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:0201234567',
    ]);
  });

  it('links a mailto office address, which is an address to contact', async () => {
    const el = await fixture<HrcReportForm>(
      html`<hrc-report-form lang="en" office-url="mailto:office@city.example"></hrc-report-form>`,
    );
    (el as unknown as { receipt: unknown }).receipt = { reference: 'HRC-2345-6789', receivedAt: '' };
    await el.updateComplete;
    expect([...root(el).querySelectorAll('a')].map((a) => a.href)).to.deep.equal([
      'mailto:office@city.example',
    ]);
  });

  it('as a preview sends nothing, and its quick exit neither navigates on a click nor on Shift ×3', async () => {
    const endpoint = unusedEndpoint();
    const el = await fixture<HrcReportForm>(
      html`<hrc-report-form
        lang="en"
        preview
        endpoint=${endpoint}
        quick-exit-url="/weather"
      ></hrc-report-form>`,
    );
    const exit = $<HTMLButtonElement>(el, '.exit button')!;
    const note = text(root(el).getElementById(exit.getAttribute('aria-describedby')!));
    expect(note).to.equal('Preview: this form sends nothing, and quick exit stays on this page.');
    expect(text(root(el))).not.to.contain('Shift');
    await type(el, 'Describe what happened', 'Typed in the editor');
    expect(
      await exitsWithin(el, async () => {
        exit.click();
        byLabel(el, 'Describe what happened').focus();
        await shiftThrice();
        (document.activeElement as HTMLElement | null)?.blur();
        await shiftThrice();
      }),
    ).to.deep.equal([]);
    expect(byLabel(el, 'Describe what happened').value).to.equal('Typed in the editor');

    await answerAll(el);
    await choose(el, CONSENT);
    await submit(el);
    await new Promise((r) => setTimeout(r, 300));
    expect(text($(el, '.send-status'))).to.equal(note);
    expect(text(root(el))).not.to.contain('Download as JSON');
    expect(requested(endpoint), 'no request').to.equal(0);
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented, 'a preview does not hold the page').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('sends and exits again once it is no longer a preview (the same endpoint is requested)', async () => {
    const endpoint = unusedEndpoint();
    const el = await fixture<HrcReportForm>(
      html`<hrc-report-form lang="en" preview endpoint=${endpoint}></hrc-report-form>`,
    );
    el.preview = false;
    await el.updateComplete;
    expect(text(root(el))).to.contain('Or press the Shift key 3 times.');
    await answerAll(el);
    await choose(el, CONSENT);
    await submit(el);
    await until(() => requested(endpoint) > 0);
    expect(await exitsWithin(el, shiftThrice)).to.deep.equal(['about:blank']);
  });

  it('with quick-exit-shortcut="off" keeps the button but does not listen for Shift', async () => {
    const el = await fixture<HrcReportForm>(
      html`<hrc-report-form lang="en" quick-exit-shortcut="off" quick-exit-url="/weather"></hrc-report-form>`,
    );
    expect(text(root(el))).not.to.contain('Shift');
    expect(await exitsWithin(el, shiftThrice)).to.deep.equal([]);
    const weather = new URL('/weather', location.href).href;
    expect(await exitsWithin(el, () => $<HTMLButtonElement>(el, '.exit button')!.click(), 0)).to.deep.equal([
      weather,
    ]);
  });

  it('on a public page exits on Shift ×3, but not while someone types in a field outside the form', async () => {
    // The form is the fixture, so the fixture waits for its update, not for an animation frame a
    // background page never gets. Then the page gets a search field and an editable area before it.
    const page = document.createElement('div');
    const el = await fixture<HrcReportForm>(
      html`<hrc-report-form lang="en" quick-exit-url="/weather"></hrc-report-form>`,
      { parentNode: page },
    );
    const label = document.createElement('label');
    label.append('Search ', Object.assign(document.createElement('input'), { id: 'search' }));
    const editable = document.createElement('div');
    Object.assign(editable, { id: 'editable', contentEditable: 'true', textContent: 'Editable text' });
    page.prepend(label, editable);
    for (const id of ['search', 'editable']) {
      page.querySelector<HTMLElement>(`#${id}`)!.focus();
      expect(await exitsWithin(el, shiftThrice), id).to.deep.equal([]);
    }
    // Two presses outside and one inside are not three in a row.
    page.querySelector<HTMLElement>('#search')!.focus();
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    byLabel(el, 'Describe what happened').focus();
    expect(await exitsWithin(el, () => sendKeys({ press: 'Shift' }))).to.deep.equal([]);
    const weather = new URL('/weather', location.href).href;
    expect(await exitsWithin(el, shiftThrice)).to.deep.equal([weather]);
  });

  it('on a public page exits on Shift ×3 with the focus on the page itself', async () => {
    const el = await fixture<HrcReportForm>(html`<hrc-report-form lang="en"></hrc-report-form>`);
    (document.activeElement as HTMLElement | null)?.blur();
    const exited = oneEvent(el, 'hrc-quick-exit');
    el.addEventListener('hrc-quick-exit', (e) => e.preventDefault(), { once: true });
    await shiftThrice();
    expect((await exited).detail.url).to.equal('about:blank');
  });
});
