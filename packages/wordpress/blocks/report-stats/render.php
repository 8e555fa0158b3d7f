<?php
/**
 * Server rendering of the hrc/report-stats block: the custom element with its fallback content.
 *
 * @package HrcWidgets
 *
 * @var array $attributes Block attributes.
 */

defined( 'ABSPATH' ) || exit;

printf( '<div %s>%s</div>', get_block_wrapper_attributes(), HRC_Blocks::render( 'hrc-report-stats', $attributes ) ); // phpcs:ignore WordPress.Security.EscapeOutput -- built from escaped parts.
