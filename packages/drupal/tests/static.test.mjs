// Checks that need no Drupal: PHP syntax, YAML, config schema coverage, ids, libraries, translations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { files, moduleDir, packageDir, phpJson, repoDir, run } from './lib.mjs';

const moduleFiles = files(moduleDir);
const phpFiles = [
  ...moduleFiles.filter((f) => /\.(php|module|install|inc)$/.test(f)).map((f) => join(moduleDir, f)),
  ...files(join(packageDir, 'tests/php')).map((f) => join(packageDir, 'tests/php', f)),
];
const read = (rel) => readFileSync(join(moduleDir, rel), 'utf8');

const yamlRun = run('php', [join(packageDir, 'tests/php/yaml.php'), moduleDir]);
const yaml = yamlRun.status === 0 ? JSON.parse(yamlRun.stdout) : undefined;
const catalog = phpJson(
  'use Drupal\\hrc_widgets\\Markup\\WidgetCatalog as C; echo json_encode(["widgets" => C::WIDGETS, ' +
    '"defaults" => array_map(fn ($w) => C::defaults($w), array_combine(array_keys(C::WIDGETS), array_keys(C::WIDGETS))), ' +
    '"grounds" => C::GROUNDS, "chapters" => C::CHAPTERS, ' +
    '"locales" => \\Drupal\\hrc_widgets\\Markup\\Locales::tags()]);',
);

test('every PHP file passes php -l', () => {
  assert.ok(phpFiles.length >= 15, `found only ${phpFiles.length} PHP files`);
  for (const file of phpFiles) {
    const r = run('php', ['-l', file]);
    assert.equal(r.status, 0, `${file}: ${r.stdout}${r.stderr}`);
  }
});

test("the kit's PHP rules hold (phpmd.xml: complexity, silenced errors, unused code)", () => {
  const r = run('phpmd', [
    ['src', 'hrc_widgets.module'].map((p) => join(moduleDir, p)).join(','),
    'text',
    join(repoDir, 'phpmd.xml'),
  ]);
  assert.equal(`${r.stdout}${r.stderr}`.trim(), '');
  assert.equal(r.status, 0);
});

