/**
 * Squeezes the indentation out of the HTML and CSS template literals in tsc's output (dist/*.js), and
 * rewrites each module's source map to match. Runs after `tsc -b`, so the npm files, the self-hosted
 * bundle (built from dist) and a CDN's bundle all get the smaller templates.
 *
 * Only whitespace (and CSS comments) changes, and only where it cannot change what renders:
 * - html`` (Lit's, by import): in text, a run of whitespace holding a line break becomes one line break,
 *   which renders exactly as the run did under `white-space` normal, nowrap and pre-line. Inside a tag,
 *   whitespace between attributes becomes one space, and goes before `>`. Attribute values, comments and
 *   the contents of <pre>, <textarea>, <script>, <style>, <title>, <svg> and the like stay as written.
 *   So no element may get `white-space: pre`, `pre-wrap` or `break-spaces` from CSS, other than <pre>
 *   and <textarea>; the kit's styles give it only to `.report-text`, a <pre>.
 * - css`` (Lit's, by import) and untagged literals marked `/* css *\/`: comments go, whitespace goes
 *   next to `{ } ; , >` and after `:`, and any other run holding a line break becomes one space. Strings
 *   and `url()` stay as written.
 * Runs next to a `${}` binding keep a space (or line break), since what the binding holds is unknown.
 * Escapes (`\n`, `\``) are left alone. Running it again changes nothing.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

/** One replacement in a text: `[start, end)` becomes `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
const hasBreak = (s: string) => /[\n\r]/.test(s);

// Elements whose contents are not HTML whose whitespace collapses (or not HTML at all).
const VERBATIM = new Set([
  'pre',
  'textarea',
  'listing',
  'xmp',
  'plaintext',
  'script',
  'style',
  'title',
  'noscript',
  'svg',
  'math',
]);

type HtmlState =
  | { in: 'text' }
  | { in: 'tag'; name: string; end: boolean }
  | { in: 'quoted'; quote: string; name: string }
  | { in: 'comment' }
  | { in: 'verbatim'; name: string };

/**
 * Edits for the static parts of one html`` template (raw text, as between the backticks and `${}`),
 * one list per part.
 */
export function htmlEdits(parts: readonly string[]): Edit[][] {
  let state: HtmlState = { in: 'text' };
  return parts.map((s) => {
    const edits: Edit[] = [];
    let i = 0;
    while (i < s.length) {
      const c = s[i]!;
      if (c === '\\') {
        i += 2;
        continue;
      }
      switch (state.in) {
        case 'text': {
          if (isSpace(c)) {
            let j = i;
            while (j < s.length && isSpace(s[j])) j++;
            const run = s.slice(i, j);
            if (hasBreak(run) && run !== '\n') edits.push({ start: i, end: j, text: '\n' });
            i = j;
          } else if (s.startsWith('<!--', i)) {
            state = { in: 'comment' };
            i += 4;
          } else if (c === '<' && /^\/?[a-zA-Z]/.test(s.slice(i + 1, i + 3))) {
            const end = s[i + 1] === '/';
            const name = /^[a-zA-Z][^\s/>\\]*/.exec(s.slice(i + (end ? 2 : 1)))![0].toLowerCase();
            state = { in: 'tag', name, end };
            i += name.length + (end ? 2 : 1);
          } else i++;
          break;
        }
        case 'tag': {
          if (isSpace(c)) {
            let j = i;
            while (j < s.length && isSpace(s[j])) j++;
            const text = s[j] === '>' ? '' : ' ';
            if (s.slice(i, j) !== text) edits.push({ start: i, end: j, text });
            i = j;
          } else if (c === '"' || c === "'") {
            state = { in: 'quoted', quote: c, name: state.name };
            i++;
          } else if (c === '>') {
            state =
              !state.end && VERBATIM.has(state.name) ? { in: 'verbatim', name: state.name } : { in: 'text' };
            i++;
          } else i++;
          break;
        }
        case 'quoted': {
          if (c === state.quote) state = { in: 'tag', name: state.name, end: false };
          i++;
          break;
        }
        case 'comment': {
          if (s.startsWith('-->', i)) {
            state = { in: 'text' };
            i += 3;
          } else i++;
          break;
        }
        case 'verbatim': {
          const close = new RegExp(`^</${state.name}(?=[\\s/>])`, 'i').exec(s.slice(i));
          if (close) {
            state = { in: 'tag', name: state.name, end: true };
            i += close[0].length;
          } else i++;
          break;
        }
      }
    }
    return edits;
  });
}

// Whitespace next to these goes (on either side); after `:` it goes too.
const CSS_TIGHT = new Set(['{', '}', ';', ',', '>']);

