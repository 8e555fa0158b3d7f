<?php

declare(strict_types=1);

namespace Drupal\Tests\hrc_widgets\Unit;

use Drupal\hrc_widgets\Markup\ContentRepository;
use Drupal\hrc_widgets\Markup\Fallback;
use Drupal\hrc_widgets\Markup\WidgetBuilder;
use Drupal\hrc_widgets\Markup\WidgetCatalog;
use PHPUnit\Framework\TestCase;

/**
 * @coversDefaultClass \Drupal\hrc_widgets\Markup\WidgetBuilder
 */
final class WidgetBuilderTest extends TestCase {

  private const SETTINGS = [
    'city' => 'Utrecht',
    'locale' => '',
    'office_name' => 'Discriminatie.nl Utrecht',
    'office_url' => 'https://example.org/office',
    'office_phone' => '+31 (0)30 123 45 67',
    'privacy_url' => '/privacy',
    'report_endpoint' => 'https://reports.example.org/reports',
    'declaration_year' => 2011,
    'declaration_url' => 'https://example.org/declaration',
    'ask_equality_data' => TRUE,
  ];

  protected function setUp(): void {
    Fallback::translateWith(hrc_test_po_translator());
  }

  protected function tearDown(): void {
    Fallback::translateWith(NULL);
  }

  private function builder(?string $dir = NULL): WidgetBuilder {
    return new WidgetBuilder(new ContentRepository($dir ?? HRC_TEST_CONTENT_DIR));
  }

  public function testReportFormTakesTheCitySettings(): void {
    $build = $this->builder()->build('report-form', ['ground' => 'age', 'quick_exit_url' => ''], self::SETTINGS, 'nl');
    $this->assertSame('hrc_report_form', $build['#theme']);
    $this->assertSame([
      'endpoint' => 'https://reports.example.org/reports',
      'privacy-url' => '/privacy',
      'ask-equality-data' => TRUE,
      'ground' => 'age',
      'office-name' => 'Discriminatie.nl Utrecht',
      'office-url' => 'https://example.org/office',
      'office-phone' => '+31 (0)30 123 45 67',
    ], $build['#element_attributes']);
    $this->assertSame('nl', $build['#langcode']);
    $fallback = $build['#fallback']['#markup'];
    $this->assertStringStartsWith('<h2>Discriminatie melden</h2>', $fallback);
    $this->assertStringContainsString('<a href="https://example.org/office">Discriminatie.nl Utrecht</a>', $fallback);
    $this->assertStringContainsString('<a href="tel:+31301234567">+31 (0)30 123 45 67</a>', $fallback);
    $this->assertSame(['hrc_widgets/report_form'], $build['#attached']['library']);
    $this->assertContains('config:hrc_widgets.settings', $build['#cache']['tags']);
  }

  public function testPreviewRoutes(): void {
    $this->assertTrue(WidgetBuilder::isPreviewRoute('layout_builder.overrides.node.view'));
    $this->assertTrue(WidgetBuilder::isPreviewRoute('layout_builder.defaults.node.view'));
    $this->assertTrue(WidgetBuilder::isPreviewRoute('layout_builder.update_block'));
    $this->assertTrue(WidgetBuilder::isPreviewRoute('entity.node.preview'));
    $this->assertFalse(WidgetBuilder::isPreviewRoute('entity.node.canonical'));
    $this->assertFalse(WidgetBuilder::isPreviewRoute('system.404'));
    $this->assertFalse(WidgetBuilder::isPreviewRoute(NULL));
  }

  public function testReportFormAsAPreview(): void {
    $build = $this->builder()->build('report-form', [], self::SETTINGS, 'en', TRUE);
    $this->assertTrue($build['#element_attributes']['preview']);
    // One text renders as a preview in the layout builder and live on the page: cached per route.
    $this->assertContains('route.name', $build['#cache']['contexts']);
    $live = $this->builder()->build('report-form', [], self::SETTINGS, 'en');
    $this->assertArrayNotHasKey('preview', $live['#element_attributes']);
    $this->assertContains('route.name', $live['#cache']['contexts']);
    $badge = $this->builder()->build('declaration-badge', [], self::SETTINGS, 'en', TRUE);
    $this->assertArrayNotHasKey('preview', $badge['#element_attributes']);
  }

