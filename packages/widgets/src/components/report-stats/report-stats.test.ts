import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { CountedPeriod, StatisticsDocument } from '@hrc/framework/statistics/schema';
import '../../define/hrc-report-stats.js';
import type { HrcReportStats } from './report-stats.js';

const file = (path: string) => new URL(path, import.meta.url).href;
const EXAMPLE = file('../../../../framework/examples/statistics.example.json');

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (el: HrcReportStats) => el.shadowRoot!;
const status = (el: HrcReportStats) => text(root(el).querySelector('[part="status"]'));
const captions = (el: HrcReportStats) => [...root(el).querySelectorAll('caption')].map(text);
const select = (el: HrcReportStats, id: string) => root(el).querySelector<HTMLSelectElement>(`#${id}`)!;
const tables = (el: HrcReportStats) => [...root(el).querySelectorAll('table')];
/** A table as rows of cell texts, header row first. */
const cells = (table: HTMLTableElement) => [...table.rows].map((r) => [...r.cells].map(text));

async function stats(src: string, lang = 'en') {
  const el = await fixture<HrcReportStats>(
    html`<hrc-report-stats src=${src} lang=${lang}></hrc-report-stats>`,
  );
  await el.updateComplete;
  return el;
}

async function choose(el: HrcReportStats, id: string, value: string) {
  const s = select(el, id);
  s.value = value;
  s.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** The element that has focus, looking through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<hrc-report-stats>', function () {
  // Long tables checked by axe, a deliberately slow server: more than the default on a busy machine.
  this.timeout(30_000);

  let origin: string;
  let doc: StatisticsDocument;
  let y2025: CountedPeriod;
  let y2024: CountedPeriod;

  before(async () => {
    origin = (await executeServerCommand('hrc-stats-origin')) as string;
    doc = await (await fetch(EXAMPLE)).json();
    [y2024, y2025] = doc.periods as [CountedPeriod, CountedPeriod];
  });

  describe('a published file from another origin', () => {
    it('shows the latest period by ground, with the change since the year before', async () => {
      expect(new URL(origin).origin).not.to.equal(location.origin);
      const el = await stats(`${origin}/statistics.json`);
      expect(text(root(el).querySelector('[part="title"]'))).to.equal('Reports of discrimination');
      expect([...select(el, 'period').options].map((o) => o.text)).to.deep.equal(['2025', '2024']);
      expect(text(root(el).querySelector('.summary'))).to.contain(
        `Reports received in 2025: ${(y2025.reports.total as number).toLocaleString('en')}`,
      );
      const [byGround, perMonth] = tables(el);
      const rows = cells(byGround!);
      expect(rows[0]).to.deep.equal(['Ground', '2025', '2024', 'Change']);
      expect(rows).to.have.length(1 + Object.keys(y2025.grounds).length);
      const race = rows.find((r) => r[0] === 'Race')!;
      const [now, then] = [y2025.grounds.race!.total as number, y2024.grounds.race!.total as number];
      const pct = Math.round(((now - then) / then) * 100);
      const sign = (n: number) => (n > 0 ? '+' : n < 0 ? '−' : '');
      expect(race).to.deep.equal([
        'Race',
        String(now),
        String(then),
        `${sign(now - then)}${Math.abs(now - then)} (${sign(pct)}${Math.abs(pct)}%)`,
      ]);
      // A withheld count is said to be one, never given a number.
      expect(rows.find((r) => r[0] === 'Colour')!.slice(1, 3)).to.deep.equal([
        'fewer than 5',
        'fewer than 5',
      ]);
      expect(rows.find((r) => r[0] === 'Colour')![3]).to.equal('not comparable');
      expect(
        cells(perMonth!)
          .slice(1)
          .map((r) => r[0]),
      ).to.deep.equal(
        [
          'January',
          'February',
          'March',
          'April',
          'May',
          'June',
          'July',
          'August',
          'September',
          'October',
          'November',
          'December',
        ].map((m) => `${m} 2025`),
      );
      await expect(el).to.be.accessible();
    });

    it('asks for the file without cookies or referrer', async () => {
      await stats(`${origin}/statistics.json?check=headers`);
      const requests = (await executeServerCommand('hrc-stats-requests')) as {
        path: string;
        headers: Record<string, string>;
      }[];
      const last = requests.filter((r) => r.path === '/statistics.json').at(-1)!;
      expect(last.headers.origin).to.equal(location.origin);
      expect(last.headers.referer).to.equal(undefined);
      expect(last.headers.cookie).to.equal(undefined);
    });

    it('says why when the other site does not allow reading the file', async () => {
      const el = await stats(`${origin}/no-cors/statistics.json`);
      const alert = root(el).querySelector('[role="alert"]');
      expect(text(alert)).to.equal(
        'The statistics could not be loaded: the server could not be reached or does not allow this site.',
      );
      await expect(el).to.be.accessible();
    });

    it('gives the server’s status, in the reader’s language', async () => {
      const el = await stats(`${origin}/missing.json`, 'nl');
      expect(status(el)).to.equal(
        'De cijfers konden niet worden geladen: de server antwoordde met status 404.',
      );
    });

    it('says it is loading until the file arrives', async () => {
      const el = document.createElement('hrc-report-stats');
      el.src = `${origin}/slow/statistics.json`;
      document.body.append(el);
      // Polling rather than a frame: a page the runner keeps in the background draws no frames.
      await waitUntil(() => el.shadowRoot?.querySelector('[role="status"]'), 'no status', {
        timeout: 10_000,
      });
      try {
        expect(root(el).querySelector('[role="status"]')?.textContent?.trim()).to.equal(
          'Loading the statistics…',
        );
        await expect(el).to.be.accessible();
        await el.updateComplete;
        expect(tables(el)).to.have.length(2);
      } finally {
        el.remove();
      }
    });
  });

  describe('choosing', () => {
    it('switches period, view and the series per month with the keyboard', async () => {
      const el = await stats(`${origin}/statistics.json`);
      select(el, 'period').focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(select(el, 'period').value).to.equal('2024-01');
      expect(captions(el)[0]).to.equal('Reports by ground, 2024');
      // No 2023 in the file: no change to show.
      expect(cells(tables(el)[0]!)[0]).to.deep.equal(['Ground', '2024']);

      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(select(el, 'view'));
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(captions(el)[0]).to.equal('Reports by domain, 2024');
      expect(
        cells(tables(el)[0]!)
          .slice(1)
          .map((r) => r[0]),
      ).to.include.members(['Work', 'Housing']);
      expect(cells(tables(el)[0]!)).to.have.length(1 + Object.keys(y2024.domains).length);

      // The table can be scrolled from the keyboard.
      await sendKeys({ press: 'Tab' });
      expect(deepActive()?.classList.contains('table-wrap')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('shows one category per month', async () => {
      const el = await stats(`${origin}/statistics.json`);
      await choose(el, 'series', 'race');
      expect(captions(el)[1]).to.equal('Reports per month, 2025: Race');
      const shown = cells(tables(el)[1]!)
        .slice(1)
        .map((r) => r[1]);
      const expected = y2025.grounds.race!.months.map((c) =>
        typeof c === 'number' ? String(c) : 'lt' in c ? `fewer than ${c.lt}` : `at least ${c.gte}`,
      );
      expect(shown).to.deep.equal(expected);
      const values = [...root(el).querySelectorAll('.months .bar-value')].map(text);
      expect(values).to.deep.equal(
        y2025.grounds.race!.months.map((c) =>
          typeof c === 'number' ? String(c) : 'lt' in c ? `<${c.lt}` : `≥${c.gte}`,
        ),
      );
    });
  });

  describe('drawing', () => {
    it('gives every count that is not zero a bar that can be seen', async () => {
      const el = await stats(file('./test-files/skewed.json'));
      const bars = [...root(el).querySelectorAll<SVGRectElement>('rect.bar')];
      expect(bars.length).to.be.greaterThan(4);
      for (const bar of bars) {
        const box = bar.getBoundingClientRect();
        expect(box.width, bar.outerHTML).to.be.greaterThan(0.9);
        expect(box.height, bar.outerHTML).to.be.greaterThan(0.9);
      }
      // 5 next to 100,000 still shows, in the bars by ground and in the bars per month.
      await choose(el, 'series', 'age');
      const feb = root(el).querySelectorAll<SVGRectElement>('.months rect.bar')[1]!;
      expect(feb.getBoundingClientRect().height).to.be.greaterThan(0.9);
      // A category of a newer kit is shown by its id.
      expect(cells(tables(el)[0]!).map((r) => r[0])).to.include('new-ground');
      expect(cells(tables(el)[0]!).find((r) => r[0] === 'new-ground')![1]).to.equal('at least 5');
    });

    it('draws in system colours in forced-colours mode', async () => {
      const el = await stats(`${origin}/statistics.json`);
      await choose(el, 'series', 'colour');
      await executeServerCommand('hrc-forced-colors', true);
      try {
        const probe = document.createElement('span');
        probe.style.color = 'CanvasText';
        document.body.append(probe);
        const canvasText = getComputedStyle(probe).color;
        probe.remove();
        const bar = root(el).querySelector('rect.bar:not(.small)')!;
        expect(getComputedStyle(bar).fill).to.equal(canvasText);
        expect(getComputedStyle(root(el).querySelector('rect.small')!).stroke).to.equal(canvasText);
      } finally {
        await executeServerCommand('hrc-forced-colors', false);
      }
    });
  });

  describe('other states', () => {
    it('says when nothing has been published yet', async () => {
      const el = await stats(file('./test-files/empty.json'));
      expect(status(el)).to.equal('No statistics have been published yet.');
      await expect(el).to.be.accessible();
    });

    it('says when a period is withheld as a whole', async () => {
      const el = await stats(file('./test-files/withheld.json'));
      expect(status(el)).to.match(/^This period is withheld/);
      expect(tables(el)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('refuses a file that publishes a small count, and says where', async () => {
      const el = await stats(file('./test-files/invalid.json'));
      expect(status(el)).to.equal(
        'The statistics could not be loaded: it is not a statistics file (periods.0: a count under the threshold is published).',
      );
      await expect(el).to.be.accessible();
    });

    it('refuses what is not JSON, and addresses that are not web addresses', async () => {
      expect(status(await stats(file('./test-files/not-json.txt')))).to.equal(
        'The statistics could not be loaded: the file is not JSON.',
      );
      expect(status(await stats('javascript:alert(1)'))).to.equal(
        'The statistics could not be loaded: the address is not an http(s) address.',
      );
    });

    it('speaks Dutch', async () => {
      const el = await stats(`${origin}/statistics.json`, 'nl');
      expect(captions(el)).to.deep.equal([
        'Meldingen per grond, 2025',
        'Meldingen per maand, 2025: Alle meldingen',
      ]);
      const rows = cells(tables(el)[0]!);
      expect(rows[0]).to.deep.equal(['Grond', '2025', '2024', 'Verschil']);
      expect(rows.find((r) => r[0] === 'Kleur')![1]).to.equal('minder dan 5');
      expect(cells(tables(el)[1]!)[1]![0]).to.equal('januari 2025');
      await expect(el).to.be.accessible();
    });
  });
});
