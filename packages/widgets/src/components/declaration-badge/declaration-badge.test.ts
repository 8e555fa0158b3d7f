import { expect, fixture, html } from '@open-wc/testing';
import {
  ASSESSMENT_KIND,
  ASSESSMENT_LIMITS,
  ASSESSMENT_MIGRATIONS,
  ASSESSMENT_SCHEMA_VERSION,
  ELEMENT_STATUSES,
  assessmentSchema,
} from '@hrc/framework/schemas';
import '../../define/hrc-declaration-badge.js';
import type { HrcDeclarationBadge } from './declaration-badge.js';
import { ASSESSMENT, isGuideCity, statusCount } from './declaration-badge.data.js';
import { badgeSize } from './declaration-badge.geometry.js';
import { PALETTE, renderBadgeSvg } from './declaration-badge.svg.js';
import { loadLocale } from '../../internal/i18n.js';
import { BADGE_SIZES, BADGE_VARIANTS } from './declaration-badge.types.js';

const file = (path: string) => new URL(path, import.meta.url).href;
const EXAMPLE = file('../../../../framework/examples/assessment.example.json'); // 2 elements in place
const FOUR = file('./test-files/four-in-place.json');
const INVALID = file('./test-files/invalid-status.json');
const TRUNCATED = file('./test-files/truncated.txt');
const MISSING = file('./test-files/missing.json');
const DECLARATION = 'https://utrecht.example/mensenrechtenstad';

const shadow = (el: HrcDeclarationBadge) => el.shadowRoot!;
const texts = (root: ParentNode) => [...root.querySelectorAll('text')].map((t) => t.textContent);
const link = (el: HrcDeclarationBadge) => shadow(el).querySelector<HTMLAnchorElement>('a[part="link"]');
const statusLink = (el: HrcDeclarationBadge) =>
  shadow(el).querySelector<HTMLAnchorElement>('a[part="status"]');

/**
 * Every drawn shape as tag, attributes and text: what the command's SVG must match; without the
 * squeezing of texts, which the element measures and the command estimates.
 */
function shapes(root: ParentNode) {
  const fitting = ['textLength', 'lengthAdjust'];
  return [...root.querySelectorAll('rect, circle, path, text')].map((el) => ({
    tag: el.localName,
    // The language marks of fallback text are the element's (the file says its language once, at the top).
    attrs: Object.fromEntries(
      [...el.attributes]
        .filter((a) => !fitting.includes(a.name) && a.name !== 'lang' && a.name !== 'dir')
        .map((a) => [a.name, a.value])
        .sort(),
    ),
    text: el.localName === 'text' ? el.textContent : '',
  }));
}

