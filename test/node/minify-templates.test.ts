// The template minifier that runs on @hrc/widgets' tsc output: only whitespace and CSS comments change,
// never where they render, and the source maps still point at the same code.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  cssEdits,
  decodeMappings,
  htmlEdits,
  moduleEdits,
  remapMappings,
} from '../../packages/widgets/scripts/minify-templates.ts';

const html = (...parts: string[]) => parts.map((p, k) => applyEdits(p, htmlEdits(parts)[k]!));
const css = (...parts: string[]) => parts.map((p, k) => applyEdits(p, cssEdits(parts)[k]!));
const minify = (code: string) => applyEdits(code, moduleEdits(code));

describe('html templates', () => {
  it('turns indentation in text into one line break, which renders the same', () => {
    expect(html('<div>\n  <p>a</p>\n    \n  <p>b</p>\n</div>\n')).toEqual([
      '<div>\n<p>a</p>\n<p>b</p>\n</div>\n',
    ]);
  });

  it('keeps whitespace without a line break as it is, so inline elements keep their space', () => {
    expect(html('<a>x</a> <b>y</b>  <i>z</i>')).toEqual(['<a>x</a> <b>y</b>  <i>z</i>']);
  });

  it('never leaves nothing where there was whitespace in text, also next to a binding', () => {
    expect(html('<p>\n  ', '\n  ', ' \n</p>')).toEqual(['<p>\n', '\n', '\n</p>']);
  });

  it('collapses whitespace between attributes and drops it before >', () => {
    expect(html('<input\n  id=', '\n  type="text"\n  @input=', '\n/>')).toEqual([
      '<input id=',
      ' type="text" @input=',
      ' />',
    ]);
    expect(html('<a href="#"\n  >x</a\n  >')).toEqual(['<a href="#">x</a>']);
  });

  it('leaves attribute values alone', () => {
    const parts = ['<p title="one\n   two" class="a\n  ', "\" data-x='\n  '>x</p>"];
    expect(html(...parts)).toEqual(parts);
  });

  it('leaves <pre>, <textarea>, <style> and <svg> contents alone, bindings included', () => {
    for (const parts of [
      ['<pre class="x">\n  a\n    b ', '\n  </pre>'],
      ['<textarea>\n  draft\n</textarea>'],
      ['<style>\n  p {\n    color: red;\n  }\n</style>'],
      ['<svg>\n  <text>\n    a\n  </text>\n</svg>'],
      ['<PRE>\n  a\n</PRE>'],
    ]) {
      expect(html(...parts)).toEqual(parts);
    }
    expect(html('<pre>\n a\n</pre>\n  <p>\n  b</p>')).toEqual(['<pre>\n a\n</pre>\n<p>\nb</p>']);
  });

  it('leaves comments and escapes alone', () => {
    expect(html('<!--\n  note\n-->\n  <p>\\n  \\`</p>')).toEqual(['<!--\n  note\n-->\n<p>\\n  \\`</p>']);
  });

  it('does not mistake a lone < for a tag', () => {
    expect(html('<p>a < b\n  c</p>')).toEqual(['<p>a < b\nc</p>']);
  });
});

describe('css templates', () => {
  it('drops comments, indentation and the last semicolon of a block', () => {
    expect(css('\n  /* note */\n  :host {\n    display: block;\n    color: red !important;\n  }\n')).toEqual([
      ':host{display:block;color:red!important}',
    ]);
  });

  it('keeps one space where whitespace separates tokens', () => {
    expect(
      css(
        '.a .b,\n.c > .d :is(.e) {\n  margin: 0\n    auto;\n  width: calc(1px + 2px);\n}\n@media (min-width: 40em) {}',
      ),
    ).toEqual(['.a .b,.c>.d :is(.e){margin:0 auto;width:calc(1px + 2px)}@media (min-width:40em){}']);
  });

  it('leaves strings and url() alone', () => {
    expect(
      css("a {\n  content: '  ;  } /* x */ ';\n  background: url( a.png );\n  b: url(x /* y */ z)\n}"),
    ).toEqual(["a{content:'  ;  } /* x */ ';background:url( a.png );b:url(x /* y */ z)}"]);
  });

  it('keeps a space next to a binding', () => {
    expect(css('\n  .a\n    ', '\n  {\n  b: ', '\n  }\n')).toEqual(['.a ', '{b:', '}']);
    expect(css('.a ', ' .b {}')).toEqual(['.a ', ' .b{}']);
  });
});

