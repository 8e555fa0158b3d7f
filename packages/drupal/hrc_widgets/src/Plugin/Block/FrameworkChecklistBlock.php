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

}
