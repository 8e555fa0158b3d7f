// The office page of hrc-receiver. The token lives in a variable only: never in storage, never in the
// address. Everything is written with DOM methods (textContent), so the page works under Trusted Types.
// Sealed reports are opened here, in the browser, with the keys unlocked in this tab (keys.js); the
// receiver only ever hands out their envelopes.
import { hideConversation, sendReply, showConversation } from './conversation.js';
import { keyRing, setupKeys } from './keys.js';
import { isSealed, openReport, readableFields, refusal } from './opening.js';
import { showEvidence } from './evidence.js';
import { reportCsvHeader, reportCsvRow } from './seal.js';
import { setupStatistics } from './stats.js';
import { $, el, lang, say, saveFile, t } from './util.js';

const PAGE_SIZE = 25;
const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
const dayFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' });
/** Grounds and areas of life by id, in this page's language (GET /admin/labels.json). */
let labels = { grounds: {}, domains: {} };
const word = (list, code) => (code ? (list[code] ?? code) : code);
/** The name of a language in the page's language (the form's language of a report: any tag). */
function languageName(code) {
  if (!code) return code;
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

let token = '';
let offset = 0;
let current = null;
/**
 * What the page is showing, or on its way to show: the list, or one report. Each view change takes a
 * number; a slower one that was overtaken (a click while unlocking a key refreshes the view) leaves
 * the page alone.
 */
let wanted = { view: 'list', focus: false };
let navigation = 0;
const statistics = setupStatistics({ api, labels: () => labels });
/** Whether the Statistics section has loaded since signing in; it is shown with the list. */
let statisticsShown = false;

for (const node of document.querySelectorAll('[data-t]')) {
  const text = t[node.dataset.t];
  if (typeof text === 'string') node.textContent = text;
}
document.title = t.title;

/** An office request; with `refusals`, a 4xx other than 401 is answered rather than thrown. */
async function api(path, init = {}, { refusals = false } = {}) {
  const res = await fetch(path, {
    ...init,
    credentials: 'omit',
    cache: 'no-store',
    headers: { ...init.headers, Authorization: `Bearer ${token}`, 'Accept-Language': lang },
  });
  if (res.status === 401) {
    signOut();
    say(t.badToken);
    throw new Error('unauthorized');
  }
  if (!res.ok && !(refusals && res.status >= 400 && res.status < 500)) {
    say(t.failed(res.status));
    throw new Error(String(res.status));
  }
  return res;
}

function signOut() {
  token = '';
  current = null;
  // Views still on their way are dropped.
  navigation++;
  wanted = { view: 'list', focus: false };
  $('token').value = '';
  $('list').hidden = true;
  $('detail').hidden = true;
  $('keys').hidden = true;
  statistics.hide();
  statisticsShown = false;
  $('signin').hidden = false;
}

/** The words for a report's sealing, for the list's last column. */
function sealedText(report, view) {
  if (!isSealed(report)) return t.plainReport;
  if (view.state === 'opened') return t.sealedOpen(view.kid);
  if (view.state === 'locked') return t.sealedLocked(view.kid);
  return t.sealedBroken;
}

/** What the office can read of a report: the opened or plain payload, else the readable statistics. */
const readable = (report, view) => view.payload ?? readableFields(report.payload);

async function showList(focusTitle = false) {
  const mine = ++navigation;
  wanted = { view: 'list', focus: focusTitle };
  say(t.loading);
  const params = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(offset) });
  const filter = $('filter').value;
  if (filter === 'awaiting') params.set('awaiting', 'reply');
  else if (filter) params.set('status', filter);
  const page = await (await api(`/reports?${params}`)).json();
  const rows = [];
  const views = [];
  for (const r of page.items) views.push(await openReport(r, keyRing()));
  if (mine !== navigation) return;
  for (const [i, r] of page.items.entries()) {
    const view = views[i];
    const p = readable(r, view);
    const tr = el('tr');
    const refCell = el('td');
    const open = el('button', r.reference, { type: 'button', class: 'linklike' });
    open.addEventListener('click', () => void showDetail(r.reference));
    refCell.append(open);
    const closed = isSealed(r) && !view.payload;
    tr.append(
      refCell,
      el('td', dateFormat.format(new Date(r.receivedAt))),
      el(
        'td',
        r.followUp?.awaitingReply
          ? `${t[r.status] ?? r.status} · ${t.awaitingReply}`
          : (t[r.status] ?? r.status),
      ),
      el('td', word(labels.domains, p.domain) ?? (closed ? t.sealedCell : '')),
      el('td', word(t.wishes, p.wish) ?? (closed ? t.sealedCell : '')),
      el('td', sealedText(r, view)),
    );
    rows.push(tr);
  }
  $('rows').replaceChildren(...rows);
  const pages = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
  $('page').textContent = t.page(Math.floor(offset / PAGE_SIZE) + 1, pages, page.total);
  $('prev').disabled = offset === 0;
  $('next').disabled = offset + PAGE_SIZE >= page.total;
  $('signin').hidden = true;
  $('detail').hidden = true;
  $('keys').hidden = false;
  $('list').hidden = false;
  $('stats').hidden = !statisticsShown;
  current = null;
  say(page.total === 0 ? t.none : t.loaded(page.items.length));
  if (wanted.focus) $('list-title').focus();
  wanted.focus = false;
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
  const contact =
    p.contact.kind === 'anonymous'
      ? t.anonymous
      : [t.contactMe, p.contact.name, p.contact.email, p.contact.phone].filter(Boolean).join(' · ');
  const equality = Object.entries(p.equality ?? {}).map(([question, answer]) => [
    t.questions[question] ?? question,
    word(t.answers, answer),
  ]);
  return [
    [t.received, dateFormat.format(new Date(report.receivedAt))],
    [t.statusCol, t[report.status]],
    [t.fields.updatedAt, dateFormat.format(new Date(report.updatedAt))],
    ...(isSealed(report) ? [[t.keyId, report.payload.kid]] : []),
    [t.domain, word(labels.domains, p.domain)],
    [t.fields.grounds, groundWords(p)],
    [t.fields.groundOther, p.groundOther],
    [t.fields.when, whenWords(p.when)],
    [t.fields.place, p.place],
    [t.fields.description, p.description],
    [t.fields.role, word(t.roles, p.role)],
    [t.fields.organisation, p.organisation],
    [t.wish, word(t.wishes, p.wish)],
    // The city's own id of the area (its --stats-area list), when the form asked and one was chosen.
    [t.fields.area, p.area],
    [t.fields.contact, contact],
    [t.fields.language, p.contact.kind === 'contact' ? p.contact.language : ''],
    ...equality,
    [t.fields.locale, languageName(p.locale)],
    [t.fields.sentAt, dateFormat.format(new Date(p.sentAt))],
  ].filter(([, v]) => v !== undefined && v !== '');
}

