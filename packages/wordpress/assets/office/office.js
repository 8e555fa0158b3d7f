// "Open sealed reports" in the WordPress admin: lists the site's reports through the admin-only REST
// route, opens sealed ones in this browser with the keys unlocked in this tab (keys.js), shows one
// report, changes its status, and makes the CSV here. WordPress only ever hands out envelopes; the
// private key and the opened reports stay in this tab's memory. Text is written with DOM methods only.
// A report sent with a receipt shows its conversation with the resident (conversation.js, the same
// module as @hrc/receiver's office page): answers are sealed here to the resident key and sent with an
// unlocked office key, with a copy sealed to that key so the office reads its answers again.
import { hideConversation, sendReply, showConversation } from './conversation.js';
import { showEvidence } from './evidence.js';
import { keyRing, setupKeys } from './keys.js';
import { isSealed, openReport, readableFields, refusal } from './opening.js';
import { reportCsvHeader, reportCsvRow } from './seal.js';
import { $, el, lang, languageName, say, saveFile, t } from './util.js';

const config = JSON.parse($('hrc-office-config').textContent);
const labels = config.labels;
const PAGE_SIZE = 25;
const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
const dayFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const word = (list, code) => (code ? (list[code] ?? code) : code);

let page = 1;
let current = null;
/**
 * What the screen is showing, or on its way to show; each view change takes a number, and a slower one
 * that was overtaken (a click while a key is unlocked refreshes the view) leaves the screen alone.
 */
let wanted = { view: 'list', focus: false };
let navigation = 0;

/** The office reports route, or a path under it (`12`, `HRC-…/messages`). */
function routeUrl(sub = '') {
  const url = new URL(config.rest);
  // Plain permalinks carry the route in ?rest_route=; pretty ones in the path.
  if (sub) {
    if (url.searchParams.has('rest_route'))
      url.searchParams.set('rest_route', `${url.searchParams.get('rest_route')}/${sub}`);
    else url.pathname = `${url.pathname.replace(/\/$/, '')}/${sub}`;
  }
  return url;
}

async function request(url, init) {
  const res = await fetch(url, {
    ...init,
    credentials: 'same-origin',
    cache: 'no-store',
    headers: { ...init.headers, 'X-WP-Nonce': config.nonce },
  });
  if (!res.ok) {
    say(t.failed(res.status));
    throw new Error(String(res.status));
  }
  return res;
}

async function api(params = {}, init = {}, id = '') {
  const url = routeUrl(String(id));
  for (const [k, v] of Object.entries(params)) if (v !== '') url.searchParams.set(k, String(v));
  return (await request(url, init)).json();
}

