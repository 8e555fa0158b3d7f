<?php

/**
 * @file
 * Autoloads the module's plain PHP classes (Drupal\hrc_widgets\Markup) without Drupal core.
 *
 * Only classes that need nothing from Drupal are loaded here; the plugins and forms are checked by
 * `php -l` and described in docs/drupal.md.
 */

declare(strict_types=1);

spl_autoload_register(static function (string $class): void {
  $prefix = 'Drupal\\hrc_widgets\\Markup\\';
  if (str_starts_with($class, $prefix)) {
    $file = __DIR__ . '/../../hrc_widgets/src/Markup/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
    if (is_file($file)) {
      require $file;
    }
  }
});

/** The framework package's built content, the same files the build copies into assets/content. */
define('HRC_TEST_CONTENT_DIR', realpath(__DIR__ . '/../../../framework/dist/content') ?: __DIR__ . '/../../../framework/dist/content');

/**
 * A translator for the shared fallback as Drupal's t() behaves once it has imported the module's
 * translations/<langcode>.po: the msgstr of that file, else the English text.
 */
function hrc_test_po_translator(): \Closure {
  $cache = [];
  return static function (string $text, string $langcode) use (&$cache): string {
    if (!isset($cache[$langcode])) {
      $cache[$langcode] = [];
      $file = __DIR__ . '/../../hrc_widgets/translations/' . basename($langcode) . '.po';
      if (is_file($file) && preg_match_all('/^msgid "((?:[^"\\\\]|\\\\.)*)"\nmsgstr "((?:[^"\\\\]|\\\\.)*)"$/m', (string) file_get_contents($file), $m, PREG_SET_ORDER)) {
        foreach ($m as [, $id, $str]) {
          $cache[$langcode][stripcslashes($id)] = stripcslashes($str);
        }
      }
    }
    return ($cache[$langcode][$text] ?? '') !== '' ? $cache[$langcode][$text] : $text;
  };
}
