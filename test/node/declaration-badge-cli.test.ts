// `pnpm badge` writes a well-formed SVG with the same words and shapes as <hrc-declaration-badge>.
// The command's output is parsed by Chromium's XML parser and compared with the element rendered on a
// page in the same browser.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_ARGS, findChromium } from '../../scripts/lib/system.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
// The shared browser finder is plain JavaScript without types; a computed specifier keeps tsc out of it.
const run = promisify(execFile);
const EXAMPLE = `${root}packages/framework/examples/assessment.example.json`;

interface Drawn {
  tag: string;
  attrs: Record<string, string>;
  text: string;
}

let browser: Browser;
let page: Page;
/** Publishes the example checklist over http, as a city would. */
let checklist: Server;
let checklistUrl: string;

async function badge(...args: string[]): Promise<string> {
  const { stdout } = await run('pnpm', ['--silent', 'badge', ...args], { cwd: root });
  return stdout;
}

/** Parses SVG text as XML in the browser: parse errors, root element, texts and shapes. */
function parse(svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const shapes = [...doc.querySelectorAll('rect, circle, path, text')].map((el) => ({
      tag: el.localName,
      // Without the squeezing of texts: the element measures it, the command estimates it.
      attrs: Object.fromEntries(
        [...el.attributes]
          .filter((a) => a.name !== 'textLength' && a.name !== 'lengthAdjust')
          .map((a) => [a.name, a.value])
          .sort(),
      ),
      text: el.localName === 'text' ? (el.textContent ?? '') : '',
    }));
    const svgRoot = doc.documentElement;
    return {
      error,
      root: svgRoot.localName,
      ns: svgRoot.namespaceURI,
      width: svgRoot.getAttribute('width'),
      title: doc.querySelector('title')?.textContent ?? '',
      shapes,
    };
  }, svg);
}

/** Renders the element with the given attributes and returns its shapes, size and link name. */
function element(attrs: Record<string, string>) {
  return page.evaluate(async (a) => {
    const el = document.createElement('hrc-declaration-badge') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    for (const [k, v] of Object.entries(a)) el.setAttribute(k, v);
    document.body.replaceChildren(el);
    await el.updateComplete;
    const shadow = el.shadowRoot!;
    const shapes = [...shadow.querySelectorAll('rect, circle, path, text')].map((s) => ({
      tag: s.localName,
      attrs: Object.fromEntries(
        [...s.attributes]
          .filter((x) => x.name !== 'textLength' && x.name !== 'lengthAdjust')
          .map((x) => [x.name, x.value])
          .sort(),
      ),
      text: s.localName === 'text' ? (s.textContent ?? '') : '',
    }));
    return {
      shapes,
      width: el.getBoundingClientRect().width,
      name:
        shadow.querySelector('a')?.getAttribute('aria-label') ?? shadow.querySelector('title')?.textContent,
    };
  }, attrs);
}

const texts = (shapes: Drawn[]) => shapes.filter((s) => s.tag === 'text').map((s) => s.text);

beforeAll(async () => {
  checklist = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    res.end(readFileSync(EXAMPLE));
  });
  await new Promise<void>((resolve) => checklist.listen(0, '127.0.0.1', resolve));
  checklistUrl = `http://127.0.0.1:${(checklist.address() as AddressInfo).port}/checklist.json`;
  const bundled = await build({
    entryPoints: [`${root}packages/widgets/src/define/hrc-declaration-badge.ts`],
    bundle: true,
    format: 'esm',
    write: false,
    tsconfig: `${root}packages/widgets/tsconfig.json`,
    logLevel: 'silent',
  });
  browser = await chromium.launch({
    executablePath: findChromium(),
    args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')),
  });
  page = await browser.newPage();
  await page.setContent('<!doctype html><html lang="en"><body></body></html>');
  // Bundled into the page, the kit cannot find its catalogs by its own URL: the page lists them first,
  // as a script-tag page may (window.HrcKit.translations).
  const nl = readFileSync(`${root}packages/widgets/locales/nl.json`, 'utf8');
  await page.addScriptTag({ content: `window.HrcKit = { translations: [${nl}] };` });
  await page.addScriptTag({ type: 'module', content: bundled.outputFiles[0]!.text });
  await page.waitForFunction(() => customElements.get('hrc-declaration-badge') !== undefined);
});

afterAll(async () => {
  await browser?.close();
  checklist?.close();
});

describe('pnpm badge', () => {
  it('writes a well-formed Dutch SVG with the same text and shapes as the element', async () => {
    const out = await badge('--city', 'Utrecht', '--year', '2011', '--lang', 'nl');
    const svg = await parse(out);
    expect(svg.error).toBeNull();
    expect(svg.root).toBe('svg');
    expect(svg.ns).toBe('http://www.w3.org/2000/svg');
    expect(svg.title).toBe('Utrecht, mensenrechtenstad sinds 2011, in de FRA-gids');
    expect(texts(svg.shapes)).toEqual(['Utrecht', 'Mensenrechtenstad', 'sinds 2011', 'in de FRA-gids']);

    const el = await element({ city: 'Utrecht', year: '2011', lang: 'nl' });
    expect(el.shapes).toEqual(svg.shapes);
    expect(el.name).toBe(svg.title);
    expect(Number(svg.width)).toBe(el.width);
  });

  it('draws every variant and size like the element, with the status from a checklist file', async () => {
    for (const [variant, size, lang] of [
      ['horizontal', 'l', 'en'],
      ['compact', 's', 'nl'],
      ['seal', 'l', 'en'],
    ] as const) {
      const out = await badge(
        '--city',
        'Middelstad',
        '--year',
        '2024',
        '--lang',
        lang,
        '--variant',
        variant,
        '--size',
        size,
        '--status',
        EXAMPLE,
      );
      const svg = await parse(out);
      expect(svg.error).toBeNull();
      // The example marks one element not applicable; the seal breaks the line in two.
      const status =
        lang === 'en'
          ? '2 of 19 applicable elements in place'
          : '2 van 19 toepasselijke elementen gerealiseerd';
      expect(texts(svg.shapes).join(' ')).toContain(status);
      const el = await element({
        city: 'Middelstad',
        year: '2024',
        lang,
        variant,
        size,
        'status-src': checklistUrl,
      });
      expect(el.shapes).toEqual(svg.shapes);
      expect(Number(svg.width)).toBeCloseTo(el.width, 1);
    }
  });

  it('escapes markup in the city name', async () => {
    const out = await badge('--city', '<b>"Stad" & Co</b>', '--lang', 'en');
    const svg = await parse(out);
    expect(svg.error).toBeNull();
    expect(texts(svg.shapes)[0]).toBe('<b>"Stad" & Co</b>');
    expect(out).not.toContain('<b>');
  });

  it('refuses bad options with a reason and no SVG', async () => {
    for (const args of [
      ['--year', '2011'],
      ['--city', 'Utrecht', '--variant', 'round'],
      ['--city', 'Utrecht', '--year', 'last year'],
      [
        '--city',
        'Utrecht',
        '--status',
        `${root}packages/widgets/src/components/declaration-badge/test-files/invalid-status.json`,
      ],
    ]) {
      const failed = await badge(...args).then(
        () => undefined,
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
      expect(failed, args.join(' ')).toBeDefined();
      expect(failed!.code).toBe(2);
      expect(failed!.stdout).toBe('');
      expect(failed!.stderr).toMatch(/^badge: /m);
    }
  });
});
