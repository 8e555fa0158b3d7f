// The office page's Statistics section (docs/statistics.md): the periods published, a period to
// choose, what its publication will show and hide, and the button that publishes it, once. The counts
// are worked out by the receiver (GET /statistics/preview); this page only shows them, as text.
import { $, el, lang, say, t } from './util.js';

const monthName = new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const numberFormat = new Intl.NumberFormat(lang);
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** `2025-03` as "March 2025", in the page's language. */
const month = (m) => {
  const [y, n] = m.split('-').map(Number);
  return monthName.format(new Date(Date.UTC(y, n - 1, 1, 12)));
};

/** The months from `from` to `to`, both included. */
function monthsBetween(from, to) {
  const out = [];
  let [y, m] = from.split('-').map(Number);
  for (let guard = 0; guard < 240; guard++) {
    const k = `${y}-${String(m).padStart(2, '0')}`;
    if (k > to) break;
    out.push(k);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/** A published count as words: a number, "fewer than 5", or "at least 5 (withheld)". */
const said = (c) =>
  typeof c === 'number' ? numberFormat.format(c) : 'lt' in c ? t.statsFewer(c.lt) : t.statsAtLeast(c.gte);

function table(caption, head, rows) {
  const wrap = el('div', undefined, { class: 'table-wrap' });
  const tbl = el('table');
  const cap = el('caption', caption);
  const thead = el('thead');
  const tr = el('tr');
  for (const h of head) tr.append(el('th', h, { scope: 'col' }));
  thead.append(tr);
  const tbody = el('tbody');
  for (const [name, ...cells] of rows) {
    const row = el('tr');
    row.append(el('th', name, { scope: 'row' }));
    for (const c of cells) {
      const td = el('td', said(c));
      if (typeof c !== 'number') td.className = 'hidden-count';
      row.append(td);
    }
    tbody.append(row);
  }
  tbl.append(cap, thead, tbody);
  wrap.append(tbl);
  return wrap;
}

/**
 * `api(path, init, { refusals: true })` answers 4xx instead of throwing, so their reasons can be shown;
 * `labels()` gives the grounds and areas of life by id.
 */
export function setupStatistics({ api, labels }) {
  let chosen = null;

  const ground = (id) =>
    id === 'other' ? t.fields.groundOther : id === 'unknown' ? t.unknownGround : (labels().grounds[id] ?? id);
  const domain = (id) => labels().domains[id] ?? id;

  function showOverview(overview) {
    $('stats-help').textContent = t.statsHelp(overview.threshold);
    const list = $('stats-published');
    list.replaceChildren(
      ...overview.published.map((p) =>
        el(
          'li',
          (p.withheld ? t.statsWithheldItem : t.statsPeriodItem)(
            month(p.from),
            month(p.to),
            new Date(p.publishedAt).toLocaleDateString(lang, { dateStyle: 'long' }),
          ),
        ),
      ),
    );
    list.hidden = overview.published.length === 0;
    $('stats-published-label').textContent = overview.published.length
      ? t.statsPublished
      : t.statsNonePublished;
    const first = overview.suggested[0];
    if (first && !$('stats-from').value && !$('stats-to').value) {
      $('stats-from').value = first.from;
      $('stats-to').value = first.to;
    }
  }

  async function load() {
    const overview = await (await api('/statistics/periods')).json();
    showOverview(overview);
    $('stats').hidden = false;
  }

  function showPreview(answer) {
    const { period } = answer;
    const out = $('stats-result');
    const heading = el('h3', t.statsPreviewTitle(month(period.from), month(period.to)), {
      id: 'stats-result-title',
      tabindex: '-1',
    });
    const parts = [heading];
    if (answer.overlaps) {
      parts.push(
        el('p', t.statsOverlaps(month(answer.overlaps.from), month(answer.overlaps.to)), {
          class: 'problem',
        }),
      );
    }
    if (period.withheld) {
      parts.push(el('p', t.statsWholeWithheld));
    } else {
      parts.push(el('p', t.statsTotal(said(period.reports.total))));
      parts.push(el('p', t.statsHidden(answer.fewer, period.threshold, answer.withheld)));
      const months = monthsBetween(period.from, period.to);
      parts.push(
        table(
          t.statsMonths,
          [t.statsMonth, t.statsCount],
          months.map((m, i) => [month(m), period.reports.months[i]]),
        ),
        table(
          t.statsDomains,
          [t.domain, t.statsCount],
          Object.entries(period.domains).map(([id, s]) => [domain(id), s.total]),
        ),
        table(
          t.statsGrounds,
          [t.statsGround, t.statsCount],
          Object.entries(period.grounds).map(([id, s]) => [ground(id), s.total]),
        ),
      );
    }
    out.replaceChildren(...parts);
    out.hidden = false;
    const canPublish = !answer.overlaps;
    $('stats-publish-box').hidden = !canPublish;
    chosen = canPublish ? { from: period.from, to: period.to } : null;
    heading.focus();
  }

  function hidePreview() {
    chosen = null;
    $('stats-result').hidden = true;
    $('stats-result').replaceChildren();
    $('stats-publish-box').hidden = true;
  }

  async function preview() {
    const from = $('stats-from').value.trim();
    const to = $('stats-to').value.trim();
    hidePreview();
    if (!MONTH.test(from) || !MONTH.test(to)) {
      say(t.statsMonthsNeeded);
      $(MONTH.test(from) ? 'stats-to' : 'stats-from').focus();
      return;
    }
    say(t.statsWorking);
    const res = await api(`/statistics/preview?${new URLSearchParams({ from, to })}`, {}, { refusals: true });
    const answer = await res.json();
    if (!res.ok) return say(answer.message ?? t.failed(res.status));
    showPreview(answer);
    say('');
  }

  async function publish() {
    if (!chosen) return;
    say(t.statsWorking);
    const res = await api(
      '/statistics/periods',
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(chosen) },
      { refusals: true },
    );
    const answer = await res.json();
    if (!res.ok) return say(answer.message ?? t.failed(res.status));
    const { from, to } = answer.period;
    hidePreview();
    $('stats-from').value = '';
    $('stats-to').value = '';
    await load();
    say(t.statsPublishedNow(month(from), month(to), new URL('/statistics.json', location.href).href));
    $('stats-title').focus();
  }

  $('stats-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void preview().catch(() => {});
  });
  for (const id of ['stats-from', 'stats-to']) $(id).addEventListener('input', hidePreview);
  $('stats-publish').addEventListener('click', () => void publish().catch(() => {}));

  return {
    show: () => load(),
    hide() {
      hidePreview();
      $('stats').hidden = true;
    },
  };
}
