import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../define/hrc-framework-checklist.js';
import type { HrcFrameworkChecklist } from './framework-checklist.js';
import { csvCell, toCsv } from './csv.js';
import { STORAGE_FORMAT, loadSaved } from './storage.js';
import {
  all,
  button,
  captureDownloads,
  chooseFile,
  fixtureText,
  fixtureUrl,
  openDetails,
  q,
  selectValue,
  text,
  typeInto,
} from './test-helpers.js';

const KEY = 'hrc-test-checklist-data';

/** A record as this element's first storage format wrote it, around the draft (version 1) assessment. */
const draftRecord = {
  format: STORAGE_FORMAT,
  version: 1,
  savedAt: '2026-03-01T08:00:00.000Z',
  assessment: {
    kind: 'hrc-assessment',
    schemaVersion: 1,
    city: 'Oudstad',
    elements: {
      declaration: {
        status: 'in-progress',
        note: 'Draft text with the council.',
        evidence: [{ label: 'Draft', url: 'https://oudstad.example/draft' }],
      },
    },
  },
};

describe('<hrc-framework-checklist> saved data, files and published views', () => {
  // Only this file's key: other test files run beside this one in the same origin.
  beforeEach(() => localStorage.removeItem(KEY));
  afterEach(() => localStorage.removeItem(KEY));

  it('migrates a record saved in the older assessment format, and saves it as the current one', async () => {
    localStorage.setItem(KEY, JSON.stringify(draftRecord));
    const el = await fixture<HrcFrameworkChecklist>(
      html`<hrc-framework-checklist lang="en" storage-key=${KEY}></hrc-framework-checklist>`,
    );
    expect(el.assessment.schemaVersion).to.equal(2);
    expect(el.assessment.elements.declaration?.note).to.equal('Draft text with the council.');
    expect(q<HTMLSelectElement>(el, '#status-declaration').value).to.equal('in-progress');
    expect(text(q(el, '.notice'))).to.contain('brought up to date');
    // Reading alone does not rewrite the record; the first edit saves the current format.
    expect(JSON.parse(localStorage.getItem(KEY)!).assessment.schemaVersion).to.equal(1);
    await selectValue(q<HTMLSelectElement>(el, '#status-sdgs'), 'planned');
    const saved = JSON.parse(localStorage.getItem(KEY)!);
    expect(saved.assessment.schemaVersion).to.equal(2);
    expect(saved.assessment.elements.declaration.evidence).to.deep.equal(
      draftRecord.assessment.elements.declaration.evidence,
    );
    await expect(el).to.be.accessible();
  });

  it('refuses a record from a newer version and never overwrites it', async () => {
    const newer = JSON.stringify({ ...draftRecord, version: 9 });
    localStorage.setItem(KEY, newer);
    const el = await fixture<HrcFrameworkChecklist>(
      html`<hrc-framework-checklist lang="en" storage-key=${KEY}></hrc-framework-checklist>`,
    );
    expect(text(q(el, '#storage-problems'))).to.contain('could not be opened');
    expect(text(q(el, '.problems'))).to.contain('format version 9');
    await selectValue(q<HTMLSelectElement>(el, '#status-sdgs'), 'planned');
    expect(localStorage.getItem(KEY)).to.equal(newer);
    expect(loadSaved(KEY).kind).to.equal('blocked');
    await expect(el).to.be.accessible();
  });

  for (const [name, expected] of [
    ['not-json.json', 'The file is not JSON.'],
    ['foreign.json', 'This is not an assessment made with this checklist.'],
    ['invalid.json', 'web address'],
  ] as const) {
    it(`refuses ${name} with a list of problems and keeps the current assessment`, async () => {
      const el = await fixture<HrcFrameworkChecklist>(
        html`<hrc-framework-checklist lang="en" storage-key=${KEY}></hrc-framework-checklist>`,
      );
      await selectValue(q<HTMLSelectElement>(el, '#status-declaration'), 'in-place');
      const before = JSON.stringify(el.assessment);
      const stored = localStorage.getItem(KEY);
      let fired = 0;
      el.addEventListener('change', () => fired++);
      const contents = name === 'not-json.json' ? '{ "kind": "hrc-assessment", ' : await fixtureText(name);
      await chooseFile(el, name, contents);
      await waitUntil(() => el.shadowRoot!.querySelector('#import-problems'));
      const summary = q(el, '#import-problems');
      expect(text(summary)).to.equal(`${name} was not imported`);
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      expect(text(summary.parentElement!)).to.contain(expected);
      expect(JSON.stringify(el.assessment)).to.equal(before);
      expect(localStorage.getItem(KEY)).to.equal(stored);
      expect(fired).to.equal(0);
      await expect(el).to.be.accessible();
    });
  }

  it('names every problem of an invalid file, in Dutch too', async () => {
    const el = await fixture<HrcFrameworkChecklist>(
      html`<hrc-framework-checklist lang="nl"></hrc-framework-checklist>`,
    );
    await chooseFile(el, 'invalid.json', await fixtureText('invalid.json'));
    await waitUntil(() => el.shadowRoot!.querySelector('#import-problems'));
    const items = all(el, '.problems li').map(text);
    expect(text(q(el, '#import-problems'))).to.equal('invalid.json is niet geïmporteerd');
    expect(items.some((i) => i.includes('declaration') && i.includes('toegestane waarden'))).to.equal(true);
    expect(items.some((i) => i.includes('url') && i.includes('webadres'))).to.equal(true);
    expect(items.some((i) => i.includes('label') && i.includes('leeg'))).to.equal(true);
    expect(items.some((i) => i.includes('not-an-element'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('imports a valid file after confirmation, migrating an older one', async () => {
    const el = await fixture<HrcFrameworkChecklist>(
      html`<hrc-framework-checklist lang="en" storage-key=${KEY}></hrc-framework-checklist>`,
    );
    await selectValue(q<HTMLSelectElement>(el, '#status-mainstreaming'), 'planned');
    await chooseFile(el, 'middelstad-2025-v1.json', await fixtureText('middelstad-2025-v1.json'));
    const dialog = q<HTMLDialogElement>(el, 'dialog');
    await waitUntil(() => dialog.open);
    expect(text(dialog)).to.contain('middelstad-2025-v1.json');
    button(el, 'Replace').click();
    await el.updateComplete;
    expect(el.assessment.city).to.equal('Middelstad');
    expect(el.assessment.schemaVersion).to.equal(2);
    expect(el.assessment.elements.mainstreaming).to.equal(undefined);
    expect(JSON.parse(localStorage.getItem(KEY)!).assessment.period).to.equal('2025');
  });

  it('neutralises spreadsheet formulas in CSV cells', () => {
    expect(csvCell('=HYPERLINK("https://evil.example")')).to.equal(`"'=HYPERLINK(""https://evil.example"")"`);
    expect(csvCell('+31 20 123')).to.equal(`"'+31 20 123"`);
    expect(csvCell('-1')).to.equal(`"'-1"`);
    expect(csvCell('@SUM(A1)')).to.equal(`"'@SUM(A1)"`);
    expect(csvCell('\tx')).to.equal(`"'\tx"`);
    expect(csvCell('\rx')).to.equal(`"'\rx"`);
    expect(csvCell('Plain, with "quotes"')).to.equal(`"Plain, with ""quotes"""`);
    expect(toCsv([['a', 'b']], ';')).to.equal('\ufeff"a";"b"\r\n');
  });

  it('exports CSV, JSON and a standalone report with user text kept as text', async () => {
    const el = await fixture<HrcFrameworkChecklist>(
      html`<hrc-framework-checklist lang="en"></hrc-framework-checklist>`,
    );
    el.assessment = {
      ...el.assessment,
      city: 'Middelstad',
      period: '2026',
      elements: {
        declaration: {
          status: 'in-place',
          note: '=HYPERLINK("https://evil.example","x") <img src=x onerror=alert(1)>',
          department: '+31 20 555 0100',
          evidence: [{ label: '@decision', url: 'https://middelstad.example/d' }],
        },
      },
    };
    await el.updateComplete;
    const downloads = captureDownloads();
    try {
      button(el, 'Export CSV').click();
      button(el, 'Export JSON').click();
      button(el, 'Report outline').click();
      await el.updateComplete;
      button(el, 'Download as HTML').click();
      await downloads.settled();
    } finally {
      downloads.restore();
    }
    const [csv, json, report] = downloads.files;
    expect(csv!.name).to.equal('assessment-middelstad-2026.csv');
    const declarationRow = csv!.text.split('\r\n').find((l) => l.includes('"declaration"'))!;
    expect(declarationRow).to.contain(`"'=HYPERLINK(""https://evil.example"",""x"") <img`);
    expect(declarationRow).to.contain(`"'+31 20 555 0100"`);
    expect(declarationRow).to.contain(`"'@decision <https://middelstad.example/d>"`);
    expect(JSON.parse(json!.text)).to.deep.equal(el.assessment);
    expect(report!.name).to.equal('assessment-middelstad-2026.html');
    const doc = new DOMParser().parseFromString(report!.text, 'text/html');
    expect(doc.querySelector('img')).to.equal(null);
    expect(doc.body.textContent).to.contain('<img src=x onerror=alert(1)>');
    expect(doc.querySelector('h1')!.textContent).to.equal(
      'Human rights city self-assessment: Middelstad 2026',
    );
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).to.deep.equal([
      'In place (1)',
      'Not started (19)',
    ]);
  });

  it('exports CSV in Dutch with the separator Dutch spreadsheets expect', async () => {
    const el = await fixture<HrcFrameworkChecklist>(
      html`<hrc-framework-checklist
        lang="nl"
        src=${fixtureUrl('middelstad-2026.json')}
      ></hrc-framework-checklist>`,
    );
    const downloads = captureDownloads();
    try {
      button(el, 'CSV exporteren').click();
      await downloads.settled();
    } finally {
      downloads.restore();
    }
    const lines = downloads.files[0]!.text.split('\r\n');
    expect(lines[0]).to.equal(
      '\ufeff"Laag";"id";"Element";"Status";"Verantwoordelijke afdeling";"Streefdatum";"Laatst gewijzigd";"Toelichting";"Onderbouwing"',
    );
    expect(lines.find((l) => l.includes('"eu-charter"'))).to.contain('"Gerealiseerd"');
    expect(lines).to.have.length(22);
  });

  it('shows a report outline grouped by status, with evidence', async () => {
    const el = await fixture<HrcFrameworkChecklist>(
      html`<hrc-framework-checklist
        lang="en"
        src=${fixtureUrl('middelstad-2026.json')}
      ></hrc-framework-checklist>`,
    );
    button(el, 'Report outline').click();
    await el.updateComplete;
    const groups = all(el, '.report h4').map(text);
    expect(groups).to.deep.equal([
      'In place (2)',
      'In progress (1)',
      'Planned (1)',
      'Not started (15)',
      'Not applicable (1)',
    ]);
    expect(q<HTMLAnchorElement>(el, '.report a').href).to.equal('https://middelstad.example/raad/2024-113');
    expect(text(q(el, 'button[aria-pressed="true"]'))).to.equal('Report outline');
    await expect(el).to.be.accessible();
  });

  it('shows a published assessment read-only, without storage', async () => {
    const el = await fixture<HrcFrameworkChecklist>(
      html`<hrc-framework-checklist
        lang="en"
        readonly
        storage-key=${KEY}
        src=${fixtureUrl('middelstad-2026.json')}
      ></hrc-framework-checklist>`,
    );
    expect(text(q(el, '.city'))).to.equal('Middelstad 2026');
    expect(all(el, 'textarea, input, select[id^="status-"], dialog')).to.have.length(0);
    expect(text(q(el, '#title-eu-charter ~ .status-line'))).to.equal('In place');
    const note = q(el, '#title-eu-charter ~ .note');
    expect(note.getAttribute('lang')).to.equal('en');
    expect(text(q(el, '.overall'))).to.equal(
      '2 of 19 applicable elements in place (11%). Not counted: 1 marked not applicable.',
    );
    expect(localStorage.getItem(KEY)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says so when a published assessment cannot be loaded', async () => {
    const el = await fixture<HrcFrameworkChecklist>(
      html`<hrc-framework-checklist
        lang="nl"
        readonly
        src=${fixtureUrl('missing.json')}
      ></hrc-framework-checklist>`,
    );
    expect(text(q(el, '.problems'))).to.contain('De server antwoordde met HTTP 404.');
    await expect(el).to.be.accessible();
  });

  for (const lang of ['en', 'nl'] as const) {
    it(`compares with an earlier assessment (${lang})`, async () => {
      const el = await fixture<HrcFrameworkChecklist>(
        html`<hrc-framework-checklist
          lang=${lang}
          readonly
          src=${fixtureUrl('middelstad-2026.json')}
          compare-src=${fixtureUrl('middelstad-2025-v1.json')}
        ></hrc-framework-checklist>`,
      );
      const compare = q(el, '.compare');
      const title = text(q(el, '#compare-title'));
      const rows = all(el, '.compare table:last-of-type tbody tr').map((r) =>
        [...r.children].map((c) => text(c)),
      );
      if (lang === 'en') {
        expect(title).to.equal('What changed: Middelstad 2025 → Middelstad 2026');
        expect(text(compare)).to.contain('2 elements moved forward, 1 moved back, 1 changed otherwise.');
        expect(text(q(el, '#title-eu-charter ~ .compared'))).to.equal('Compared: In progress → In place');
        expect(rows.find((r) => r[1] === 'Planned' && r[2] === 'In progress')?.[3]).to.equal('moved forward');
      } else {
        expect(title).to.equal('Wat veranderde: Middelstad 2025 → Middelstad 2026');
        expect(text(compare)).to.contain('2 elementen gingen vooruit, 1 achteruit, 1 veranderden anders.');
        expect(text(q(el, '#title-eu-charter ~ .compared'))).to.equal('Vergeleken: Bezig → Gerealiseerd');
      }
      expect(rows).to.have.length(4);
      await expect(el).to.be.accessible();
    });
  }

  it('keeps its contrast in the dark theme', async () => {
    const el = await fixture<HrcFrameworkChecklist>(
      html`<hrc-framework-checklist
        lang="en"
        theme="dark"
        src=${fixtureUrl('middelstad-2026.json')}
        compare-src=${fixtureUrl('middelstad-2025-v1.json')}
      ></hrc-framework-checklist>`,
    );
    expect(getComputedStyle(q(el, '.base')).backgroundColor).to.equal('rgb(17, 24, 39)');
    await openDetails(el, q<HTMLDetailsElement>(el, '#title-eu-charter ~ details ~ details'));
    await openDetails(el, q<HTMLDetailsElement>(el, '#title-eu-charter ~ details'));
    await expect(el).to.be.accessible();
  });

  it('keeps editing working beside a comparison', async () => {
    const el = await fixture<HrcFrameworkChecklist>(
      html`<hrc-framework-checklist
        lang="en"
        compare-src=${fixtureUrl('middelstad-2025-v1.json')}
      ></hrc-framework-checklist>`,
    );
    await selectValue(q<HTMLSelectElement>(el, '#status-sdgs'), 'planned');
    await el.updateComplete;
    expect(text(q(el, '#title-sdgs ~ .compared'))).to.equal('Compared: unchanged (Planned)');
    await openDetails(el, q<HTMLDetailsElement>(el, '#title-sdgs ~ details'));
    await typeInto(q<HTMLTextAreaElement>(el, '#note-sdgs'), 'Regional programme.');
    expect(el.assessment.elements.sdgs?.note).to.equal('Regional programme.');
  });
});
