<?php

declare(strict_types=1);

namespace Drupal\hrc_widgets;

use Drupal\Core\Config\ConfigFactoryInterface;
use Drupal\Core\Extension\ModuleExtensionList;
use Drupal\Core\Language\LanguageManagerInterface;
use Drupal\Core\Render\Markup;
use Drupal\Core\Routing\RouteMatchInterface;
use Drupal\Core\StringTranslation\TranslatableMarkup;
use Drupal\hrc_widgets\Markup\ContentRepository;
use Drupal\hrc_widgets\Markup\Fallback;
use Drupal\hrc_widgets\Markup\WidgetBuilder;

/**
 * Builds widgets with the site's settings and language (service hrc_widgets.widgets).
 */
final class Widgets {

  private ?WidgetBuilder $builder = NULL;

  private ?ContentRepository $content = NULL;

  public function __construct(
    private ConfigFactoryInterface $configFactory,
    private ModuleExtensionList $moduleList,
    private LanguageManagerInterface $languageManager,
    private RouteMatchInterface $routeMatch,
  ) {}

  /**
   * The render array of a widget; a preview on the layout builder's and the node preview's routes.
   *
   * @param string $widget
   *   "report-form", "rights-cards", "framework-checklist" or "declaration-badge".
   * @param array<string, mixed> $options
   *   Block configuration or embed options.
   *
   * @return array<string, mixed>
   */
  public function build(string $widget, array $options): array {
    $assets = $this->moduleList->getPath('hrc_widgets') . '/assets';
    $this->builder ??= new WidgetBuilder($this->content(), DRUPAL_ROOT . '/' . $assets, base_path() . $assets . '/');
    $settings = $this->configFactory->get('hrc_widgets.settings')->get() ?? [];
    $langcode = $this->languageManager->getCurrentLanguage()->getId();
    $preview = WidgetBuilder::isPreviewRoute($this->routeMatch->getRouteName());
    // The fallback's fixed texts in the element's language, through Drupal's translations (the
    // module's translations/<langcode>.po once imported); the page's language may differ.
    Fallback::translateWith(static fn (string $text, string $langcode): string => (string) new TranslatableMarkup($text, [], ['langcode' => $langcode]));
    $build = $this->builder->build($widget, $options, $settings, $langcode, $preview);
    // The report form's first step drawn in advance: the kit's file, each address filled in escaped by
    // the shared Fallback. Printed as it is: the admin filter of #markup would remove its form.
    if (($build['#prerendered'] ?? '') !== '') {
      $build['#prerendered'] = Markup::create($build['#prerendered']);
    }
    return $build;
  }

  /**
   * Discrimination grounds for a select list, in the interface language where the kit has it.
   *
   * @return array<string, string>
   */
  public function groundOptions(): array {
    $langcode = WidgetBuilder::fallbackLangcode(NULL, $this->languageManager->getCurrentLanguage()->getId());
    return $this->content()->groundLabels($langcode);
  }

  /**
   * Chapters of the Charter for a select list ("III Equality"), in the interface language where the
   * kit has it.
   *
   * @return array<string, string>
   */
  public function chapterOptions(): array {
    $langcode = WidgetBuilder::fallbackLangcode(NULL, $this->languageManager->getCurrentLanguage()->getId());
    $options = [];
    foreach ($this->content()->load($langcode)['charter']['chapters'] ?? [] as $chapter) {
      if (is_array($chapter) && is_string($chapter['id'] ?? NULL) && is_string($chapter['title'] ?? NULL)) {
        $options[$chapter['id']] = trim(($chapter['numeral'] ?? '') . ' ' . $chapter['title']);
      }
    }
    return $options;
  }

  private function content(): ContentRepository {
    return $this->content ??= new ContentRepository(
      DRUPAL_ROOT . '/' . $this->moduleList->getPath('hrc_widgets') . '/assets/content'
    );
  }

}
