<?php

declare(strict_types=1);

namespace Drupal\hrc_widgets\Markup;

/**
 * Reads the kit's content files (assets/content/<locale>.json) for the fallback markup (Fallback).
 *
 * These are the same files the elements fetch in the browser, so the text shown before the
 * elements upgrade (or without JavaScript) is the text they show afterwards. A missing or broken
 * file gives empty results: the page still renders, with shorter fallback text.
 */
final class ContentRepository {

  /** @var array<string, array<string, mixed>> */
  private array $loaded = [];

  public function __construct(private string $directory) {}

  /**
   * The decoded content of one locale, or an empty array.
   *
   * @return array<string, mixed>
   */
  public function load(string $locale): array {
    if (!in_array($locale, Locales::tags(), TRUE)) {
      return [];
    }
    if (!isset($this->loaded[$locale])) {
      $file = $this->directory . '/' . $locale . '.json';
      $json = is_file($file) ? file_get_contents($file) : FALSE;
      $data = $json === FALSE ? NULL : json_decode($json, TRUE, 64);
      $this->loaded[$locale] = is_array($data) ? $data : [];
    }
    return $this->loaded[$locale];
  }

  /**
   * Labels of the discrimination grounds, by id; ids the content does not name keep their id.
   *
   * @return array<string, string>
   */
  public function groundLabels(string $locale): array {
    $labels = array_combine(WidgetCatalog::GROUNDS, WidgetCatalog::GROUNDS);
    foreach ($this->load($locale)['grounds'] ?? [] as $ground) {
      if (is_array($ground) && isset($labels[$ground['id'] ?? '']) && is_string($ground['label'] ?? NULL)) {
        $labels[$ground['id']] = $ground['label'];
      }
    }
    return $labels;
  }

}
