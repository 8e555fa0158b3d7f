<?php

/**
 * @file
 * The few Drupal Twig extensions the module's templates use, stubbed with Drupal's behaviour.
 *
 * - `|t(args, options)`: translates through the module's own translations/<langcode>.po (the file
 *   Drupal imports) and fails on a string without a translation, so a missing Dutch string cannot
 *   slip through; @placeholders are escaped, %placeholders emphasised and escaped, as in Drupal's
 *   FormattableMarkup.
 * - `create_attribute(array)`: like Drupal's Attribute object, prints ` name="value"` with every
 *   value escaped, TRUE as a bare boolean attribute, and leaves out FALSE and NULL.
 */

declare(strict_types=1);

use Twig\Environment;
use Twig\Markup;
use Twig\TwigFilter;
use Twig\TwigFunction;

final class HrcStubAttribute implements \Stringable {

  public function __construct(private array $values) {}

  public function __toString(): string {
    $out = '';
    foreach ($this->values as $name => $value) {
      if ($value === NULL || $value === FALSE) {
        continue;
      }
      if (!preg_match('/^[a-z][a-z0-9-]*$/', (string) $name)) {
        throw new \InvalidArgumentException("Bad attribute name $name");
      }
      $out .= $value === TRUE ? " $name" : sprintf(' %s="%s"', $name, htmlspecialchars((string) $value, ENT_QUOTES | ENT_HTML5, 'UTF-8'));
    }
    return $out;
  }

}

/**
 * Reads msgid/msgstr pairs from a .po file (single-line entries, as the module's file has).
 *
 * @return array<string, string>
 */
function hrc_read_po(string $file): array {
  $strings = [];
  $unquote = static fn (string $s): string => stripcslashes(substr($s, 1, -1));
  if (preg_match_all('/^msgid ("(?:[^"\\\\]|\\\\.)*")\s*\nmsgstr ("(?:[^"\\\\]|\\\\.)*")/m', (string) file_get_contents($file), $m, PREG_SET_ORDER)) {
    foreach ($m as [, $id, $str]) {
      if ($unquote($id) !== '') {
        $strings[$unquote($id)] = $unquote($str);
      }
    }
  }
  return $strings;
}

function hrc_twig_environment(string $templates, string $translations): Environment {
  $twig = new Environment(new \Twig\Loader\FilesystemLoader($templates), [
    'autoescape' => 'html',
    'strict_variables' => TRUE,
  ]);
  $po = [];
  $used = [];
  $twig->addFilter(new TwigFilter('t', static function (string $string, array $args = [], array $options = []) use ($translations, &$po, &$used): Markup {
    $langcode = $options['langcode'] ?? 'en';
    $used[$string] = TRUE;
    if ($langcode !== 'en') {
      $po[$langcode] ??= hrc_read_po("$translations/$langcode.po");
      if (!isset($po[$langcode][$string]) || $po[$langcode][$string] === '') {
        throw new \RuntimeException("No $langcode translation for \"$string\" in translations/$langcode.po");
      }
      $string = $po[$langcode][$string];
    }
    $replacements = [];
    foreach ($args as $key => $value) {
      $escaped = htmlspecialchars((string) $value, ENT_QUOTES | ENT_HTML5, 'UTF-8');
      $replacements[$key] = match ($key[0]) {
        '@' => $escaped,
        '%' => '<em class="placeholder">' . $escaped . '</em>',
        default => throw new \InvalidArgumentException("Unsupported placeholder $key"),
      };
    }
    return new Markup(strtr($string, $replacements), 'UTF-8');
  }));
  $twig->addFunction(new TwigFunction('create_attribute', static fn (array $values = []) => new HrcStubAttribute($values), ['is_safe' => ['html']]));
  $GLOBALS['hrc_used_strings'] = &$used;
  return $twig;
}