describe('modules', () => {
  it("minifies Lit's html and css (also renamed) and literals marked /* css */, and nothing else", () => {
    const code = [
      "import { html as h, css } from 'lit';",
      "import { html } from './elsewhere.js';",
      'const a = h`<p>\n  x</p>`;',
      'const b = css`a {\n  b: c;\n}`;',
      'const c = /* css */ `a {\n  b: c;\n}`;',
      'const d = `a {\n  b: c;\n}`;',
      'const e = html`<p>\n  x</p>`;',
      'const f = h`<ul>${items.map((i) => h`<li>\n  ${i}</li>`)}\n</ul>`;',
    ].join('\n');
    expect(minify(code).split('\n')).toEqual([
      "import { html as h, css } from 'lit';",
      "import { html } from './elsewhere.js';",
      'const a = h`<p>',
      'x</p>`;',
      'const b = css`a{b:c}`;',
      'const c = /* css */ `a{b:c}`;',
      'const d = `a {',
      '  b: c;',
      '}`;',
      'const e = html`<p>',
      '  x</p>`;',
      'const f = h`<ul>${items.map((i) => h`<li>',
      '${i}</li>`)}',
      '</ul>`;',
    ]);
  });

  it('keeps source maps pointing at the same code', () => {
    const source = [
      "import { html, css } from 'lit';",
      'export const styles = css`',
      '  :host {',
      '    display: block;',
      '  }',
      '`;',
      'export function view(name: string, items: string[]) {',
      '  return html`<div',
      '      class="x"',
      '    >',
      '      <p>${name}</p>',
      '      ${items.map((i) => html`<li>',
      '        ${i.toUpperCase()}',
      '      </li>`)}',
      '    </div>`;',
      '}',
      'export const after = (x: number) => x + 1;',
    ].join('\n');
    const out = ts.transpileModule(source, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022, sourceMap: true },
      fileName: 'view.ts',
    });
    const code = out.outputText;
    const map = JSON.parse(out.sourceMapText!) as { mappings: string };
    const edits = moduleEdits(code);
    expect(edits.length).toBeGreaterThan(5);
    const next = applyEdits(code, edits);
    const before = decodeMappings(map.mappings);
    const after = decodeMappings(remapMappings(map.mappings, code, edits));
    const at = (text: string, lines: number[][][]) => {
      const starts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
      return lines.flatMap((segs, line) =>
        segs.map((seg) => ({
          token: /^\w*/.exec(text.slice(starts[line]! + seg[0]!))![0],
          to: seg.slice(1),
        })),
      );
    };
    // Every mapped identifier is still mapped, to the same place in the source.
    const named = (list: { token: string; to: number[] }[]) =>
      list.filter((m) => m.token).map((m) => `${m.token}@${m.to.join(',')}`);
    expect(named(at(next, after))).toEqual(named(at(code, before)));
    expect(named(at(code, before))).toEqual(expect.arrayContaining(['toUpperCase@0,12,12', 'after@0,16,13']));
  });
});

describe("the kit's own templates", () => {
  const root = new URL('../../packages/widgets/src/', import.meta.url).pathname;
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return files(path);
      return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
    });
  const compiled = files(root).map((path) => ({
    path,
    code: ts.transpileModule(readFileSync(path, 'utf8'), {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022 },
    }).outputText,
  }));

  it('are minified, and a second run changes nothing', () => {
    const changed = compiled.filter(({ code }) => moduleEdits(code).length);
    expect(changed.length).toBeGreaterThan(10);
    for (const { code } of changed) expect(moduleEdits(minify(code))).toEqual([]);
  });

  it('change only in whitespace, CSS comments and final semicolons, never inside <pre> or <textarea>', () => {
    const squeeze = (s: string) => s.replace(/\/\*[^]*?\*\//g, '').replace(/\s+|;(?=\s*})/g, '');
    const verbatim = (s: string) => [...s.matchAll(/([^>]*)<\/(pre|textarea)>/g)].map((m) => m[1]);
    for (const { code } of compiled) {
      const next = minify(code);
      expect(squeeze(next)).toEqual(squeeze(code));
      expect(verbatim(next)).toEqual(verbatim(code));
    }
  });
});