/** A sealed report that stays closed: what the receiver knows of it, without its content. */
function describeClosed(report) {
  const s = report.payload.statistics;
  return [
    [t.received, dateFormat.format(new Date(report.receivedAt))],
    [t.statusCol, t[report.status]],
    [t.fields.updatedAt, dateFormat.format(new Date(report.updatedAt))],
    [t.keyId, report.payload.kid],
    ...(s
      ? [
          [t.domain, word(labels.domains, s.domain)],
          [t.fields.grounds, groundWords(s)],
          [t.fields.when, whenWords(readableFields(report.payload).when)],
          [t.fields.role, word(t.roles, s.role)],
          [t.wish, word(t.wishes, s.wish)],
          [t.fields.area, s.area],
        ]
      : []),
  ].filter(([, v]) => v !== undefined && v !== '');
}

async function showDetail(reference, focus = true) {
  const mine = ++navigation;
  wanted = { view: 'detail', reference, focus };
  say(t.loading);
  const report = await (await api(`/reports/${encodeURIComponent(reference)}`)).json();
  const view = await openReport(report, keyRing());
  if (mine !== navigation) return;
  current = report;
  $('detail-title').textContent = `${t.reference} ${current.reference}`;
  const problem = $('detail-problem');
  problem.hidden = Boolean(view.payload);
  problem.textContent = view.payload ? '' : refusal(view, t);
  const items = view.payload ? describe(current, view.payload) : describeClosed(current);
  $('fields').replaceChildren(...items.flatMap(([k, v]) => [el('dt', k), el('dd', String(v))]));
  showEvidence(current, view, keyRing(), api);
  $('new-status').value = current.status;
  await showConversation(reference, api).catch(() => hideConversation());
  if (mine !== navigation) return;
  $('list').hidden = true;
  $('stats').hidden = true;
  $('keys').hidden = false;
  $('detail').hidden = false;
  // A report that does not open is said aloud too; otherwise the status line is cleared.
  say(view.payload ? '' : problem.textContent);
  if (wanted.focus) $('detail-title').focus();
  wanted.focus = false;
}

