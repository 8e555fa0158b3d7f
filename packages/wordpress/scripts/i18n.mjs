// Translations of the plugin's own strings, without WP-CLI:
//   node scripts/i18n.mjs extract   lists the msgids used in PHP, JS and block.json (hrc-widgets domain)
//   node scripts/i18n.mjs check     fails when, in any languages/hrc-widgets-<locale>.po, a used string
//                                   has no translation (or a fuzzy one) or an entry is unused
//   node scripts/i18n.mjs compile   every languages/hrc-widgets-<locale>.po → .mo, with gettext-parser;
//                                   the editor script has no strings of its own (its labels come
//                                   translated from PHP), so there is no script JSON to make
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mo, po } from 'gettext-parser';
import { fallbackTexts } from './pot.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const LANGUAGES = join(root, 'languages');

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
  const plural = /\b_n\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*'(?:[^'\\]|\\.)*'\s*,[^,]+,\s*'hrc-widgets'\s*\)/g;
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
    // _n( 'singular', 'plural', $n, 'hrc-widgets' ): the entry's id is its singular.
    for (const m of text.matchAll(plural)) {
      const id = unquote(m[1], "'");
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

/** The catalogues in languages/: hrc-widgets-<WordPress locale>.po, one per language. */
export function catalogues() {
  return readdirSync(LANGUAGES)
    .filter((name) => /^hrc-widgets-.+\.po$/.test(name))
    .sort()
    .map((name) => ({
      name,
      locale: name.slice('hrc-widgets-'.length, -'.po'.length),
      path: join(LANGUAGES, name),
    }));
}

/** A catalogue's entries as "context\u0004msgid" → entry, as gettext keys them; the header left out. */
export function entries(table) {
  const out = new Map();
  for (const [context, ids] of Object.entries(table.translations)) {
    for (const [msgid, entry] of Object.entries(ids)) {
      if (msgid === '') continue;
      out.set(context ? `${context}\u0004${msgid}` : msgid, entry);
    }
  }
  return out;
}

function compile() {
  for (const { name, path } of catalogues()) {
    const table = po.parse(readFileSync(path));
    writeFileSync(path.replace(/\.po$/, '.mo'), mo.compile(table));
    console.log(`compiled ${name}: ${entries(table).size} strings`);
  }
}

function check() {
  const used = extract();
  const found = catalogues();
  let failed = found.length === 0;
  if (failed) console.error('no catalogue in languages/');
  for (const { name, locale, path } of found) {
    const table = po.parse(readFileSync(path));
    const problems = [];
    if (table.headers.Language !== locale)
      problems.push(`Language header is "${table.headers.Language ?? ''}", not "${locale}"`);
    if (!/^nplurals=\d+; plural=.+;$/.test(table.headers['Plural-Forms'] ?? ''))
      problems.push('no valid Plural-Forms header');
    const have = entries(table);
    for (const [id, where] of used) {
      const entry = have.get(id);
      if (!entry || entry.msgstr.some((s) => s === ''))
        problems.push(`missing: ${JSON.stringify(id)} (${where})`);
      // A fuzzy entry is not used by gettext: the string would show in English.
      else if (/\bfuzzy\b/.test(entry.comments?.flag ?? '')) problems.push(`fuzzy: ${JSON.stringify(id)}`);
    }
    for (const id of have.keys()) if (!used.has(id)) problems.push(`unused entry: ${JSON.stringify(id)}`);
    for (const problem of problems) console.error(`${name}: ${problem}`);
    failed ||= problems.length > 0;
  }
  if (failed) process.exit(1);
  console.log(`translations complete: ${used.size} strings in ${found.map((c) => c.locale).join(', ')}`);
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
