// The UI catalogs: every message the code shows is in the English catalog, every other catalog is
// checked against it, and Dutch is complete.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCatalog, extract, type CatalogFile } from '../../packages/widgets/scripts/i18n.ts';

const widgets = new URL('../../packages/widgets/', import.meta.url).pathname;
const locales = `${widgets}locales/`;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? files(join(dir, d.name))
      : /\.ts$/.test(d.name) && !/\.(test|stories)\.ts$|test-helpers\.ts$/.test(d.name)
        ? [join(dir, d.name)]
        : [],
  );
}

const source = extract(files(`${widgets}src/`));
const catalog = (name: string) => JSON.parse(readFileSync(`${locales}${name}`, 'utf8')) as CatalogFile;

/** A module with the given body, importing the kit's message functions as components do. */
function module(body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'hrc-i18n-'));
  const path = join(dir, 'x.ts');
  writeFileSync(path, `import { msg, str, plural } from '../../internal/msg.js';\n${body}\n`);
  return path;
}

describe('UI messages', () => {
  it('are all written out with an id, and the English catalog lists them', () => {
    expect(source.problems).toEqual([]);
    expect(source.messages.size).toBeGreaterThan(200);
    const en = catalog('en.json');
    expect(Object.keys(en.messages).sort()).toEqual([...source.messages.keys()].sort());
    expect(en.messages['report-form.progress']).toBe('Step {0} of {1}');
  });

  it('have a catalog per locale that the checks accept, and Dutch is complete', () => {
    const names = readdirSync(locales).filter((f) => f.endsWith('.json') && f !== 'en.json');
    expect(names).toContain('nl.json');
    for (const name of names)
      expect(checkCatalog(name, catalog(name), source.messages).problems, name).toEqual([]);
    const nl = checkCatalog('nl.json', catalog('nl.json'), source.messages);
    expect(nl.missing).toEqual([]);
    expect(nl.translated).toBe(source.messages.size);
  });

  it('are refused in a catalog with unknown ids, wrong placeholders or plural forms that do not exist', () => {
    const checked = checkCatalog(
      'xx.json',
      {
        locale: 'xx',
        dir: 'ltr',
        name: 'X',
        status: 'draft',
        messages: {
          'report-form.nope': 'x',
          'report-form.progress': 'Stap {0} van {2}',
          'report-form.send': 'Send {0}',
          'report-form.next': { one: 'Verder', other: 'Verder' },
          'rights-cards.count': { several: '{0} / {1}', one: 'one card', other: '{0} / {1}' },
          'report-form.back': '',
        },
      },
      source.messages,
    );
    expect(checked.problems).toEqual([
      'xx.json: "report-form.nope" is not a message of the kit',
      'xx.json: "report-form.progress" has {2}, which the English message does not have',
      'xx.json: "report-form.progress" lacks {1}',
      'xx.json: "report-form.send" has {0}, which the English message does not have',
      'xx.json: "report-form.next" should be a text',
      'xx.json: "rights-cards.count" has a form "several", not a plural category',
      'xx.json: "report-form.back" is not a text',
    ]);
    expect(checked.missing).toContain('report-form.quick-exit');
  });

  it('address Dutch readers in one form, "u", as the content does', () => {
    const texts = (m: unknown): string[] =>
      typeof m === 'string' ? [m] : m && typeof m === 'object' ? Object.values(m).flatMap(texts) : [];
    const informal = Object.entries(catalog('nl.json').messages).flatMap(([id, m]) =>
      texts(m)
        .filter((text) => /\b(je|jij|jou|jouw|jezelf|jullie)\b/i.test(text))
        .map((text) => `${id}: ${text}`),
    );
    expect(informal).toEqual([]);
  });

  it('are refused in the code without an id, or when not written out', () => {
    const { problems, messages } = extract([
      module(`
        const label = 'Hi';
        export const a = () => msg('Hello');
        export const b = () => msg(label, { id: 'x.label' });
        export const c = (n: number) => msg(plural(n, { one: str\`\${n} card\`, other: str\`\${n} cards\` }), { id: 'x.cards' });
        export const d = (n: number, m: number) => msg(plural(n, { one: str\`\${m}\`, other: str\`\${n}\` }), { id: 'x.bad' });
      `),
    ]);
    expect(problems.map((p) => p.replace(/^.*x\.ts:\d+: /, ''))).toEqual([
      "msg() needs { id: '…' } written out",
      'the message of "x.label" is not a string, str`` or plural() written out',
      'every plural form of "x.bad" uses the same values in the same order',
    ]);
    expect(messages.get('x.cards')?.text).toEqual({ one: '{0} card', other: '{0} cards' });
  });
});
