// The report outline's figures (docs/checklist.md, "Figures in the report outline"): a real published
// statistics file (@hrc/framework's example), served by the test runner and by a second origin.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { CountedPeriod, StatisticsDocument } from '@hrc/framework/statistics/schema';
import '../../define/hrc-framework-checklist.js';
import type { HrcFrameworkChecklist } from './framework-checklist.js';
import { all, button, captureDownloads, fixtureUrl, q, text } from './test-helpers.js';

const EXAMPLE = new URL('../../../../framework/examples/statistics.example.json', import.meta.url).href;
const statsFile = (name: string) => new URL(`../report-stats/test-files/${name}`, import.meta.url).href;

async function checklist(statisticsSrc: string, period?: string) {
  const el = await fixture<HrcFrameworkChecklist>(
    html`<hrc-framework-checklist
      lang="en"
      readonly
      src=${fixtureUrl('middelstad-2026.json')}
      statistics-src=${statisticsSrc}
    ></hrc-framework-checklist>`,
  );
  if (period) el.assessment = { ...el.assessment, period };
  return el;
}

async function outline(el: HrcFrameworkChecklist) {
  button(el, 'Report outline').click();
  await el.updateComplete;
  await waitUntil(
    () => !el.shadowRoot!.querySelector('.report-view [role="status"]'),
    'figures still loading',
  );
  await el.updateComplete;
}

/** The figures as term → value, per list heading. */
function lists(section: Element): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const h of section.querySelectorAll('h5')) {
    const dl = h.nextElementSibling!;
    const terms = [...dl.querySelectorAll('dt')].map(text);
    const values = [...dl.querySelectorAll('dd')].map(text);
    out[text(h)] = Object.fromEntries(terms.map((t, i) => [t, values[i]!]));
  }
  return out;
}

const loadedFigures = () =>
  performance
    .getEntriesByType('resource')
    .some((e) => /\/framework-checklist\/figures\.(ts|js)/.test(e.name));

describe('<hrc-framework-checklist> figures in the report outline', function () {
  this.timeout(30_000);
  let doc: StatisticsDocument;
  let origin: string;

  before(async () => {
    doc = await (await fetch(EXAMPLE)).json();
    origin = (await executeServerCommand('hrc-stats-origin')) as string;
  });

  it('loads nothing of the figures until the outline is made', async () => {
    const el = await checklist(`${origin}/checklist-lazy/statistics.json`);
    await el.updateComplete;
    const asked = async () =>
      ((await executeServerCommand('hrc-stats-requests')) as { path: string }[]).some(
        (r) => r.path === '/checklist-lazy/statistics.json',
      );
    expect(loadedFigures()).to.equal(false);
    expect(await asked()).to.equal(false);
    await outline(el);
    expect(loadedFigures()).to.equal(true);
    expect(await asked()).to.equal(true);
  });

  it('adds the latest period of a published file from another origin, small counts as “fewer than 5”', async () => {
    const el = await checklist(`${origin}/checklist/statistics.json`);
    await outline(el);
    const y2025 = doc.periods.find((p) => p.from === '2025-01') as CountedPeriod;
    const section = q(el, '.report .figures');
    expect(text(section.querySelector('h4')!)).to.equal('Reports of discrimination, 2025');
    expect(text(section.querySelector('p')!)).to.equal(`Reports received: ${y2025.reports.total}`);
    const figures = lists(section);
    expect(Object.keys(figures)).to.deep.equal([
      'By area of life',
      'By ground (a report can name several)',
      'By area',
    ]);
    expect(figures['By area of life']!['Work']).to.equal(String(y2025.domains.work!.total));
    expect(y2025.grounds.colour!.total).to.deep.equal({ lt: 5 });
    expect(figures['By ground (a report can name several)']!['Colour']).to.equal('fewer than 5');
    expect(figures['By ground (a report can name several)']!['Another ground']).to.equal(
      String(y2025.grounds.other!.total),
    );
    expect(figures['By area']!['Centrum']).to.equal(String(y2025.areas!.counts.centrum));
    expect(figures['By area']!['No area given']).to.equal(String(y2025.areas!.counts.unspecified));
    expect(text(section)).to.contain('Counts under 5 are shown as “fewer than 5”');
    expect(text(section)).to.contain('by Middelstad Anti-Discrimination Office');
    expect(section.querySelector('a')!.getAttribute('href')).to.equal(`${origin}/checklist/statistics.json`);
    // The status groups are there as before, the figures after them.
    expect(all(el, '.report > section').at(-1)).to.equal(section);
    await expect(el).to.be.accessible();
  });

  it('takes the period of the assessment’s year when it is published, and puts it in the HTML file', async () => {
    const el = await checklist(EXAMPLE, '2024');
    await outline(el);
    const y2024 = doc.periods.find((p) => p.from === '2024-01') as CountedPeriod;
    expect(text(q(el, '.report .figures h4'))).to.equal('Reports of discrimination, 2024');
    const downloads = captureDownloads();
    try {
      button(el, 'Download as HTML').click();
      await downloads.settled();
    } finally {
      downloads.restore();
    }
    const file = new DOMParser().parseFromString(downloads.files[0]!.text, 'text/html');
    const figures = file.querySelector('.figures')!;
    expect(text(figures.querySelector('h2')!)).to.equal('Reports of discrimination, 2024');
    expect(figures.querySelector('a')!.getAttribute('href')).to.equal(EXAMPLE);
    expect(text(figures)).to.contain(`Reports received: ${y2024.reports.total}`);
  });

  it('says when a period is withheld, and links a relative address as an absolute one', async () => {
    const relative = new URL(statsFile('withheld.json')).pathname;
    const el = await checklist(relative);
    await outline(el);
    expect(text(q(el, '.report .figures'))).to.contain('The figures of this period are withheld');
    expect(all(el, '.report .figures dl')).to.have.length(0);
    expect(q(el, '.report .figures a').getAttribute('href')).to.equal(new URL(relative, location.href).href);
  });

  // Addresses on the second origin are made once its port is known.
  for (const [what, src, message] of [
    ['an invalid file', () => statsFile('invalid.json'), 'The file is not a published statistics file'],
    ['a file that is not JSON', () => statsFile('not-json.txt'), 'The file is not JSON.'],
    ['a missing file', () => `${origin}/checklist/missing.json`, 'The server answered with HTTP 404.'],
    ['a file without CORS', () => `${origin}/no-cors/statistics.json`, 'The file could not be reached.'],
    ['an address that is not http(s)', () => 'javascript:alert(1)', 'Their address is not a web address'],
  ] as const) {
    it(`makes the outline without figures, with a clear message, for ${what}`, async () => {
      const el = await checklist(src());
      await outline(el);
      const alert = q(el, '.report-view [role="alert"]');
      expect(text(alert)).to.contain('The figures could not be added to the outline.');
      expect(text(alert)).to.contain(message);
      expect(all(el, '.report .figures')).to.have.length(0);
      expect(all(el, '.report h4').map(text)).to.include('In place (2)');
      await expect(el).to.be.accessible();
    });
  }
});