  public function testQuickExitShortcutCanBeTurnedOff(): void {
    $off = $this->builder()->build('report-form', ['quick_exit_shortcut' => FALSE], self::SETTINGS, 'en');
    $this->assertSame('off', $off['#element_attributes']['quick-exit-shortcut']);
    $on = $this->builder()->build('report-form', ['quick_exit_shortcut' => TRUE], self::SETTINGS, 'en');
    $this->assertArrayNotHasKey('quick-exit-shortcut', $on['#element_attributes']);
    $embed = WidgetCatalog::optionsFromAttributes('report-form', ['quick-exit-shortcut' => 'off']);
    $this->assertSame(['quick_exit_shortcut' => FALSE], $embed);
  }

  public function testReportStatsShowsThePublishedFileWithALinkToIt(): void {
    $build = $this->builder()->build('report-stats', ['src' => 'https://stats.example.org/statistics.json?x=1&y=2', 'view' => 'domains', 'heading_level' => '3', 'label' => '<b>Meldingen</b>'], self::SETTINGS, 'nl');
    $this->assertSame('hrc_report_stats', $build['#theme']);
    $this->assertSame([
      'src' => 'https://stats.example.org/statistics.json?x=1&y=2',
      'view' => 'domains',
      'label' => '<b>Meldingen</b>',
      'heading-level' => '3',
    ], $build['#element_attributes']);
    $this->assertSame(
      '<h3>&lt;b&gt;Meldingen&lt;/b&gt;</h3><p>De grafieken van deze cijfers hebben JavaScript nodig, en dat staat uit of is niet geladen. De cijfers zijn gepubliceerd als open data:</p>'
        . '<ul><li><a href="https://stats.example.org/statistics.json?x=1&amp;y=2">Gepubliceerde statistiek (JSON)</a></li></ul>',
      $build['#fallback']['#markup'],
    );
    $this->assertSame(['hrc_widgets/report_stats'], $build['#attached']['library']);
    // Without a file to show (or with an address the kit's check refuses) there is no block.
    foreach (['', 'javascript:alert(1)', '//evil.example/s.json', 'data:application/json,{}'] as $src) {
      $empty = $this->builder()->build('report-stats', ['src' => $src], self::SETTINGS, 'en');
      $this->assertArrayNotHasKey('#theme', $empty, $src);
      $this->assertSame(['config:hrc_widgets.settings'], $empty['#cache']['tags']);
    }
  }

  public function testHostileAddressesFromBlocksAndEmbedsAreLeftOut(): void {
    $hostile = ['javascript:alert(1)', "java\tscript:alert(1)", 'javascript&colon;alert(1)', '&#106;avascript:alert(1)', 'data:text/html,x', '//evil.example/'];
    foreach ($hostile as $value) {
      $attributes = ['quick-exit-url' => $value];
      $form = $this->builder()->build('report-form', WidgetCatalog::optionsFromAttributes('report-form', $attributes), self::SETTINGS, 'en');
      $this->assertArrayNotHasKey('quick-exit-url', $form['#element_attributes'], $value);
      $cards = $this->builder()->build('rights-cards', ['report_url' => $value], self::SETTINGS, 'en');
      $this->assertArrayNotHasKey('report-url', $cards['#element_attributes'], $value);
      $checklist = $this->builder()->build('framework-checklist', ['src' => $value, 'compare_src' => $value], self::SETTINGS, 'en');
      $this->assertArrayNotHasKey('src', $checklist['#element_attributes'], $value);
      $this->assertArrayNotHasKey('compare-src', $checklist['#element_attributes'], $value);
      $badge = $this->builder()->build('declaration-badge', ['status_src' => $value], ['declaration_url' => $value] + self::SETTINGS, 'en');
      $this->assertArrayNotHasKey('status-src', $badge['#element_attributes'], $value);
      $this->assertArrayNotHasKey('declaration-url', $badge['#element_attributes'], $value);
      $this->assertStringNotContainsString('href', $badge['#fallback']['#markup'], $value);
    }
  }

