<?php

declare(strict_types=1);

require_once __DIR__ . '/../../php/Fallback.php';

use HrcKit\Fallback;
use PHPUnit\Framework\TestCase;

/**
 * The shared fallback markup on its own, with the kit's built content (packages/framework/dist).
 */
final class FallbackTest extends TestCase {

  /**
   * The texts in Dutch from the WordPress plugin's catalogue, as a CMS gives its translations.
   */
  protected function setUp(): void {
    $po = (string) file_get_contents(__DIR__ . '/../../../wordpress/languages/hrc-widgets-nl_NL.po');
    preg_match_all('/^msgid "((?:[^"\\\\]|\\\\.)*)"\nmsgstr "((?:[^"\\\\]|\\\\.)*)"$/m', $po, $m, PREG_SET_ORDER);
    $dutch = [];
    foreach ($m as [, $id, $text]) {
      $dutch[stripcslashes($id)] = stripcslashes($text);
    }
    Fallback::translateWith(static fn (string $text, string $locale) => $locale === 'nl' && ($dutch[$text] ?? '') !== '' ? $dutch[$text] : $text);
  }

  protected function tearDown(): void {
    Fallback::translateWith(NULL);
  }

  private static function content(string $locale): array {
    $file = __DIR__ . '/../../../framework/dist/content/' . $locale . '.json';
    self::assertFileExists($file, 'build @hrc/framework first');
    return json_decode((string) file_get_contents($file), TRUE);
  }

  public function testReportFormInTheElementsLanguageWithTheOffice(): void {
    $this->assertSame(
      '<h2>Discriminatie melden</h2><p>Het meldformulier heeft JavaScript nodig, en dat staat uit of is niet geladen.</p>'
        . '<p>U kunt ook contact opnemen met <a href="https://example.org/?a=1&amp;b=2">Bureau &quot;Gelijk&quot; &lt;script&gt;</a>. '
        . 'Telefoon: <a href="tel:+31301234567">+31 (0)30 123 45 67</a></p>',
      Fallback::reportForm('nl', ['name' => 'Bureau "Gelijk" <script>', 'url' => 'https://example.org/?a=1&b=2', 'phone' => '+31 (0)30 123 45 67']),
    );
    $this->assertSame(
      '<h2>Report discrimination</h2><p>The report form needs JavaScript, which is switched off or did not load.</p>',
      Fallback::reportForm('en', []),
      'no office line without an office',
    );
    Fallback::translateWith(static fn (string $text) => str_replace('%s', '', $text));
    $this->assertStringStartsWith('<h2>Report discrimination</h2>', Fallback::reportForm('nl', ['name' => 'Office']), 'a translation that lost its placeholder gives way to English');
    $this->assertStringContainsString('You can also contact Office.', Fallback::reportForm('nl', ['name' => 'Office']));
    $this->assertStringContainsString('You can also contact the anti-discrimination office. Phone: ring us', Fallback::reportForm('de', ['phone' => 'ring us']), 'English for a language without a catalogue; a phone that is no number stays text');
  }

  public function testHostileAddressesAreNeverLinked(): void {
    foreach (['javascript:alert(1)', "java\tscript:alert(1)", 'javascript&colon;alert(1)', '&#106;avascript:alert(1)', 'data:text/html,x', '//evil.example/', ' vbscript:msgbox(1)', 'JaVaScRiPt:alert(1)'] as $url) {
      $this->assertSame('', Fallback::href($url), $url);
      $this->assertStringNotContainsString('<a ', Fallback::badge('en', 'Utrecht', '2011', $url), $url);
      $this->assertStringNotContainsString('<a ', Fallback::reportForm('en', ['name' => 'Office', 'url' => $url]), $url);
    }
    $this->assertSame('/privacy', Fallback::href('/privacy'));
    $this->assertSame('mailto:office@example.org', Fallback::href('mailto:office@example.org', TRUE));
    $this->assertSame('', Fallback::href('mailto:office@example.org'), 'mail and phone only where a contact is meant');
  }

  public function testRightsCardsInTheOrderAskedWithHeadingLevelAndCompactCards(): void {
    $html = Fallback::rightsCards('en', self::content('en'), '26, 21 99', '', 2);
    $this->assertSame(['26', '21'], preg_match_all('/<h2>Article (\d+):/', $html, $m) ? $m[1] : [], 'unknown numbers are left out');
    $this->assertStringContainsString('<p>Nobody may treat you worse', $html);
    $compact = Fallback::rightsCards('nl', self::content('nl'), '21', '', 3, TRUE);
    $this->assertMatchesRegularExpression('#^<article><h3>Artikel 21: Non-discriminatie</h3><p><a href="https://[^"]+">Meer over artikel 21</a></p></article>$#', $compact);
    $this->assertSame(7, substr_count(Fallback::rightsCards('en', self::content('en'), '', 'equality'), '<article>'), 'a whole chapter');
    $this->assertSame('', Fallback::rightsCards('en', [], '21'), 'no content, no cards');
  }

