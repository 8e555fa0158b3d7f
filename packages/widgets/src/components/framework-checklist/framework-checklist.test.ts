import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/hrc-framework-checklist.js';
import { HrcFrameworkChecklist } from './framework-checklist.js';
import { ChecklistChangeEvent } from './framework-checklist.types.js';
import { STORAGE_FORMAT } from './storage.js';
import { all, button, openDetails, q, selectValue, text, typeInto } from './test-helpers.js';

const KEY = 'hrc-test-checklist';

const storedValues = () =>
  Array.from({ length: localStorage.length }, (_, i) => localStorage.getItem(localStorage.key(i)!) ?? '');

describe('<hrc-framework-checklist>', () => {
  // Only this file's key: other test files run beside this one in the same origin.
  beforeEach(() => localStorage.removeItem(KEY));
  afterEach(() => localStorage.removeItem(KEY));

  it('renders its progress view once where nobody sees it when preparing, leaving the page as it was', async () => {
    const before = document.body.innerHTML;
    await HrcFrameworkChecklist.prepare([]);
    expect(document.body.innerHTML).to.equal(before);
  });

  it('shows the three layers and the 20 elements, accessibly', async () => {
    const el = await fixture<HrcFrameworkChecklist>(
      html`<hrc-framework-checklist lang="en"></hrc-framework-checklist>`,
    );
    expect(all(el, 'section.layer h3').map(text)).to.deep.equal(
      all(el, 'section.layer h3').map(text).filter(Boolean),
    );
    expect(all(el, 'section.layer')).to.have.length(3);
    expect(all(el, 'li.element')).to.have.length(20);
    expect(all(el, 'select[id^="status-"]')).to.have.length(20);
    expect(text(q(el, '.overall'))).to.equal('0 of 20 applicable elements in place (0%).');
    await expect(el).to.be.accessible();
  });

  it('gives its headings the levels the page asks for', async () => {
    const el = await fixture<HrcFrameworkChecklist>(
      html`<hrc-framework-checklist lang="en" heading-level="3"></hrc-framework-checklist>`,
    );
    expect(q(el, '.h-title').localName).to.equal('h3');
    expect(all(el, 'section.layer .h-section').map((h) => h.localName)).to.deep.equal(['h4', 'h4', 'h4']);
    expect(new Set(all(el, 'li.element .h-card').map((h) => h.localName))).to.deep.equal(new Set(['h5']));
    expect(q(el, '#progress-title').localName).to.equal('h4');
  });

  it('names each status select after its element', async () => {
    const el = await fixture<HrcFrameworkChecklist>(
      html`<hrc-framework-checklist lang="en"></hrc-framework-checklist>`,
    );
    const names = all(el, 'select[id^="status-"]').map((select) =>
      select
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => text(el.shadowRoot!.getElementById(id)!))
        .join(' '),
    );
    expect(names).to.have.length(20);
    expect(new Set(names).size).to.equal(20);
    for (const [i, title] of all(el, 'li.element h4').map(text).entries()) {
      expect(names[i]).to.equal(`Status ${title}`);
    }
  });

  it('draws the cards over several frames, holding the place of those still to come', async () => {
    const el = document.createElement('hrc-framework-checklist') as HrcFrameworkChecklist;
    el.lang = 'en';
    const seen: { cards: number; pending: number }[] = [];
    const observer = new MutationObserver(() => {
      const root = el.shadowRoot;
      if (!root) return;
      seen.push({
        cards: root.querySelectorAll('li.element:not(.pending) select').length,
        pending: root.querySelectorAll('li.pending[aria-hidden="true"]').length,
      });
    });
    document.body.append(el);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    try {
      await el.updateComplete;
      observer.disconnect();
      const partial = seen.filter((s) => s.pending > 0);
      expect(partial.length, 'a state with cards still to come').to.be.greaterThan(0);
      for (const s of partial) expect(s.cards + s.pending).to.equal(20);
      expect(all(el, 'li.pending')).to.have.length(0);
      expect(all(el, 'select[id^="status-"]')).to.have.length(20);
    } finally {
      observer.disconnect();
      el.remove();
    }
  });

  it('speaks Dutch, with Dutch framework content', async () => {
    const el = await fixture<HrcFrameworkChecklist>(
      html`<hrc-framework-checklist lang="nl"></hrc-framework-checklist>`,
    );
    expect(text(q(el, 'h2'))).to.equal('Zelfevaluatie mensenrechtenstad');
    expect(text(q(el, 'label[for="status-eu-charter"]'))).to.equal('Status');
    expect(text(q(el, '#status-eu-charter option[value="in-place"]'))).to.equal('Gerealiseerd');
    expect(text(q(el, '.overall'))).to.contain('0 van 20 toepasselijke elementen gerealiseerd');
    expect(text(q(el, '#title-eu-charter'))).to.match(/Handvest/);
    await expect(el).to.be.accessible();
  });

  it('shows the guide of an element only when opened', async () => {
    const el = await fixture<HrcFrameworkChecklist>(
      html`<hrc-framework-checklist lang="en"></hrc-framework-checklist>`,
    );
    const details = all<HTMLDetailsElement>(el, '#title-declaration ~ details').at(-1)!;
    expect(details.querySelector('.guide')).to.equal(null);
    await openDetails(el, details);
    expect(text(details)).to.contain('How to');
    expect(details.querySelectorAll('.guide li').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('records a status and fires change with the whole assessment', async () => {
    const el = await fixture<HrcFrameworkChecklist>(
      html`<hrc-framework-checklist lang="en"></hrc-framework-checklist>`,
    );
    const select = q<HTMLSelectElement>(el, '#status-eu-charter');
    setTimeout(() => void selectValue(select, 'in-place'));
    const event = (await oneEvent(el, 'change')) as unknown as Event;
    expect(event).to.be.instanceOf(ChecklistChangeEvent);
    expect(event.composed).to.equal(true);
    const assessment = (event as ChecklistChangeEvent).assessment;
    expect(assessment.elements['eu-charter']?.status).to.equal('in-place');
    expect(assessment.schemaVersion).to.equal(2);
    await el.updateComplete;
    expect(text(q(el, '.overall'))).to.equal('1 of 20 applicable elements in place (5%).');
    const total = all(el, '.progress tbody tr:last-child > *').map(text);
    expect(total).to.deep.equal(['All elements', '19', '0', '0', '1', '0', '5%']);
    expect(text(q(el, '#title-eu-charter ~ .changed'))).to.match(/^Last changed /);
  });

  it('says which elements it leaves out of the count, in the words of the badge', async () => {
    const el = await fixture<HrcFrameworkChecklist>(
      html`<hrc-framework-checklist lang="en"></hrc-framework-checklist>`,
    );
    el.assessment = {
      ...el.assessment,
      elements: { sdgs: { status: 'not-applicable' }, declaration: { status: 'in-place' } },
    };
    await el.updateComplete;
    expect(text(q(el, '.overall'))).to.equal(
      '1 of 19 applicable elements in place (5%). Not counted: 1 marked not applicable.',
    );
  });

  it('does not fire change when a page sets the assessment', async () => {
    const el = await fixture<HrcFrameworkChecklist>(
      html`<hrc-framework-checklist lang="en"></hrc-framework-checklist>`,
    );
    let fired = 0;
    el.addEventListener('change', () => fired++);
    el.assessment = { ...el.assessment, elements: { sdgs: { status: 'planned' } } };
    await el.updateComplete;
    expect(q<HTMLSelectElement>(el, '#status-sdgs').value).to.equal('planned');
    expect(fired).to.equal(0);
  });

  it('keeps a bad evidence link in the fields with a message, and adds a good one', async () => {
    const el = await fixture<HrcFrameworkChecklist>(
      html`<hrc-framework-checklist lang="en"></hrc-framework-checklist>`,
    );
    let fired = 0;
    el.addEventListener('change', () => fired++);
    const details = q<HTMLDetailsElement>(el, '#title-sdgs ~ details');
    await openDetails(el, details);
    await typeInto(q<HTMLInputElement>(el, '#ev-label-sdgs'), 'Council decision');
    await typeInto(q<HTMLInputElement>(el, '#ev-url-sdgs'), 'javascript:alert(1)');
    button(el, 'Add link').click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'ev-url-sdgs');
    const url = q<HTMLInputElement>(el, '#ev-url-sdgs');
    expect(url.value).to.equal('javascript:alert(1)');
    expect(url.getAttribute('aria-invalid')).to.equal('true');
    expect(text(q(el, '#ev-url-err-sdgs'))).to.contain('https://');
    expect(q<HTMLInputElement>(el, '#ev-label-sdgs').value).to.equal('Council decision');
    expect(el.assessment.elements.sdgs).to.equal(undefined);
    expect(fired).to.equal(0);
    await expect(el).to.be.accessible();

    await typeInto(url, 'https://middelstad.example/raad');
    button(el, 'Add link').click();
    await el.updateComplete;
    expect(el.assessment.elements.sdgs?.evidence).to.deep.equal([
      { label: 'Council decision', url: 'https://middelstad.example/raad' },
    ]);
    expect(fired).to.equal(1);
    expect(q<HTMLInputElement>(el, '#ev-url-sdgs').value).to.equal('');
    expect(q<HTMLAnchorElement>(el, '.evidence a').href).to.equal('https://middelstad.example/raad');

    button(el, 'Remove: Council decision').click();
    await el.updateComplete;
    expect(el.assessment.elements.sdgs?.evidence).to.equal(undefined);
    expect(el.shadowRoot!.activeElement?.id).to.equal('ev-label-sdgs');
  });

  it('autosaves under storage-key and restores everything after a reload', async () => {
    const first = await fixture<HrcFrameworkChecklist>(
      html`<hrc-framework-checklist lang="en" storage-key=${KEY}></hrc-framework-checklist>`,
    );
    await typeInto(q<HTMLInputElement>(first, '#city'), 'Middelstad');
    await selectValue(q<HTMLSelectElement>(first, '#status-declaration'), 'in-progress');
    await openDetails(first, q<HTMLDetailsElement>(first, '#title-declaration ~ details'));
    await typeInto(q<HTMLTextAreaElement>(first, '#note-declaration'), 'Adopted in June.');
    await typeInto(q<HTMLInputElement>(first, '#dept-declaration'), "Mayor's office");
    await selectValue(q<HTMLSelectElement>(first, '#date-declaration'), '2027-01-31');
    await first.updateComplete;
    const saved = JSON.parse(localStorage.getItem(KEY)!);
    expect(saved.format).to.equal(STORAGE_FORMAT);
    expect(saved.version).to.equal(1);
    expect(saved.assessment.schemaVersion).to.equal(2);
    // Started here, so the city's text is in the checklist's language.
    expect(saved.assessment.lang).to.equal('en');
    first.remove();

    const second = await fixture<HrcFrameworkChecklist>(
      html`<hrc-framework-checklist lang="en" storage-key=${KEY}></hrc-framework-checklist>`,
    );
    expect(q<HTMLInputElement>(second, '#city').value).to.equal('Middelstad');
    expect(q<HTMLSelectElement>(second, '#status-declaration').value).to.equal('in-progress');
    const entry = second.assessment.elements.declaration!;
    expect([entry.note, entry.department, entry.targetDate]).to.deep.equal([
      'Adopted in June.',
      "Mayor's office",
      '2027-01-31',
    ]);
    expect(text(q(second, '.save-note'))).to.match(/^Saved in this browser/);
  });

  it('stores nothing without a storage-key', async () => {
    const el = await fixture<HrcFrameworkChecklist>(
      html`<hrc-framework-checklist lang="en"></hrc-framework-checklist>`,
    );
    const marker = `Nowhere ${Math.random()}`;
    await typeInto(q<HTMLInputElement>(el, '#city'), marker);
    await selectValue(q<HTMLSelectElement>(el, '#status-sdgs'), 'planned');
    expect(el.assessment.city).to.equal(marker);
    expect(storedValues().some((v) => v.includes(marker))).to.equal(false);
    expect(text(q(el, '.save-note'))).to.contain('Not saved in this browser');
  });

  it('asks before clearing, and clears only when confirmed', async () => {
    const el = await fixture<HrcFrameworkChecklist>(
      html`<hrc-framework-checklist lang="en" storage-key=${KEY}></hrc-framework-checklist>`,
    );
    await selectValue(q<HTMLSelectElement>(el, '#status-sdgs'), 'planned');
    button(el, 'Clear checklist').click();
    await el.updateComplete;
    const dialog = q<HTMLDialogElement>(el, 'dialog');
    await waitUntil(() => dialog.open);
    await expect(el).to.be.accessible();
    button(el, 'Cancel').click();
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(el.assessment.elements.sdgs?.status).to.equal('planned');

    button(el, 'Clear checklist').click();
    await waitUntil(() => dialog.open);
    setTimeout(() => button(el, 'Clear').click());
    const event = (await oneEvent(el, 'change')) as unknown as ChecklistChangeEvent;
    expect(event.assessment.elements).to.deep.equal({});
    expect(JSON.parse(localStorage.getItem(KEY)!).assessment.elements).to.deep.equal({});
  });

  it('filters by layer and by status', async () => {
    const el = await fixture<HrcFrameworkChecklist>(
      html`<hrc-framework-checklist lang="en"></hrc-framework-checklist>`,
    );
    await selectValue(q<HTMLSelectElement>(el, '#status-declaration'), 'in-place');
    await selectValue(q<HTMLSelectElement>(el, '#filter-layer'), 'foundations');
    await el.updateComplete;
    expect(all(el, 'li.element')).to.have.length(4);
    expect(text(q(el, '.shown'))).to.equal('Showing 4 of 20 elements');
    await selectValue(q<HTMLSelectElement>(el, '#filter-layer'), 'all');
    await selectValue(q<HTMLSelectElement>(el, '#filter-status'), 'in-place');
    await el.updateComplete;
    expect(all(el, 'li.element h4').map(text)).to.have.length(1);
    expect(all(el, 'li.element select')[0]!.id).to.equal('status-declaration');
  });

  it('reflows into 320 CSS pixels without sideways scrolling', async () => {
    // Not fixture() on the wrapper: for an element without updateComplete it waits for an animation
    // frame, which a test page in the background may not get.
    const wrap = document.createElement('div');
    wrap.style.width = '320px';
    const el = document.createElement('hrc-framework-checklist');
    el.lang = 'nl';
    wrap.append(el);
    document.body.append(wrap);
    await el.updateComplete;
    await openDetails(el, q<HTMLDetailsElement>(el, '#title-declaration ~ details'));
    const base = q(el, '.base');
    // Wide tables scroll inside their own focusable region; nothing else may stick out.
    try {
      expect(base.scrollWidth).to.be.at.most(320);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    } finally {
      wrap.remove();
    }
  });

  it('can be used with the keyboard alone', async () => {
    const el = await fixture<HrcFrameworkChecklist>(
      html`<hrc-framework-checklist lang="en"></hrc-framework-checklist>`,
    );
    q<HTMLInputElement>(el, '#filter-status').focus();
    // Tab from the filters reaches the first element's status, then its disclosures.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('status-eu-charter');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.assessment.elements['eu-charter']?.status).to.equal('planned');
    await sendKeys({ press: 'Tab' });
    expect(text(el.shadowRoot!.activeElement!)).to.match(/^Note, planning and evidence/);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('#note-eu-charter'));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('note-eu-charter');
    await sendKeys({ type: 'Typed by keyboard' });
    expect(el.assessment.elements['eu-charter']?.note).to.equal('Typed by keyboard');

    // The confirmation opens with focus on the safe choice: Enter twice keeps the assessment.
    button(el, 'Clear checklist').focus();
    await sendKeys({ press: 'Enter' });
    const dialog = q<HTMLDialogElement>(el, 'dialog');
    await waitUntil(() => dialog.open);
    expect(text(el.shadowRoot!.activeElement!)).to.equal('Cancel');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !dialog.open);
    expect(el.assessment.elements['eu-charter']?.note).to.equal('Typed by keyboard');
    // It closes with Escape too.
    button(el, 'Clear checklist').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog.open);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    expect(el.assessment.elements['eu-charter']?.note).to.equal('Typed by keyboard');
  });
});
