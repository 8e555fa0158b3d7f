/**
 * Gives every UI message a short id in tsc's output (dist/*.js): `'report-form.when'` becomes, say,
 * `'q4'`, both in the `msg()` calls and in the `*.nl.js` dictionaries. The readable ids stay in the
 * sources, where messages are written and translated. In the browser an id is only a lookup key, and its
 * second copy (in the dictionary) is too far from the first for gzip to share them: for the report form
 * alone the readable ids cost about half a kilobyte, compressed.
 *
 * The ids given out are kept in dist/message-ids.json (readable id → short id). An incremental `tsc -b`
 * re-emits only the modules that changed; they get the same short ids as before, and new messages get new
 * ones. A clean build numbers the ids in sorted order. Readable ids hold a dot and short ones never do, so
 * running this again changes nothing.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { rewriteModule, type Edit } from './minify-templates.ts';

/** A message id as a string literal in a module: where it is and what it says. */
interface IdLiteral {
  start: number;
  end: number;
  id: string;
}

const isReadable = (id: string) => id.includes('.');

/**
 * The message ids in one module: the `id` of every `msg(…, { id: '…' })` call (by `msg`'s local name),
 * and, in a dictionary (`*.nl.js`), the keys of `templates`.
 */
export function messageIds(code: string, fileName = 'module.js'): IdLiteral[] {
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const msgNames = new Set<string>();
  for (const st of sf.statements) {
    const named = ts.isImportDeclaration(st) ? st.importClause?.namedBindings : undefined;
    if (!named || !ts.isNamedImports(named)) continue;
    for (const el of named.elements)
      if ((el.propertyName ?? el.name).text === 'msg') msgNames.add(el.name.text);
  }
  const isDictionary = /\.nl\.js$/.test(fileName);
  const found: IdLiteral[] = [];
  const add = (node: ts.Node) => {
    if (ts.isStringLiteral(node)) found.push({ start: node.getStart(sf), end: node.end, id: node.text });
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && msgNames.has(node.expression.text)) {
      const options = node.arguments[1];
      if (options && ts.isObjectLiteralExpression(options))
        for (const p of options.properties)
          if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'id')
            add(p.initializer);
    } else if (
      isDictionary &&
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === 'templates' &&
      node.initializer &&
      ts.isObjectLiteralExpression(node.initializer)
    ) {
      for (const p of node.initializer.properties) if (p.name) add(p.name);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The n-th short id: a letter, then (from the 27th on) a number in base 36: a … z, a0 … z0, a1 …
 * Ids that are also identifiers need no quotes as keys of a dictionary.
 */
export const shortId = (n: number) =>
  LETTERS[n % 26]! + (n < 26 ? '' : (Math.floor(n / 26) - 1).toString(36));
const indexOf = (id: string) =>
  LETTERS.indexOf(id[0]!) + (id.length > 1 ? (parseInt(id.slice(1), 36) + 1) * 26 : 0);

/** Short ids, handed out in order. */
export class IdTable {
  readonly ids: Map<string, string>;
  private next: number;

  constructor(entries: Record<string, string> = {}) {
    this.ids = new Map(Object.entries(entries));
    this.next = Math.max(-1, ...[...this.ids.values()].map(indexOf)) + 1;
  }

  /** Gives each readable id that has none yet the next short id, in sorted order. */
  add(ids: Iterable<string>): void {
    for (const id of [...new Set(ids)].filter((i) => isReadable(i) && !this.ids.has(i)).sort())
      this.ids.set(id, shortId(this.next++));
  }

  toJSON(): Record<string, string> {
    return Object.fromEntries([...this.ids].sort(([a], [b]) => (a < b ? -1 : 1)));
  }
}

/** Edits that put each readable id in `found` in its short form, keeping the quotes. */
export function idEdits(code: string, found: readonly IdLiteral[], table: IdTable): Edit[] {
  return found
    .filter((f) => isReadable(f.id))
    .map((f) => ({
      start: f.start,
      end: f.end,
      text: `${code[f.start]}${table.ids.get(f.id)!}${code[f.start]}`,
    }));
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

/** Shortens the message ids of every .js file under `dir` in place, with its .js.map. */
export function shortenDir(dir: string): { files: number; ids: number; saved: number } {
  const tablePath = join(dir, 'message-ids.json');
  const hadTable = existsSync(tablePath);
  const table = new IdTable(
    hadTable ? (JSON.parse(readFileSync(tablePath, 'utf8')) as Record<string, string>) : {},
  );
  const modules = jsFiles(dir).map((path) => {
    const code = readFileSync(path, 'utf8');
    return { path, code, found: messageIds(code, path) };
  });
  const all = modules.flatMap((m) => m.found.map((f) => f.id));
  if (!hadTable && all.some((id) => !isReadable(id)))
    throw new Error(
      `${dir} holds shortened message ids but not ${tablePath}, which says what they stand for. ` +
        'Remove dist and tsconfig.tsbuildinfo and build again.',
    );
  table.add(all);
  let files = 0;
  let saved = 0;
  for (const { path, code, found } of modules) {
    const edits = idEdits(code, found, table).sort((a, b) => a.start - b.start);
    if (!edits.length) continue;
    files++;
    saved += rewriteModule(path, code, edits);
  }
  writeFileSync(tablePath, `${JSON.stringify(table, null, 2)}\n`);
  return { files, ids: table.ids.size, saved };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = fileURLToPath(new URL('../dist/', import.meta.url));
  const { files, ids, saved } = shortenDir(dist);
  console.log(
    `@hrc/widgets: shortened the message ids of ${files} modules (${ids} ids, ${saved} bytes less)`,
  );
}
