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

}
