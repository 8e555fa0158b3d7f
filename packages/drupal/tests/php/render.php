<?php

/**
 * @file
 * Renders the module's templates as Drupal would, into test pages.
 *
 * Usage: php render.php <output directory>
 *
 * Builds each widget with the module's own WidgetBuilder (what the blocks call) and a body text
 * with embeds through ShortcodeParser (what the text filter calls), renders the render arrays
 * with the module's Twig templates (Debian's Twig 3), and emits the <script type="module"> tags
 * that Drupal prints for the libraries attached, read from hrc_widgets.libraries.yml. Prints a
 * JSON summary of the pages on stdout.
 */

declare(strict_types=1);

require '/usr/share/php/Twig/autoload.php';
require '/usr/share/php/Symfony/Component/Yaml/autoload.php';
require __DIR__ . '/bootstrap.php';
require __DIR__ . '/twig-stubs.php';

use Drupal\hrc_widgets\Markup\ContentRepository;
use Drupal\hrc_widgets\Markup\Fallback;
use Drupal\hrc_widgets\Markup\ShortcodeParser;
use Drupal\hrc_widgets\Markup\WidgetBuilder;
use Drupal\hrc_widgets\Markup\WidgetCatalog;
use Symfony\Component\Yaml\Yaml;

$out = $argv[1] ?? throw new \RuntimeException('Usage: php render.php <output directory>');
$module = realpath(__DIR__ . '/../../hrc_widgets');
// Drupal serves a module from its folder under the web root, typically modules/custom/<name>.
$base = '/modules/custom/hrc_widgets';

$twig = hrc_twig_environment("$module/templates", "$module/translations");
$libraries = Yaml::parseFile("$module/hrc_widgets.libraries.yml");
$builder = new WidgetBuilder(new ContentRepository("$module/assets/content"), "$module/assets", "$base/assets/");
// The fallback's fixed texts from the module's translations/<langcode>.po, as Drupal's t() finds them
// once it has imported that file; a language without a file shows English.
Fallback::translateWith(static function (string $text, string $langcode) use ($module): string {
  static $po = [];
  $file = "$module/translations/$langcode.po";
  $po[$langcode] ??= is_file($file) ? hrc_read_po($file) : [];
  return ($po[$langcode][$text] ?? '') !== '' ? $po[$langcode][$text] : $text;
});

$settings = Yaml::parseFile("$module/config/install/hrc_widgets.settings.yml");
$settings = [
  'city' => 'Utrecht',
  // Hostile text in a setting must reach the element as text, never as markup.
  'office_name' => 'Office "A" <script>alert(1)</script> & co',
  'office_url' => 'https://office.example/?a=1&b=2',
  'office_phone' => '+31 (0)30 123 45 67',
  'privacy_url' => '/privacy',
  'report_endpoint' => '/reports',
  'declaration_year' => 2011,
  'declaration_url' => 'https://utrecht.example/declaration',
  'ask_equality_data' => TRUE,
] + $settings;

/** Renders a render array the way Drupal's theme system would for these templates. */
$render = static function (array $build) use ($twig): string {
  // A widget with nothing to show (report statistics without a file) renders nothing.
  if (!isset($build['#theme'])) {
    return '';
  }
  $template = str_replace('_', '-', $build['#theme']) . '.html.twig';
  return $twig->render($template, [
    'element_attributes' => $build['#element_attributes'],
    'langcode' => $build['#langcode'],
    // Drupal prints #markup (after its admin XSS filter) unescaped; Twig does so for Markup.
    'fallback' => new \Twig\Markup($build['#fallback']['#markup'], 'UTF-8'),
    // The report form's first step drawn in advance, which the module's Widgets service marks as markup.
    'prerendered' => new \Twig\Markup($build['#prerendered'] ?? '', 'UTF-8'),
  ]);
};

/**
 * What Drupal prints in the head for the attachments of the widgets on a page: the libraries' style
 * sheets and scripts (type=module, not aggregated) and the html_head_link links, each once.
 */
$scripts = static function (array ...$attachments) use ($libraries, $base): string {
  $tags = '';
  $links = [];
  foreach ($attachments as $attachment) {
    foreach ($attachment['html_head_link'] ?? [] as [$link]) {
      $links[$link['href']] = sprintf("<link rel=\"%s\" href=\"%s\">\n", htmlspecialchars($link['rel']), htmlspecialchars($link['href']));
    }
  }
  $attached = array_merge(...array_map(static fn (array $a): array => $a['library'] ?? [], $attachments));
  foreach (array_unique($attached) as $library) {
    [, $name] = explode('/', $library, 2);
    foreach (array_keys($libraries[$name]['css']['component'] ?? []) as $file) {
      $links[$file] = sprintf("<link rel=\"stylesheet\" href=\"%s/%s\">\n", $base, $file);
    }
  }
  $tags .= implode('', $links);
  foreach (array_unique($attached) as $library) {
    [$extension, $name] = explode('/', $library, 2);
    if ($extension !== 'hrc_widgets' || !isset($libraries[$name])) {
      throw new \RuntimeException("Library $library is not defined in hrc_widgets.libraries.yml");
    }
    foreach ($libraries[$name]['js'] as $file => $options) {
      if (($options['preprocess'] ?? TRUE) !== FALSE) {
        throw new \RuntimeException("$library: $file would be aggregated");
      }
      $attributes = '';
      foreach ($options['attributes'] ?? [] as $key => $value) {
        $attributes .= sprintf(' %s="%s"', $key, htmlspecialchars((string) $value));
      }
      $tags .= sprintf("<script src=\"%s/%s?v=%s\"%s></script>\n", $base, $file, rawurlencode((string) $libraries[$name]['version']), $attributes);
    }
  }
  return $tags;
};