/** The end of the whitespace and comments from `i` on. */
function gapEnd(s: string, i: number): number {
  while (i < s.length) {
    if (isSpace(s[i])) i++;
    else if (s.startsWith('/*', i)) {
      const close = s.indexOf('*/', i + 2);
      if (close < 0) throw new Error('Unclosed comment in a CSS template (a `${}` inside a comment?)');
      i = close + 2;
    } else break;
  }
  return i;
}

/** Edits for the static parts of one CSS template (raw text), one list per part. */
export function cssEdits(parts: readonly string[]): Edit[][] {
  let open: { quote: string } | { url: true } | undefined;
  return parts.map((s, p) => {
    const edits: Edit[] = [];
    let i = 0;
    while (i < s.length) {
      const c = s[i]!;
      if (c === '\\') {
        i += 2;
        continue;
      }
      if (open) {
        if ('quote' in open ? c === open.quote : c === ')') open = undefined;
        i++;
        continue;
      }
      if (c === '"' || c === "'") {
        open = { quote: c };
        i++;
        continue;
      }
      if (/^url\(\s*[^\s'")]/i.test(s.slice(i, i + 6))) {
        open = { url: true };
        i += 4;
        continue;
      }
      if (!isSpace(c) && !s.startsWith('/*', i)) {
        // The last declaration of a block needs no `;`.
        if (c === ';' && s[gapEnd(s, i + 1)] === '}') edits.push({ start: i, end: i + 1, text: '' });
        i++;
        continue;
      }
      const j = gapEnd(s, i);
      const gap = s.slice(i, j);
      const comment = gap.includes('/*');
      // At a binding the neighbour is unknown; at the very start or end of the sheet it is nothing.
      const before = i > 0 ? s[i - 1] : p === 0 ? '' : undefined;
      const after = j < s.length ? s[j] : p === parts.length - 1 ? '' : undefined;
      const tight =
        before === '' ||
        after === '' ||
        (before !== undefined && (CSS_TIGHT.has(before) || before === ':')) ||
        (after !== undefined && (CSS_TIGHT.has(after) || s.startsWith('!important', j)));
      const text = tight ? '' : comment || hasBreak(gap) ? ' ' : gap;
      if (text !== gap) edits.push({ start: i, end: j, text });
      i = j;
    }
    return edits;
  });
}

/** Local names of `html` and `css` imported from Lit in this module. */
function litTags(sf: ts.SourceFile): { html: Set<string>; css: Set<string> } {
  const tags = { html: new Set<string>(), css: new Set<string>() };
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier)) continue;
    if (!/^(lit|lit-html|lit-element)(\/|$)/.test(st.moduleSpecifier.text)) continue;
    const named = st.importClause?.namedBindings;
    if (!named || !ts.isNamedImports(named)) continue;
    for (const el of named.elements) {
      const imported = (el.propertyName ?? el.name).text;
      if (imported === 'html' || imported === 'css') tags[imported].add(el.name.text);
    }
  }
  return tags;
}

/** The raw text of each static part of a template literal, with its offset in the file. */
function templateParts(tpl: ts.TemplateLiteral, sf: ts.SourceFile): { start: number; text: string }[] {
  const tokens: ts.Node[] = ts.isNoSubstitutionTemplateLiteral(tpl)
    ? [tpl]
    : [tpl.head, ...tpl.templateSpans.map((span) => span.literal)];
  return tokens.map((token) => {
    const start = token.getStart(sf) + 1; // after ` or }
    const end = token.end - (ts.isTemplateHead(token) || ts.isTemplateMiddle(token) ? 2 : 1); // before ${ or `
    return { start, text: sf.text.slice(start, end) };
  });
}

/** Edits (offsets in `code`) that minify the module's HTML and CSS templates. */
export function moduleEdits(code: string, fileName = 'module.js'): Edit[] {
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const tags = litTags(sf);
  const out: Edit[] = [];
  const apply = (tpl: ts.TemplateLiteral, kind: 'html' | 'css') => {
    const parts = templateParts(tpl, sf);
    const edits = (kind === 'html' ? htmlEdits : cssEdits)(parts.map((part) => part.text));
    parts.forEach((part, k) => {
      for (const e of edits[k]!)
        out.push({ start: part.start + e.start, end: part.start + e.end, text: e.text });
    });
  };
  const visit = (node: ts.Node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      if (tags.html.has(node.tag.text)) apply(node.template, 'html');
      else if (tags.css.has(node.tag.text)) apply(node.template, 'css');
    } else if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      // The trivia right before the literal ends with the marker comment.
      if (/\/\*\s*css\s*\*\/\s*$/.test(code.slice(node.pos, node.getStart(sf)))) apply(node, 'css');
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out.sort((a, b) => a.start - b.start);
}

