// The office page of hrc-receiver. The token lives in a variable only: never in storage, never in the
// address. Everything is written with DOM methods (textContent), so the page works under Trusted Types.

const T = {
  en: {
    skip: 'Skip to content',
    title: 'Reports',
    signinTitle: 'Sign in',
    signinHelp:
      "Enter the office token. It is kept in this tab's memory only and forgotten when you close or reload the page.",
    token: 'Office token',
    open: 'Open reports',
    listTitle: 'All reports',
    filter: 'Show',
    all: 'All',
    new: 'New',
    'in-progress': 'In progress',
    closed: 'Closed',
    export: 'Export as CSV',
    signout: 'Sign out',
    caption: 'Reports, newest first',
    reference: 'Reference',
    received: 'Received',
    statusCol: 'Status',
    domain: 'Area of life',
    wish: 'Wish',
    pages: 'Pages',
    prev: 'Previous page',
    next: 'Next page',
    page: (n, of, total) => `Page ${n} of ${of} (${total} reports)`,
    changeStatus: 'Status',
    save: 'Save status',
    back: 'Back to the list',
    loading: 'Loading…',
    loaded: (n) => `${n} reports shown.`,
    none: 'There are no reports.',
    tokenNeeded: 'Enter the office token.',
    badToken: 'That token was not accepted.',
    failed: (s) => `Something went wrong (${s}). Try again.`,
    saved: (s) => `Status saved: ${s}.`,
    exported: 'The CSV file is ready in your downloads.',
    fields: {
      description: 'What happened',
      when: 'When',
      place: 'Where',
      grounds: 'Grounds',
      groundOther: 'Other ground',
      role: 'Reported by',
      organisation: 'Organisation',
      contact: 'Contact',
      language: 'Contact language',
      locale: 'Language of the form',
      sentAt: 'Sent',
      updatedAt: 'Status changed',
    },
    anonymous: 'No, I want to stay anonymous',
    contactMe: 'Yes, contact me',
    unknownGround: 'I don’t know',
    // The form's own words for its answers, so the office reads what the resident chose.
    roles: {
      victim: 'It happened to me',
      witness: 'I saw it happen to someone else',
      organisation: 'I report on behalf of an organisation',
    },
    wishes: {
      register: 'Only register it',
      advice: 'Advice about what I can do',
      'complaint-help': 'Help with a complaint or other steps',
    },
    questions: {
      gender: 'Gender',
      ageGroup: 'Age',
      migrationBackground: 'Do you or your parents have a migration background?',
      disability: 'Do you have a disability or chronic illness?',
    },
    answers: {
      'prefer-not-to-say': 'Prefer not to say',
      woman: 'Woman',
      man: 'Man',
      'non-binary': 'Non-binary',
      other: 'Other',
      'under-18': 'Under 18',
      '65-plus': '65 or older',
      yes: 'Yes',
      no: 'No',
    },
    languages: { nl: 'Dutch', en: 'English' },
  },
  nl: {
    skip: 'Naar de inhoud',
    title: 'Meldingen',
    signinTitle: 'Aanmelden',
    signinHelp:
      'Vul het token van de organisatie in. Het blijft alleen in het geheugen van dit tabblad en is weg zodra u de pagina sluit of herlaadt.',
    token: 'Token van de organisatie',
    open: 'Meldingen openen',
    listTitle: 'Alle meldingen',
    filter: 'Toon',
    all: 'Alle',
    new: 'Nieuw',
    'in-progress': 'In behandeling',
    closed: 'Afgesloten',
    export: 'Exporteren als CSV',
    signout: 'Afmelden',
    caption: 'Meldingen, nieuwste eerst',
    reference: 'Kenmerk',
    received: 'Ontvangen',
    statusCol: 'Status',
    domain: 'Terrein',
    wish: 'Wens',
    pages: "Pagina's",
    prev: 'Vorige pagina',
    next: 'Volgende pagina',
    page: (n, of, total) => `Pagina ${n} van ${of} (${total} meldingen)`,
    changeStatus: 'Status',
    save: 'Status opslaan',
    back: 'Terug naar de lijst',
    loading: 'Bezig met laden…',
    loaded: (n) => `${n} meldingen getoond.`,
    none: 'Er zijn geen meldingen.',
    tokenNeeded: 'Vul het token in.',
    badToken: 'Dat token is niet geaccepteerd.',
    failed: (s) => `Er ging iets mis (${s}). Probeer het opnieuw.`,
    saved: (s) => `Status opgeslagen: ${s}.`,
    exported: 'Het CSV-bestand staat in uw downloads.',
    fields: {
      description: 'Wat er gebeurde',
      when: 'Wanneer',
      place: 'Waar',
      grounds: 'Gronden',
      groundOther: 'Andere grond',
      role: 'Gemeld door',
      organisation: 'Organisatie',
      contact: 'Contact',
      language: 'Contacttaal',
      locale: 'Taal van het formulier',
      sentAt: 'Verstuurd',
      updatedAt: 'Status gewijzigd',
    },
    anonymous: 'Nee, ik wil anoniem blijven',
    contactMe: 'Ja, neem contact met mij op',
    unknownGround: 'Ik weet het niet',
    roles: {
      victim: 'Het overkwam mij',
      witness: 'Ik zag het iemand anders overkomen',
      organisation: 'Ik meld namens een organisatie',
    },
    wishes: {
      register: 'Alleen registreren',
      advice: 'Advies over wat ik kan doen',
      'complaint-help': 'Hulp bij een klacht of andere stappen',
    },
    questions: {
      gender: 'Gender',
      ageGroup: 'Leeftijd',
      migrationBackground: 'Hebben u of uw ouders een migratieachtergrond?',
      disability: 'Heeft u een beperking of chronische ziekte?',
    },
    answers: {
      'prefer-not-to-say': 'Zeg ik liever niet',
      woman: 'Vrouw',
      man: 'Man',
      'non-binary': 'Non-binair',
      other: 'Anders',
      'under-18': 'Jonger dan 18',
      '65-plus': '65 of ouder',
      yes: 'Ja',
      no: 'Nee',
    },
    languages: { nl: 'Nederlands', en: 'Engels' },
  },
};

