<?php

declare(strict_types=1);

namespace Drupal\hrc_widgets\Plugin\Filter;

use Drupal\Core\Form\FormStateInterface;
use Drupal\Core\Plugin\ContainerFactoryPluginInterface;
use Drupal\Core\Render\BubbleableMetadata;
use Drupal\Core\Render\RenderContext;
use Drupal\Core\Render\RendererInterface;
use Drupal\Core\StringTranslation\TranslatableMarkup;
use Drupal\filter\Attribute\Filter;
use Drupal\filter\FilterProcessResult;
use Drupal\filter\Plugin\FilterBase;
use Drupal\filter\Plugin\FilterInterface;
use Drupal\hrc_widgets\Markup\Elements;
use Drupal\hrc_widgets\Markup\ShortcodeParser;
use Drupal\hrc_widgets\Markup\WidgetCatalog;
use Drupal\hrc_widgets\Widgets;
use Symfony\Component\DependencyInjection\ContainerInterface;

/**
 * Replaces [hrc:report-form …] and the other widget embeds in text with the widgets.
 *
 * Embeds go through the same templates as the blocks. Only allowlisted attributes with checked
 * values reach the element; the city-wide settings cannot be changed from text.
 *
 * The annotation serves Drupal 10.0 to 10.2; from 10.3 on Drupal reads the attribute.
 *
 * @Filter(
 *   id = "hrc_widgets_embed",
 *   title = @Translation("Human rights city widgets"),
 *   description = @Translation("Turns [hrc:report-form], [hrc:rights-cards], [hrc:framework-checklist], [hrc:declaration-badge] and [hrc:report-stats] into the widgets."),
 *   type = Drupal\filter\Plugin\FilterInterface::TYPE_TRANSFORM_IRREVERSIBLE,
 *   weight = 20,
 *   settings = {
 *     "allowed_widgets" = {"report-form", "rights-cards", "framework-checklist", "declaration-badge", "report-stats"}
 *   }
 * )
 */
#[Filter(
  id: 'hrc_widgets_embed',
  title: new TranslatableMarkup('Human rights city widgets'),
  description: new TranslatableMarkup('Turns [hrc:report-form], [hrc:rights-cards], [hrc:framework-checklist], [hrc:declaration-badge] and [hrc:report-stats] into the widgets.'),
  type: FilterInterface::TYPE_TRANSFORM_IRREVERSIBLE,
  weight: 20,
  settings: [
    'allowed_widgets' => ['report-form', 'rights-cards', 'framework-checklist', 'declaration-badge', 'report-stats'],
  ],
)]
final class WidgetEmbedFilter extends FilterBase implements ContainerFactoryPluginInterface {

  public function __construct(
    array $configuration,
    $plugin_id,
    $plugin_definition,
    private Widgets $widgets,
    private RendererInterface $renderer,
  ) {
    parent::__construct($configuration, $plugin_id, $plugin_definition);
  }

  /**
   * {@inheritdoc}
   */
  public static function create(ContainerInterface $container, array $configuration, $plugin_id, $plugin_definition) {
    return new static(
      $configuration,
      $plugin_id,
      $plugin_definition,
      $container->get('hrc_widgets.widgets'),
      $container->get('renderer'),
    );
  }

  /**
   * {@inheritdoc}
   */
  public function process($text, $langcode) {
    $result = new FilterProcessResult($text);
    $allowed = array_values(array_filter((array) ($this->settings['allowed_widgets'] ?? [])));
    $processed = ShortcodeParser::replace($text, function (string $widget, array $attributes) use (&$result, $allowed): ?string {
      if (!isset(WidgetCatalog::WIDGETS[$widget]) || !in_array($widget, $allowed, TRUE)) {
        return NULL;
      }
      $build = $this->widgets->build($widget, WidgetCatalog::optionsFromAttributes($widget, $attributes));
      $markup = $this->renderer->executeInRenderContext(new RenderContext(), function () use (&$build) {
        return $this->renderer->render($build);
      });
      // The libraries and cache tags of each widget travel with the filtered text.
      $result = $result->merge(BubbleableMetadata::createFromRenderArray($build));
      return (string) $markup;
    });
    $result->setProcessedText($processed);
    return $result;
  }

  /**
   * {@inheritdoc}
   */
  public function settingsForm(array $form, FormStateInterface $form_state) {
    $form['allowed_widgets'] = [
      '#type' => 'checkboxes',
      '#title' => $this->t('Widgets editors may embed'),
      '#options' => array_map(static fn (array $widget) => $widget['title'], Elements::labels()['widgets']),
      '#default_value' => $this->settings['allowed_widgets'] ?? [],
      '#description' => $this->t('Place this filter after “Limit allowed HTML tags and correct faulty HTML”, which would otherwise remove the widgets.'),
    ];
    return $form;
  }

  /**
   * {@inheritdoc}
   */
  public function setConfiguration(array $configuration) {
    // Checkboxes submit unchecked options as 0; only the names of checked widgets are kept.
    if (isset($configuration['settings']['allowed_widgets'])) {
      $configuration['settings']['allowed_widgets'] = array_values(array_filter(
        (array) $configuration['settings']['allowed_widgets'],
        static fn ($value) => is_string($value) && isset(WidgetCatalog::WIDGETS[$value]),
      ));
    }
    return parent::setConfiguration($configuration);
  }

  /**
   * {@inheritdoc}
   */
  public function tips($long = FALSE) {
    if (!$long) {
      return $this->t('Embed a widget with [hrc:report-form], [hrc:rights-cards articles="21,23"], [hrc:framework-checklist], [hrc:declaration-badge] or [hrc:report-stats src="https://example.org/statistics.json"].');
    }
    $attributes = [];
    foreach (WidgetCatalog::WIDGETS as $widget => $definition) {
      $attributes[] = $widget . ': ' . implode(', ', array_column($definition['options'], 'attribute'));
    }
    return $this->t('Write an embed on its own line, with the attributes of the block settings as the element names them (@attributes). Values are checked as in a block; unknown attributes and values are ignored. The office, report endpoint and declaration come from the site settings.', [
      '@attributes' => implode('; ', $attributes),
    ]);
  }

}
