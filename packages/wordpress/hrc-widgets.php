<?php
/**
 * Plugin Name:       Human Rights City Widgets
 * Description:       The human rights city kit for WordPress: rights cards, the framework checklist, a discrimination report form and the declaration badge as blocks and shortcodes; reports are received and kept in WordPress.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * Author:            Human Rights City Kit contributors
 * License:           EUPL-1.2 or GPL-2.0-or-later
 * License URI:       https://joinup.ec.europa.eu/collection/eupl/eupl-text-eupl-12
 * Text Domain:       hrc-widgets
 * Domain Path:       /languages
 *
 * The kit is licensed under the EUPL-1.2. This plugin may also be used and distributed under the
 * GNU General Public License, version 2 or later (https://www.gnu.org/licenses/old-licenses/gpl-2.0.html),
 * the licence of WordPress: the EUPL lists the GPL among its compatible licences.
 *
 * @package HrcWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'HRC_WIDGETS_VERSION', '0.1.0' );
define( 'HRC_WIDGETS_FILE', __FILE__ );
define( 'HRC_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );
define( 'HRC_WIDGETS_URL', plugin_dir_url( __FILE__ ) );

foreach ( array(
	'schema-validator',
	'schema-args',
	'report-rules',
	'sealed',
	'client-address',
	'idempotency',
	'csv',
	'locales',
	'areas',
	'settings',
	'store',
	'follow-up',
	'statistics',
	'evidence',
	'report-view',
	'catalog',
	'fallback',
	'assets',
	'render',
	'report-status',
	'blocks',
	'rest',
	'follow-up-rest',
	'admin-reports',
	'office-texts',
	'office-page',
	'admin-checklist',
	'admin-statistics',
	'privacy',
	'plugin',
) as $hrc_widgets_part ) {
	require_once HRC_WIDGETS_DIR . 'includes/class-hrc-' . $hrc_widgets_part . '.php';
}

register_activation_hook( __FILE__, array( 'HRC_Plugin', 'activate' ) );
register_deactivation_hook( __FILE__, array( 'HRC_Plugin', 'deactivate' ) );
HRC_Plugin::boot();
