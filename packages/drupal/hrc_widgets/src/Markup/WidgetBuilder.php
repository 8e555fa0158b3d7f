<?php

declare(strict_types=1);

namespace Drupal\hrc_widgets\Markup;

/**
 * Builds the render array of a widget from its options and the module's settings.
 *
 * Plain PHP (render arrays are arrays), so blocks, the text filter and the tests share it.
 */
final class WidgetBuilder {

  /**
   * @param \Drupal\hrc_widgets\Markup\ContentRepository $content
   *   The kit's content files.
   * @param string|null $assetsDir
   *   The module's assets/ folder (the kit's bundle, with its manifest.json), for the modulepreload
   *   links; none without it.
   * @param string $assetsUrl
   *   The URL path of that folder, ending in "/".
   */
  public function __construct(
    private ContentRepository $content,
    private ?string $assetsDir = NULL,
    private string $assetsUrl = '',
  ) {}

  /**
   * The <link rel="modulepreload"> of every module file the element imports (the manifest's `preload`,
   * its chunks only: the element's own module is the library's script), as Drupal's html_head_link
   * attachments: the browser then fetches them in one wave instead of a level of imports per round
   * trip (docs/performance.md, "The loading path").
   *
   * @return list<array{0: array{rel: string, href: string}, 1: bool}>
   */
  public function preloadLinks(string $tag): array {
    static $manifests = [];
    if ($this->assetsDir === NULL) {
      return [];
    }
    $file = $this->assetsDir . '/manifest.json';
    $manifests[$file] ??= is_readable($file) ? json_decode((string) file_get_contents($file), TRUE) : NULL;
    $list = $manifests[$file]['preload'][$tag] ?? [];
    $links = [];
    foreach (is_array($list) ? $list : [] as $path) {
      // Only the kit's own chunk files that are there: a manifest that names anything else is ignored.
      if (is_string($path) && preg_match('#^\./chunks/[A-Za-z0-9._-]+\.js$#', $path) && is_file($this->assetsDir . '/' . substr($path, 2))) {
        $links[] = [['rel' => 'modulepreload', 'href' => $this->assetsUrl . substr($path, 2)], FALSE];
      }
    }
    return $links;
  }

  /**
   * The report form's first step drawn in advance, to go first inside the element (docs/performance.md,
   * "The first step drawn in advance"): the bundled kit's file of the form's language
   * (assets/prerender/), filled in with the assets folder's address, the form's quick exit and its
   * heading level by the shared Fallback::prerenderedReportForm(). The browser draws the step at once,
   * usable before any script; the element takes it over. '' in a preview (drawn differently), with the
   * Shift shortcut off (the drawn step shows its hint), without the assets folder or without a file for
   * the language.
   *
   * @param string $langcode
   *   The form's language (a tag of the kit).
   * @param array<string, string|bool|null> $set
   *   The form's checked attributes (WidgetCatalog::attributes()).
   * @param bool $preview
   *   Whether the page previews content being edited.
   */
  public function prerenderedReportForm(string $langcode, array $set, bool $preview = FALSE): string {
    if ($preview || $set['quick-exit-shortcut'] === 'off' || $this->assetsDir === NULL || !preg_match('/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/', $langcode)) {
      return '';
    }
    $file = $this->assetsDir . '/prerender/hrc-report-form.' . $langcode . '.html';
    if (!is_file($file) || !is_file($this->assetsDir . '/hrc-report-form.css')) {
      return '';
    }
    return Fallback::prerenderedReportForm((string) file_get_contents($file), $this->assetsUrl, (string) $set['quick-exit-url'], (int) ($set['heading-level'] ?? 2));
  }

  /**
   * The settings with every unusable value dropped.
   *
   * @param array<string, mixed> $settings
   *   The hrc_widgets.settings configuration.
   *
   * @return array<string, string|int|bool>
   */
  public static function cleanSettings(array $settings): array {
    $clean = [
      'city' => Values::text($settings['city'] ?? NULL),
      'locale' => Values::oneOf($settings['locale'] ?? NULL, Locales::tags()),
      'office_name' => Values::text($settings['office_name'] ?? NULL),
      'office_url' => Values::url($settings['office_url'] ?? NULL),
      'office_phone' => Values::phoneHref($settings['office_phone'] ?? NULL) ? Values::text($settings['office_phone'], 40) : NULL,
      'privacy_url' => Values::url($settings['privacy_url'] ?? NULL),
      'report_endpoint' => Values::url($settings['report_endpoint'] ?? NULL),
      'declaration_year' => Values::year($settings['declaration_year'] ?? NULL),
      'declaration_url' => Values::url($settings['declaration_url'] ?? NULL),
      'ask_equality_data' => Values::boolean($settings['ask_equality_data'] ?? FALSE) ?? FALSE,
    ];
    return array_filter($clean, static fn ($value) => $value !== NULL);
  }

  /**
   * The language of the fallback text: the widget's, else the page's if the kit has it, else English.
   */
  public static function fallbackLangcode(?string $widgetLocale, string $pageLangcode): string {
    if ($widgetLocale !== NULL) {
      return $widgetLocale;
    }
    $primary = strtolower(explode('-', $pageLangcode)[0]);
    return in_array($primary, Locales::tags(), TRUE) ? $primary : 'en';
  }

