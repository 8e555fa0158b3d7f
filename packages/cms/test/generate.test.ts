import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { expected, inputs, stale } from '../src/files.js';
import { generate } from '../src/generate.js';
import { attributesIn, buildModel, type Overlay } from '../src/model.js';
import { ensureDebianPackages } from '../../../scripts/lib/system.mjs';

type Inputs = Awaited<ReturnType<typeof inputs>>;
let given: Inputs;
beforeAll(async () => {
  given = await inputs();
});

/** A deep copy of the inputs with one attribute added to an element (and, if given, its overlay line). */
function withAttribute(
  tag: string,
  attribute: { name: string; type?: { text: string } },
  overlay?: Overlay['elements'][string]['attributes'][string],
): Inputs {
  const copy = structuredClone(given);
  const modules = (
    copy.manifest as { modules: { declarations?: { tagName?: string; attributes?: unknown[] }[] }[] }
  ).modules;
  const declaration = modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  declaration?.attributes?.push(attribute);
  if (overlay) {
    const element = copy.overlay.elements[tag];
    if (element) element.attributes[attribute.name] = overlay;
  }
  return copy;
}

const files = (i: Inputs) => generate(buildModel(i.manifest, i.overlay, i.ids), i.fallback);

describe('the CMS files generated from the elements’ description', () => {
  it('are committed as the description gives them (the build fails otherwise)', async () => {
    expect(await stale(await expected(given))).toEqual([]);
  });

  it('carry an attribute added to an element into both CMSes: block, shortcode, controls, Drupal catalog and schema', () => {
    const out = files(
      withAttribute(
        'hrc-rights-cards',
        { name: 'card-tone', type: { text: "'calm' | 'bold' | undefined" } },
        {
          kind: 'choice',
          label: 'Tone of the cards',
          group: 'display',
          options: { calm: 'Calm', bold: 'Bold' },
        },
      ),
    );
    const block = JSON.parse(out.get('packages/wordpress/blocks/rights-cards/block.json') ?? '{}');
    expect(block.attributes.cardTone).toEqual({ type: 'string', enum: ['', 'calm', 'bold'], default: '' });
    const wordpress = out.get('packages/wordpress/includes/class-hrc-catalog.php') ?? '';
    // The shortcode's attribute (HRC_Blocks::shortcode maps it through ELEMENTS) and the control's labels.
    expect(wordpress).toMatch(/'card-tone' => array\(\s*'key' => 'cardTone',\s*'kind' => 'choice'/);
    expect(wordpress).toMatch(
      /'cardTone' => array\(\s*'label' => __\( 'Tone of the cards', 'hrc-widgets' \)/,
    );
    const drupal = out.get('packages/drupal/hrc_widgets/src/Markup/Elements.php') ?? '';
    expect(drupal).toMatch(/'card_tone' => \[\s*'attribute' => 'card-tone',\s*'kind' => 'choice'/);
    expect(drupal).toContain("new TranslatableMarkup('Tone of the cards')");
    const schema = out.get('packages/drupal/hrc_widgets/config/schema/hrc_widgets.blocks.schema.yml') ?? '';
    expect(schema).toMatch(
      /block\.settings\.hrc_rights_cards:[\s\S]*?card_tone:\n {6}type: string\n {6}label: 'Tone of the cards'/,
    );
    // The committed files do not have it: it came from the description alone.
    const committed = files(given);
    expect(committed.get('packages/wordpress/includes/class-hrc-catalog.php')).not.toContain('card-tone');
  });

  it('give <hrc-report-stats> a block, a shortcode, controls and a Drupal block with a checked address', () => {
    const out = files(given);
    const block = JSON.parse(out.get('packages/wordpress/blocks/report-stats/block.json') ?? '{}');
    expect(block.name).toBe('hrc/report-stats');
    expect(block.viewScriptModule).toBe('@hrc/hrc-report-stats');
    expect(block.attributes.view).toEqual({ type: 'string', enum: ['', 'grounds', 'domains'], default: '' });
    const wordpress = out.get('packages/wordpress/includes/class-hrc-catalog.php') ?? '';
    expect(wordpress).toMatch(
      /'hrc-report-stats' => array\(\s*'block' => 'hrc\/report-stats',\s*'shortcode' => 'hrc_report_stats'/,
    );
    // src is of the url kind: HRC_Render::check() and Drupal's Values::url() pass it through the URL check.
    expect(wordpress).toMatch(
      /'hrc-report-stats'[\s\S]*?'src' => array\(\s*'key' => 'src',\s*'kind' => 'url'/,
    );
    expect(wordpress).toContain('published under Human rights city → Statistics.');
    const drupal = out.get('packages/drupal/hrc_widgets/src/Markup/Elements.php') ?? '';
    expect(drupal).toMatch(
      /'report-stats' => \[\s*'tag' => 'hrc-report-stats',\s*'theme' => 'hrc_report_stats'/,
    );
    expect(drupal).toMatch(
      /'report-stats' => \[[\s\S]*?'src' => \[\s*'attribute' => 'src',\s*'kind' => 'url'/,
    );
    expect(drupal).not.toContain('Human rights city → Statistics');
    const schema = out.get('packages/drupal/hrc_widgets/config/schema/hrc_widgets.blocks.schema.yml') ?? '';
    expect(schema).toMatch(/block\.settings\.hrc_report_stats:[\s\S]*?heading_level:\n {6}type: string/);
  });

  it('leave the languages to the kit’s manifest, which each CMS reads when it runs', () => {
    const out = files(given);
    for (const name of [
      'report-form',
      'rights-cards',
      'framework-checklist',
      'declaration-badge',
      'report-stats',
    ]) {
      const block = JSON.parse(out.get(`packages/wordpress/blocks/${name}/block.json`) ?? '{}');
      // No list of its own: a language added to the kit's files passes the block's validation.
      expect(block.attributes.lang).toEqual({ type: 'string', default: '' });
    }
    const wordpress = out.get('packages/wordpress/includes/class-hrc-catalog.php') ?? '';
    expect(wordpress).toMatch(/'lang' => array\(\s*'key' => 'lang',\s*'kind' => 'locale'/);
    expect(wordpress).not.toMatch(/'locale' => array\( '/);
    const drupal = out.get('packages/drupal/hrc_widgets/src/Markup/Elements.php') ?? '';
    expect(drupal).toMatch(/'locale' => \[\s*'attribute' => 'lang',\s*'kind' => 'locale'/);
    expect(drupal).not.toContain('LOCALES');
  });

  it('refuse an element attribute nobody decided about, one the element lacks, and values it does not accept', () => {
    expect(() => files(withAttribute('hrc-report-form', { name: 'tracking-id' }))).toThrow(
      /hrc-report-form tracking-id: the element has this attribute; say in overlay.json/,
    );
    const missing = structuredClone(given);
    const form = missing.overlay.elements['hrc-report-form'];
    if (form) form.attributes['colour'] = { kind: 'text', label: 'Colour' };
    expect(() => files(missing)).toThrow(
      /hrc-report-form colour: overlay.json names an attribute the element does not have/,
    );
    const wrong = structuredClone(given);
    const theme = wrong.overlay.elements['hrc-report-form'];
    if (theme)
      theme.attributes['theme'] = { kind: 'choice', label: 'Colour scheme', options: { sepia: 'Sepia' } };
    expect(() => files(wrong)).toThrow(/theme: the element does not accept 'sepia'/);
  });

  it('let editors set in both CMSes every attribute either CMS offered before, and heading-level', () => {
    const model = buildModel(given.manifest, given.overlay, given.ids);
    const before: Record<string, string[]> = {
      'hrc-report-form': ['lang', 'ask-equality-data', 'ground', 'quick-exit-url', 'quick-exit-shortcut'],
      'hrc-rights-cards': ['lang', 'articles', 'chapter', 'variant', 'report-url', 'heading-level'],
      'hrc-framework-checklist': ['lang', 'src', 'compare-src', 'readonly', 'storage-key'],
      'hrc-declaration-badge': ['lang', 'variant', 'size', 'status-src', 'status-url'],
      'hrc-report-stats': ['lang', 'src', 'view', 'period', 'label', 'heading-level', 'theme'],
    };
    for (const element of model.elements) {
      for (const cms of ['wordpress', 'drupal'] as const) {
        const names = attributesIn(element, cms).map((a) => a.name);
        expect(names, `${element.tag} in ${cms}`).toEqual(expect.arrayContaining(before[element.tag] ?? []));
      }
    }
  });
});

describe('the shared fallback renderer (php/Fallback.php)', () => {
  it('passes its PHPUnit tests on its own, without a CMS', () => {
    ensureDebianPackages(['php-cli', 'phpunit'], 'The fallback renderer tests');
    const config = fileURLToPath(new URL('./phpunit.xml', import.meta.url));
    const r = spawnSync('phpunit', ['-c', config], { encoding: 'utf8' });
    expect(r.error, 'PHPUnit runs (Debian: apt-get install php-cli phpunit)').toBeUndefined();
    expect(`${r.stdout}${r.stderr}`).toMatch(/OK \(\d+ tests/);
    expect(r.status).toBe(0);
  });
});

describe('the kit’s PHP rules (phpmd.xml: complexity, silenced errors, unused code)', () => {
  const phpmd = (path: string) => {
    ensureDebianPackages(['php-cli', 'phpmd'], 'The PHP rules');
    const rules = fileURLToPath(new URL('../../../phpmd.xml', import.meta.url));
    const r = spawnSync('phpmd', [fileURLToPath(new URL(path, import.meta.url)), 'text', rules], {
      encoding: 'utf8',
    });
    expect(r.error, 'phpmd runs (Debian: apt-get install phpmd)').toBeUndefined();
    return r;
  };

  it('catch each thing they are for', () => {
    const r = phpmd('./php-rules');
    for (const rule of [
      'ErrorControlOperator',
      'UnusedPrivateField',
      'UnusedPrivateMethod',
      'UnusedLocalVariable',
      'UnusedFormalParameter',
      'CyclomaticComplexity',
      'NPathComplexity',
    ])
      expect(r.stdout).toContain(rule);
    expect(r.status).not.toBe(0);
  });

  it('hold for the shared fallback renderer', () => {
    const r = phpmd('../php');
    expect(r.stdout.trim()).toBe('');
    expect(r.status).toBe(0);
  });
});
