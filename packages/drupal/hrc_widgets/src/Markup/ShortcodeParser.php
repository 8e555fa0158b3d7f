<?php

declare(strict_types=1);

namespace Drupal\hrc_widgets\Markup;

/**
 * Finds "[hrc:report-form ground="race"]" embeds in filtered HTML and replaces them.
 *
 * The text arrives as HTML from an editor: quotes may be entities (&quot;) or typographic quotes
 * (“…”), and an embed on its own line is wrapped in a paragraph. Attribute values are returned as
 * plain text; the caller checks them against the allowlist and the templates escape them.
 */
final class ShortcodeParser {

  /** Longest embed considered; anything longer is left as text. */
  public const MAX_LENGTH = 1000;

  /** Most embeds replaced in one text; the rest stay as text. */
  public const MAX_EMBEDS = 20;

  private const EMBED = '\[hrc:([a-z][a-z-]{0,39})((?:\s[^\[\]<>]{0,' . self::MAX_LENGTH . '})?)\]';

  // A paragraph holding nothing but one embed (and blanks) is replaced whole: a block-level
  // element inside <p> would be torn out of it by the browser's parser.
  private const PARAGRAPH = '<p(?:\s[^>]*)?>(?:\s|&nbsp;|&#160;|<br\s*\/?>)*' . self::EMBED . '(?:\s|&nbsp;|&#160;|<br\s*\/?>)*<\/p>';

  /**
   * Parses the attribute part of an embed into name => value (TRUE for a bare name).
   *
   * Names are lower-cased; a repeated name keeps its first value; anything that is not a
   * name=value pair or a bare name is ignored.
   *
   * @return array<string, string|true>
   */
  public static function parseAttributes(string $source): array {
    $source = html_entity_decode($source, ENT_QUOTES | ENT_HTML5, 'UTF-8');
    $pattern = '/([A-Za-z][A-Za-z0-9-]{0,39})(?:\s*=\s*(?:"([^"]*)"|\'([^\']*)\'|“([^”]*)”|‘([^’]*)’|([^\s"\'“”‘’]+)))?/u';
    $attributes = [];
    if (!preg_match_all($pattern, $source, $matches, PREG_SET_ORDER | PREG_UNMATCHED_AS_NULL)) {
      return $attributes;
    }
    foreach ($matches as $match) {
      $name = strtolower($match[1]);
      if (array_key_exists($name, $attributes)) {
        continue;
      }
      $value = $match[2] ?? $match[3] ?? $match[4] ?? $match[5] ?? $match[6];
      $attributes[$name] = $value === NULL ? TRUE : trim($value);
    }
    return $attributes;
  }

  /**
   * Finds the embeds in a text.
   *
   * @return list<array{widget: string, attributes: array<string, string|true>, source: string}>
   */
  public static function find(string $html): array {
    $found = [];
    if (preg_match_all('/' . self::EMBED . '/u', $html, $matches, PREG_SET_ORDER)) {
      foreach (array_slice($matches, 0, self::MAX_EMBEDS) as $match) {
        $found[] = [
          'widget' => $match[1],
          'attributes' => self::parseAttributes($match[2]),
          'source' => $match[0],
        ];
      }
    }
    return $found;
  }

  /**
   * Replaces each embed with what $render returns for it; NULL leaves the embed as it was.
   *
   * @param callable(string, array<string, string|true>): ?string $render
   *   Called with the widget name ("report-form") and the parsed attributes.
   */
  public static function replace(string $html, callable $render): string {
    if (stripos($html, '[hrc:') === FALSE) {
      return $html;
    }
    $count = 0;
    $replace = static function (array $match) use ($render, &$count): string {
      if ($count >= self::MAX_EMBEDS) {
        return $match[0];
      }
      $output = $render($match[1], self::parseAttributes($match[2]));
      if ($output === NULL) {
        return $match[0];
      }
      $count++;
      return $output;
    };
    $html = preg_replace_callback('/' . self::PARAGRAPH . '/iu', $replace, $html) ?? $html;
    return preg_replace_callback('/' . self::EMBED . '/u', $replace, $html) ?? $html;
  }

}