async function loadLabels() {
  const res = await fetch('/admin/labels.json', {
    credentials: 'omit',
    headers: { 'Accept-Language': lang },
  });
  if (res.ok) labels = await res.json();
}

/** The CSV export, made here: sealed reports are opened in this browser, never by the receiver. */
async function exportCsv() {
  say(t.exporting);
  const status = $('filter').value === 'awaiting' ? '' : $('filter').value;
  const lines = [`\uFEFF${reportCsvHeader()}`];
  const closed = [];
  for (let at = 0; ; at += 200) {
    const params = new URLSearchParams({ limit: '200', offset: String(at) });
    if (status) params.set('status', status);
    const page = await (await api(`/reports?${params}`)).json();
    for (const r of page.items) {
      const view = await openReport(r, keyRing());
      if (isSealed(r) && !view.payload) closed.push(r.reference);
      lines.push(reportCsvRow({ ...r, payload: readable(r, view) }));
    }
    if (page.items.length < 200) break;
  }
  saveFile(`reports-${new Date().toISOString().slice(0, 10)}.csv`, lines.join(''), 'text/csv;charset=utf-8');
  say(closed.length ? t.exportPartial(closed.length, closed.join(', ')) : t.exported);
}

$('signin').addEventListener('submit', (event) => {
  event.preventDefault();
  token = $('token').value.trim();
  if (!token) {
    say(t.tokenNeeded);
    $('token').focus();
    return;
  }
  offset = 0;
  // Without the labels the page still works, showing the stable codes.
  void loadLabels()
    .catch(() => {})
    .then(() => showList(true))
    .then(() => statistics.show())
    .then(() => {
      statisticsShown = true;
      if (wanted.view !== 'list') $('stats').hidden = true;
    })
    .catch(() => {});
});

$('filter').addEventListener('change', () => {
  offset = 0;
  void showList().catch(() => {});
});
$('prev').addEventListener('click', () => {
  offset = Math.max(0, offset - PAGE_SIZE);
  void showList().catch(() => {});
});
$('next').addEventListener('click', () => {
  offset += PAGE_SIZE;
  void showList().catch(() => {});
});
$('signout').addEventListener('click', () => {
  signOut();
  $('token').focus();
});
$('back').addEventListener('click', () => void showList(true).catch(() => {}));

$('status-form').addEventListener('submit', (event) => {
  event.preventDefault();
  if (!current) return;
  const status = $('new-status').value;
  void api(`/reports/${encodeURIComponent(current.reference)}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ status }),
  })
    .then((res) => res.json())
    .then((updated) => {
      current = updated;
      say(t.saved(t[updated.status]));
    })
    .catch(() => {});
});

$('reply-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void sendReply(api).catch(() => {});
});

$('export').addEventListener('click', () => void exportCsv().catch(() => {}));

/** After keys were unlocked or forgotten: show what is open now, where the office is, focus kept. */
async function keysChanged() {
  if (!token) return;
  const refresh =
    wanted.view === 'detail' ? showDetail(wanted.reference, wanted.focus) : showList(wanted.focus);
  await refresh.catch(() => {});
}

// The receiver's note for staff and its office keys are public (the keys are in every form's page).
void fetch('/admin/config.json', { credentials: 'omit', headers: { 'Accept-Language': lang } })
  .then((res) => (res.ok ? res.json() : {}))
  .catch(() => ({}))
  .then((config) => {
    if (config.notice) {
      $('notice').textContent = config.notice;
      $('notice').hidden = false;
    }
    setupKeys({ officeKeys: config.officeKeys ?? [], onChange: keysChanged });
  });
