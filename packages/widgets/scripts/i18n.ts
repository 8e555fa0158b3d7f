/**
 * The kit's UI catalogs, checked at every build:
 * - reads every `msg()` call in src/ (TypeScript's own parser) and writes the English source catalog,
 *   locales/en.json; a message that is not written out (a variable, a computed id) fails the build;
 * - checks every other catalog in locales/: unknown ids, placeholders the English message does not
 *   have (or lacks), plural forms that are not plural categories fail the build; missing messages do
 *   not (a partly translated language ships, falling back to English);
 * - writes dist/locales.json (the list of locales with their completeness, which the self-hosted
 *   folder's manifest carries) and docs/translation-status.md, and prints the same table.
 *
 *   pnpm --filter @hrc/widgets exec tsx scripts/i18n.ts
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const widgets = fileURLToPath(new URL('../', import.meta.url));
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const localesDir = `${widgets}locales/`;

export type SourceMessage = string | { [category: string]: string };
export interface Extracted {
  messages: Map<string, { text: SourceMessage; where: string; values: number }>;
  problems: string[];
}

const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.(test|stories)\.ts$|test-helpers\.ts$/.test(name) ? [path] : [];
  });
}

/** The kit's message functions as a module imports them: local name → `msg` | `str` | `plural`. */
function messageImports(sf: ts.SourceFile): Map<string, string> {
  const names = new Map<string, string>();
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier)) continue;
    if (!/(^|\/)msg\.js$/.test(st.moduleSpecifier.text)) continue;
    const named = st.importClause?.namedBindings;
    if (!named || !ts.isNamedImports(named)) continue;
    for (const el of named.elements) names.set(el.name.text, (el.propertyName ?? el.name).text);
  }
  return names;
}

/** Extracts every message of the given files. */
export function extract(files: string[]): Extracted {
  const messages: Extracted['messages'] = new Map();
  const problems: string[] = [];
  for (const file of files) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const names = messageImports(sf);
    if (!names.size) continue;
    const is = (node: ts.Node, what: string) => ts.isIdentifier(node) && names.get(node.text) === what;
    const where = (node: ts.Node) =>
      `${relative(repo, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;

    /** A plain or str`` message: its catalog text and the source text of its values. */
    const text = (node: ts.Node): { text: string; values: string[] } | undefined => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
        return { text: node.text, values: [] };
      if (ts.isTaggedTemplateExpression(node) && is(node.tag, 'str')) {
        const t = node.template;
        if (ts.isNoSubstitutionTemplateLiteral(t)) return { text: t.text, values: [] };
        let out = t.head.text;
        const values: string[] = [];
        t.templateSpans.forEach((span, i) => {
          values.push(span.expression.getText(sf));
          out += `{${i}}${span.literal.text}`;
        });
        return { text: out, values };
      }
      return undefined;
    };

    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && is(node.expression, 'msg')) {
        const [source, options] = node.arguments;
        const idProp =
          options && ts.isObjectLiteralExpression(options)
            ? options.properties.find(
                (p): p is ts.PropertyAssignment =>
                  ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'id',
              )
            : undefined;
        const id = idProp && ts.isStringLiteral(idProp.initializer) ? idProp.initializer.text : undefined;
        if (!id) {
          problems.push(`${where(node)}: msg() needs { id: '…' } written out`);
        } else if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(id)) {
          problems.push(`${where(node)}: message id "${id}" is not <element>.<name> in lower case`);
        } else {
          let found: { text: SourceMessage; values: number } | undefined;
          if (source && ts.isCallExpression(source) && is(source.expression, 'plural')) {
            const forms = source.arguments[1];
            if (forms && ts.isObjectLiteralExpression(forms)) {
              const out: Record<string, string> = {};
              let values: string[] | undefined;
              for (const p of forms.properties) {
                const t = ts.isPropertyAssignment(p) ? text(p.initializer) : undefined;
                const key = p.name && ts.isIdentifier(p.name) ? p.name.text : undefined;
                if (!t || !key || !PLURAL_CATEGORIES.includes(key)) {
                  problems.push(
                    `${where(p)}: a plural form is a category (${PLURAL_CATEGORIES.join(', ')}) with a text`,
                  );
                  continue;
                }
                if (values && values.join('\n') !== t.values.join('\n'))
                  problems.push(
                    `${where(p)}: every plural form of "${id}" uses the same values in the same order`,
                  );
                values = t.values;
                out[key] = t.text;
              }
              if (!out.other) problems.push(`${where(source)}: plural message "${id}" has no "other" form`);
              else found = { text: out, values: values?.length ?? 0 };
            }
          } else {
            const t = source && text(source);
            if (t) found = { text: t.text, values: t.values.length };
          }
          if (!found) {
            problems.push(
              `${where(node)}: the message of "${id}" is not a string, str\`\` or plural() written out`,
            );
          } else {
            const known = messages.get(id);
            if (known && JSON.stringify(known.text) !== JSON.stringify(found.text))
              problems.push(`${where(node)}: "${id}" is also ${known.where} with another text`);
            else if (!known) messages.set(id, { ...found, where: where(node) });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { messages, problems };
}

