<?php

declare(strict_types=1);

namespace Drupal\hrc_widgets\Plugin\Block;

use Drupal\Core\Block\Attribute\Block;
use Drupal\Core\StringTranslation\TranslatableMarkup;

/**
 * The city's self-assessment against the 20 elements of the human rights city framework.
 *
 * The annotation serves Drupal 10.0 and 10.1; from 10.2 on Drupal reads the attribute.
 *
 * @Block(
 *   id = "hrc_framework_checklist",
 *   admin_label = @Translation("Framework checklist"),
 *   category = @Translation("Human rights city")
 * )
 */
#[Block(
  id: 'hrc_framework_checklist',
  admin_label: new TranslatableMarkup('Framework checklist'),
  category: new TranslatableMarkup('Human rights city'),
)]
final class FrameworkChecklistBlock extends WidgetBlockBase {

  protected const WIDGET = 'framework-checklist';

  /**
   * {@inheritdoc}
   */
  protected function optionElements(): array {
    return [
      'src' => [
        '#type' => 'textfield',
        '#title' => $this->t('Published assessment (JSON)'),
        '#maxlength' => 2048,
        '#description' => $this->t('Address of the city’s published assessment. Empty: visitors fill in their own, kept in their browser.'),
      ],
      'compare_src' => [
        '#type' => 'textfield',
        '#title' => $this->t('Assessment to compare with (JSON)'),
        '#maxlength' => 2048,
        '#description' => $this->t('For example last year’s, shown beside it with what changed.'),
      ],
      'readonly' => [
        '#type' => 'checkbox',
        '#title' => $this->t('Read only'),
        '#description' => $this->t('Show the published assessment without editing.'),
      ],
      'storage_key' => [
        '#type' => 'textfield',
        '#title' => $this->t('Browser storage key'),
        '#maxlength' => 64,
        '#description' => $this->t('Name under which an editable assessment is kept in the visitor’s browser. It holds no personal data.'),
      ],
    ];
  }

}
