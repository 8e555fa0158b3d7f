<?php

declare(strict_types=1);

namespace Drupal\hrc_widgets\Plugin\Block;

use Drupal\Core\Block\BlockBase;
use Drupal\Core\Form\FormStateInterface;
use Drupal\Core\Plugin\ContainerFactoryPluginInterface;
use Drupal\hrc_widgets\Markup\Locales;
use Drupal\hrc_widgets\Markup\WidgetCatalog;
use Drupal\hrc_widgets\Widgets;
use Symfony\Component\DependencyInjection\ContainerInterface;

/**
 * What the four widget blocks share: options, their checks and the build.
 */
abstract class WidgetBlockBase extends BlockBase implements ContainerFactoryPluginInterface {

  /**
   * The widget this block shows, a key of WidgetCatalog::WIDGETS.
   */
  protected const WIDGET = '';

  public function __construct(array $configuration, $plugin_id, $plugin_definition, protected Widgets $widgets) {
    parent::__construct($configuration, $plugin_id, $plugin_definition);
  }

  /**
   * {@inheritdoc}
   */
  public static function create(ContainerInterface $container, array $configuration, $plugin_id, $plugin_definition) {
    return new static($configuration, $plugin_id, $plugin_definition, $container->get('hrc_widgets.widgets'));
  }

  /**
   * {@inheritdoc}
   */
  public function defaultConfiguration() {
    return WidgetCatalog::defaults(static::WIDGET);
  }

  /**
   * The form elements of this widget's options, keyed by option name.
   *
   * @return array<string, array<string, mixed>>
   */
  abstract protected function optionElements(): array;

  /**
   * {@inheritdoc}
   */
  public function blockForm($form, FormStateInterface $form_state) {
    $form['locale'] = [
      '#type' => 'select',
      '#title' => $this->t('Language'),
      '#options' => ['' => $this->t('As set on the settings page')] + Locales::options(),
      '#default_value' => $this->configuration['locale'] ?? '',
    ];
    foreach ($this->optionElements() as $name => $element) {
      $element['#default_value'] = $this->configuration[$name] ?? NULL;
      $form[$name] = $element;
    }
    return $form;
  }

  /**
   * {@inheritdoc}
   */
  public function blockValidate($form, FormStateInterface $form_state) {
    foreach (WidgetCatalog::WIDGETS[static::WIDGET]['options'] as $name => [$kind]) {
      $value = $form_state->getValue($name);
      if ($kind === 'boolean' || $value === '' || $value === NULL) {
        continue;
      }
      if (WidgetCatalog::check($kind, is_string($value) ? trim($value) : $value) === NULL) {
        $form_state->setError($form[$name], $this->errorMessage($kind));
      }
    }
  }

  /**
   * {@inheritdoc}
   */
  public function blockSubmit($form, FormStateInterface $form_state) {
    foreach (WidgetCatalog::WIDGETS[static::WIDGET]['options'] as $name => [$kind]) {
      $value = $form_state->getValue($name);
      if ($kind === 'boolean') {
        $this->configuration[$name] = (bool) $value;
      }
      else {
        $value = is_string($value) ? trim($value) : '';
        // Stored normalised ("21, 23" as "21,23"), so the element gets what the form showed.
        $this->configuration[$name] = $value === '' ? '' : (string) WidgetCatalog::check($kind, $value);
      }
    }
  }

  /**
   * {@inheritdoc}
   */
  public function build() {
    return $this->widgets->build(static::WIDGET, $this->configuration);
  }

  /**
   * The message for a value that did not pass its check.
   */
  protected function errorMessage(string $kind) {
    return match ($kind) {
      'url' => $this->t('Enter a web address starting with https:// or a path on this site starting with /.'),
      'articles' => $this->t('Enter article numbers from 1 to 54, separated by commas, for example 21, 23, 26.'),
      'token' => $this->t('Use only letters, digits, dots, dashes and underscores (at most 64).'),
      default => $this->t('Choose one of the listed values.'),
    };
  }

}
