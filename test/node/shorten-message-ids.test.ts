// The build step that gives UI messages short ids in @hrc/widgets' tsc output: calls and dictionaries
// must keep agreeing, also across incremental builds, and the real build must agree with itself.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeMappings, encodeMappings } from '../../packages/widgets/scripts/minify-templates.ts';
import {
  IdTable,
  messageIds,
  shortId,
  shortenDir,
} from '../../packages/widgets/scripts/shorten-message-ids.ts';

const ids = (code: string, file?: string) => messageIds(code, file).map((f) => f.id);

describe('finding message ids', () => {
  it('takes the id of msg() calls, also under another local name, and nothing else', () => {
    const code = [
      "import { msg as t, str } from './msg.js';",
      "t('Hello', { id: 'card.hello' });",
      't(str`Hi ${name}`, { id: "card.hi", desc: \'card.not-an-id\' });',
      "other('x', { id: 'card.other' });",
      "const o = { id: 'card.plain' };",
    ].join('\n');
    expect(ids(code)).toEqual(['card.hello', 'card.hi']);
  });

  it('takes the keys of `templates` in a Dutch dictionary only', () => {
    const code = "export const templates = { 'card.hello': 'Hallo', 'card.hi': str`Hoi ${0}` };";
    expect(ids(code, 'card.nl.js')).toEqual(['card.hello', 'card.hi']);
    expect(ids(code, 'card.js')).toEqual([]);
  });
});

describe('short ids', () => {
  it('are a letter, then a number in base 36, each one different', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 26 * 37 - 1].map(shortId)).toEqual([
      'a',
      'b',
      'z',
      'a0',
      'b0',
      'z0',
      'a1',
      'zz',
    ]);
    const ids = Array.from({ length: 2000 }, (_, n) => shortId(n));
    expect(new Set(ids).size).toBe(2000);
    expect(ids.every((id) => /^[a-z][0-9a-z]*$/.test(id))).toBe(true);
  });

  it('are handed out in sorted order, and kept once given', () => {
    const table = new IdTable({ 'b.x': 'z0' });
    table.add(['c.y', 'a.x', 'b.x', 'a.x', 'short']);
    expect(table.toJSON()).toEqual({ 'a.x': 'a1', 'b.x': 'z0', 'c.y': 'b1' });
  });
});

describe('shortening a dist folder', () => {
  let dir: string;
  const write = (name: string, code: string) => writeFileSync(join(dir, name), code);
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  const card =
    "import { msg } from './msg.js';\nexport const a = () => msg('Hello', { id: 'card.hello' });\n";
  const form = "import { msg } from './msg.js';\nexport const b = () => msg('Send', { id: 'form.send' });\n";
  const nl = "export const templates = {\n  'card.hello': 'Hallo',\n  'form.send': 'Versturen',\n};\n";

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hrc-ids-'));
    write('card.js', card);
    write('form.js', form);
    write('kit.nl.js', nl);
    // Line 2 maps its start, the id and what follows the id.
    const line = card.split('\n')[1]!;
    const at = line.indexOf("'card.hello'");
    const mappings = encodeMappings([
      [[0, 0, 0, 0]],
      [
        [0, 0, 1, 0],
        [at, 0, 1, at],
        [at + 12, 0, 1, at + 12],
      ],
    ]);
    write('card.js.map', JSON.stringify({ version: 3, sources: ['card.ts'], names: [], mappings }));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('puts the same short id in the call and in the dictionary, and changes nothing else', () => {
    const result = shortenDir(dir);
    expect(result).toMatchObject({ files: 3, ids: 2 });
    expect(read('card.js')).toBe(card.replace("'card.hello'", "'a'"));
    expect(read('form.js')).toBe(form.replace("'form.send'", "'b'"));
    expect(read('kit.nl.js')).toBe(nl.replace("'card.hello'", "'a'").replace("'form.send'", "'b'"));
    expect(JSON.parse(read('message-ids.json'))).toEqual({ 'card.hello': 'a', 'form.send': 'b' });
  });

  it('moves the source map with the shorter line', () => {
    shortenDir(dir);
    const at = card.split('\n')[1]!.indexOf("'card.hello'");
    const map = JSON.parse(read('card.js.map')) as { mappings: string };
    // What followed the 12-character id now starts 9 columns earlier, after the 3-character 'a'.
    expect(decodeMappings(map.mappings)).toEqual([
      [[0, 0, 0, 0]],
      [
        [0, 0, 1, 0],
        [at, 0, 1, at],
        [at + 3, 0, 1, at + 12],
      ],
      [],
    ]);
  });

  it('changes nothing when run again', () => {
    shortenDir(dir);
    const before = ['card.js', 'form.js', 'kit.nl.js', 'card.js.map', 'message-ids.json'].map(read);
    expect(shortenDir(dir).files).toBe(0);
    expect(['card.js', 'form.js', 'kit.nl.js', 'card.js.map', 'message-ids.json'].map(read)).toEqual(before);
  });

  it('gives a re-emitted module the ids it had, and a new message the next one', () => {
    shortenDir(dir);
    // An incremental build re-emits form.js with a new message; the other modules stay as they were.
    write('form.js', form + "export const c = () => msg('Back', { id: 'form.back' });\n");
    write('kit.nl.js', read('kit.nl.js').replace('};', "  'form.back': 'Terug',\n};"));
    shortenDir(dir);
    expect(read('form.js')).toContain("{ id: 'b' }");
    expect(read('form.js')).toContain("{ id: 'c' }");
    expect(read('kit.nl.js')).toContain("'c': 'Terug'");
    expect(read('card.js')).toContain("{ id: 'a' }");
  });

  it('refuses to guess when short ids are there but the table that explains them is not', () => {
    shortenDir(dir);
    rmSync(join(dir, 'message-ids.json'));
    write('form.js', form);
    expect(() => shortenDir(dir)).toThrow(/message-ids\.json/);
  });
});

describe('the built @hrc/widgets', () => {
  const dist = new URL('../../packages/widgets/dist/', import.meta.url).pathname;
  const files = (d: string): string[] =>
    readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? files(join(d, n)) : [join(d, n)]));
  const js = files(dist).filter((f) => f.endsWith('.js'));

  it('has only short ids, and every one its components use is in a Dutch dictionary', () => {
    const used = new Set(
      js.filter((f) => !f.endsWith('.nl.js')).flatMap((f) => ids(readFileSync(f, 'utf8'), f)),
    );
    const translated = new Set(
      js.filter((f) => f.endsWith('.nl.js')).flatMap((f) => ids(readFileSync(f, 'utf8'), f)),
    );
    expect(used.size).toBeGreaterThan(200);
    expect([...used, ...translated].filter((id) => id.includes('.'))).toEqual([]);
    expect([...used].filter((id) => !translated.has(id))).toEqual([]);
  });

  it('lists every readable id once, each with its own short id', () => {
    const table = JSON.parse(readFileSync(join(dist, 'message-ids.json'), 'utf8')) as Record<string, string>;
    const short = Object.values(table);
    expect(new Set(short).size).toBe(short.length);
    expect(Object.keys(table).every((id) => id.includes('.'))).toBe(true);
  });
});
