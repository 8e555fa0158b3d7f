<?php
/**
 * Server rendering of the hrc/framework-checklist block: the custom element with its fallback content.
 *
 * @package HrcWidgets
 *
 * @var array $attributes Block attributes.
 */

defined( 'ABSPATH' ) || exit;

$hrc_widgets_html = HRC_Blocks::render( 'hrc-framework-checklist', $attributes );
// Nothing at all, not even an empty wrapper, while no assessment is published.
if ( '' !== $hrc_widgets_html ) {
	printf( '<div %s>%s</div>', get_block_wrapper_attributes(), $hrc_widgets_html ); // phpcs:ignore WordPress.Security.EscapeOutput -- built from escaped parts.
}