export function applyEdits(code: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += code.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + code.slice(at);
}

// ── source maps ──────────────────────────────────────────────────────────────────────────────────────
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function decodeMappings(mappings: string): number[][][] {
  let [src, srcLine, srcCol, name] = [0, 0, 0, 0];
  return mappings.split(';').map((line) => {
    let col = 0;
    return line
      .split(',')
      .filter(Boolean)
      .map((seg) => {
        const values: number[] = [];
        let value = 0;
        let shift = 0;
        for (const ch of seg) {
          const digit = B64.indexOf(ch);
          value += (digit & 31) << shift;
          if (digit & 32) shift += 5;
          else {
            values.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = shift = 0;
          }
        }
        col += values[0]!;
        if (values.length === 1) return [col];
        src += values[1]!;
        srcLine += values[2]!;
        srcCol += values[3]!;
        if (values.length === 4) return [col, src, srcLine, srcCol];
        name += values[4]!;
        return [col, src, srcLine, srcCol, name];
      });
  });
}

export function encodeMappings(lines: number[][][]): string {
  const vlq = (n: number) => {
    let v = n < 0 ? (-n << 1) | 1 : n << 1;
    let s = '';
    do {
      const digit = v & 31;
      v >>>= 5;
      s += B64[v ? digit | 32 : digit];
    } while (v);
    return s;
  };
  const prev = [0, 0, 0, 0, 0];
  return lines
    .map((segs) => {
      prev[0] = 0;
      return segs
        .map((seg) =>
          seg
            .map((v, k) => {
              const d = v - prev[k]!;
              prev[k] = v;
              return vlq(d);
            })
            .join(''),
        )
        .join(',');
    })
    .join(';');
}

const lineStarts = (text: string) => [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];

/** The `mappings` of a source map of `code`, moved to where `applyEdits(code, edits)` puts each position. */
export function remapMappings(mappings: string, code: string, edits: readonly Edit[]): string {
  const oldStarts = lineStarts(code);
  const newStarts = lineStarts(applyEdits(code, edits));
  // Old offset → new offset: shifted by what the edits before it removed; inside an edit, its start.
  const moved = (offset: number) => {
    let delta = 0;
    for (const e of edits) {
      if (e.start >= offset) break;
      if (offset < e.end) return e.start + delta;
      delta += e.text.length - (e.end - e.start);
    }
    return offset + delta;
  };
  const out: number[][][] = newStarts.map(() => []);
  decodeMappings(mappings).forEach((segs, line) => {
    for (const seg of segs) {
      const offset = moved(oldStarts[line]! + seg[0]!);
      let newLine = newStarts.length - 1;
      while (newStarts[newLine]! > offset) newLine--;
      const target = out[newLine]!;
      const col = offset - newStarts[newLine]!;
      // Two positions that became one keep the first mapping.
      if (target.length && target.at(-1)![0] === col) continue;
      target.push([col, ...seg.slice(1)]);
    }
  });
  return encodeMappings(out);
}

/** Minifies the templates of every .js file under `dir` in place, with its .js.map. Returns bytes saved. */
export function minifyDir(dir: string): { files: number; saved: number } {
  let files = 0;
  let saved = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      const sub = minifyDir(path);
      files += sub.files;
      saved += sub.saved;
      continue;
    }
    if (!name.endsWith('.js')) continue;
    const code = readFileSync(path, 'utf8');
    const edits = moduleEdits(code, name);
    if (!edits.length) continue;
    files++;
    saved += rewriteModule(path, code, edits);
  }
  return { files, saved };
}

/**
 * Writes the module at `path` (whose text is `code`) with `edits` applied, and moves its source map
 * (`<path>.map`, when there is one) to match. Returns the characters saved.
 */
export function rewriteModule(path: string, code: string, edits: readonly Edit[]): number {
  const next = applyEdits(code, edits);
  const mapPath = `${path}.map`;
  if (existsSync(mapPath)) {
    const map = JSON.parse(readFileSync(mapPath, 'utf8')) as { mappings: string };
    map.mappings = remapMappings(map.mappings, code, edits);
    writeFileSync(mapPath, JSON.stringify(map));
  }
  writeFileSync(path, next);
  return code.length - next.length;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = fileURLToPath(new URL('../dist/', import.meta.url));
  const { files, saved } = minifyDir(dist);
  console.log(`@hrc/widgets: minified the templates of ${files} modules (${saved} bytes less)`);
}