  public function testUnusableSettingsAreLeftOut(): void {
    $settings = ['report_endpoint' => 'javascript:alert(1)', 'office_phone' => 'ring us', 'ask_equality_data' => FALSE] + self::SETTINGS;
    $attributes = $this->builder()->build('report-form', [], $settings, 'en')['#element_attributes'];
    $this->assertArrayNotHasKey('endpoint', $attributes);
    $this->assertArrayNotHasKey('office-phone', $attributes);
    $this->assertArrayNotHasKey('ask-equality-data', $attributes);
  }

  public function testLanguage(): void {
    $this->assertSame('nl', WidgetBuilder::fallbackLangcode(NULL, 'nl'));
    $this->assertSame('nl', WidgetBuilder::fallbackLangcode(NULL, 'nl-be'));
    // A language the kit does not have (the bundled kit's manifest lists those it has).
    $this->assertSame('en', WidgetBuilder::fallbackLangcode(NULL, 'fy'));
    $this->assertSame('en', WidgetBuilder::fallbackLangcode('en', 'nl'));

    $fromSettings = $this->builder()->build('declaration-badge', [], ['locale' => 'nl'] + self::SETTINGS, 'en');
    $this->assertSame('nl', $fromSettings['#element_attributes']['lang']);
    $this->assertSame('nl', $fromSettings['#langcode']);
    $fromBlock = $this->builder()->build('declaration-badge', ['locale' => 'en'], ['locale' => 'nl'] + self::SETTINGS, 'nl');
    $this->assertSame('en', $fromBlock['#element_attributes']['lang']);
    $followsPage = $this->builder()->build('declaration-badge', [], self::SETTINGS, 'nl');
    $this->assertArrayNotHasKey('lang', $followsPage['#element_attributes']);
  }

  public function testRightsCardsFallbackComesFromTheContentFiles(): void {
    $build = $this->builder()->build('rights-cards', ['articles' => '21, 26'], self::SETTINGS, 'nl');
    $this->assertSame('21,26', $build['#element_attributes']['articles']);
    $nl = json_decode((string) file_get_contents(HRC_TEST_CONTENT_DIR . '/nl.json'), TRUE);
    $article21 = array_values(array_filter($nl['charter']['articles'], fn ($a) => (int) $a['number'] === 21))[0];
    $fallback = $build['#fallback']['#markup'];
    $this->assertSame(['21', '26'], preg_match_all('/<h3>Artikel (\d+):/', $fallback, $m) ? $m[1] : []);
    $this->assertStringContainsString('<h3>Artikel 21: ' . htmlspecialchars($article21['title']) . '</h3>', $fallback);
    $this->assertStringContainsString(htmlspecialchars($article21['plain']['meaning'], ENT_QUOTES | ENT_HTML5), $fallback);
  }

  public function testRightsCardsHeadingLevelReachesTheElementAndItsFallback(): void {
    $build = $this->builder()->build('rights-cards', ['articles' => '21', 'heading_level' => '2', 'variant' => 'compact'], self::SETTINGS, 'en');
    $this->assertSame('2', $build['#element_attributes']['heading-level']);
    $this->assertStringStartsWith('<article><h2>Article 21: Non-discrimination</h2><p><a ', $build['#fallback']['#markup']);
  }

