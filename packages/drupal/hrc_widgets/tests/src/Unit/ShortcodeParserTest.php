<?php

declare(strict_types=1);

namespace Drupal\Tests\hrc_widgets\Unit;

use Drupal\hrc_widgets\Markup\ShortcodeParser;
use PHPUnit\Framework\TestCase;

/**
 * @coversDefaultClass \Drupal\hrc_widgets\Markup\ShortcodeParser
 */
final class ShortcodeParserTest extends TestCase {

  public function testParsesQuotedUnquotedAndBareAttributes(): void {
    $this->assertSame(
      ['ground' => 'race', 'quick-exit-url' => 'https://example.org/?a=1&b=2', 'readonly' => TRUE, 'lang' => 'nl'],
      ShortcodeParser::parseAttributes(' ground="race" quick-exit-url=\'https://example.org/?a=1&amp;b=2\' readonly lang=nl'),
    );
  }

  public function testDecodesEntityAndTypographicQuotes(): void {
    $this->assertSame(['articles' => '21,23'], ShortcodeParser::parseAttributes(' articles=&quot;21,23&quot;'));
    $this->assertSame(['articles' => '21, 23'], ShortcodeParser::parseAttributes(' articles=“21, 23”'));
  }

  public function testFirstValueWinsAndNamesAreLowerCased(): void {
    $this->assertSame(['lang' => 'nl'], ShortcodeParser::parseAttributes(' LANG="nl" lang="en"'));
  }

  public function testValuesStayPlainTextForTheTemplatesToEscape(): void {
    $attributes = ShortcodeParser::parseAttributes(' ground="&lt;script&gt;x&lt;/script&gt;"');
    $this->assertSame('<script>x</script>', $attributes['ground']);
  }

  public function testFind(): void {
    $found = ShortcodeParser::find('<p>Intro [hrc:report-form ground="age"] and [hrc:declaration-badge]</p>');
    $this->assertCount(2, $found);
    $this->assertSame('report-form', $found[0]['widget']);
    $this->assertSame(['ground' => 'age'], $found[0]['attributes']);
    $this->assertSame('[hrc:report-form ground="age"]', $found[0]['source']);
    $this->assertSame('declaration-badge', $found[1]['widget']);
    $this->assertSame([], $found[1]['attributes']);
  }

  public function testReplacesAParagraphHoldingOnlyTheEmbed(): void {
    $html = "<p>Before</p>\n<p>&nbsp;[hrc:report-form]<br></p>\n<p>After</p>";
    $this->assertSame("<p>Before</p>\n<FORM>\n<p>After</p>", ShortcodeParser::replace($html, fn () => '<FORM>'));
  }

  public function testReplacesInlineEmbedsInPlace(): void {
    $out = ShortcodeParser::replace('<p>Our city: [hrc:declaration-badge variant="compact"].</p>', fn (string $w, array $a) => "<$w " . $a['variant'] . '>');
    $this->assertSame('<p>Our city: <declaration-badge compact>.</p>', $out);
  }

  public function testLeavesEmbedsTheCallbackRefusesAndTextWithoutEmbeds(): void {
    $html = '<p>[hrc:unknown-thing a="b"] [hrc:report-form]</p>';
    $this->assertSame('<p>[hrc:unknown-thing a="b"] OK</p>', ShortcodeParser::replace($html, fn (string $w) => $w === 'report-form' ? 'OK' : NULL));
    $this->assertSame('<p>No embeds [hrc] [other:x]</p>', ShortcodeParser::replace('<p>No embeds [hrc] [other:x]</p>', fn () => 'X'));
  }

  public function testDoesNotMatchAcrossTags(): void {
    // An embed broken by markup is not an embed: the text stays as the editor wrote it.
    $html = '<p>[hrc:report-form ground="<b>age</b>"]</p>';
    $this->assertSame($html, ShortcodeParser::replace($html, fn () => 'X'));
  }

  public function testLimitsTheNumberOfEmbeds(): void {
    $html = str_repeat('[hrc:declaration-badge] ', ShortcodeParser::MAX_EMBEDS + 5);
    $out = ShortcodeParser::replace($html, fn () => 'B');
    $this->assertSame(ShortcodeParser::MAX_EMBEDS, substr_count($out, 'B'));
    $this->assertSame(5, substr_count($out, '[hrc:declaration-badge]'));
  }

  public function testIgnoresOverlongEmbeds(): void {
    $html = '[hrc:report-form ground="' . str_repeat('a', ShortcodeParser::MAX_LENGTH + 10) . '"]';
    $this->assertSame($html, ShortcodeParser::replace($html, fn () => 'X'));
  }

}
