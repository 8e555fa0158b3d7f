<?php

declare(strict_types=1);

namespace Drupal\Tests\hrc_widgets\Unit;

use Drupal\hrc_widgets\Markup\Values;
use PHPUnit\Framework\TestCase;

/**
 * @coversDefaultClass \Drupal\hrc_widgets\Markup\Values
 */
final class ValuesTest extends TestCase {

  /**
   * @dataProvider urls
   */
  public function testUrl(mixed $input, ?string $expected): void {
    $this->assertSame($expected, Values::url($input));
  }

  public static function urls(): array {
    return [
      'https' => ['https://example.org/report?a=1&b=2', 'https://example.org/report?a=1&b=2'],
      'http' => ['http://localhost:8787/reports', 'http://localhost:8787/reports'],
      'trimmed' => ['  https://example.org/  ', 'https://example.org/'],
      'local path' => ['/privacy', '/privacy'],
      'root' => ['/', '/'],
      'protocol-relative' => ['//evil.example/x', NULL],
      'javascript' => ['javascript:alert(1)', NULL],
      'javascript with spaces' => [' JavaScript:alert(1)', NULL],
      'data' => ['data:text/html,<b>x</b>', NULL],
      'relative without slash' => ['privacy', NULL],
      'credentials' => ['https://user:pw@example.org/', NULL],
      'quote' => ['https://example.org/"onmouseover=x', NULL],
      'angle bracket' => ['https://example.org/<script>', NULL],
      'space inside' => ['https://example.org/a b', NULL],
      'newline' => ["https://example.org/\nx", NULL],
      'empty' => ['', NULL],
      'not a string' => [42, NULL],
      'too long' => ['https://example.org/' . str_repeat('a', 2048), NULL],
      // The obfuscations the kit's URL check defeats (packages/framework/test/url-cases.ts).
      'upper case' => ['JAVASCRIPT:alert(1)', NULL],
      'mixed case' => ['JaVaScRiPt:alert(1)', NULL],
      'tab inside' => ["java\tscript:alert(1)", NULL],
      'newline inside' => ["java\nscript:alert(1)", NULL],
      'carriage return inside' => ["java\rscript:alert(1)", NULL],
      'leading control character' => ["\x01javascript:alert(1)", NULL],
      'trailing NUL' => ["javascript:alert(1)\x00", NULL],
      'named reference' => ['javascript&colon;alert(1)', NULL],
      'decimal reference' => ['&#106;avascript:alert(1)', NULL],
      'decimal reference without semicolon' => ['&#106avascript:alert(1)', NULL],
      'hex reference' => ['javascript&#x3a;alert(1)', NULL],
      'reference in a local path' => ['/&#106;avascript:alert(1)', NULL],
      'reference in an https address' => ['https://example.org/?next=javascript&colon;alert(1)', NULL],
      'vbscript' => ['vbscript:msgbox(1)', NULL],
      'data base64' => ['DATA:text/html;base64,PHNjcmlwdD4=', NULL],
      'file' => ['file:///etc/passwd', NULL],
      'backslashes' => ['\\\\evil.example\\x', NULL],
      'slash backslash' => ['/\\evil.example/', NULL],
      'https with backslashes' => ['https:\\\\evil.example', NULL],
      'mailto outside an address field' => ['mailto:office@example.org', NULL],
      'host hidden behind credentials' => ['https://example.org@evil.example/', NULL],
      'upper-case https' => ['HTTPS://example.org/', 'HTTPS://example.org/'],
      'ampersand in a query' => ['https://example.org/?a=1&b=2;c', 'https://example.org/?a=1&b=2;c'],
    ];
  }

  public function testPhoneHref(): void {
    $this->assertSame('tel:+31302860000', Values::phoneHref('+31 (0)30 286 00 00'));
    $this->assertSame('tel:0302860000', Values::phoneHref('030-286 00 00'));
    $this->assertSame('tel:112', Values::phoneHref('112'));
    $this->assertNull(Values::phoneHref('call us'));
    $this->assertNull(Values::phoneHref('+31 30 <b>'));
    $this->assertNull(Values::phoneHref('12'));
    $this->assertNull(Values::phoneHref(NULL));
  }

  public function testYear(): void {
    $this->assertSame(2011, Values::year(2011, 2026));
    $this->assertSame(2011, Values::year('2011', 2026));
    $this->assertSame(2027, Values::year(2027, 2026));
    $this->assertNull(Values::year(2028, 2026));
    $this->assertNull(Values::year(1947, 2026));
    $this->assertNull(Values::year('20x1', 2026));
    $this->assertNull(Values::year(NULL, 2026));
  }

  public function testArticles(): void {
    $this->assertSame('21,23,26', Values::articles('21, 23 26'));
    $this->assertSame('21,23', Values::articles('21,21;23'));
    $this->assertSame('1,54', Values::articles('1,54'));
    $this->assertNull(Values::articles('0'));
    $this->assertNull(Values::articles('55'));
    $this->assertNull(Values::articles('21,x'));
    $this->assertNull(Values::articles('21" onclick="x'));
    $this->assertNull(Values::articles(''));
    $this->assertNull(Values::articles(str_repeat('1,', 200)));
  }

  public function testOneOfTokenTextBoolean(): void {
    $this->assertSame('nl', Values::oneOf('nl', ['nl', 'en']));
    $this->assertNull(Values::oneOf('NL', ['nl', 'en']));
    $this->assertNull(Values::oneOf(['nl'], ['nl', 'en']));

    $this->assertSame('utrecht-2025', Values::token('utrecht-2025'));
    $this->assertNull(Values::token('a b'));
    $this->assertNull(Values::token(str_repeat('a', 65)));

    $this->assertSame('Den Haag', Values::text("  Den \t Haag "));
    $this->assertNull(Values::text(str_repeat('x', 121)));
    $this->assertNull(Values::text('   '));

    $this->assertTrue(Values::boolean('yes'));
    $this->assertTrue(Values::boolean(''));
    $this->assertTrue(Values::boolean(TRUE));
    $this->assertFalse(Values::boolean('false'));
    $this->assertFalse(Values::boolean(0));
    $this->assertNull(Values::boolean('maybe'));
  }

}
