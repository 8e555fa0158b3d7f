<?php

declare(strict_types=1);

namespace Drupal\hrc_widgets\Plugin\Block;

use Drupal\Core\Block\BlockBase;
use Drupal\Core\Form\FormStateInterface;
use Drupal\Core\Plugin\ContainerFactoryPluginInterface;
use Drupal\hrc_widgets\Markup\Elements;
use Drupal\hrc_widgets\Markup\Locales;
use Drupal\hrc_widgets\Markup\WidgetCatalog;
use Drupal\hrc_widgets\Widgets;
use Symfony\Component\DependencyInjection\ContainerInterface;

/**
 * What the four widget blocks share: options, their form, their checks and the build.
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
   * {@inheritdoc}
   *
   * One field per option of the widget (Elements, generated from the element's description), in a
   * details element per group: a checkbox for a boolean, a list where there are values, else a text
   * field.
   */
  public function blockForm($form, FormStateInterface $form_state) {
    $labels = Elements::labels();
    $texts = $labels['widgets'][static::WIDGET]['options'];
    $lists = [
      // The kit's languages, each in its own name (from the kit's manifest).
      'locale' => Locales::options(),
      'ground' => $this->widgets->groundOptions(),
      'chapter' => $this->widgets->chapterOptions(),
    ];
    foreach (WidgetCatalog::WIDGETS[static::WIDGET]['options'] as $name => $option) {
      $text = $texts[$name];
      $values = WidgetCatalog::values($option);
      $element = [
        '#title' => $text['label'],
        '#description' => $text['help'] ?? NULL,
        '#default_value' => $this->configuration[$name] ?? $option['default'],
      ];
      if ($option['kind'] === 'boolean') {
        $element['#type'] = 'checkbox';
      }
      elseif ($values !== NULL) {
        $named = $text['options'] ?? $lists[$option['kind']];
        $element['#type'] = 'select';
        $element['#options'] = ['' => $text['empty'] ?? ''];
        foreach ($values as $value) {
          $element['#options'][$value] = $named[$value] ?? $value;
        }
      }
      else {
        $element['#type'] = 'textfield';
        $element['#maxlength'] = $option['kind'] === 'url' ? 2048 : 300;
      }
      $group = $option['group'];
      $form[$group] ??= ['#type' => 'details', '#title' => $labels['groups'][$group], '#open' => $group === 'content'];
      $form[$group][$name] = $element;
    }
    return $form;
  }

  /**
   * {@inheritdoc}
   */
  public function blockValidate($form, FormStateInterface $form_state) {
    foreach (WidgetCatalog::WIDGETS[static::WIDGET]['options'] as $name => $option) {
      $value = $form_state->getValue([$option['group'], $name]);
      if ($option['kind'] === 'boolean' || $value === '' || $value === NULL) {
        continue;
      }
      if (WidgetCatalog::check($option, is_string($value) ? trim($value) : $value) === NULL) {
        $form_state->setError($form[$option['group']][$name], $this->errorMessage($option['kind']));
      }
    }
  }

  /**
   * {@inheritdoc}
   */
  public function blockSubmit($form, FormStateInterface $form_state) {
    foreach (WidgetCatalog::WIDGETS[static::WIDGET]['options'] as $name => $option) {
      $value = $form_state->getValue([$option['group'], $name]);
      if ($option['kind'] === 'boolean') {
        $this->configuration[$name] = (bool) $value;
      }
      else {
        $value = is_string($value) ? trim($value) : '';
        // Stored normalised ("21, 23" as "21,23"), so the element gets what the form showed.
        $this->configuration[$name] = $value === '' ? '' : (string) WidgetCatalog::check($option, $value);
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
      'text' => $this->t('Write one line of at most 120 characters.'),
      default => $this->t('Choose one of the listed values.'),
    };
  }

}
