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

}