export interface CatalogFile {
  locale: string;
  dir?: string;
  name?: string;
  status?: string;
  variants?: string[];
  messages: Record<string, unknown>;
}

const placeholders = (text: string) => new Set([...text.matchAll(/\{(\d+)\}/g)].map((m) => Number(m[1])));

/** What is wrong with one catalog against the English messages; and how many of them it translates. */
export function checkCatalog(
  file: string,
  catalog: CatalogFile,
  english: Extracted['messages'],
): { problems: string[]; translated: number; missing: string[] } {
  const problems: string[] = [];
  const tag = file.replace(/\.json$/, '');
  if (catalog.locale !== tag)
    problems.push(`${file}: "locale" is "${catalog.locale}", the file name says ${tag}`);
  if (catalog.dir !== 'ltr' && catalog.dir !== 'rtl') problems.push(`${file}: "dir" must be "ltr" or "rtl"`);
  if (typeof catalog.name !== 'string' || !catalog.name.trim()) problems.push(`${file}: "name" is missing`);
  if (catalog.status !== 'draft' && catalog.status !== 'reviewed')
    problems.push(`${file}: "status" must be "draft" or "reviewed"`);
  const messages = catalog.messages && typeof catalog.messages === 'object' ? catalog.messages : {};
  let translated = 0;
  for (const [id, value] of Object.entries(messages)) {
    const source = english.get(id);
    if (!source) {
      problems.push(`${file}: "${id}" is not a message of the kit`);
      continue;
    }
    const isPlural = typeof source.text !== 'string';
    const check = (text: unknown, form: string | undefined) => {
      const at = form ? `"${id}" (${form})` : `"${id}"`;
      if (typeof text !== 'string' || !text.trim()) {
        problems.push(`${file}: ${at} is not a text`);
        return;
      }
      const used = placeholders(text);
      for (const n of used)
        if (n >= source.values)
          problems.push(`${file}: ${at} has {${n}}, which the English message does not have`);
      // A plural form other than `other` may leave the number out ("one" in many languages).
      if (!isPlural || form === 'other' || form === undefined)
        for (let n = 0; n < source.values; n++)
          if (!used.has(n)) problems.push(`${file}: ${at} lacks {${n}}`);
    };
    if (typeof value === 'string') check(value, undefined);
    else if (value && typeof value === 'object' && isPlural) {
      for (const [form, text] of Object.entries(value)) {
        if (!PLURAL_CATEGORIES.includes(form))
          problems.push(`${file}: "${id}" has a form "${form}", not a plural category`);
        else check(text, form);
      }
      if (!('other' in value)) problems.push(`${file}: "${id}" has no "other" form`);
    } else {
      problems.push(`${file}: "${id}" should be ${isPlural ? 'a text or plural forms' : 'a text'}`);
      continue;
    }
    translated++;
  }
  const missing = [...english.keys()].filter((id) => !(id in messages));
  return { problems, translated, missing };
}

