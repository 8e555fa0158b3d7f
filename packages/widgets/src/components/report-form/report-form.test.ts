import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/hrc-report-form.js';
import { HrcReportForm } from './report-form.js';
import {
  $,
  answerAll,
  byLabel,
  choose,
  focused,
  heading,
  inlineErrors,
  root,
  startReceiver,
  submit,
  summaryItems,
  text,
  type,
  until,
} from './test-helpers.js';

const form = (lang = 'en') =>
  fixture<HrcReportForm>(
    html`<hrc-report-form
      lang=${lang}
      office-name="Anti-discrimination office"
      privacy-url="https://example.org/privacy"
      quick-exit-url="https://example.org/weather"
    ></hrc-report-form>`,
  );

describe('<hrc-report-form>', () => {
  it('renders its first step once where nobody sees it when preparing, leaving the page as it was', async () => {
    const before = document.body.innerHTML;
    await HrcReportForm.prepare([]);
    expect(document.body.innerHTML).to.equal(before);
  });

  it('starts at step 1 with the domains from the content data, and shows no errors yet', async () => {
    const el = await form();
    expect(heading(el)).to.equal('Step 1 of 5 What happened?');
    expect(byLabel(el, 'Public space and transport').type).to.equal('radio');
    await type(el, 'Describe what happened', 'x');
    await type(el, 'Describe what happened', '');
    expect($(el, '.error-summary')).to.equal(null);
    expect(inlineErrors(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows a focused error summary after next, linked to fields, with matching inline messages', async () => {
    const el = await form();
    await submit(el);
    const summary = $(el, '.error-summary')!;
    expect(focused(el)).to.equal(summary);
    expect(summaryItems(el)).to.deep.equal([
      'Describe what happened',
      'Enter when it happened: at least the month and the year',
      'Choose where it happened',
    ]);
    expect(inlineErrors(el)).to.deep.equal(summaryItems(el));
    expect(byLabel(el, 'Describe what happened').getAttribute('aria-invalid')).to.equal('true');
    // An empty date marks what it needs, month and year; the day may stay empty.
    const invalid = (label: string) => byLabel(el, label).getAttribute('aria-invalid');
    expect([invalid('Day'), invalid('Month'), invalid('Year')]).to.deep.equal(['false', 'true', 'true']);
    await expect(el).to.be.accessible();

    root(el).querySelectorAll<HTMLAnchorElement>('.error-summary a')[2]!.click();
    expect(focused(el)).to.equal(byLabel(el, 'Work'));
    expect(heading(el)).to.contain('Step 1 of 5');
  });

  it('points "Other" without a description at its description field', async () => {
    const el = await form();
    await type(el, 'Describe what happened', 'Refused at the door');
    await type(el, 'Month', '5');
    await type(el, 'Year', '2024');
    await choose(el, 'Work');
    await submit(el);
    await choose(el, 'Other');
    await submit(el);
    expect(summaryItems(el)).to.deep.equal(['Describe the other reason, or untick “Other”']);
    expect(inlineErrors(el)).to.deep.equal(summaryItems(el));
    const link = root(el).querySelector<HTMLAnchorElement>('.error-summary a')!;
    expect(link.getAttribute('href')).to.equal('#ground-other');
    link.click();
    expect(focused(el)).to.equal(byLabel(el, 'Describe the other reason'));
    expect(byLabel(el, 'Describe the other reason').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('links the contact hint to the e-mail and phone fields, and marks missing consent invalid', async () => {
    const el = await form();
    await answerAll(el, { email: 'me@example.org', wish: 'Advice about what I can do' });
    await submit(el);
    expect(summaryItems(el)).to.deep.equal(['Confirm that the office may use your report']);
    expect($(el, '#consent')!.getAttribute('aria-invalid')).to.equal('true');
    root(el).querySelector<HTMLButtonElement>('.summary-row:last-child .link')!.click();
    await el.updateComplete;
    const hint = $(el, '#contact-hint')!;
    expect(text(hint)).to.equal('Give an e-mail address, a phone number or both.');
    for (const label of ['E-mail address', 'Phone number']) {
      expect(byLabel(el, label).getAttribute('aria-describedby')!.split(' ')).to.include('contact-hint');
    }
  });

  it('puts each "Change" on the line of its answer', async () => {
    const el = await form();
    el.style.width = '40rem';
    await answerAll(el);
    for (const row of root(el).querySelectorAll('.summary-row')) {
      const value = row.querySelector('.summary-value')!.getBoundingClientRect();
      const change = row.querySelector('.link')!.getBoundingClientRect();
      expect(Math.abs(change.top - value.top), text(row)).to.be.below(4);
    }
  });

  it('shows each answer in the direction of its own text', async () => {
    const el = await form();
    await answerAll(el);
    const value = () => root(el).querySelector<HTMLElement>('.summary-row .summary-value')!;
    expect(getComputedStyle(value()).direction).to.equal('ltr');
    // The description typed again in Arabic reads right to left on this English form.
    root(el).querySelector<HTMLButtonElement>('.summary-row .link')!.click();
    await el.updateComplete;
    await type(el, 'Describe what happened', 'رفض المالك أن يؤجر لي بسبب اسمي.');
    await submit(el);
    expect(heading(el)).to.contain('Check your answers');
    expect(text(value())).to.equal('رفض المالك أن يؤجر لي بسبب اسمي.');
    expect(getComputedStyle(value()).direction).to.equal('rtl');
    expect(getComputedStyle(root(el).querySelector('.summary')!).direction).to.equal('ltr');
  });

  it('gives its headings the levels the page asks for', async () => {
    const el = await fixture<HrcReportForm>(
      html`<hrc-report-form lang="en" heading-level="3"></hrc-report-form>`,
    );
    expect($(el, '.h-title')!.localName).to.equal('h3');
    await submit(el);
    expect($(el, '.error-summary .h-section')!.localName).to.equal('h4');
    expect(focused(el)).to.equal($(el, '.error-summary'));
  });

  it('refuses a date in the future and accepts a rough month and year', async () => {
    const el = await form();
    const next = new Date().getFullYear() + 1;
    await type(el, 'Describe what happened', 'Something happened');
    await type(el, 'Day', '1');
    await type(el, 'Month', '1');
    await type(el, 'Year', String(next));
    await choose(el, 'Work');
    await submit(el);
    expect(summaryItems(el)).to.deep.equal(['The date must be today or in the past']);
    await type(el, 'Day', '');
    await type(el, 'Year', '2023');
    await submit(el);
    expect(heading(el)).to.equal('Step 2 of 5 Why do you think this happened?');
    expect(focused(el)).to.equal($(el, '.h-title'));
  });

  it('walks every step, keeps answers going back, and checks each step’s rules', async () => {
    const el = await form();
    await type(el, 'Describe what happened', 'Refused at the door');
    await type(el, 'Month', '5');
    await type(el, 'Year', '2024');
    await choose(el, 'Shops and hospitality');
    await submit(el);

    await submit(el);
    expect(summaryItems(el)).to.deep.equal([
      'Choose at least one reason, “I don’t know” or “Other” with a description',
    ]);
    await expect(el).to.be.accessible();
    await choose(el, 'Other');
    await type(el, 'Describe the other reason', 'My hairstyle');
    await submit(el);
    expect(heading(el)).to.contain('Step 3 of 5');
    await expect(el).to.be.accessible();

    await choose(el, 'I report on behalf of an organisation');
    await submit(el);
    expect(summaryItems(el)).to.deep.equal(['Enter the name of the organisation']);
    await type(el, 'Name of the organisation', 'Residents’ association');
    await submit(el);
    expect(heading(el)).to.contain('Step 4 of 5');
    await expect(el).to.be.accessible();

    await choose(el, 'No, I want to stay anonymous');
    await choose(el, 'Advice about what I can do');
    await submit(el);
    expect(summaryItems(el)).to.deep.equal([
      'For advice or help we need to reach you: choose “Yes, contact me” in the question above',
    ]);
    await choose(el, 'Yes, contact me');
    await submit(el);
    expect(summaryItems(el)).to.deep.equal(['Enter an e-mail address or a phone number']);
    await expect(el).to.be.accessible();
    await type(el, 'E-mail address', 'not-an-address');
    await submit(el);
    expect(summaryItems(el)).to.deep.equal([
      'Enter an e-mail address in the right format, like name@example.org',
    ]);
    await type(el, 'E-mail address', '');
    await type(el, 'Phone number', '+31 20 123 4567');
    await submit(el);
    expect(heading(el)).to.contain('Step 5 of 5');
    await expect(el).to.be.accessible();

    // Back keeps every answer.
    $<HTMLButtonElement>(el, '.actions .button--secondary')!.click();
    await el.updateComplete;
    expect(byLabel(el, 'Phone number').value).to.equal('+31 20 123 4567');
    expect(byLabel(el, 'Yes, contact me').checked).to.equal(true);
    for (let i = 0; i < 3; i++) {
      $<HTMLButtonElement>(el, '.actions .button--secondary')!.click();
      await el.updateComplete;
    }
    expect(heading(el)).to.contain('Step 1 of 5');
    expect(byLabel(el, 'Describe what happened').value).to.equal('Refused at the door');
    expect(byLabel(el, 'Shops and hospitality').checked).to.equal(true);
  });

  it('lists the answers with change links that come back to the check step', async () => {
    const el = await form();
    await answerAll(el);
    const summary = text($(el, '.summary'));
    expect(summary).to.contain('The landlord refused to rent to me');
    expect(summary).to.contain('3-2-2024');
    expect(summary).to.contain('Ethnic or social origin');
    expect(summary).to.contain('No, I want to stay anonymous');
    // A report that is not sealed is counted under the consent: no separate box.
    expect($(el, '#statistics')).to.equal(null);
    expect(text(root(el))).not.to.contain('Count my report');
    await expect(el).to.be.accessible();

    const change = [...root(el).querySelectorAll<HTMLButtonElement>('.summary button')].find((b) =>
      text(b).includes('Where did it happen'),
    )!;
    change.click();
    await el.updateComplete;
    expect(heading(el)).to.contain('Step 1 of 5');
    expect(focused(el)).to.equal($(el, '.h-title'));
    await type(el, 'Where did it happen? (optional)', 'Station square');
    await submit(el);
    expect(heading(el)).to.contain('Step 5 of 5');
    expect(text($(el, '.summary'))).to.contain('Station square');

    await submit(el);
    expect(summaryItems(el)).to.deep.equal(['Confirm that the office may use your report']);
    expect(focused(el)).to.equal($(el, '.error-summary'));
    await expect(el).to.be.accessible();
  });

  it('preselects the ground given as attribute or as ?ground= in the page address', async () => {
    const el = await fixture<HrcReportForm>(html`<hrc-report-form lang="en" ground="age"></hrc-report-form>`);
    await type(el, 'Describe what happened', 'x');
    await type(el, 'Month', '1');
    await type(el, 'Year', '2024');
    await choose(el, 'Work');
    await submit(el);
    expect(byLabel(el, 'Age').checked).to.equal(true);

    const before = location.href;
    history.replaceState(null, '', `${location.pathname}${location.search}&ground=disability`);
    try {
      const fromUrl = await fixture<HrcReportForm>(html`<hrc-report-form lang="en"></hrc-report-form>`);
      history.replaceState(null, '', before);
      await answerAll(fromUrl);
      expect(text($(fromUrl, '.summary'))).to.contain('Disability');
      const ignored = await fixture<HrcReportForm>(
        html`<hrc-report-form ground="not-a-ground"></hrc-report-form>`,
      );
      await answerAll(ignored);
      expect(text($(ignored, '.summary'))).not.to.contain('not-a-ground');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('speaks Dutch with Dutch content and Dutch messages', async () => {
    const el = await form('nl');
    expect(heading(el)).to.equal('Stap 1 van 5 Wat is er gebeurd?');
    expect(byLabel(el, 'Openbare ruimte en vervoer').type).to.equal('radio');
    await submit(el);
    expect(summaryItems(el)[0]).to.equal('Beschrijf wat er gebeurde');
    expect(text($(el, '.error-summary h3'))).to.equal('Er is een probleem');
    expect(text($(el, '.exit button'))).to.equal('Snel deze pagina verlaten');
    await expect(el).to.be.accessible();
  });

  it('asks the equality questions only when the city turns them on, collapsed', async () => {
    const off = await form();
    await answerAll(off);
    expect(text(root(off))).not.to.contain('Optional questions about you');

    const on = await fixture<HrcReportForm>(
      html`<hrc-report-form lang="en" ask-equality-data></hrc-report-form>`,
    );
    await type(on, 'Describe what happened', 'x');
    await type(on, 'Month', '1');
    await type(on, 'Year', '2024');
    await choose(on, 'Work');
    await submit(on);
    await choose(on, 'Age');
    await submit(on);
    const details = $<HTMLDetailsElement>(on, 'details')!;
    expect(details.open).to.equal(false);
    expect(text(details.querySelector('summary'))).to.equal('Optional questions about you');
    details.open = true;
    expect(root(on).querySelectorAll('details fieldset').length).to.equal(4);
    expect(
      [...root(on).querySelectorAll('details label')].filter((l) => text(l) === 'Prefer not to say').length,
    ).to.equal(4);
    await expect(on).to.be.accessible();
    await choose(on, 'It happened to me');
    await choose(on, 'Prefer not to say');
    await submit(on);
    expect(heading(on)).to.contain('Step 4 of 5');
  });

  it('quick exit wipes the answers and hands the page over (button and Shift ×3)', async () => {
    const el = await form();
    await type(el, 'Describe what happened', 'Sensitive words');
    const exit = $<HTMLButtonElement>(el, '.exit button')!;
    // Cancel the navigation so the test page stays; the real replace is tested in a frame below.
    el.addEventListener('hrc-quick-exit', (e) => e.preventDefault(), { once: true });
    setTimeout(() => exit.click());
    const event = await oneEvent(el, 'hrc-quick-exit');
    expect(event.detail.url).to.equal('https://example.org/weather');
    await el.updateComplete;
    expect(text(root(el))).to.equal('');

    const again = await form();
    await type(again, 'Describe what happened', 'Sensitive words');
    again.addEventListener('hrc-quick-exit', (e) => e.preventDefault(), { once: true });
    byLabel(again, 'Describe what happened').focus();
    const pressed = oneEvent(again, 'hrc-quick-exit');
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    await pressed;
    await again.updateComplete;
    expect(text(root(again))).to.equal('');
  });

  it('quick exit replaces the page, so Back does not return to the form', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'test frame';
    document.body.append(frame);
    const loaded = () => new Promise((r) => frame.addEventListener('load', r, { once: true }));
    try {
      let load = loaded();
      frame.src = '/test/browser/quick-exit/start.html';
      await load;
      load = loaded();
      frame.src = '/test/browser/quick-exit/form.html';
      await load;
      const win = frame.contentWindow!;
      await win.customElements.whenDefined('hrc-report-form');
      const inner = win.document.querySelector('hrc-report-form') as HrcReportForm;
      await inner.updateComplete;
      await type(inner, 'Describe what happened', 'Sensitive words');
      const length = win.history.length;
      load = loaded();
      $<HTMLButtonElement>(inner, '.exit button')!.click();
      await load;
      expect(frame.contentWindow!.location.pathname).to.equal('/test/browser/quick-exit/exit.html');
      // Replaced, not pushed: the history did not grow, so Back cannot lead to the form.
      expect(frame.contentWindow!.history.length).to.equal(length);
    } finally {
      frame.remove();
    }
  });

  it('warns before unloading an unsent report, and only then', async () => {
    const el = await form();
    const unload = () => {
      const e = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(unload()).to.equal(false);
    await type(el, 'Describe what happened', 'Something');
    expect(unload()).to.equal(true);
    el.remove();
    expect(unload()).to.equal(false);
  });

  it('offers a sealed report an optional, unticked "count my report" box, labelled and used with the keyboard', async () => {
    const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
    const { x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
    const el = await fixture<HrcReportForm>(
      html`<hrc-report-form
        lang="en"
        office-name="Anti-discrimination office"
        seal-key=${JSON.stringify({ kty: 'EC', crv: 'P-256', x, y, kid: 'office-2026' })}
      ></hrc-report-form>`,
    );
    await answerAll(el);
    const box = byLabel(
      el,
      'Count my report in the statistics that Anti-discrimination office publishes (optional)',
    );
    expect(box.type).to.equal('checkbox');
    expect(box.checked).to.equal(false);
    // The hint says what is kept readable and what never is; no area is asked, so none is named.
    const hint = root(el).getElementById(box.getAttribute('aria-describedby')!);
    expect(text(hint)).to.equal(
      'If you tick this box, these answers are kept readable next to your report, which only the office can open: the month, the area of life, why you think you were treated differently, who you are in this report and what you want the office to do. Never your description, your name or your contact details.',
    );
    await expect(el).to.be.accessible();
    // Reached with Tab, before the consent; Space ticks and unticks it.
    // A sealed form's consent names handling alone: statistics are this box's to give.
    const consent = byLabel(el, 'I agree that Anti-discrimination office uses my report to handle it.');
    consent.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(el)).to.equal(box);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(box.checked).to.equal(true);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(box.checked).to.equal(false);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    // The choice stays when the person changes an answer and comes back.
    const change = [...root(el).querySelectorAll<HTMLButtonElement>('.summary button')][0]!;
    change.click();
    await el.updateComplete;
    await submit(el);
    expect(heading(el)).to.contain('Step 5 of 5');
    expect(
      byLabel(el, 'Count my report in the statistics that Anti-discrimination office publishes (optional)')
        .checked,
    ).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('can be completed with the keyboard alone', async () => {
    const { endpoint } = await startReceiver();
    const el = await fixture<HrcReportForm>(
      html`<hrc-report-form lang="en" endpoint=${endpoint}></hrc-report-form>`,
    );
    const tabTo = async (label: string) => {
      const target = byLabel(el, label);
      for (let i = 0; i < 80 && focused(el) !== target; i++) await sendKeys({ press: 'Tab' });
      expect(focused(el), label).to.equal(target);
    };
    const submitButton = async () => {
      for (let i = 0; i < 80 && focused(el)?.getAttribute('type') !== 'submit'; i++)
        await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    };
    el.focus();
    await tabTo('Describe what happened');
    await sendKeys({ type: 'Called names on the tram.' });
    await tabTo('Month');
    await sendKeys({ type: '6' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '2024' });
    await tabTo('Work');
    await sendKeys({ press: 'ArrowDown' }); // radios move with arrow keys: Housing
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' }); // Public space and transport
    await submitButton();
    expect(heading(el)).to.contain('Step 2 of 5');
    expect(focused(el)).to.equal($(el, '.h-title'));
    await tabTo('Colour');
    await sendKeys({ press: 'Space' });
    await submitButton();
    // Tab reaches a radio group once; arrow keys choose within it.
    await tabTo('It happened to me');
    await sendKeys({ press: 'ArrowDown' });
    expect(byLabel(el, 'I saw it happen to someone else').checked).to.equal(true);
    await submitButton();
    await tabTo('No, I want to stay anonymous');
    await sendKeys({ press: 'Space' });
    await tabTo('Only register it');
    await sendKeys({ press: 'Space' });
    await submitButton();
    expect(heading(el)).to.contain('Step 5 of 5');
    expect(text($(el, '.summary'))).to.contain('Public space and transport');
    await tabTo(
      'I agree that the office uses my report to handle it and, without my name or contact details, for statistics.',
    );
    await sendKeys({ press: 'Space' });
    await submitButton();
    await until(() => heading(el) === 'Report sent');
    expect(focused(el)).to.equal($(el, '.h-title'));
    expect(text($(el, '.reference'))).to.match(/^HRC-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  });
});
