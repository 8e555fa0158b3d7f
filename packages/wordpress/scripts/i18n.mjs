// Translations of the plugin's own strings, without WP-CLI:
//   node scripts/i18n.mjs extract   lists the msgids used in PHP, JS and block.json (hrc-widgets domain)
//   node scripts/i18n.mjs check     fails when a used string has no Dutch entry or an entry is unused
//   node scripts/i18n.mjs compile   languages/*.po → .mo (gettext binary); the editor script has no
//                                   strings of its own (its labels come translated from PHP)
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fallbackTexts } from './pot.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const PO = join(root, 'languages/hrc-widgets-nl_NL.po');

function files(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (['node_modules', 'dist', 'test', 'kit', 'scripts', 'data', 'schema'].includes(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, out);
    else if (/\.(php|js)$|block\.json$/.test(name)) out.push(path);
  }
  return out;
}

/** Unescapes a PHP/JS single- or double-quoted literal body. */
function unquote(body, quote) {
  if (quote === "'") return body.replace(/\\(['\\])/g, '$1');
  return body
    .replace(/\\n/g, '\n')
    .replace(/\\\$/g, '$')
    .replace(/\\(["\\])/g, '$1');
}

export function extract() {
  const ids = new Map();
  const call =
    /\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*,\s*['"]hrc-widgets['"]\s*\)/g;
  for (const file of files(root)) {
    const text = readFileSync(file, 'utf8');
    const where = relative(root, file);
    if (file.endsWith('block.json')) {
      const block = JSON.parse(text);
      // WordPress translates block.json strings with a context.
      ids.set(`block title\u0004${block.title}`, where);
      ids.set(`block description\u0004${block.description}`, where);
      for (const k of block.keywords ?? []) ids.set(`block keyword\u0004${k}`, where);
      continue;
    }
    for (const m of text.matchAll(call)) {
      const id = m[1] !== undefined ? unquote(m[1], "'") : unquote(m[2], '"');
      if (!ids.has(id)) ids.set(id, where);
    }
  }
  // The fallback markup's fixed texts, translated by language in HRC_Render::translate().
  for (const text of fallbackTexts()) if (!ids.has(text)) ids.set(text, 'includes/class-hrc-fallback.php');
  // The plugin header's description is translated by WordPress on the plugins screen.
  const header = readFileSync(join(root, 'hrc-widgets.php'), 'utf8');
  ids.set(/Plugin Name:\s*(.+)/.exec(header)[1].trim(), 'hrc-widgets.php');
  ids.set(/Description:\s*(.+)/.exec(header)[1].trim(), 'hrc-widgets.php');
  return ids;
}

function poString(s) {
  return s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

export function parsePo(text) {
  const entries = [];
  let current = null;
  let field = null;
  let context;
  const unescape = (s) =>
    s.replace(/\\(n|"|\\|t)/g, (_, c) => ({ n: '\n', '"': '"', '\\': '\\', t: '\t' })[c]);
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('msgctxt ')) {
      context = unescape(line.slice(9, -1));
    } else if (line.startsWith('msgid ')) {
      current = { msgid: '', msgstr: '', context };
      context = undefined;
      entries.push(current);
      field = 'msgid';
      current.msgid = unescape(line.slice(7, -1));
    } else if (line.startsWith('msgstr ')) {
      field = 'msgstr';
      current.msgstr = unescape(line.slice(8, -1));
    } else if (line.startsWith('"') && current && field) {
      current[field] += unescape(line.slice(1, -1));
    }
  }
  // A context is stored in the key, as gettext does: "context\u0004msgid".
  return entries.map((e) => ({
    msgid: e.context ? `${e.context}\u0004${e.msgid}` : e.msgid,
    msgstr: e.msgstr,
  }));
}

/** GNU gettext .mo (little endian, no hash table). */
function mo(entries) {
  const sorted = [...entries].sort((a, b) => (Buffer.from(a.msgid) < Buffer.from(b.msgid) ? -1 : 1));
  const n = sorted.length;
  const headerSize = 28;
  const ids = sorted.map((e) => Buffer.from(e.msgid, 'utf8'));
  const strs = sorted.map((e) => Buffer.from(e.msgstr, 'utf8'));
  let offset = headerSize + n * 16;
  const table = Buffer.alloc(n * 16);
  const blobs = [];
  ids.forEach((b, i) => {
    table.writeUInt32LE(b.length, i * 8);
    table.writeUInt32LE(offset, i * 8 + 4);
    blobs.push(b, Buffer.from([0]));
    offset += b.length + 1;
  });
  strs.forEach((b, i) => {
    table.writeUInt32LE(b.length, n * 8 + i * 8);
    table.writeUInt32LE(offset, n * 8 + i * 8 + 4);
    blobs.push(b, Buffer.from([0]));
    offset += b.length + 1;
  });
  const header = Buffer.alloc(headerSize);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(n, 8);
  header.writeUInt32LE(headerSize, 12);
  header.writeUInt32LE(headerSize + n * 8, 16);
  header.writeUInt32LE(0, 20);
  header.writeUInt32LE(headerSize + n * 16, 24);
  return Buffer.concat([header, table, ...blobs]);
}

function compile() {
  const entries = parsePo(readFileSync(PO, 'utf8'));
  writeFileSync(PO.replace(/\.po$/, '.mo'), mo(entries.filter((e) => e.msgstr !== '')));
  console.log(`compiled ${entries.length - 1} Dutch strings`);
}

function check() {
  const used = extract();
  const entries = parsePo(readFileSync(PO, 'utf8')).filter((e) => e.msgid !== '');
  const have = new Map(entries.map((e) => [e.msgid, e.msgstr]));
  const missing = [...used.keys()].filter((id) => !have.get(id));
  const unused = [...have.keys()].filter((id) => !used.has(id));
  for (const id of missing) console.error(`missing Dutch: ${JSON.stringify(id)} (${used.get(id)})`);
  // The header entry (empty msgid) is not a string of the plugin.
  for (const id of unused) console.error(`unused entry: ${JSON.stringify(id)}`);
  if (missing.length || unused.length) process.exit(1);
  console.log(`translations complete: ${used.size} strings`);
}

const command = process.argv[2];
if (command === 'extract') {
  for (const [key] of extract()) {
    const [context, id] = key.includes('\u0004') ? key.split('\u0004') : [undefined, key];
    console.log(`${context ? `msgctxt "${context}"\n` : ''}msgid "${poString(id)}"\nmsgstr ""\n`);
  }
} else if (command === 'check') check();
else if (command === 'compile') compile();
else if (command) {
  console.error('usage: i18n.mjs extract|check|compile');
  process.exit(2);
}
