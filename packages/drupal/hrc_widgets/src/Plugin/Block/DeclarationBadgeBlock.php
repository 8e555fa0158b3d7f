<?php

declare(strict_types=1);

namespace Drupal\hrc_widgets\Plugin\Block;

use Drupal\Core\Block\Attribute\Block;
use Drupal\Core\StringTranslation\TranslatableMarkup;

/**
 * The city's human rights declaration as a badge.
 *
 * The annotation serves Drupal 10.0 and 10.1; from 10.2 on Drupal reads the attribute.
 *
 * @Block(
 *   id = "hrc_declaration_badge",
 *   admin_label = @Translation("Declaration badge"),
 *   category = @Translation("Human rights city")
 * )
 */
#[Block(
  id: 'hrc_declaration_badge',
  admin_label: new TranslatableMarkup('Declaration badge'),
  category: new TranslatableMarkup('Human rights city'),
)]
final class DeclarationBadgeBlock extends WidgetBlockBase {

  protected const WIDGET = 'declaration-badge';

}
