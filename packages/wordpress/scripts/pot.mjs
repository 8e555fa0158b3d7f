// The translation template languages/hrc-widgets.pot, made with GNU gettext's xgettext (Debian package
// `gettext`), the way WordPress.org expects a plugin to ship one:
//   node scripts/pot.mjs           writes languages/hrc-widgets.pot
//   node scripts/pot.mjs --check   fails when the committed template lacks a string or has a stale one
// Sources: the plugin's PHP and editor scripts (calls with the hrc-widgets domain), the block.json
// titles, descriptions and keywords (with the context WordPress gives them), the plugin header's
// name and description, and the fallback markup's fixed texts (fallbackTexts()).
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const POT = join(root, 'languages/hrc-widgets.pot');
const SKIP = ['node_modules', 'dist', 'test', 'kit', 'scripts', 'data', 'schema', 'languages'];

function files(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    if (SKIP.includes(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, out);
    else if (/\.(php|js)$|block\.json$/.test(name)) out.push(relative(root, path));
  }
  return out;
}

const KEYWORDS = [
  '__:1,2t',
  '_e:1,2t',
  'esc_html__:1,2t',
  'esc_html_e:1,2t',
  'esc_attr__:1,2t',
  'esc_attr_e:1,2t',
  '_x:1,2c,3t',
  '_n:1,2,4t',
].map((k) => `--keyword=${k}`);

const php = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * The fixed texts of the fallback markup (the English table of includes/class-hrc-fallback.php, generated
 * from packages/cms/php/Fallback.php): msgids of the plugin's catalogue that the code translates by
 * language (HRC_Render::translate), not through __().
 */
export function fallbackTexts() {
  const source = readFileSync(join(root, 'includes/class-hrc-fallback.php'), 'utf8');
  const table = /private const TEXT = \[([\s\S]*?)\n {2}\];/.exec(source);
  if (!table) throw new Error('includes/class-hrc-fallback.php: its TEXT table was not found');
  return [...table[1].matchAll(/=> '((?:[^'\\]|\\.)*)'/g)].map((m) => m[1].replace(/\\(['\\])/g, '$1'));
}

/** The template's text. */
export function makePot() {
  const version = /^\s*\*\s*Version:\s*(\S+)/m.exec(readFileSync(join(root, 'hrc-widgets.php'), 'utf8'))[1];
  const sources = files(root);
  const tmp = mkdtempSync(join(tmpdir(), 'hrc-pot-'));
  try {
    // Strings that live outside PHP and JavaScript calls become calls in stand-in files with the same
    // relative names, so the template's references name the real files.
    const stubs = join(tmp, 'stubs');
    const stub = (file, calls) => {
      mkdirSync(dirname(join(stubs, file)), { recursive: true });
      writeFileSync(join(stubs, file), `<?php\n${calls.join('\n')}\n`);
    };
    for (const file of sources.filter((f) => f.endsWith('block.json'))) {
      const block = JSON.parse(readFileSync(join(root, file), 'utf8'));
      stub(file, [
        `_x( ${php(block.title)}, 'block title', 'hrc-widgets' );`,
        `_x( ${php(block.description)}, 'block description', 'hrc-widgets' );`,
        ...(block.keywords ?? []).map((k) => `_x( ${php(k)}, 'block keyword', 'hrc-widgets' );`),
      ]);
    }
    const header = readFileSync(join(root, 'hrc-widgets.php'), 'utf8');
    stub('hrc-widgets.php', [
      `__( ${php(/Plugin Name:\s*(.+)/.exec(header)[1].trim())}, 'hrc-widgets' );`,
      `__( ${php(/Description:\s*(.+)/.exec(header)[1].trim())}, 'hrc-widgets' );`,
    ]);
    stub(
      'includes/class-hrc-fallback.php',
      fallbackTexts().map(
        (t) =>
          `${/%/.test(t) ? '/* translators: placeholders as in English, in any order */ ' : ''}__( ${php(t)}, 'hrc-widgets' );`,
      ),
    );
    const out = join(tmp, 'out.pot');
    const run = (language, dir, list) =>
      execFileSync(
        'xgettext',
        [
          `--language=${language}`,
          '--from-code=UTF-8',
          '--add-comments=translators:',
          '--add-location=file',
          '--no-wrap',
          ...KEYWORDS,
          `--directory=${dir}`,
          `--output=${out}`,
          ...(existsSync(out) ? ['--join-existing'] : []),
          ...list,
        ],
        // Its only chatter is a warning about non-ASCII msgids (typographic quotes), which are intended.
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
    run('PHP', stubs, [
      ...sources.filter((f) => f.endsWith('block.json')),
      'hrc-widgets.php',
      'includes/class-hrc-fallback.php',
    ]);
    run(
      'PHP',
      root,
      sources.filter((f) => f.endsWith('.php')),
    );
    run(
      'JavaScript',
      root,
      sources.filter((f) => f.endsWith('.js')),
    );
    // xgettext's own header (placeholders, creation date) gives way to a stable one.
    const body = readFileSync(out, 'utf8').replace(/^[\s\S]*?\n\n/, '');
    return `# Translation template of Human Rights City Widgets.
# This file is distributed under the same licence as the plugin.
# Made with xgettext: pnpm --filter @hrc/wordpress i18n:pot
msgid ""
msgstr ""
"Project-Id-Version: Human Rights City Widgets ${version}\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"X-Domain: hrc-widgets\\n"

${body}`;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The strings of a template or catalogue, as "context\u0004msgid" keys (no plural forms are used). */
export function keys(text) {
  const out = new Set();
  const unescape = (s) =>
    s.replace(/\\(n|"|\\|t)/g, (_, c) => ({ n: '\n', '"': '"', '\\': '\\', t: '\t' })[c]);
  for (const entry of text.split(/\n\s*\n/)) {
    const field = (name) => {
      const m = new RegExp(`^${name} "(.*)"\\n((?:".*"\\n?)*)`, 'm').exec(`${entry}\n`);
      return m
        ? unescape(
            m[1] +
              m[2]
                .split('\n')
                .map((l) => l.trim().slice(1, -1))
                .join(''),
          )
        : null;
    };
    const id = field('msgid');
    if (!id) continue;
    const context = field('msgctxt');
    out.add(context === null ? id : `${context}\u0004${id}`);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const made = makePot();
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(POT, 'utf8');
    } catch {
      console.error(`${relative(root, POT)} is missing: run pnpm --filter @hrc/wordpress i18n:pot`);
      process.exit(1);
    }
    const want = keys(made);
    const have = keys(committed);
    const missing = [...want].filter((k) => !have.has(k));
    const stale = [...have].filter((k) => !want.has(k));
    for (const k of missing) console.error(`not in the template: ${JSON.stringify(k)}`);
    for (const k of stale) console.error(`no longer used: ${JSON.stringify(k)}`);
    if (missing.length || stale.length) {
      console.error('run pnpm --filter @hrc/wordpress i18n:pot');
      process.exit(1);
    }
    console.log(`${relative(root, POT)}: ${want.size} strings, current`);
  } else {
    writeFileSync(POT, made);
    console.log(`wrote ${relative(root, POT)} (${keys(made).size} strings)`);
  }
}
