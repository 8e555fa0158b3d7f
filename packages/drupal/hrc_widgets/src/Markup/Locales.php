<?php

declare(strict_types=1);

namespace Drupal\hrc_widgets\Markup;

/**
 * The kit's languages, read from the manifest of the bundled kit (assets/manifest.json, `locales`).
 *
 * This is the one list every package of the kit reads: a language added to the kit appears in the
 * module's settings and block forms without a change here.
 */
final class Locales {

  /** @var array<string, array<string, array{name: string, dir: string}>> */
  private static array $loaded = [];

  /**
   * Tag => name and direction, in the manifest's order. English when the manifest cannot be read.
   *
   * @return array<string, array{name: string, dir: string}>
   */
  public static function all(?string $manifest = NULL): array {
    $manifest ??= dirname(__DIR__, 2) . '/assets/manifest.json';
    if (!isset(self::$loaded[$manifest])) {
      $json = is_file($manifest) ? file_get_contents($manifest) : FALSE;
      $data = $json === FALSE ? NULL : json_decode($json, TRUE, 16);
      $list = [];
      foreach ((is_array($data) && is_array($data['locales'] ?? NULL)) ? $data['locales'] : [] as $entry) {
        $tag = is_array($entry) ? ($entry['locale'] ?? NULL) : NULL;
        if (!is_string($tag) || !preg_match('/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/', $tag)) {
          continue;
        }
        $list[$tag] = [
          'name' => is_string($entry['name'] ?? NULL) && $entry['name'] !== '' ? $entry['name'] : $tag,
          'dir' => ($entry['dir'] ?? '') === 'rtl' ? 'rtl' : 'ltr',
        ];
      }
      self::$loaded[$manifest] = $list ?: ['en' => ['name' => 'English', 'dir' => 'ltr']];
    }
    return self::$loaded[$manifest];
  }

  /**
   * The tags.
   *
   * @return list<string>
   */
  public static function tags(?string $manifest = NULL): array {
    return array_keys(self::all($manifest));
  }

  /**
   * Options for a select element: tag => the language's own name.
   *
   * @return array<string, string>
   */
  public static function options(?string $manifest = NULL): array {
    return array_map(static fn (array $l) => $l['name'], self::all($manifest));
  }

}