  public function testChecklistWithThePublishedStatuses(): void {
    $html = Fallback::checklist('nl', self::content('nl'), ['elements' => ['declaration' => ['status' => 'in-place'], 'sdgs' => ['status' => '<b>']]], '/assessment.json');
    $this->assertStringStartsWith('<h2>Het kader voor mensenrechtensteden</h2><h3>', $html);
    $this->assertSame(20, substr_count($html, '<li>'));
    $this->assertSame(1, substr_count($html, ': Gerealiseerd</li>'));
    $this->assertSame(19, substr_count($html, ': Niet begonnen</li>'), 'an unknown status reads as not started');
    $this->assertStringEndsWith('<p><a href="/assessment.json">De gepubliceerde zelfevaluatie (JSON)</a></p>', $html);
    $this->assertStringNotContainsString(': ', Fallback::checklist('en', self::content('en')), 'no statuses without an assessment');
  }

  public function testBadge(): void {
    $this->assertSame('<a href="https://example.org/d">Utrecht, human rights city since 2011: read the declaration</a>', Fallback::badge('en', 'Utrecht', '2011', 'https://example.org/d'));
    $this->assertSame('<span>&lt;Stad&gt;, mensenrechtenstad</span>', Fallback::badge('nl', '<Stad>', '', ''));
    $this->assertSame('<span>Human rights city</span>', Fallback::badge('en', '', '2011', ''));
  }

  public function testStatsLinksToThePublishedFiles(): void {
    $this->assertSame(
      '<h2>Meldingen van discriminatie</h2><p>De grafieken van deze cijfers hebben JavaScript nodig, en dat staat uit of is niet geladen. De cijfers zijn gepubliceerd als open data:</p>'
        . '<ul><li><a href="https://example.org/wp-json/hrc/v1/statistics">Gepubliceerde statistiek (JSON)</a></li>'
        . '<li><a href="https://example.org/wp-json/hrc/v1/statistics?format=csv&amp;x=1">Gepubliceerde statistiek (CSV, voor spreadsheets)</a></li></ul>',
      Fallback::stats('nl', 'https://example.org/wp-json/hrc/v1/statistics', 'https://example.org/wp-json/hrc/v1/statistics?format=csv&x=1'),
    );
    $this->assertSame('<h4>&lt;b&gt;Cijfers&lt;/b&gt;</h4>', Fallback::stats('en', '', '', '<b>Cijfers</b>', 4), 'the editor\'s heading is text; no links without an address');
    foreach (['javascript:alert(1)', 'data:application/json,{}', '//evil.example/s.json'] as $url) {
      $this->assertStringNotContainsString('<a ', Fallback::stats('en', $url, $url), $url);
    }
    $this->assertStringStartsWith('<h6>Reports of discrimination</h6>', Fallback::stats('en', '/s.json', '', '', 9));
  }

  public function testPhoneNumbers(): void {
    $this->assertSame('tel:+31302860000', Fallback::tel('+31 (0)30 286 00 00'));
    $this->assertSame('tel:0302860000', Fallback::tel('030-286 00 00'));
    $this->assertSame('', Fallback::tel('call us'));
  }

  /**
   * A file of the kit's prerender folder, as the build copies it into each CMS's copy of the kit.
   */
  private static function prerender(string $locale): string {
    $file = __DIR__ . '/../../../widgets/prerender/hrc-report-form.' . $locale . '.html';
    self::assertFileExists($file);
    return (string) file_get_contents($file);
  }

  public function testPrerenderedReportFormFillsInTheKitFolderAndQuickExit(): void {
    $template = self::prerender('en');
    $html = Fallback::prerenderedReportForm($template, '/wp-content/plugins/hrc-widgets/assets/kit/', 'https://weather.example/?city=a&b=c');
    $this->assertStringStartsWith('<template shadowrootmode="open"><link rel="stylesheet" href="/wp-content/plugins/hrc-widgets/assets/kit/hrc-report-form.css" />', $html);
    $this->assertStringContainsString('<a part="quick-exit" class="button button--exit" href="https://weather.example/?city=a&amp;b=c">', $html);
    $this->assertStringNotContainsString('{kit}', $html);
    $this->assertStringNotContainsString('{quick-exit}', $html);
    // Nothing else changes.
    $this->assertSame($template, str_replace(
      ['/wp-content/plugins/hrc-widgets/assets/kit/', 'https://weather.example/?city=a&amp;b=c'],
      ['{kit}', '{quick-exit}'],
      $html,
    ));
    $this->assertStringContainsString('href="https://city.example/kit/hrc-report-form.css"', Fallback::prerenderedReportForm($template, 'https://city.example/kit'), 'the slash a folder needs');
    // Every language's file: both holes filled, the heading at the level asked.
    foreach (glob(__DIR__ . '/../../../widgets/prerender/hrc-report-form.*.html') ?: [] as $file) {
      $filled = Fallback::prerenderedReportForm((string) file_get_contents($file), '/kit/', '/weer', 4);
      $this->assertDoesNotMatchRegularExpression('/\{kit\}|\{quick-exit\}|<h2 /', $filled, basename($file));
      $this->assertSame(1, substr_count($filled, '<h4 class="h-title"'), basename($file));
    }
    $this->assertGreaterThanOrEqual(8, count(glob(__DIR__ . '/../../../widgets/prerender/hrc-report-form.*.html') ?: []));
  }