  public function testRightsCardsByChapter(): void {
    $build = $this->builder()->build('rights-cards', ['articles' => '', 'chapter' => 'equality'], self::SETTINGS, 'en');
    $this->assertSame('equality', $build['#element_attributes']['chapter']);
    $this->assertArrayNotHasKey('articles', $build['#element_attributes']);
    preg_match_all('/<h3>Article (\d+):/', $build['#fallback']['#markup'], $m);
    $this->assertSame(array_map('strval', range(20, 26)), $m[1]);
  }

  public function testChecklistFallbackListsTheFramework(): void {
    $build = $this->builder()->build('framework-checklist', ['readonly' => TRUE, 'src' => '/sites/default/files/assessment.json'], self::SETTINGS, 'en');
    $this->assertSame(['src' => '/sites/default/files/assessment.json', 'readonly' => TRUE], array_intersect_key($build['#element_attributes'], ['readonly' => 1, 'src' => 1]));
    $fallback = $build['#fallback']['#markup'];
    $this->assertSame(3, substr_count($fallback, '<h3>'));
    $this->assertSame(20, substr_count($fallback, '<li>'));
    $this->assertStringEndsWith('<p><a href="/sites/default/files/assessment.json">The published assessment (JSON)</a></p>', $fallback);
  }

  public function testBadgeTakesTheDeclaration(): void {
    $build = $this->builder()->build('declaration-badge', ['variant' => 'horizontal', 'size' => 'l'], self::SETTINGS, 'en');
    $this->assertSame([
      'city' => 'Utrecht',
      'year' => '2011',
      'declaration-url' => 'https://example.org/declaration',
      'variant' => 'horizontal',
      'size' => 'l',
    ], $build['#element_attributes']);
  }

  public function testMissingContentStillBuilds(): void {
    $build = $this->builder(sys_get_temp_dir() . '/hrc-no-content-here')->build('rights-cards', ['articles' => '21'], self::SETTINGS, 'en');
    $this->assertSame('', $build['#fallback']['#markup']);
    $this->assertSame('21', $build['#element_attributes']['articles']);
  }

  /**
   * An assets folder as the build makes it, with the kit's drawn first step in English only.
   */
  private static function assetsWithPrerender(): string {
    $dir = sys_get_temp_dir() . '/hrc-prerender-' . bin2hex(random_bytes(4));
    mkdir("$dir/prerender", 0777, TRUE);
    copy(dirname(__DIR__, 5) . '/widgets/prerender/hrc-report-form.en.html', "$dir/prerender/hrc-report-form.en.html");
    touch("$dir/hrc-report-form.css");
    return $dir;
  }

  private static function removeAssets(string $dir): void {
    unlink("$dir/prerender/hrc-report-form.en.html");
    rmdir("$dir/prerender");
    unlink("$dir/hrc-report-form.css");
    rmdir($dir);
  }

