<?php

declare(strict_types=1);

namespace Drupal\hrc_widgets\Plugin\Block;

use Drupal\Core\Block\Attribute\Block;
use Drupal\Core\StringTranslation\TranslatableMarkup;

/**
 * Cards explaining rights of the EU Charter of Fundamental Rights.
 *
 * The annotation serves Drupal 10.0 and 10.1; from 10.2 on Drupal reads the attribute.
 *
 * @Block(
 *   id = "hrc_rights_cards",
 *   admin_label = @Translation("Rights cards"),
 *   category = @Translation("Human rights city")
 * )
 */
#[Block(
  id: 'hrc_rights_cards',
  admin_label: new TranslatableMarkup('Rights cards'),
  category: new TranslatableMarkup('Human rights city'),
)]
final class RightsCardsBlock extends WidgetBlockBase {

  protected const WIDGET = 'rights-cards';

  /**
   * {@inheritdoc}
   */
  protected function optionElements(): array {
    return [
      'articles' => [
        '#type' => 'textfield',
        '#title' => $this->t('Charter articles'),
        '#maxlength' => 300,
        '#description' => $this->t('Article numbers, separated by commas, for example 21, 23, 26. Leave empty to show a whole chapter.'),
      ],
      'chapter' => [
        '#type' => 'select',
        '#title' => $this->t('Charter chapter'),
        '#options' => [
          '' => $this->t('None'),
          'dignity' => $this->t('I Dignity'),
          'freedoms' => $this->t('II Freedoms'),
          'equality' => $this->t('III Equality'),
          'solidarity' => $this->t('IV Solidarity'),
          'citizens-rights' => $this->t('V Citizens’ rights'),
          'justice' => $this->t('VI Justice'),
          'general-provisions' => $this->t('VII General provisions'),
        ],
        '#description' => $this->t('Used when no articles are given.'),
      ],
      'variant' => [
        '#type' => 'radios',
        '#title' => $this->t('Variant'),
        '#options' => ['full' => $this->t('Full'), 'compact' => $this->t('Compact')],
      ],
      'report_url' => [
        '#type' => 'textfield',
        '#title' => $this->t('Page with the report form'),
        '#maxlength' => 2048,
        '#description' => $this->t('Cards about equality rights link there, with the discrimination ground chosen. Example: /report-discrimination'),
      ],
    ];
  }

}
