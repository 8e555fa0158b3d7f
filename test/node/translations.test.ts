// Every UI string of every element has a Dutch translation, and every Dutch entry is used.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../packages/widgets/src/', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The argument text of every `msg(` call, found by matching brackets. */
function msgCalls(source: string): string[] {
  const calls: string[] = [];
  for (const match of source.matchAll(/\bmsg\(/g)) {
    let depth = 1;
    let i = match.index + match[0].length;
    const start = i;
    for (; i < source.length && depth > 0; i++) {
      if (source[i] === '(') depth++;
      else if (source[i] === ')') depth--;
    }
    calls.push(source.slice(start, i - 1));
  }
  return calls;
}

const sources = files(root).filter((f) => f.endsWith('.ts') && !/\.(test|nl|stories)\.ts$/.test(f));
const dictionaries = files(root).filter((f) => f.endsWith('.nl.ts'));

const withoutComments = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

const used = new Map<string, string>();
const withoutId: string[] = [];
for (const file of sources) {
  for (const call of msgCalls(withoutComments(file))) {
    const id = /\bid:\s*['"]([^'"]+)['"]/.exec(call)?.[1];
    if (id) used.set(id, file);
    else withoutId.push(`${file}: msg(${call.slice(0, 60)}…)`);
  }
}

const translated = new Set<string>();
for (const file of dictionaries) {
  for (const m of readFileSync(file, 'utf8').matchAll(/^\s*['"]([a-z0-9-]+\.[a-zA-Z0-9.-]+)['"]\s*:/gm))
    translated.add(m[1]!);
}

describe('UI translations', () => {
  it('give every msg() an explicit id', () => {
    expect(withoutId).toEqual([]);
  });

  it('use only strings and str`` as messages, the two kinds the kit looks up', () => {
    const calls = sources.flatMap((f) => msgCalls(withoutComments(f)).map((c) => `${f}: ${c.slice(0, 40)}`));
    expect(calls.length).toBeGreaterThan(200);
    expect(calls.filter((c) => !/^[^:]+: \s*(['"`]|str`)/.test(c))).toEqual([]);
  });

  it('translate every message id into Dutch', () => {
    expect([...used.keys()].filter((id) => !translated.has(id))).toEqual([]);
  });

  it('address Dutch readers in one form, "u", as the content does', () => {
    const informal = dictionaries.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/['"`]([^'"`]*)['"`]/g)]
        .map((m) => m[1]!)
        .filter((text) => /\b(je|jij|jou|jouw|jezelf|jullie)\b/i.test(text))
        .map((text) => `${f}: ${text}`),
    );
    expect(informal).toEqual([]);
  });

  it('keep no Dutch entry that no element uses', () => {
    expect([...translated].filter((id) => !used.has(id))).toEqual([]);
  });
});
