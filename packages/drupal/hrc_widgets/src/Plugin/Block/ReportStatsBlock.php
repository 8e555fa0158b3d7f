<?php

declare(strict_types=1);

namespace Drupal\hrc_widgets\Plugin\Block;

use Drupal\Core\Block\Attribute\Block;
use Drupal\Core\StringTranslation\TranslatableMarkup;

/**
 * Published counts of discrimination reports (a statistics file of this city or another), as charts with their tables.
 *
 * The annotation serves Drupal 10.0 and 10.1; from 10.2 on Drupal reads the attribute.
 *
 * @Block(
 *   id = "hrc_report_stats",
 *   admin_label = @Translation("Report statistics"),
 *   category = @Translation("Human rights city")
 * )
 */
#[Block(
  id: 'hrc_report_stats',
  admin_label: new TranslatableMarkup('Report statistics'),
  category: new TranslatableMarkup('Human rights city'),
)]
final class ReportStatsBlock extends WidgetBlockBase {

  protected const WIDGET = 'report-stats';

}