$page = static fn (string $lang, string $body, string $scripts): string => <<<HTML
<!DOCTYPE html>
<html lang="$lang">
<head><meta charset="utf-8"><title>Drupal page</title>
$scripts</head>
<body><main>
$body
</main></body>
</html>
HTML;

if (!is_dir($out)) {
  mkdir($out, 0777, TRUE);
}
$summary = [];

// One page per block, as the block plugins build them.
$blocks = [
  'report-form' => ['ground' => 'age', 'quick_exit_url' => 'https://weather.example/'],
  'rights-cards' => ['articles' => '21,23,26', 'variant' => 'full', 'report_url' => '/report?x=1&y=2'],
  'framework-checklist' => ['readonly' => FALSE, 'storage_key' => 'drupal-test'],
  'declaration-badge' => ['variant' => 'horizontal', 'size' => 'm'],
  // The file the browser test serves from the framework's example (a city's published statistics).
  'report-stats' => ['src' => '/statistics.json', 'view' => 'domains', 'heading_level' => '3'],
];
foreach (['en', 'nl'] as $lang) {
  foreach ($blocks as $widget => $options) {
    $build = $builder->build($widget, $options + WidgetCatalog::defaults($widget), ['locale' => $lang] + $settings, $lang);
    $name = "block-$widget-$lang";
    file_put_contents("$out/$name.html", $page($lang, $render($build), $scripts($build['#attached'])));
    $summary[$name] = ['tag' => WidgetCatalog::WIDGETS[$widget]['tag'], 'attributes' => $build['#element_attributes']];
  }
}

// The report form block as the layout builder and the node preview show it.
$build = $builder->build('report-form', $blocks['report-form'] + WidgetCatalog::defaults('report-form'), ['locale' => 'en'] + $settings, 'en', TRUE);
file_put_contents("$out/preview-report-form-en.html", $page('en', $render($build), $scripts($build['#attached'])));
$summary['preview-report-form-en'] = ['tag' => 'hrc-report-form', 'attributes' => $build['#element_attributes']];

// Addresses a hostile editor could write in body text and a hostile setting, however obfuscated.
$hostileSettings = ['office_url' => 'JaVaScRiPt:alert(1)', 'privacy_url' => 'java&#x09;script:alert(1)', 'declaration_url' => 'data:text/html,x'] + $settings;
$hostileBody = <<<'HTML'
<p>[hrc:report-form quick-exit-url="javascript:alert(1)"]</p>
<p>[hrc:report-form quick-exit-url="java&#x09;script:alert(1)" quick-exit-shortcut="off"]</p>
<p>[hrc:rights-cards articles="21" report-url="&amp;#106;avascript:alert(1)"]</p>
<p>[hrc:framework-checklist src="vbscript:msgbox(1)" compare-src="//evil.example/a.json"]</p>
<p>[hrc:declaration-badge status-src="javascript&amp;colon;alert(1)"]</p>
<p>[hrc:report-stats src="java&#x09;script:alert(1)"]</p>
HTML;
$attached = [];
$embeds = [];
$html = ShortcodeParser::replace($hostileBody, static function (string $widget, array $attributes) use ($builder, $hostileSettings, $render, &$attached, &$embeds): ?string {
  $build = $builder->build($widget, WidgetCatalog::optionsFromAttributes($widget, $attributes), $hostileSettings, 'en');
  if (isset($build['#theme'])) {
    $attached[] = $build['#attached'];
    $embeds[] = ['tag' => WidgetCatalog::WIDGETS[$widget]['tag'], 'attributes' => $build['#element_attributes']];
  }
  return $render($build);
});
file_put_contents("$out/hostile-en.html", $page('en', $html, $scripts(...$attached)));
$summary['hostile-en'] = ['embeds' => $embeds];

// A body text with embeds, as the text filter turns it into markup.
$body = <<<'HTML'
<h2>Human rights in our city</h2>
<p>[hrc:declaration-badge variant="compact" onclick="alert(1)"]</p>
<p>Read about your rights: </p>
<p>[hrc:rights-cards articles=&quot;21, 26&quot; variant=“compact” report-url="javascript:alert(1)"]</p>
<p>[hrc:report-form ground="race" endpoint="https://attacker.example/collect" quick-exit-url="https://weather.example/"]</p>
<p>Unknown widgets stay text: [hrc:marquee speed="fast"]</p>
HTML;
$attached = [];
$embeds = [];
$html = ShortcodeParser::replace($body, static function (string $widget, array $attributes) use ($builder, $settings, $render, &$attached, &$embeds): ?string {
  if (!isset(WidgetCatalog::WIDGETS[$widget])) {
    return NULL;
  }
  $build = $builder->build($widget, WidgetCatalog::optionsFromAttributes($widget, $attributes), $settings, 'en');
  if (isset($build['#theme'])) {
    $attached[] = $build['#attached'];
    $embeds[] = ['tag' => WidgetCatalog::WIDGETS[$widget]['tag'], 'attributes' => $build['#element_attributes']];
  }
  return $render($build);
});
file_put_contents("$out/filter-en.html", $page('en', $html, $scripts(...$attached)));
$summary['filter-en'] = ['embeds' => $embeds];

// The loader library alone, for themes that print the elements themselves.
file_put_contents("$out/loader-en.html", $page('en', '<hrc-declaration-badge city="Utrecht" year="2011"></hrc-declaration-badge>', $scripts(['library' => ['hrc_widgets/loader']])));
$summary['loader-en'] = ['tag' => 'hrc-declaration-badge', 'attributes' => ['city' => 'Utrecht', 'year' => '2011']];

$summary['_strings'] = array_keys($GLOBALS['hrc_used_strings']);
echo json_encode($summary, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