// ── the build ──────────────────────────────────────────────────────────────────────────────────────
if (import.meta.url === `file://${process.argv[1]}`) {
  const { messages, problems } = extract(sourceFiles(`${widgets}src/`));
  const sorted = Object.fromEntries([...messages.keys()].sort().map((id) => [id, messages.get(id)!.text]));
  const en = { locale: 'en', dir: 'ltr', name: 'English', status: 'reviewed', messages: sorted };
  const enText = `${JSON.stringify(en, null, 2)}\n`;
  if (!existsSync(`${localesDir}en.json`) || readFileSync(`${localesDir}en.json`, 'utf8') !== enText)
    writeFileSync(`${localesDir}en.json`, enText);

  const contentReport = `${repo}packages/framework/dist/content/completeness.json`;
  const content: Record<string, Record<string, { translated: number; total: number }>> = existsSync(
    contentReport,
  )
    ? JSON.parse(readFileSync(contentReport, 'utf8'))
    : {};
  const sections = Object.keys(content.en ?? {});

  const list: {
    locale: string;
    name: string;
    dir: string;
    status: string;
    variants?: string[];
    /** Translated texts of all there are: the UI messages, and each content section. */
    completeness: Record<string, { translated: number; total: number }>;
  }[] = [];
  const missingByLocale: Record<string, string[]> = {};
  const files = readdirSync(localesDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const file of files) {
    const catalog = JSON.parse(readFileSync(`${localesDir}${file}`, 'utf8')) as CatalogFile;
    const checked =
      file === 'en.json'
        ? { problems: [], translated: messages.size, missing: [] }
        : checkCatalog(file, catalog, messages);
    problems.push(...checked.problems.map((p) => `locales/${p}`));
    missingByLocale[catalog.locale] = checked.missing;
    const primary = catalog.locale.split('-')[0]!;
    list.push({
      locale: catalog.locale,
      name: catalog.name ?? catalog.locale,
      dir: catalog.dir ?? 'ltr',
      status: catalog.status ?? 'draft',
      completeness: {
        ui: { translated: checked.translated, total: messages.size },
        // A language without content files of its own shows English content.
        ...Object.fromEntries(
          sections.map((s) => [
            s,
            content[catalog.locale]?.[s] ??
              content[primary]?.[s] ?? { translated: 0, total: content.en![s]!.total },
          ]),
        ),
      },
    });
  }
  // Regional catalogs (de-AT) are asked for only when their language's catalog names them.
  for (const entry of list) {
    const variants = list.filter((l) => l.locale.startsWith(`${entry.locale}-`)).map((l) => l.locale);
    if (variants.length) entry.variants = variants;
  }
  if (problems.length) {
    console.error(
      `@hrc/widgets: ${problems.length} problem(s) with the UI messages:\n  ${problems.join('\n  ')}`,
    );
    process.exit(1);
  }
  mkdirSync(`${widgets}dist`, { recursive: true });
  writeFileSync(`${widgets}dist/locales.json`, `${JSON.stringify(list, null, 2)}\n`);

  const state = (c: { translated: number; total: number }) =>
    c.translated === c.total
      ? 'complete'
      : c.translated === 0
        ? 'fallback'
        : `partial (${Math.floor((100 * c.translated) / c.total)}%)`;
  const rows = list.map(
    (l) =>
      `| ${l.locale} | ${l.name} | ${l.dir} | ${l.status} | ${state(l.completeness.ui!)}, ${l.completeness.ui!.translated}/${
        l.completeness.ui!.total
      } | ${sections.map((s) => state(l.completeness[s]!)).join(' | ')} |`,
  );
  const table = [
    `| locale | name | dir | status | UI messages | ${sections.map((s) => `content: ${s}`).join(' | ')} |`,
    `|---|---|---|---|---|${sections.map(() => '---|').join('')}`,
    ...rows,
  ].join('\n');
  const missingText = list
    .filter((l) => missingByLocale[l.locale]!.length)
    .map(
      (l) =>
        `- **${l.locale}** (${missingByLocale[l.locale]!.length}): ${missingByLocale[l.locale]!.map((id) => `\`${id}\``).join(', ')}`,
    )
    .join('\n');
  writeFileSync(
    `${repo}docs/translation-status.md`,
    `# Translation status\n\nWritten by the build (\`packages/widgets/scripts/i18n.ts\`); do not edit by hand. How to add or\n` +
      `complete a language: [translations.md](translations.md).\n\n` +
      `"complete": every text translated; "partial": some texts show in English (marked \`lang="en"\`);\n` +
      `"fallback": the whole part shows in English. "draft": translated by the project, awaiting review by a\n` +
      `native speaker; "reviewed": checked by one.\n\n${table}\n\n## UI messages still in English\n\n${missingText || 'None.'}\n`,
  );
  console.log(`@hrc/widgets: ${messages.size} UI messages; locales/en.json written\n${table}`);
}