  public function testPrerenderedReportFormWritesAddressesAsAttributeText(): void {
    $template = self::prerender('en');
    $html = Fallback::prerenderedReportForm($template, '/kit/', '/x"><script>alert(1)</script>');
    $this->assertStringNotContainsString('<script', $html);
    $this->assertDoesNotMatchRegularExpression('/href="[^"]*"[^ \/>]/', $html, 'no attribute ends early');
    $this->assertStringContainsString('href="about:blank"', $html, 'an address with quotes or brackets is refused');
    $html = Fallback::prerenderedReportForm($template, "/kit/it's/", "/weer/it's?a=1&b=\$1\$&");
    $this->assertStringContainsString('href="/kit/it&apos;s/hrc-report-form.css"', $html);
    $this->assertStringContainsString('href="/weer/it&apos;s?a=1&amp;b=$1$&amp;"', $html, 'escaped, and taken as it is');
  }

  public function testPrerenderedReportFormIsLeftOutWhenTheKitFolderIsRefused(): void {
    foreach (['', 'javascript:alert(1)//', 'https://user:pw@city.example/kit/', '//evil.example/kit/', 'kit/', '&#106;avascript:alert(1)//'] as $url) {
      $this->assertSame('', Fallback::prerenderedReportForm(self::prerender('en'), $url, '/weer'), $url);
    }
  }

  public function testPrerenderedReportFormSendsABadQuickExitToAnEmptyPage(): void {
    foreach (['', '  ', 'javascript:alert(1)', 'data:text/html,x', '&#106;avascript:alert(1)', '/a?b&colon;c', 'https://city.example@evil.example/', 'http://javascript:alert(1)', '//evil.example/'] as $url) {
      $html = Fallback::prerenderedReportForm(self::prerender('en'), '/kit/', $url);
      $this->assertStringContainsString('<a part="quick-exit" class="button button--exit" href="about:blank">', $html, $url);
    }
  }

  public function testPrerenderedReportFormTakesTheElementsHeadingLevel(): void {
    $template = self::prerender('nl');
    $h3 = Fallback::prerenderedReportForm($template, '/kit/', '', 3);
    $this->assertMatchesRegularExpression('#<h3 class="h-title" tabindex="-1">\s*<span class="caption">Stap 1 van 5</span>[^<]*</h3>#', $h3);
    $this->assertStringNotContainsString('<h2', $h3);
    $this->assertStringNotContainsString('</h2>', $h3);
    $this->assertStringContainsString('<h6 class="h-title"', Fallback::prerenderedReportForm($template, '/kit/', '', 9), 'clamped to h6');
    $this->assertStringContainsString('<h2 class="h-title"', Fallback::prerenderedReportForm($template, '/kit/', '', 1), 'at least h2');
    $this->assertStringContainsString('<h2 class="h-title"', Fallback::prerenderedReportForm($template, '/kit/'));
  }

  public function testTheFormAndChecklistHeadingsFollowTheElementsLevel(): void {
    $this->assertStringStartsWith('<h2>Report discrimination</h2>', Fallback::reportForm('en', []));
    $this->assertStringStartsWith('<h4>Report discrimination</h4>', Fallback::reportForm('en', [], 4));
    $this->assertStringStartsWith('<h6>', Fallback::reportForm('en', [], 9), 'clamped to h6');
    $html = Fallback::checklist('en', self::content('en'), NULL, '', 3);
    $this->assertStringStartsWith('<h3>', $html);
    $this->assertStringContainsString('<h4>', $html, 'the layers one level below');
    $this->assertStringNotContainsString('<h2>', $html);
    $this->assertStringStartsWith('<h5>', Fallback::checklist('en', self::content('en'), NULL, '', 6), 'clamped so the layers stay within h6');
  }

}