/** Brings an older assessment up to the current version, as the checklist does on import. */
function migrate(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return data;
  let doc = data as Record<string, unknown>;
  const from = doc.schemaVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) return doc;
  for (let v = from; v < ASSESSMENT_SCHEMA_VERSION; v++) doc = ASSESSMENT_MIGRATIONS[v - 1]!(doc);
  return doc;
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('<hrc-declaration-badge>', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  for (const variant of BADGE_VARIANTS) {
    it(`draws the ${variant} variant in English with an accessible link`, async () => {
      const el = await fixture<HrcDeclarationBadge>(
        html`<hrc-declaration-badge
          lang="en"
          variant=${variant}
          city="Utrecht"
          year="2011"
          declaration-url=${DECLARATION}
        ></hrc-declaration-badge>`,
      );
      const a = link(el)!;
      expect(a.getAttribute('href')).to.equal(DECLARATION);
      expect(a.getAttribute('aria-label')).to.equal(
        'Utrecht, human rights city since 2011, in the FRA guide: read the declaration',
      );
      expect(a.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      const shown = texts(shadow(el)).join(' | ');
      expect(shown).to.contain('Utrecht');
      expect(shown).to.contain('Human Rights City');
      expect(shown).to.contain('since 2011');
      await expect(el).to.be.accessible();
    });

    it(`draws the ${variant} variant in Dutch`, async () => {
      const el = await fixture<HrcDeclarationBadge>(
        html`<hrc-declaration-badge
          lang="nl"
          variant=${variant}
          city="Utrecht"
          year="2011"
          declaration-url=${DECLARATION}
        ></hrc-declaration-badge>`,
      );
      expect(link(el)!.getAttribute('aria-label')).to.equal(
        'Utrecht, mensenrechtenstad sinds 2011, in de FRA-gids: lees de verklaring',
      );
      const shown = texts(shadow(el)).join(' | ');
      expect(shown).to.contain('Mensenrechtenstad');
      expect(shown).to.contain('sinds 2011');
      expect(shown).to.contain('FRA-gids');
      await expect(el).to.be.accessible();
    });

    it(`sizes the ${variant} variant from its attributes before anything loads`, async () => {
      for (const size of BADGE_SIZES) {
        for (const withStatus of [false, true]) {
          const el = document.createElement('hrc-declaration-badge');
          el.setAttribute('variant', variant);
          el.setAttribute('size', size);
          if (withStatus) el.setAttribute('status-src', EXAMPLE);
          document.body.append(el);
          // Measured synchronously: before the first render and before the status file arrives.
          const before = el.getBoundingClientRect();
          const expected = badgeSize(variant, size, withStatus);
          expect(before.width, `${variant} ${size} width`).to.be.closeTo(expected.width, 0.5);
          expect(before.height, `${variant} ${size} height`).to.be.closeTo(expected.height, 0.5);
          await el.updateComplete;
          const after = el.getBoundingClientRect();
          expect([after.width, after.height]).to.deep.equal([before.width, before.height]);
          el.remove();
        }
      }
    });
  }

  for (const [lang, name] of [
    ['en', 'Middelstad, human rights city since 2024: read the declaration'],
    ['nl', 'Middelstad, mensenrechtenstad sinds 2024: lees de verklaring'],
  ] as const) {
    it(`names the link after city, year and declaration (${lang})`, async () => {
      const el = await fixture<HrcDeclarationBadge>(
        html`<hrc-declaration-badge
          lang=${lang}
          city="Middelstad"
          year="2024"
          declaration-url=${DECLARATION}
        ></hrc-declaration-badge>`,
      );
      expect(link(el)!.getAttribute('aria-label')).to.equal(name);
      expect(link(el)!.hasAttribute('aria-describedby')).to.equal(false);
      await expect(el).to.be.accessible();
    });
  }

  it('takes its locale from the page and re-renders when it changes', async () => {
    document.documentElement.lang = 'nl';
    const el = await fixture<HrcDeclarationBadge>(
      html`<hrc-declaration-badge
        city="Utrecht"
        year="2011"
        declaration-url=${DECLARATION}
      ></hrc-declaration-badge>`,
    );
    expect(texts(shadow(el))).to.include('Mensenrechtenstad');
    document.documentElement.lang = 'en';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(texts(shadow(el))).to.include('Human Rights City');
  });

  it('is an image with a title when there is no declaration link', async () => {
    const el = await fixture<HrcDeclarationBadge>(
      html`<hrc-declaration-badge lang="en" city="Middelstad" year="2024"></hrc-declaration-badge>`,
    );
    expect(link(el)).to.equal(null);
    const svgEl = shadow(el).querySelector('svg[part="badge"]')!;
    expect(svgEl.getAttribute('role')).to.equal('img');
    expect(svgEl.getAttribute('aria-hidden')).to.equal(null);
    expect(svgEl.querySelector('title')!.textContent).to.equal('Middelstad, human rights city since 2024');
    await expect(el).to.be.accessible();
  });

  it('refuses links that are not http(s)', async () => {
    const el = await fixture<HrcDeclarationBadge>(
      html`<hrc-declaration-badge
        city="Utrecht"
        declaration-url="javascript:alert(1)"
      ></hrc-declaration-badge>`,
    );
    expect(link(el)).to.equal(null);
    expect(shadow(el).querySelector('svg title')!.textContent).to.equal(
      'Utrecht, human rights city, in the FRA guide',
    );
  });

  it('is static: no live region anywhere', async () => {
    const el = await fixture<HrcDeclarationBadge>(
      html`<hrc-declaration-badge city="Utrecht" year="2011" status-src=${EXAMPLE}></hrc-declaration-badge>`,
    );
    expect(shadow(el).querySelector('[aria-live], [role="status"], [role="alert"]')).to.equal(null);
  });

  describe('guide mark', () => {
    it('marks cities the guide names, in either language', () => {
      expect(isGuideCity('Utrecht')).to.equal(true);
      expect(isGuideCity(' wenen ')).to.equal(true);
      expect(isGuideCity('Vienna')).to.equal(true);
      expect(isGuideCity('Turku')).to.equal(false); // on its way, not yet a human rights city
      expect(isGuideCity('Middelstad')).to.equal(false);
      expect(isGuideCity('')).to.equal(false);
    });

    it('shows and describes the mark for a city in the guide', async () => {
      const el = await fixture<HrcDeclarationBadge>(
        html`<hrc-declaration-badge
          lang="en"
          city="Graz"
          year="2001"
          declaration-url=${DECLARATION}
        ></hrc-declaration-badge>`,
      );
      expect(texts(shadow(el))).to.include('in the FRA guide');
      expect(link(el)!.getAttribute('aria-label')).to.equal(
        'Graz, human rights city since 2001, in the FRA guide: read the declaration',
      );
      const id = link(el)!.getAttribute('aria-describedby')!;
      expect(shadow(el).getElementById(id)!.textContent).to.contain('Fundamental Rights Agency');
      await expect(el).to.be.accessible();
    });

    it('shows no mark for a city the guide does not name', async () => {
      const el = await fixture<HrcDeclarationBadge>(
        html`<hrc-declaration-badge
          lang="en"
          city="Middelstad"
          declaration-url=${DECLARATION}
        ></hrc-declaration-badge>`,
      );
      expect(texts(shadow(el)).join()).not.to.contain('FRA');
      expect(link(el)!.hasAttribute('aria-describedby')).to.equal(false);
    });
  });

  describe('status from a published checklist', () => {
    for (const lang of ['en', 'nl'] as const) {
      it(`shows how many elements are in place (${lang})`, async () => {
        const el = await fixture<HrcDeclarationBadge>(
          html`<hrc-declaration-badge
            lang=${lang}
            city="Middelstad"
            year="2024"
            declaration-url=${DECLARATION}
            status-src=${EXAMPLE}
            status-url="https://middelstad.example/checklist"
          ></hrc-declaration-badge>`,
        );
        // The example marks one element not applicable: counted as the checklist counts.
        const expected =
          lang === 'en'
            ? '2 of 19 applicable elements in place'
            : '2 van 19 toepasselijke elementen gerealiseerd';
        const a = statusLink(el)!;
        expect(a.getAttribute('aria-label')).to.equal(expected);
        expect(a.getAttribute('href')).to.equal('https://middelstad.example/checklist');
        expect(texts(a).join(' ')).to.equal(expected);
        await expect(el).to.be.accessible();
      });
    }

    it('links to the status file itself without status-url', async () => {
      const el = await fixture<HrcDeclarationBadge>(
        html`<hrc-declaration-badge city="Utrecht" status-src=${FOUR}></hrc-declaration-badge>`,
      );
      expect(statusLink(el)!.getAttribute('href')).to.equal(FOUR);
      expect(statusLink(el)!.getAttribute('aria-label')).to.equal('4 of 20 applicable elements in place');
    });

    for (const [name, src] of [
      ['missing', MISSING],
      ['invalid', INVALID],
      ['truncated', TRUNCATED],
    ] as const) {
      it(`keeps a working badge when the status file is ${name}`, async () => {
        const el = await fixture<HrcDeclarationBadge>(
          html`<hrc-declaration-badge
            lang="en"
            city="Utrecht"
            year="2011"
            declaration-url=${DECLARATION}
            status-src=${src}
          ></hrc-declaration-badge>`,
        );
        expect(statusLink(el)).to.equal(null);
        expect(texts(shadow(el)).join()).not.to.contain('elements');
        expect(link(el)!.getAttribute('aria-label')).to.equal(
          'Utrecht, human rights city since 2011, in the FRA guide: read the declaration',
        );
        await expect(el).to.be.accessible();
      });
    }

    it('follows a change of status-src', async () => {
      const el = await fixture<HrcDeclarationBadge>(
        html`<hrc-declaration-badge city="Utrecht" status-src=${EXAMPLE}></hrc-declaration-badge>`,
      );
      expect(statusLink(el)!.getAttribute('aria-label')).to.equal('2 of 19 applicable elements in place');
      el.statusSrc = FOUR;
      await el.updateComplete;
      expect(statusLink(el)!.getAttribute('aria-label')).to.equal('4 of 20 applicable elements in place');
      el.statusSrc = INVALID;
      await el.updateComplete;
      expect(statusLink(el)).to.equal(null);
    });
  });

  describe('text that stays legible', () => {
    for (const variant of BADGE_VARIANTS) {
      it(`draws no text below 12 px at the default size (${variant})`, async () => {
        const el = await fixture<HrcDeclarationBadge>(
          html`<hrc-declaration-badge
            lang="nl"
            variant=${variant}
            city="Utrecht"
            year="2011"
            status-src=${EXAMPLE}
          ></hrc-declaration-badge>`,
        );
        const drawn = [...shadow(el).querySelectorAll('text')];
        expect(drawn.length).to.be.greaterThan(3);
        for (const t of drawn) {
          const scale = t.getScreenCTM()!.a;
          expect(Number(t.getAttribute('font-size')) * scale, t.textContent!).to.be.at.least(11.95);
        }
      });

      it(`keeps every text inside the drawing with the WCAG 1.4.12 text spacing (${variant})`, async () => {
        const el = await fixture<HrcDeclarationBadge>(
          html`<hrc-declaration-badge
            lang="nl"
            variant=${variant}
            city="Utrecht"
            year="2011"
            status-src=${EXAMPLE}
            style="letter-spacing: 0.12em; word-spacing: 0.16em"
          ></hrc-declaration-badge>`,
        );
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        for (const t of shadow(el).querySelectorAll('text')) {
          const box = t.getBoundingClientRect();
          const svg = t.ownerSVGElement!.getBoundingClientRect();
          expect(box.left, t.textContent!).to.be.at.least(svg.left - 0.5);
          expect(box.right, t.textContent!).to.be.at.most(svg.right + 0.5);
        }
        if (variant === 'seal') {
          // The status line in the narrow seal is squeezed to its room, not cut off.
          const status = [...shadow(el).querySelectorAll('[part=status] text')];
          expect(status.some((t) => t.hasAttribute('textLength'))).to.equal(true);
        }
      });
    }
  });

  it('keeps focus on its link when the status line arrives', async () => {
    const el = await fixture<HrcDeclarationBadge>(
      html`<hrc-declaration-badge city="Utrecht" declaration-url=${DECLARATION}></hrc-declaration-badge>`,
    );
    const focused = link(el)!;
    focused.focus();
    el.statusSrc = FOUR;
    await el.updateComplete;
    expect(statusLink(el)!.getAttribute('aria-label')).to.equal('4 of 20 applicable elements in place');
    expect(link(el)).to.equal(focused);
    expect(shadow(el).activeElement).to.equal(focused);
  });

  it('reflects its properties to attributes and redraws', async () => {
    const el = await fixture<HrcDeclarationBadge>(
      html`<hrc-declaration-badge lang="en" city="Utrecht"></hrc-declaration-badge>`,
    );
    el.city = 'Middelstad';
    el.year = 2024;
    el.variant = 'compact';
    await el.updateComplete;
    expect(el.getAttribute('city')).to.equal('Middelstad');
    expect(el.getAttribute('year')).to.equal('2024');
    expect(el.getAttribute('variant')).to.equal('compact');
    expect(texts(shadow(el))).to.include('Middelstad');
    el.year = undefined;
    await el.updateComplete;
    expect(el.hasAttribute('year')).to.equal(false);
    expect(shadow(el).querySelector('svg title')!.textContent).to.equal('Middelstad, human rights city');
  });

  describe('status file check', () => {
    it('uses the assessment format constants', () => {
      expect(ASSESSMENT.kind).to.equal(ASSESSMENT_KIND);
      expect(ASSESSMENT.schemaVersion).to.equal(ASSESSMENT_SCHEMA_VERSION);
      expect([...ASSESSMENT.statuses]).to.deep.equal([...ELEMENT_STATUSES]);
      expect(ASSESSMENT.limits).to.deep.include(ASSESSMENT_LIMITS);
    });

    it('agrees with assessmentSchema on valid and broken files', async () => {
      const example = (await (await fetch(EXAMPLE)).json()) as Record<string, unknown>;
      const elements = example.elements as Record<string, Record<string, unknown>>;
      const withElement = (entry: unknown) => ({ ...example, elements: { ...elements, sdgs: entry } });
      const cases: [string, unknown][] = [
        ['example', example],
        ['minimal', { kind: 'hrc-assessment', schemaVersion: 2, city: 'X', elements: {} }],
        ['version 1', { kind: 'hrc-assessment', schemaVersion: 1, city: 'X', elements: {} }],
        ['version 0', { ...example, schemaVersion: 0 }],
        ['version as text', { ...example, schemaVersion: '2' }],
        ['regional lang', { ...example, lang: 'nl-BE' }],
        ['bad lang', { ...example, lang: 'Nederlands!' }],
        ['extra field in an entry', withElement({ status: 'planned', owner: 'x' })],
        ['offset time', { ...example, updatedAt: '2026-11-20T10:00:00+01:00' }],
        ['null', null],
        ['array', [example]],
        ['wrong kind', { ...example, kind: 'other' }],
        ['newer version', { ...example, schemaVersion: ASSESSMENT_SCHEMA_VERSION + 1 }],
        ['no city', { ...example, city: undefined }],
        ['long city', { ...example, city: 'x'.repeat(201) }],
        ['unknown top field', { ...example, owner: 'x' }],
        ['unknown element', { ...example, elements: { ...elements, 'flying-cars': { status: 'planned' } } }],
        ['unknown status', withElement({ status: 'done' })],
        ['entry not an object', withElement('in-place')],
        ['bad target date', withElement({ status: 'planned', targetDate: '2027-13-01' })],
        ['bad updatedAt', { ...example, updatedAt: 'yesterday' }],
        [
          'evidence not http',
          withElement({ status: 'planned', evidence: [{ label: 'x', url: 'ftp://x.example' }] }),
        ],
        [
          'evidence without label',
          withElement({ status: 'planned', evidence: [{ label: '', url: 'https://x.example' }] }),
        ],
        [
          'too much evidence',
          withElement({
            status: 'planned',
            evidence: Array(21).fill({ label: 'x', url: 'https://x.example' }),
          }),
        ],
        ['long note', withElement({ status: 'planned', note: 'x'.repeat(4001) })],
        ['elements missing', { ...example, elements: undefined }],
      ];
      for (const [name, data] of cases) {
        const valid = assessmentSchema.safeParse(migrate(data)).success;
        expect(statusCount(data) !== undefined, name).to.equal(valid);
      }
      expect(statusCount(example)).to.deep.equal({ inPlace: 2, applicable: 19 });
    });
  });

  describe('same badge as the command', () => {
    for (const variant of BADGE_VARIANTS) {
      for (const lang of ['en', 'nl', 'de', 'ar'] as const) {
        it(`draws the same ${variant} shapes and text (${lang})`, async () => {
          const el = await fixture<HrcDeclarationBadge>(
            html`<hrc-declaration-badge
              lang=${lang}
              variant=${variant}
              size="l"
              city="Utrecht"
              year="2011"
              declaration-url=${DECLARATION}
              status-src=${FOUR}
            ></hrc-declaration-badge>`,
          );
          const { catalogs } = await loadLocale(lang);
          const text = renderBadgeSvg({
            city: 'Utrecht',
            year: 2011,
            lang,
            catalogs,
            variant,
            size: 'l',
            count: { inPlace: 4, applicable: 20 },
          });
          const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
          expect(doc.querySelector('parsererror')).to.equal(null);
          const root = doc.documentElement;
          // Layout rounds to 1/64 px.
          expect(Number(root.getAttribute('width'))).to.be.closeTo(el.getBoundingClientRect().width, 0.05);
          expect(Number(root.getAttribute('height'))).to.be.closeTo(el.getBoundingClientRect().height, 0.05);
          expect(shapes(root)).to.deep.equal(shapes(shadow(el)));
          expect(shapes(root).length).to.be.greaterThan(5);
        });
      }
    }

    it('uses the kit colours of both themes', async () => {
      for (const theme of ['light', 'dark'] as const) {
        const el = await fixture<HrcDeclarationBadge>(
          html`<hrc-declaration-badge theme=${theme} city="Utrecht" year="2011"></hrc-declaration-badge>`,
        );
        for (const [cls, colour] of Object.entries(PALETTE[theme])) {
          const drawn = shadow(el).querySelector(`.${cls}`);
          if (drawn) expect(getComputedStyle(drawn).fill, `${theme} ${cls}`).to.equal(rgb(colour));
        }
        await expect(el).to.be.accessible();
      }
    });

    it('maps its fills to system colours in forced-colours mode', async () => {
      const el = await fixture<HrcDeclarationBadge>(
        html`<hrc-declaration-badge city="Utrecht"></hrc-declaration-badge>`,
      );
      const rules = shadow(el)
        .adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .filter(
          (r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors'),
        )
        .flatMap((r) => [...r.cssRules] as CSSStyleRule[]);
      const fillOf = (selector: string) =>
        rules.find((r) => r.selectorText.split(/,\s*/).includes(selector))?.style.getPropertyValue('fill');
      expect(fillOf('.face')).to.equal('canvas');
      expect(fillOf('.ink')).to.equal('canvastext');
      expect(fillOf('a .accent')).to.equal('linktext');
    });
  });

  it('renders within one frame', async () => {
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const el = document.createElement('hrc-declaration-badge');
      el.setAttribute('city', 'Utrecht');
      el.setAttribute('year', '2011');
      el.setAttribute('declaration-url', DECLARATION);
      const start = performance.now();
      document.body.append(el);
      await el.updateComplete;
      el.getBoundingClientRect(); // include style and layout
      times.push(performance.now() - start);
      el.remove();
    }
    times.sort((a, b) => a - b);
    expect(times[Math.floor(times.length / 2)]).to.be.below(16);
  });
});