  /**
   * @covers ::prerenderedReportForm
   */
  public function testReportFormIsSentWithItsFirstStepDrawn(): void {
    $dir = self::assetsWithPrerender();
    $builder = new WidgetBuilder(new ContentRepository(HRC_TEST_CONTENT_DIR), $dir, '/modules/hrc_widgets/assets/');
    $build = $builder->build('report-form', ['quick_exit_url' => "https://weather.example/it's?a=1&b=2", 'heading_level' => '3'] + WidgetCatalog::defaults('report-form'), self::SETTINGS, 'en');
    $drawn = $build['#prerendered'];
    $this->assertStringStartsWith('<template shadowrootmode="open"><link rel="stylesheet" href="/modules/hrc_widgets/assets/hrc-report-form.css" />', $drawn);
    $this->assertStringContainsString('<a part="quick-exit" class="button button--exit" href="https://weather.example/it&apos;s?a=1&amp;b=2">', $drawn);
    $this->assertMatchesRegularExpression('#<h3 class="h-title" tabindex="-1">\s*<span class="caption">Step 1 of 5</span>#', $drawn);
    $this->assertStringNotContainsString('<h2', $drawn);
    $this->assertStringEndsWith("<slot class=\"prerender-noscript\"></slot></template>\n", $drawn);
    // The fallback stays, for browsers without scripts (the drawn step's slot shows it then).
    $this->assertStringStartsWith('<h3>Report discrimination</h3>', $build['#fallback']['#markup']);

    // An address the URL check refuses sends quick exit to an empty page, as the element does.
    foreach (['javascript:alert(1)', '&#106;avascript:alert(1)', '"><script>alert(1)</script>'] as $hostile) {
      $embed = $builder->build('report-form', WidgetCatalog::optionsFromAttributes('report-form', ['quick-exit-url' => $hostile]), self::SETTINGS, 'en');
      $this->assertStringContainsString('class="button button--exit" href="about:blank">', $embed['#prerendered'], $hostile);
      $this->assertStringNotContainsString('<script', $embed['#prerendered'], $hostile);
    }

    // Left out in a preview, with the Shift shortcut off (the drawn step shows its hint), and for a
    // language without a file.
    $this->assertSame('', $builder->build('report-form', [], self::SETTINGS, 'en', TRUE)['#prerendered']);
    $this->assertSame('', $builder->build('report-form', ['quick_exit_shortcut' => FALSE], self::SETTINGS, 'en')['#prerendered']);
    $this->assertSame('', $builder->build('report-form', ['locale' => 'nl'], self::SETTINGS, 'en')['#prerendered']);
    $this->assertNotSame('', $builder->build('report-form', [], self::SETTINGS, 'en')['#prerendered']);
    // Without the assets folder nothing to draw from; the other widgets draw nothing in advance.
    $this->assertSame('', $this->builder()->build('report-form', [], self::SETTINGS, 'en')['#prerendered']);
    $this->assertSame('', $builder->build('declaration-badge', [], self::SETTINGS, 'en')['#prerendered']);
    self::removeAssets($dir);
  }

  public function testUnknownWidget(): void {
    $this->expectException(\InvalidArgumentException::class);
    $this->builder()->build('marquee', [], [], 'en');
  }

  /**
   * @covers ::preloadLinks
   */
  public function testPreloadLinksComeFromTheManifestAndNameOnlyChunksThatAreThere(): void {
    $dir = sys_get_temp_dir() . '/hrc-preload-' . bin2hex(random_bytes(4));
    mkdir("$dir/chunks", 0777, TRUE);
    touch("$dir/chunks/kit-A1.js");
    touch("$dir/chunks/lit-B2.js");
    file_put_contents("$dir/manifest.json", json_encode(['preload' => [
      'hrc-report-form' => [
        './hrc-report-form.js',
        './chunks/kit-A1.js',
        './chunks/lit-B2.js',
        './chunks/missing-C3.js',
        './chunks/../../../secrets.js',
        'https://evil.example/x.js',
        './chunks/x.js" onload="alert(1)',
      ],
    ]]));
    $builder = new WidgetBuilder(new ContentRepository(HRC_TEST_CONTENT_DIR), $dir, '/modules/hrc_widgets/assets/');
    $this->assertSame([
      [['rel' => 'modulepreload', 'href' => '/modules/hrc_widgets/assets/chunks/kit-A1.js'], FALSE],
      [['rel' => 'modulepreload', 'href' => '/modules/hrc_widgets/assets/chunks/lit-B2.js'], FALSE],
    ], $builder->preloadLinks('hrc-report-form'));
    $this->assertSame([], $builder->preloadLinks('hrc-declaration-badge'));
    $build = $builder->build('report-form', WidgetCatalog::defaults('report-form'), self::SETTINGS, 'en');
    $this->assertSame($builder->preloadLinks('hrc-report-form'), $build['#attached']['html_head_link']);
    // Without the assets folder (as before), no links.
    $this->assertSame([], $this->builder()->preloadLinks('hrc-report-form'));
    array_map('unlink', glob("$dir/chunks/*") ?: []);
    rmdir("$dir/chunks");
    unlink("$dir/manifest.json");
    rmdir($dir);
  }

}
