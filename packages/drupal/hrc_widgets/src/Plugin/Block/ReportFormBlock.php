<?php

declare(strict_types=1);

namespace Drupal\hrc_widgets\Plugin\Block;

use Drupal\Core\Block\Attribute\Block;
use Drupal\Core\StringTranslation\TranslatableMarkup;

/**
 * The discrimination report form, sending to the endpoint set on the settings page.
 *
 * The annotation serves Drupal 10.0 and 10.1; from 10.2 on Drupal reads the attribute.
 *
 * @Block(
 *   id = "hrc_report_form",
 *   admin_label = @Translation("Report form"),
 *   category = @Translation("Human rights city")
 * )
 */
#[Block(
  id: 'hrc_report_form',
  admin_label: new TranslatableMarkup('Report form'),
  category: new TranslatableMarkup('Human rights city'),
)]
final class ReportFormBlock extends WidgetBlockBase {

  protected const WIDGET = 'report-form';

  /**
   * {@inheritdoc}
   */
  protected function optionElements(): array {
    return [
      'ground' => [
        '#type' => 'select',
        '#title' => $this->t('Preselected discrimination ground'),
        '#options' => ['' => $this->t('None')] + $this->widgets->groundOptions(),
        '#description' => $this->t('For a page about one form of discrimination. People can still change it.'),
      ],
      'quick_exit_url' => [
        '#type' => 'textfield',
        '#title' => $this->t('Quick exit address'),
        '#maxlength' => 2048,
        '#description' => $this->t('Where the quick exit button takes people, for example a weather or news site. Empty: the form’s default.'),
      ],
      'quick_exit_shortcut' => [
        '#type' => 'checkbox',
        '#title' => $this->t('Quick exit also by pressing Shift 3 times'),
        '#description' => $this->t('Turn it off only where people type a lot on the page around the form.'),
      ],
    ];
  }

}