  /**
   * Whether a page on this route shows content being edited rather than to residents: the layout
   * builder (its page and the dialogs that redraw a block) and the node preview.
   */
  public static function isPreviewRoute(?string $routeName): bool {
    return $routeName !== NULL && (str_starts_with($routeName, 'layout_builder.') || $routeName === 'entity.node.preview');
  }

  /**
   * The render array of one widget.
   *
   * @param string $widget
   *   A key of WidgetCatalog::WIDGETS.
   * @param array<string, mixed> $options
   *   Block configuration or shortcode options; checked again here.
   * @param array<string, mixed> $settings
   *   The hrc_widgets.settings configuration.
   * @param string $pageLangcode
   *   The language of the page (Drupal's interface language).
   * @param bool $preview
   *   Whether the page previews content being edited (see isPreviewRoute()): the report form then
   *   sends nothing, and its quick exit and Shift shortcut stay inactive.
   *
   * @return array<string, mixed>
   */
  public function build(string $widget, array $options, array $settings, string $pageLangcode, bool $preview = FALSE): array {
    if (!isset(WidgetCatalog::WIDGETS[$widget])) {
      throw new \InvalidArgumentException(sprintf('Unknown widget "%s".', $widget));
    }
    $definition = WidgetCatalog::WIDGETS[$widget];
    $settings = self::cleanSettings($settings);
    // The editor's options as element attributes, checked; NULL where not set.
    $set = WidgetCatalog::attributes($widget, $options);
    $locale = $set['lang'] ?? $settings['locale'] ?? NULL;
    $langcode = self::fallbackLangcode($locale, $pageLangcode);
    $content = $this->content->load($langcode);
    // Without "lang" the element follows the page, as the fallback text does.
    $first = ['lang' => $locale];
    $office = [
      'office-name' => $settings['office_name'] ?? NULL,
      'office-url' => $settings['office_url'] ?? NULL,
      'office-phone' => $settings['office_phone'] ?? NULL,
    ];
    $contexts = ['languages:language_interface'];
    $prerendered = '';

    switch ($widget) {
      case 'report-form':
        $ask = $set['ask-equality-data'];
        $first += [
          'endpoint' => $settings['report_endpoint'] ?? NULL,
          'privacy-url' => $settings['privacy_url'] ?? NULL,
          'ask-equality-data' => $ask === NULL ? $settings['ask_equality_data'] ?? FALSE : $ask === 'on',
          'preview' => $preview,
        ];
        $fallback = Fallback::reportForm($langcode, [
          'name' => $office['office-name'] ?? '',
          'url' => $office['office-url'] ?? '',
          'phone' => $office['office-phone'] ?? '',
        ], (int) ($set['heading-level'] ?? 2));
        $prerendered = $this->prerenderedReportForm($langcode, $set, $preview);
        // The same text renders as a preview in the layout builder and live on the page.
        $contexts[] = 'route.name';
        break;

      case 'rights-cards':
        if ($set['articles'] !== NULL) {
          $set['chapter'] = NULL;
        }
        $fallback = Fallback::rightsCards($langcode, $content, (string) $set['articles'], (string) $set['chapter'], (int) ($set['heading-level'] ?? 3), $set['variant'] === 'compact');
        $set += $office;
        break;

      case 'framework-checklist':
        $fallback = Fallback::checklist($langcode, $content, NULL, (string) $set['src'], (int) ($set['heading-level'] ?? 2));
        break;

      case 'report-stats':
        // Nothing to show without a published file (Drupal publishes none of its own): no block.
        if ($set['src'] === NULL) {
          return ['#cache' => ['tags' => ['config:hrc_widgets.settings'], 'contexts' => $contexts]];
        }
        $fallback = Fallback::stats($langcode, $set['src'], '', (string) $set['label'], (int) ($set['heading-level'] ?? 2));
        break;

      default:
        $first += [
          'city' => $settings['city'] ?? NULL,
          'year' => isset($settings['declaration_year']) ? (string) $settings['declaration_year'] : NULL,
          'declaration-url' => $settings['declaration_url'] ?? NULL,
        ];
        if ($set['status-src'] === NULL) {
          $set['status-url'] = NULL;
        }
        $fallback = Fallback::badge($langcode, (string) ($settings['city'] ?? ''), (string) ($settings['declaration_year'] ?? ''), (string) ($settings['declaration_url'] ?? ''));
    }
    $attributes = $first + $set + ($widget === 'report-form' ? $office : []);

    return [
      '#theme' => $definition['theme'],
      // Unset values and FALSE booleans are left out; TRUE prints a bare boolean attribute.
      '#element_attributes' => array_filter($attributes, static fn ($value) => $value !== NULL && $value !== FALSE && $value !== ''),
      '#langcode' => $langcode,
      // The shared fallback (escaped there); Drupal filters #markup once more.
      '#fallback' => ['#markup' => $fallback],
      // The report form's first step drawn in advance ('' for the others, and when it is left out), a
      // string that Widgets marks as markup.
      '#prerendered' => $prerendered,
      '#attached' => ['library' => [$definition['library']], 'html_head_link' => $this->preloadLinks($definition['tag'])],
      '#cache' => [
        'tags' => ['config:hrc_widgets.settings'],
        'contexts' => $contexts,
      ],
    ];
  }
}
