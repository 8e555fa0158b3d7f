<?php

declare(strict_types=1);

namespace Drupal\hrc_widgets\Markup;

/**
 * Reads the kit's content files (assets/content/<locale>.json) for the fallback markup.
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
   * Charter articles by number list ("21,23") or by chapter, in the order asked for.
   *
   * @return list<array{number: int, title: string, meaning: string, url: string}>
   */
  public function articles(string $locale, ?string $numbers, ?string $chapter): array {
    $all = [];
    foreach ($this->load($locale)['charter']['articles'] ?? [] as $article) {
      if (is_array($article) && isset($article['number'], $article['title'])) {
        $all[(int) $article['number']] = $article;
      }
    }
    if ($numbers !== NULL) {
      $wanted = array_map('intval', explode(',', $numbers));
    }
    elseif ($chapter !== NULL) {
      $wanted = array_keys(array_filter($all, static fn (array $a) => ($a['chapter'] ?? NULL) === $chapter));
    }
    else {
      $wanted = [];
    }
    $result = [];
    foreach ($wanted as $number) {
      if (!isset($all[$number])) {
        continue;
      }
      $article = $all[$number];
      $result[] = [
        'number' => $number,
        'title' => (string) $article['title'],
        'meaning' => is_string($article['plain']['meaning'] ?? NULL) ? $article['plain']['meaning'] : '',
        'url' => Values::url($article['url'] ?? NULL) ?? '',
      ];
    }
    return $result;
  }

  /**
   * The framework's layers with the titles of their elements.
   *
   * @return list<array{title: string, elements: list<string>}>
   */
  public function layers(string $locale): array {
    $content = $this->load($locale);
    $layers = [];
    foreach ($content['layers'] ?? [] as $layer) {
      if (!is_array($layer) || !isset($layer['id'], $layer['title'])) {
        continue;
      }
      $elements = [];
      foreach ($content['elements'] ?? [] as $element) {
        if (is_array($element) && ($element['layer'] ?? NULL) === $layer['id'] && isset($element['title'])) {
          $elements[] = (string) $element['title'];
        }
      }
      $layers[] = ['title' => (string) $layer['title'], 'elements' => $elements];
    }
    return $layers;
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
