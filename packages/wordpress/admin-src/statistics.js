// "Statistics" in the WordPress admin (HRC_Admin_Statistics): works out a period's publication in this
// browser with @hrc/framework/statistics' publishPeriod() — the receiver's own code, bundled into
// assets/statistics/statistics.js by scripts/build.mjs — shows what it will show and hide, and posts
// it. WordPress checks it against its counters before storing it (HRC_Statistics::check_period()).
// Text is written with DOM methods only.
import { countsOf, monthsBetween, publishPeriod } from '@hrc/framework/statistics';

const $ = (id) => document.getElementById(id);
const config = JSON.parse($('hrc-stats-config').textContent);
const t = config.texts;
const lang = document.documentElement.lang || 'en';
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const monthName = new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const numberFormat = new Intl.NumberFormat(lang);

/** A text with %1$s, %2$s … filled in. */
const fill = (text, ...values) => text.replace(/%(\d)\$s/g, (all, i) => String(values[i - 1] ?? all));
const month = (m) => {
  const [y, n] = m.split('-').map(Number);
  return monthName.format(new Date(Date.UTC(y, n - 1, 1, 12)));
};
const said = (c) =>
  typeof c === 'number' ? numberFormat.format(c) : 'lt' in c ? fill(t.fewer, c.lt) : fill(t.atLeast, c.gte);
const say = (text) => {
  $('hrc-stats-status').textContent = text;
};

function el(tag, text, attrs = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function table(caption, head, rows) {
  const tbl = el('table', undefined, { class: 'widefat striped' });
  tbl.append(el('caption', caption));
  const tr = el('tr');
  for (const h of head) tr.append(el('th', h, { scope: 'col' }));
  const thead = el('thead');
  thead.append(tr);
  const tbody = el('tbody');
  for (const [name, c] of rows) {
    const row = el('tr');
    row.append(el('th', name, { scope: 'row' }), el('td', said(c)));
    tbody.append(row);
  }
  tbl.append(thead, tbody);
  return tbl;
}

async function api(url, init = {}) {
  const res = await fetch(url, {
    ...init,
    credentials: 'same-origin',
    cache: 'no-store',
    headers: { ...init.headers, 'X-WP-Nonce': config.nonce },
  });
  const body = await res.json().catch(() => ({}));
  return { res, body };
}

let overview = null;
let chosen = null;

function showOverview() {
  $('hrc-stats-help').textContent = fill(t.help, overview.threshold);
  const list = $('hrc-stats-published');
  list.replaceChildren(
    ...overview.published.map((p) =>
      el(
        'li',
        fill(
          t.item,
          month(p.from),
          month(p.to),
          new Date(p.publishedAt).toLocaleDateString(lang, { dateStyle: 'long' }),
        ),
      ),
    ),
  );
  $('hrc-stats-none').hidden = overview.published.length > 0;
}

async function load() {
  const { res, body } = await api(config.counters);
  if (!res.ok) return say(body.message ?? fill(t.failed, res.status));
  overview = body;
  showOverview();
}

function hidePreview() {
  chosen = null;
  $('hrc-stats-result').hidden = true;
  $('hrc-stats-result').replaceChildren();
  $('hrc-stats-publish-box').hidden = true;
}

const ground = (id) =>
  id === 'other' ? t.other : id === 'unknown' ? t.unknown : (config.labels.grounds[id] ?? id);

function showPreview(period) {
  const heading = el('h3', fill(t.previewTitle, month(period.from), month(period.to)), {
    id: 'hrc-stats-result-title',
    tabindex: '-1',
  });
  const parts = [heading];
  const taken = overview.published.find((p) => p.from <= period.to && period.from <= p.to);
  if (taken)
    parts.push(
      el('p', fill(t.overlaps, month(taken.from), month(taken.to)), { class: 'notice notice-error' }),
    );
  if ('withheld' in period) {
    parts.push(el('p', t.withheld));
  } else {
    const counts = countsOf(period);
    const fewer = counts.filter((c) => typeof c === 'object' && 'lt' in c).length;
    const withheld = counts.filter((c) => typeof c === 'object' && 'gte' in c).length;
    parts.push(el('p', fill(t.total, said(period.reports.total))));
    parts.push(el('p', fill(t.hidden, fewer, period.threshold, withheld)));
    const months = monthsBetween(period.from, period.to);
    parts.push(
      table(
        t.months,
        [t.month, t.count],
        months.map((m, i) => [month(m), period.reports.months[i]]),
      ),
      table(
        t.domains,
        [t.domain, t.count],
        Object.entries(period.domains).map(([id, s]) => [config.labels.domains[id] ?? id, s.total]),
      ),
      table(
        t.grounds,
        [t.ground, t.count],
        Object.entries(period.grounds).map(([id, s]) => [ground(id), s.total]),
      ),
    );
    // The city's areas (its settings), when it lists them and the table can be published.
    if (period.areas) {
      parts.push(
        table(
          t.areas,
          [t.area, t.count],
          Object.entries(period.areas.counts).map(([id, c]) => [
            id === 'unspecified' ? t.unspecified : (period.areas.labels[id] ?? id),
            c,
          ]),
        ),
      );
    } else if (overview.areas.length > 0) {
      parts.push(el('p', t.noAreas));
    }
  }
  $('hrc-stats-result').replaceChildren(...parts);
  $('hrc-stats-result').hidden = false;
  $('hrc-stats-publish-box').hidden = Boolean(taken);
  chosen = taken ? null : period;
  heading.focus();
}

async function preview() {
  const from = $('hrc-stats-from').value.trim();
  const to = $('hrc-stats-to').value.trim();
  hidePreview();
  if (!overview) await load();
  if (!MONTH.test(from) || !MONTH.test(to) || to < from || to >= overview.currentMonth) {
    say(t.monthsNeeded);
    $(MONTH.test(from) ? 'hrc-stats-to' : 'hrc-stats-from').focus();
    return;
  }
  say(t.working);
  // Let the message show before the search for witnesses keeps the page busy.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const period = publishPeriod({
    from,
    to,
    counters: overview.counters,
    threshold: overview.threshold,
    ...(overview.areas.length > 0 ? { areas: overview.areas } : {}),
  });
  showPreview(period);
  say('');
}

async function publish() {
  if (!chosen) return;
  say(t.working);
  const { res, body } = await api(config.periods, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ period: chosen }),
  });
  if (!res.ok) return say(body.message ?? fill(t.failed, res.status));
  const { from, to } = body.period;
  hidePreview();
  $('hrc-stats-from').value = '';
  $('hrc-stats-to').value = '';
  await load();
  say(fill(t.publishedNow, month(from), month(to)));
  $('hrc-stats-title').focus();
}

$('hrc-stats-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void preview().catch((e) => say(String(e)));
});
for (const id of ['hrc-stats-from', 'hrc-stats-to']) $(id).addEventListener('input', hidePreview);
$('hrc-stats-publish').addEventListener('click', () => void publish().catch((e) => say(String(e))));
void load();
