// The recovery sheet (docs/sealed-reports.md): an office key file on paper, line by line with a check
// code per line so a typing mistake is found where it happened, and the way back from typed lines to the
// file. The sheet holds the file as it is, still encrypted with the passphrase: alone it opens nothing.
import { jwkThumbprint, officeKeyFileSchema } from './seal.js';
import { $, el, t } from './util.js';

const LINE = 32;
const GROUP = 4;
const encoder = new TextEncoder();

function toBase64url(bytes) {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text) {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Four hex digits from SHA-256 of the line's number and text: a swapped, skipped or mistyped line fails. */
async function checkCode(number, text) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(`${number}:${text}`)));
  return Array.from(digest.subarray(0, 2), (b) => b.toString(16).padStart(2, '0')).join('');
}

const grouped = (text) => text.match(new RegExp(`.{1,${GROUP}}`, 'g')).join(' ');

/** The sheet's lines for a key file: `[number, grouped text, check code]`. */
export async function sheetLines(file) {
  // The note is for whoever finds the file; the sheet says the same in its own words.
  const { note: _note, ...rest } = file;
  const text = toBase64url(encoder.encode(JSON.stringify(rest)));
  const lines = [];
  for (let i = 0; i * LINE < text.length; i++) {
    const part = text.slice(i * LINE, (i + 1) * LINE);
    lines.push([i + 1, grouped(part), await checkCode(i + 1, part)]);
  }
  return lines;
}

/**
 * The key file back from typed lines ("7  eyJ0 eXBl …  3fa9"), or `{ error }` naming the first line
 * that does not match its check code, or the first number missing.
 */
export async function fileFromLines(typed) {
  const parts = new Map();
  for (const raw of typed.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^(\d+)[.:]?\s+(.+?)\s+([0-9a-fA-F]{4})$/.exec(line);
    if (!m) return { error: t.restoreBadLine(parts.size + 1) };
    const number = Number(m[1]);
    const text = m[2].replace(/\s+/g, '');
    if ((await checkCode(number, text)) !== m[3].toLowerCase()) return { error: t.restoreBadLine(number) };
    parts.set(number, text);
  }
  for (let n = 1; n <= parts.size; n++) if (!parts.has(n)) return { error: t.restoreMissing(n) };
  if (parts.size === 0) return { error: t.restoreMissing(1) };
  try {
    const joined = [...parts.keys()]
      .sort((a, b) => a - b)
      .map((n) => parts.get(n))
      .join('');
    const file = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64url(joined)));
    if (!officeKeyFileSchema.safeParse(file).success) return { error: t.restoreBroken };
    return { file };
  } catch {
    return { error: t.restoreBroken };
  }
}

/** Fills the printable sheet and opens the print dialogue; only the sheet is printed. */
export async function printSheet(file, officeName) {
  const sheet = $('sheet');
  const rows = el('tbody');
  for (const [number, text, code] of await sheetLines(file)) {
    const tr = el('tr');
    tr.append(el('td', String(number).padStart(2, '0')), el('td', text), el('td', code));
    rows.append(tr);
  }
  const table = el('table', undefined, { class: 'sheet-lines' });
  table.append(el('caption', t.sheetLines), rows);
  const facts = el('dl');
  const fact = (name, value) => facts.append(el('dt', name), el('dd', value));
  if (officeName) fact(t.sheetOffice, officeName);
  fact(t.keyId, file.kid);
  fact(t.sheetCreated, file.createdAt.slice(0, 10));
  fact(t.sheetThumbprint, grouped(await jwkThumbprint(file.publicKey)));
  sheet.replaceChildren(
    el('h2', t.sheetTitle(file.kid)),
    facts,
    el('p', t.sheetWarning),
    el('p', t.sheetHowTo),
    table,
    el('p', t.sheetPassphrase),
  );
  sheet.hidden = false;
  document.documentElement.classList.add('printing-sheet');
  const done = () => {
    document.documentElement.classList.remove('printing-sheet');
    sheet.hidden = true;
    sheet.replaceChildren();
  };
  window.addEventListener('afterprint', done, { once: true });
  window.print();
}
