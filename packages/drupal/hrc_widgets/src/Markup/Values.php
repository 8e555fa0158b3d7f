<?php

declare(strict_types=1);

namespace Drupal\hrc_widgets\Markup;

/**
 * Checks and normalises the values that end up in element attributes.
 *
 * Twig escapes every attribute, so these checks are not about markup: they keep values that
 * would be harmful or meaningless (a javascript: link, a year in the future) out of the page.
 * Each method returns the normalised value, or NULL when the value is not acceptable.
 */
final class Values {

  /**
   * An http(s) URL, or a path on the same site ("/privacy"); nothing else.
   *
   * The module's one URL check, the server side of the kit's (@hrc/framework/url): every address
   * from the settings, a block, an embed or the content files passes here before it reaches an
   * attribute or a link. It is an allowlist of its own rather than Drupal's
   * UrlHelper::stripDangerousProtocols(), whose list is the site's (ftp, irc, ssh …) and which
   * lets relative paths of any shape through. Whitespace and control characters anywhere
   * (`java\tscript:`), backslashes, quotes and angle brackets, HTML character references
   * (`javascript&colon;`, `&#106;avascript:`), protocol-relative addresses and credentials are
   * refused; the scheme is compared without regard to case.
   */
  public static function url(mixed $value): ?string {
    if (!is_string($value)) {
      return NULL;
    }
    $value = trim($value);
    if ($value === '' || strlen($value) > 2048 || preg_match('/[\x00-\x20\x7F"<>\\\\`]/', $value)) {
      return NULL;
    }
    // A character reference left in a value was escaped twice or written to slip a scheme past a check.
    if (preg_match('/&(?:#\d|#x[0-9a-f]|[a-z][a-z0-9]*;)/i', $value)) {
      return NULL;
    }
    // A single leading slash is a local path; two would be a protocol-relative URL to any host.
    if ($value[0] === '/') {
      return (strlen($value) > 1 && $value[1] === '/') ? NULL : $value;
    }
    $parts = parse_url($value);
    if ($parts === FALSE || !isset($parts['scheme'], $parts['host'])) {
      return NULL;
    }
    if (!in_array(strtolower($parts['scheme']), ['https', 'http'], TRUE) || isset($parts['user']) || isset($parts['pass'])) {
      return NULL;
    }
    return $value;
  }

  /**
   * The tel: link for a phone number as people write it ("+31 (0)30 286 00 00" → "tel:+31302860000").
   */
  public static function phoneHref(mixed $value): ?string {
    if (!is_string($value) || !preg_match('/^\+?[0-9 ().\/-]{3,40}$/', trim($value))) {
      return NULL;
    }
    $value = trim($value);
    $international = str_starts_with($value, '+');
    // "(0)" is the trunk prefix that callers from abroad leave out.
    $digits = preg_replace('/\D/', '', str_replace('(0)', '', $value));
    if (strlen($digits) < 3) {
      return NULL;
    }
    return 'tel:' . ($international ? '+' : '') . $digits;
  }

  /**
   * A year from 1948 (the Universal Declaration of Human Rights) up to next year.
   */
  public static function year(mixed $value, ?int $now = NULL): ?int {
    if (is_string($value) && preg_match('/^\s*\d{4}\s*$/', $value)) {
      $value = (int) $value;
    }
    if (!is_int($value)) {
      return NULL;
    }
    $now ??= (int) gmdate('Y');
    return ($value >= 1948 && $value <= $now + 1) ? $value : NULL;
  }

  /**
   * A list of Charter article numbers ("21, 23 26" → "21,23,26"), each 1–54, at most 54, no duplicates.
   */
  public static function articles(mixed $value): ?string {
    if (!is_string($value) || trim($value) === '' || strlen($value) > 300) {
      return NULL;
    }
    $numbers = [];
    foreach (preg_split('/[\s,;]+/', trim($value), -1, PREG_SPLIT_NO_EMPTY) as $part) {
      if (!preg_match('/^\d{1,2}$/', $part) || (int) $part < 1 || (int) $part > 54) {
        return NULL;
      }
      $numbers[(int) $part] = TRUE;
    }
    return $numbers ? implode(',', array_keys($numbers)) : NULL;
  }

  /**
   * One of a fixed list of values.
   *
   * @param list<string> $allowed
   */
  public static function oneOf(mixed $value, array $allowed): ?string {
    return (is_string($value) && in_array($value, $allowed, TRUE)) ? $value : NULL;
  }

  /**
   * A storage key: letters, digits, dot, dash, underscore; at most 64 characters.
   */
  public static function token(mixed $value): ?string {
    return (is_string($value) && preg_match('/^[A-Za-z0-9._-]{1,64}$/', $value)) ? $value : NULL;
  }

  /**
   * A short line of plain text (a city or office name): trimmed, no control characters, at most $max characters.
   */
  public static function text(mixed $value, int $max = 120): ?string {
    if (!is_string($value)) {
      return NULL;
    }
    $value = trim(preg_replace('/\s+/u', ' ', $value) ?? '');
    if ($value === '' || mb_strlen($value) > $max || preg_match('/[\x00-\x1F\x7F]/', $value)) {
      return NULL;
    }
    return $value;
  }

  /**
   * A boolean from config (TRUE/1) or from a shortcode ("true", "yes", "1", or the bare attribute).
   */
  public static function boolean(mixed $value): ?bool {
    if (is_bool($value)) {
      return $value;
    }
    if ($value === 1 || $value === 0) {
      return $value === 1;
    }
    if (!is_string($value)) {
      return NULL;
    }
    $value = strtolower(trim($value));
    if (in_array($value, ['', '1', 'true', 'yes', 'on'], TRUE)) {
      return TRUE;
    }
    if (in_array($value, ['0', 'false', 'no', 'off'], TRUE)) {
      return FALSE;
    }
    return NULL;
  }

}