test('PHP stays within 8.1 syntax (Drupal 10)', () => {
  // The php -l above runs on the machine's PHP (8.2 on Debian 12); these are the 8.2+ constructs it
  // would accept but Drupal 10 on PHP 8.1 would not.
  const newer = [
    [/\breadonly\s+(final\s+|abstract\s+)?class\b/, 'readonly classes (8.2)'],
    [/\(\s*\\?[A-Z]\w*\s*&\s*\\?[A-Z]\w*\s*\)\s*\|/, 'DNF types (8.2)'],
    [/:\s*(true|false|null)\s*[{;]/, 'true/false/null as standalone return types (8.2)'],
    [/\bconst\s+\w+\s*:\s*\w+\s+\w+\s*=/, 'typed class constants (8.3)'],
    [/#\[\\?Override\]/, '#[Override] (8.3)'],
    [/\w+::\{\$/, 'dynamic class constant fetch (8.3)'],
  ];
  for (const file of phpFiles) {
    const source = readFileSync(file, 'utf8');
    for (const [pattern, what] of newer) assert.doesNotMatch(source, pattern, `${file} uses ${what}`);
  }
});

test('every YAML file parses with Symfony YAML', () => {
  assert.equal(yamlRun.status, 0, yamlRun.stderr);
  const expected = moduleFiles.filter((f) => /\.ya?ml$/.test(f));
  assert.deepEqual(Object.keys(yaml).sort(), expected);
  assert.ok(expected.length >= 8);
});

test('info file targets Drupal 10 and 11', () => {
  const info = yaml['hrc_widgets.info.yml'];
  assert.equal(info.type, 'module');
  assert.equal(info.core_version_requirement, '^10 || ^11');
  assert.equal(info.configure, 'hrc_widgets.settings');
  assert.ok(yaml['hrc_widgets.routing.yml'][info.configure], 'configure names a route');
});

test('install config and the settings form use only keys with schema, and schema has no stray keys', () => {
  const schema = yaml['config/schema/hrc_widgets.schema.yml'];
  const mapping = schema['hrc_widgets.settings'].mapping;
  const install = yaml['config/install/hrc_widgets.settings.yml'];
  assert.deepEqual(Object.keys(install).sort(), Object.keys(mapping).sort());
  const typeOf = { string: 'string', label: 'string', uri: 'string', boolean: 'boolean', integer: 'number' };
  for (const [key, value] of Object.entries(install)) {
    if (value === null) assert.equal(mapping[key].nullable, true, `${key} is null but not nullable`);
    else
      assert.equal(
        typeof value,
        typeOf[mapping[key].type],
        `${key}: ${mapping[key].type} vs ${JSON.stringify(value)}`,
      );
  }
  const form = read('src/Form/SettingsForm.php');
  const set = [...form.matchAll(/->set\('([a-z_]+)'/g)].map((m) => m[1]);
  const got = [...form.matchAll(/\$config->get\('([a-z_]+)'\)/g)].map((m) => m[1]);
  const fields = [
    ...form.matchAll(/\$form(?:\['\w+'\])?\['([a-z_]+)'\] = \[\s*'#type' => '(?!details)/g),
  ].map((m) => m[1]);
  assert.deepEqual([...set].sort(), Object.keys(mapping).sort(), 'the form saves every key');
  assert.deepEqual([...got].sort(), Object.keys(mapping).sort(), 'the form shows every key');
  assert.deepEqual([...fields].sort(), Object.keys(mapping).sort(), 'every field is a key');
});

test('every block has a schema for exactly its configuration, generated from the elements', () => {
  const schema = yaml['config/schema/hrc_widgets.blocks.schema.yml'];
  const blocks = moduleFiles.filter((f) => /^src\/Plugin\/Block\/\w+Block\.php$/.test(f));
  assert.equal(blocks.length, 5);
  for (const file of blocks) {
    const source = read(file);
    const id = source.match(/#\[Block\(\s*id: '(\w+)'/)?.[1];
    const annotationId = source.match(/@Block\(\s*\*\s*id = "(\w+)"/)?.[1];
    assert.ok(id, `${file} has a #[Block] attribute`);
    assert.equal(annotationId, id, `${file}: the annotation and the attribute agree`);
    const widget = source.match(/WIDGET = '([a-z-]+)'/)[1];
    const entry = schema[`block.settings.${id}`];
    assert.ok(entry, `schema block.settings.${id}`);
    assert.equal(entry.type, 'block_settings');
    const defaults = catalog.defaults[widget];
    assert.deepEqual(
      Object.keys(entry.mapping).sort(),
      Object.keys(defaults).sort(),
      `${id} schema vs defaults`,
    );
    for (const [key, value] of Object.entries(defaults)) {
      assert.equal(entry.mapping[key].type === 'boolean', typeof value === 'boolean', `${id}.${key} type`);
    }
    assert.equal(catalog.widgets[widget].theme, id, `${widget} theme hook matches block id`);
  }
  assert.equal(
    Object.keys(yaml['config/schema/hrc_widgets.schema.yml']).filter((k) => k.startsWith('block.')).length,
    0,
    'block settings are only in the generated schema',
  );
});

test('the filter settings have schema', () => {
  const schema = yaml['config/schema/hrc_widgets.schema.yml'];
  const source = read('src/Plugin/Filter/WidgetEmbedFilter.php');
  const id = source.match(/#\[Filter\(\s*id: '(\w+)'/)[1];
  assert.equal(source.match(/@Filter\(\s*\*\s*id = "(\w+)"/)[1], id);
  const settings = [...source.match(/settings: \[([\s\S]*?)\],\n\)\]/)[1].matchAll(/'(\w+)' =>/g)].map(
    (m) => m[1],
  );
  assert.deepEqual(settings, Object.keys(schema[`filter_settings.${id}`].mapping));
});

test("the PHP allowlists match the framework ids, and the languages are the kit's one list", async () => {
  const ids = await import(join(repoDir, 'packages/framework/dist/ids.js'));
  assert.deepEqual(catalog.grounds, [...ids.GROUND_IDS]);
  assert.deepEqual(catalog.chapters, [...ids.CHAPTER_IDS]);
  const manifest = JSON.parse(readFileSync(join(repoDir, 'packages/widgets/bundle/manifest.json'), 'utf8'));
  assert.deepEqual(
    catalog.locales,
    manifest.locales.map((l) => l.locale),
  );
  assert.ok(catalog.locales.includes('nl') && catalog.locales.includes('de'));
});

test('libraries load ES modules from assets/ without aggregation, and the build put them there', () => {
  const libraries = yaml['hrc_widgets.libraries.yml'];
  const version = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
  for (const widget of Object.values(catalog.widgets)) {
    const name = widget.library.split('/')[1];
    assert.ok(libraries[name], `library ${widget.library}`);
    assert.ok(libraries[name].js[`assets/${widget.tag}.js`], `${name} loads assets/${widget.tag}.js`);
  }
  for (const [name, library] of Object.entries(libraries)) {
    assert.equal(library.version, version, `${name} version`);
    for (const [file, options] of Object.entries(library.js)) {
      assert.equal(options.preprocess, false, `${name}: ${file} not aggregated`);
      assert.deepEqual(options.attributes, { type: 'module' }, `${name}: ${file} is a module`);
      assert.ok(
        existsSync(join(moduleDir, file)),
        `${file} is missing: run \`pnpm --filter @hrc/drupal build\` after building the widgets`,
      );
    }
  }
  for (const locale of catalog.locales)
    assert.ok(existsSync(join(moduleDir, `assets/content/${locale}.json`)));
});

test('theme hooks, templates, routes and permissions fit together', () => {
  const module = read('hrc_widgets.module');
  for (const widget of Object.values(catalog.widgets)) {
    assert.match(module, new RegExp(`'${widget.theme}' => \\['variables' => \\$variables\\]`));
    const template = read(`templates/${widget.theme.replaceAll('_', '-')}.html.twig`);
    assert.match(
      template,
      new RegExp(`<${widget.tag}\\{\\{ create_attribute\\(element_attributes\\) \\}\\}>`),
    );
    assert.match(template, new RegExp(`</${widget.tag}>\\s*$`));
    // Under a strict CSP inline styles and scripts do not run; raw output would bypass escaping.
    assert.doesNotMatch(template, /style=|<script|\|raw|autoescape false/);
  }
  const permissions = yaml['hrc_widgets.permissions.yml'];
  for (const route of Object.values(yaml['hrc_widgets.routing.yml'])) {
    assert.ok(permissions[route.requirements._permission], `${route.requirements._permission} is defined`);
    assert.equal(permissions[route.requirements._permission]['restrict access'], true);
  }
  const services = yaml['hrc_widgets.services.yml'].services;
  const cls = services['hrc_widgets.widgets'].class
    .replace('Drupal\\hrc_widgets\\', 'src/')
    .replaceAll('\\', '/');
  assert.ok(moduleFiles.includes(`${cls}.php`), `${cls}.php exists`);
});

test('the templates print the shared fallback and translate nothing themselves', () => {
  for (const file of moduleFiles.filter((f) => f.endsWith('.twig'))) {
    assert.match(read(file), /\{\{ fallback \}\}/, file);
    assert.doesNotMatch(read(file), /\|t\(/, file);
  }
});

const translations = readdirSync(join(moduleDir, 'translations'))
  .filter((f) => f.endsWith('.po'))
  .sort();

test('every label the block and filter forms show is translated in each translations/*.po, with no stray entry', () => {
  assert.ok(translations.includes('nl.po'), 'nl.po ships');
  assert.ok(translations.length >= 4, `only ${translations.length} translation files`);
  const labels = [
    ...read('src/Markup/Elements.php').matchAll(/new TranslatableMarkup\('((?:[^'\\]|\\.)*)'/g),
  ].map((m) => m[1].replace(/\\'/g, "'"));
  // The fallback markup's fixed texts (Fallback::TEXT), which Drupal translates in the element's language.
  const table = /private const TEXT = \[([\s\S]*?)\n {2}\];/.exec(read('src/Markup/Fallback.php'))[1];
  const fallback = [...table.matchAll(/=> '((?:[^'\\]|\\.)*)'/g)].map((m) => m[1].replace(/\\'/g, "'"));
  assert.ok(fallback.length >= 15, `only ${fallback.length} fallback texts`);
  labels.push(...fallback);
  assert.ok(labels.length >= 50, `only ${labels.length} labels`);
  const sources = moduleFiles
    .filter((f) => /\.(php|module|yml)$/.test(f))
    .map(read)
    .join('\n');
  for (const file of translations) {
    const po = read(`translations/${file}`);
    const langcode = file.slice(0, -'.po'.length);
    assert.match(po, new RegExp(`^"Language: ${langcode}\\\\n"$`, 'm'), `${file}: Language header`);
    assert.match(po, /^"Plural-Forms: nplurals=\d+; plural=.+;\\n"$/m, `${file}: Plural-Forms header`);
    assert.doesNotMatch(po, /^#,.*\bfuzzy\b/m, `${file}: a fuzzy entry is not used by Drupal`);
    // Single-line entries, as the module's files have: msgid and its msgstr on consecutive lines.
    const entries = new Map(
      [...po.matchAll(/^msgid "((?:[^"\\]|\\.)*)"\nmsgstr "((?:[^"\\]|\\.)*)"$/gm)]
        .map((m) => [m[1].replace(/\\"/g, '"'), m[2]])
        .filter(([id]) => id),
    );
    const ids = [...po.matchAll(/^msgid "((?:[^"\\]|\\.)*)"$/gm)].map((m) => m[1]).filter(Boolean);
    assert.equal(entries.size, ids.length, `${file}: every entry is one msgid line and one msgstr line`);
    for (const label of labels) assert.ok(entries.get(label), `${file} lacks a translation of "${label}"`);
    for (const id of entries.keys())
      assert.ok(
        sources.includes(id) || sources.includes(id.replace(/'/g, "\\'")),
        `${file}: "${id}" is used nowhere`,
      );
  }
});