const lang = document.documentElement.lang === 'nl' ? 'nl' : 'en';
const t = T[lang];
const PAGE_SIZE = 25;
const $ = (id) => document.getElementById(id);
const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
const dayFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' });
/** Grounds and areas of life by id, in this page's language (GET /admin/labels.json). */
let labels = { grounds: {}, domains: {} };
const word = (list, code) => (code ? (list[code] ?? code) : code);

let token = '';
let offset = 0;
let current = null;

for (const el of document.querySelectorAll('[data-t]')) {
  const text = t[el.dataset.t];
  if (typeof text === 'string') el.textContent = text;
}
document.title = t.title;

function say(text) {
  $('status').textContent = text;
}

async function api(path, init = {}) {
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
  if (!res.ok) {
    say(t.failed(res.status));
    throw new Error(String(res.status));
  }
  return res;
}

function signOut() {
  token = '';
  current = null;
  $('token').value = '';
  $('list').hidden = true;
  $('detail').hidden = true;
  $('signin').hidden = false;
}

async function showList(focusTitle = false) {
  say(t.loading);
  const params = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(offset) });
  if ($('filter').value) params.set('status', $('filter').value);
  const page = await (await api(`/reports?${params}`)).json();
  const rows = $('rows');
  rows.replaceChildren();
  for (const r of page.items) {
    const tr = document.createElement('tr');
    const refCell = document.createElement('td');
    const open = document.createElement('button');
    open.type = 'button';
    open.className = 'linklike';
    open.textContent = r.reference;
    open.addEventListener('click', () => void showDetail(r.reference));
    refCell.append(open);
    tr.append(
      refCell,
      cell(dateFormat.format(new Date(r.receivedAt))),
      cell(t[r.status] ?? r.status),
      cell(word(labels.domains, r.payload.domain)),
      cell(word(t.wishes, r.payload.wish)),
    );
    rows.append(tr);
  }
  const pages = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
  $('page').textContent = t.page(Math.floor(offset / PAGE_SIZE) + 1, pages, page.total);
  $('prev').disabled = offset === 0;
  $('next').disabled = offset + PAGE_SIZE >= page.total;
  $('signin').hidden = true;
  $('detail').hidden = true;
  $('list').hidden = false;
  say(page.total === 0 ? t.none : t.loaded(page.items.length));
  if (focusTitle) $('list-title').focus();
}

function cell(text) {
  const td = document.createElement('td');
  td.textContent = text ?? '';
  return td;
}

function describe(report) {
  const p = report.payload;
  const when =
    p.when.precision === 'day'
      ? dayFormat.format(new Date(`${p.when.date}T12:00:00Z`))
      : monthFormat.format(new Date(Date.UTC(p.when.year, p.when.month - 1, 1, 12)));
  const grounds = [
    ...p.grounds.map((g) => word(labels.grounds, g)),
    ...(p.groundUnknown ? [t.unknownGround] : []),
  ].join(', ');
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
    [t.domain, word(labels.domains, p.domain)],
    [t.fields.grounds, grounds],
    [t.fields.groundOther, p.groundOther],
    [t.fields.when, when],
    [t.fields.place, p.place],
    [t.fields.description, p.description],
    [t.fields.role, word(t.roles, p.role)],
    [t.fields.organisation, p.organisation],
    [t.wish, word(t.wishes, p.wish)],
    [t.fields.contact, contact],
    [t.fields.language, p.contact.kind === 'contact' ? p.contact.language : ''],
    ...equality,
    [t.fields.locale, word(t.languages, p.locale)],
    [t.fields.sentAt, dateFormat.format(new Date(p.sentAt))],
  ].filter(([, v]) => v !== undefined && v !== '');
}

async function showDetail(reference) {
  say(t.loading);
  current = await (await api(`/reports/${encodeURIComponent(reference)}`)).json();
  $('detail-title').textContent = `${t.reference} ${current.reference}`;
  const dl = $('fields');
  dl.replaceChildren();
  for (const [k, v] of describe(current)) {
    const dt = document.createElement('dt');
    dt.textContent = k;
    const dd = document.createElement('dd');
    dd.textContent = String(v);
    dl.append(dt, dd);
  }
  $('new-status').value = current.status;
  $('list').hidden = true;
  $('detail').hidden = false;
  say('');
  $('detail-title').focus();
}

async function loadLabels() {
  const res = await fetch('/admin/labels.json', {
    credentials: 'omit',
    headers: { 'Accept-Language': lang },
  });
  if (res.ok) labels = await res.json();
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

$('export').addEventListener('click', () => {
  const params = new URLSearchParams();
  if ($('filter').value) params.set('status', $('filter').value);
  void api(`/reports.csv?${params}`)
    .then(async (res) => {
      const blob = await res.blob();
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `reports-${new Date().toISOString().slice(0, 10)}.csv`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      say(t.exported);
    })
    .catch(() => {});
});
