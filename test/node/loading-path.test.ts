// What the self-hosted loader and the catalog parts rely on (docs/performance.md, "The loading path"):
// the loader knows every element's registration module, and every message the report form can show
// is in its part of a catalog (`locales/<tag>/report-form.json`), so it never needs the whole file;
// the same for the statistics element (`locales/<tag>/report-stats.json`).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../packages/widgets/scripts/i18n.ts';

const src = new URL('../../packages/widgets/src/', import.meta.url).pathname;
const sources = (dir: string) =>
  readdirSync(`${src}${dir}`)
    .filter((f) => f.endsWith('.ts') && !/\.(test|stories)\.ts$|test-helpers\.ts$/.test(f))
    .map((f) => `${src}${dir}/${f}`);

describe('the loading path', () => {
  it('the loader imports every element of src/define, by a path a bundler can see', () => {
    const loader = readFileSync(`${src}loader.ts`, 'utf8');
    const tags = readdirSync(`${src}define`)
      .filter((f) => /^hrc-[a-z0-9-]+\.ts$/.test(f))
      .map((f) => f.slice(0, -3));
    expect(tags.length).toBeGreaterThan(4);
    for (const tag of tags) expect(loader).toContain(`'${tag}': () => import('./define/${tag}.js')`);
  });

  it('every message the report form shows is its own, so its catalog part holds them all', () => {
    const form = extract(sources('components/report-form'));
    expect(form.problems).toEqual([]);
    expect(form.messages.size).toBeGreaterThan(100);
    expect([...form.messages.keys()].filter((id) => !id.startsWith('report-form.'))).toEqual([]);
    // The shared modules it renders with show no message of their own.
    expect([...extract(sources('internal')).messages.keys()]).toEqual([]);
  });

  it('every message the statistics element shows is its own, so it needs only its catalog part', () => {
    const stats = extract(sources('components/report-stats'));
    expect(stats.problems).toEqual([]);
    expect(stats.messages.size).toBeGreaterThan(20);
    expect([...stats.messages.keys()].filter((id) => !id.startsWith('report-stats.'))).toEqual([]);
    const element = readFileSync(`${src}components/report-stats/report-stats.ts`, 'utf8');
    expect(element).toContain("catalogPart = 'report-stats';");
  });

  it('the loader fetches early what the form will ask for: its content and its catalog part', () => {
    const loader = readFileSync(`${src}loader.ts`, 'utf8');
    const form = readFileSync(`${src}components/report-form/report-form.ts`, 'utf8');
    expect(form).toContain("const REPORT = ['report'] as const;");
    expect(form).toContain("catalogPart = 'report-form';");
    expect(loader).toContain("'hrc-report-form': { content: ['report'], catalogPart: 'report-form' }");
  });
});