/** conversation.js asks for @hrc/receiver's `/reports/{reference}/messages`: the same under hrc/v1/office. */
const conversationApi = (path, init = {}) => request(routeUrl(path.replace(/^\/reports\//, '')), init);

/** The list's query for the filter: a status, or the reports that await a reply. */
function listFilter() {
  const value = $('filter').value;
  return value === 'awaiting' ? { status: '', awaiting: 'reply' } : { status: value };
}

const readable = (report, view) => view.payload ?? readableFields(report.payload);

function sealedText(report, view) {
  if (!isSealed(report)) return t.plainReport;
  if (view.state === 'opened') return t.sealedOpen(view.kid);
  if (view.state === 'locked') return t.sealedLocked(view.kid);
  return t.sealedBroken;
}

async function showList(focusTitle = false) {
  const mine = ++navigation;
  wanted = { view: 'list', focus: focusTitle };
  say(t.loading);
  const data = await api({ page, per_page: PAGE_SIZE, ...listFilter() });
  const rows = [];
  const views = [];
  for (const r of data.items) views.push(await openReport(r, keyRing()));
  if (mine !== navigation) return data.items;
  for (const [i, r] of data.items.entries()) {
    const view = views[i];
    const p = readable(r, view);
    const closed = isSealed(r) && !view.payload;
    const open = el('button', r.reference, { type: 'button', class: 'button-link' });
    open.addEventListener('click', () => void showDetail(r));
    const refCell = el('td');
    refCell.append(open);
    const tr = el('tr', undefined, { id: `report-${r.reference}` });
    tr.append(
      refCell,
      el('td', dateFormat.format(new Date(r.receivedAt))),
      el(
        'td',
        r.followUp?.awaitingReply
          ? `${word(labels.statuses, r.status)} · ${t.awaitingReply}`
          : word(labels.statuses, r.status),
      ),
      el('td', word(labels.domains, p.domain) ?? (closed ? t.sealedCell : '')),
      el('td', word(labels.wishes, p.wish) ?? (closed ? t.sealedCell : '')),
      el('td', sealedText(r, view)),
    );
    rows.push(tr);
  }
  $('rows').replaceChildren(...rows);
  const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
  $('page').textContent = t.page(page, pages, data.total);
  $('prev').disabled = page <= 1;
  $('next').disabled = page >= pages;
  $('detail').hidden = true;
  hideConversation();
  $('list').hidden = false;
  current = null;
  say(data.total === 0 ? t.none : t.loaded(data.items.length));
  if (wanted.focus) $('list-title').focus();
  wanted.focus = false;
  return data.items;
}

function groundWords(p) {
  return [
    ...(p.grounds ?? []).map((g) =>
      g === 'other' ? t.fields.groundOther : g === 'unknown' ? t.unknownGround : word(labels.grounds, g),
    ),
    ...(p.groundUnknown ? [t.unknownGround] : []),
  ].join(', ');
}

function whenWords(when) {
  return when.precision === 'day'
    ? dayFormat.format(new Date(`${when.date}T12:00:00Z`))
    : monthFormat.format(new Date(Date.UTC(when.year, when.month - 1, 1, 12)));
}

function describe(report, p) {
  const contact = p.contact ?? {};
  const equality = Object.entries(p.equality ?? {}).map(([q, a]) => [
    word(labels.questions, q),
    word(labels.answers, a),
  ]);
  return [
    [t.received, dateFormat.format(new Date(report.receivedAt))],
    [t.statusCol, word(labels.statuses, report.status)],
    ...(isSealed(report) ? [[t.keyId, report.payload.kid]] : []),
    [t.fields.description, p.description],
    [t.fields.when, whenWords(p.when)],
    [t.fields.place, p.place],
    [t.domain, word(labels.domains, p.domain)],
    [t.fields.grounds, groundWords(p)],
    [t.fields.groundOther, p.groundOther],
    [t.fields.role, word(labels.roles, p.role)],
    [t.fields.organisation, p.organisation],
    ...equality,
    [t.fields.contact, contact.kind === 'contact' ? t.contactMe : t.anonymous],
    [t.fields.name, contact.name],
    [t.fields.email, contact.email],
    [t.fields.phone, contact.phone],
    [t.fields.language, contact.language],
    [t.wish, word(labels.wishes, p.wish)],
    [t.fields.locale, languageName(p.locale)],
    [t.fields.sentAt, p.sentAt ? dateFormat.format(new Date(p.sentAt)) : ''],
  ].filter(([, v]) => v !== undefined && v !== '');
}

function describeClosed(report) {
  const s = report.payload.statistics;
  return [
    [t.received, dateFormat.format(new Date(report.receivedAt))],
    [t.statusCol, word(labels.statuses, report.status)],
    [t.keyId, report.payload.kid],
    ...(s
      ? [
          [t.domain, word(labels.domains, s.domain)],
          [t.fields.grounds, groundWords(s)],
          [t.fields.when, whenWords(readableFields(report.payload).when)],
          [t.fields.role, word(labels.roles, s.role)],
          [t.wish, word(labels.wishes, s.wish)],
        ]
      : []),
  ].filter(([, v]) => v !== undefined && v !== '');
}

async function showDetail(report, focus = true) {
  const mine = ++navigation;
  wanted = { view: 'detail', report, focus };
  const view = await openReport(report, keyRing());
  if (mine !== navigation) return;
  current = report;
  $('detail-title').textContent = `${t.reference} ${report.reference}`;
  const problem = $('detail-problem');
  problem.hidden = Boolean(view.payload);
  problem.textContent = view.payload ? '' : refusal(view, t);
  const items = view.payload ? describe(report, view.payload) : describeClosed(report);
  $('fields').replaceChildren(...items.flatMap(([k, v]) => [el('dt', k), el('dd', String(v))]));
  // Evidence files: fetched sealed, one at a time, only when asked (evidence.js, shared with the receiver).
  showEvidence(report, view, keyRing(), (i) => request(routeUrl(`${report.id}/evidence/${i}`), {}));
  $('new-status').value = report.status;
  await showConversation(report.reference, conversationApi).catch(() => hideConversation());
  if (mine !== navigation) return;
  $('list').hidden = true;
  $('detail').hidden = false;
  say(view.payload ? '' : problem.textContent);
  if (wanted.focus) $('detail-title').focus();
  wanted.focus = false;
}

async function exportCsv() {
  say(t.exporting);
  const lines = [`\uFEFF${reportCsvHeader()}`];
  const closed = [];
  for (let at = 1; ; at++) {
    const data = await api({ page: at, per_page: 200, ...listFilter() });
    for (const r of data.items) {
      const view = await openReport(r, keyRing());
      if (isSealed(r) && !view.payload) closed.push(r.reference);
      lines.push(reportCsvRow({ ...r, payload: readable(r, view) }));
    }
    if (data.items.length < 200) break;
  }
  saveFile(`reports-${new Date().toISOString().slice(0, 10)}.csv`, lines.join(''), 'text/csv;charset=utf-8');
  say(closed.length ? t.exportPartial(closed.length, closed.join(', ')) : t.exported);
}

$('filter').addEventListener('change', () => {
  page = 1;
  void showList().catch(() => {});
});
$('prev').addEventListener('click', () => {
  page = Math.max(1, page - 1);
  void showList().catch(() => {});
});
$('next').addEventListener('click', () => {
  page += 1;
  void showList().catch(() => {});
});
$('back').addEventListener('click', () => void showList(true).catch(() => {}));
$('export').addEventListener('click', () => void exportCsv().catch(() => {}));
$('reply-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void sendReply(conversationApi).catch(() => {});
});
$('status-form').addEventListener('submit', (event) => {
  event.preventDefault();
  if (!current) return;
  const status = $('new-status').value;
  void api(
    {},
    { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ status }) },
    current.id,
  )
    .then((updated) => {
      current = updated;
      if (wanted.view === 'detail') wanted.report = updated;
      say(t.saved(word(labels.statuses, updated.status)));
    })
    .catch(() => {});
});

async function keysChanged() {
  const refresh = wanted.view === 'detail' ? showDetail(wanted.report, wanted.focus) : showList(wanted.focus);
  await refresh.catch(() => {});
}

setupKeys({ officeKeys: config.officeKeys, onChange: keysChanged });
// A link from a report's own screen names it after #: open it once the list is there.
void showList()
  .then((items) => {
    const wanted = decodeURIComponent(location.hash.slice(1));
    const found = items.find((r) => r.reference === wanted);
    if (found) return showDetail(found);
    return undefined;
  })
  .catch(() => {});
