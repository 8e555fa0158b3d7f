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

}
