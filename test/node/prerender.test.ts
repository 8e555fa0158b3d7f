// The report form's first step drawn in advance (docs/performance.md): the committed files hold
// nothing a page would have to fix, and fillPrerender puts a page's addresses in only through the kit's
// URL check, as attribute text.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fillPrerender } from '../../packages/widgets/src/prerender.ts';

const dir = new URL('../../packages/widgets/prerender/', import.meta.url).pathname;
const files = readdirSync(dir).filter((f) => f.endsWith('.html'));
const en = readFileSync(`${dir}hrc-report-form.en.html`, 'utf8');

describe('the prerendered first step', () => {
  it('exists for every locale of the kit', () => {
    const kit = readdirSync(new URL('../../packages/widgets/locales/', import.meta.url))
      .filter((f) => f.endsWith('.json'))
      .map((f) => `hrc-report-form.${f.slice(0, -5)}.html`)
      .sort();
    expect(files.sort()).toEqual(kit);
  });

  it.each(files)('%s: one shadow root, the two addresses left open, nothing that runs or submits', (f) => {
    const html = readFileSync(`${dir}${f}`, 'utf8');
    expect(html.match(/<template shadowrootmode="open">/g)).toHaveLength(1);
    expect(html).toContain('<link rel="stylesheet" href="{kit}hrc-report-form.css" />');
    expect(html).toContain('href="{quick-exit}"');
    expect(html).not.toMatch(/<script|\son[a-z]+=|style=|javascript:/i);
    expect(html).not.toContain('type="submit"');
    expect(html).not.toContain('<!--');
    expect(html.match(/<h2 class="h-title"/g)).toHaveLength(1);
    expect(html).toContain('<slot class="prerender-noscript"></slot>');
  });
});

describe('fillPrerender', () => {
  it('fills in the kit folder and the quick-exit page', () => {
    const out = fillPrerender(en, { kitUrl: '/kit/', quickExitUrl: 'https://weather.example/?city=a&b=c' })!;
    expect(out).toContain('<link rel="stylesheet" href="/kit/hrc-report-form.css" />');
    expect(out).toContain('href="https://weather.example/?city=a&amp;b=c"');
    expect(out).not.toContain('{kit}');
    expect(out).not.toContain('{quick-exit}');
  });

  it('adds the slash a folder address needs, and keeps a relative one relative to the site', () => {
    expect(fillPrerender(en, { kitUrl: 'https://city.example/kit' })).toContain(
      'href="https://city.example/kit/hrc-report-form.css"',
    );
    expect(fillPrerender(en, { kitUrl: 'assets/kit/' })).toContain('href="/assets/kit/hrc-report-form.css"');
    expect(fillPrerender(en, { kitUrl: 'kit/', base: 'https://city.example/report/form.html' })).toContain(
      'href="https://city.example/report/kit/hrc-report-form.css"',
    );
  });

  it('refuses a kit address that fails the URL check, and sends quick exit to an empty page instead of a bad one', () => {
    expect(fillPrerender(en, { kitUrl: 'javascript:alert(1)//' })).toBeUndefined();
    expect(fillPrerender(en, { kitUrl: 'https://user:pw@city.example/kit/' })).toBeUndefined();
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', '&#106;avascript:alert(1)', '  ']) {
      expect(fillPrerender(en, { kitUrl: '/kit/', quickExitUrl: bad })).toContain('href="about:blank"');
    }
  });

  it('writes an address as attribute text, never as markup', () => {
    const out = fillPrerender(en, { kitUrl: '/kit/', quickExitUrl: '/x"><script>alert(1)</script>' })!;
    expect(out).not.toContain('<script');
    expect(out).not.toMatch(/href="[^"]*"[^ />]/);
  });

  it("takes an address as it is, even one with the `$&` and `$'` of replacement patterns", () => {
    const out = fillPrerender(en, { kitUrl: "/kit/$'/", quickExitUrl: "/weer/$&$'$`" })!;
    expect(out).toContain(`<link rel="stylesheet" href="/kit/$'/hrc-report-form.css" />`);
    expect(out).toContain('href="/weer/$&amp;$\'$%60"');
    expect(out.match(/<template /g)).toHaveLength(1);
    expect(out).not.toMatch(/href="[^"]*"[^ />]/);
  });

  it('takes the heading level of the element (2–6)', () => {
    const at = (headingLevel: number) => fillPrerender(en, { kitUrl: '/kit/', headingLevel })!;
    expect(at(3)).toMatch(/<h3 class="h-title"[^>]*>[\s\S]*?<\/h3>/);
    expect(at(3)).not.toContain('<h2');
    expect(at(9)).toContain('<h6 class="h-title"');
    expect(at(1)).toContain('<h2 class="h-title"');
  });
});
