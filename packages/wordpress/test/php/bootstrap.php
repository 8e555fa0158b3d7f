<?php
/**
 * Unit tests of the plugin's plain PHP classes (no WordPress loaded). The schemas come from the data
 * package's build, as the plugin's build copies them.
 *
 * @package HrcWidgets
 */

define( 'HRC_WIDGETS_TESTING', true );
define( 'HRC_TEST_SCHEMAS', dirname( __DIR__, 3 ) . '/framework/dist/schema/' );
$hrc_includes = dirname( __DIR__, 2 ) . '/includes/';
foreach ( array( 'schema-validator', 'schema-args', 'report-rules', 'sealed', 'idempotency', 'csv', 'client-address', 'areas', 'statistics', 'follow-up' ) as $hrc_part ) {
	require_once $hrc_includes . 'class-hrc-' . $hrc_part . '.php';
}

/**
 * A valid report payload, as <hrc-report-form> sends it.
 */
function hrc_test_report(): array {
	return array(
		'schemaVersion' => 1,
		'locale'        => 'nl',
		'description'   => 'Bij de bakker werd ik niet geholpen.',
		'when'          => array(
			'precision' => 'day',
			'date'      => '2026-03-02',
		),
		'place'         => 'Centrum',
		'domain'        => 'shops-hospitality',
		'grounds'       => array( 'race', 'religion-or-belief' ),
		'groundUnknown' => false,
		'role'          => 'victim',
		'contact'       => array(
			'kind'  => 'contact',
			'name'  => 'A. Person',
			'email' => 'person@example.org',
			'phone' => '',
		),
		'wish'          => 'advice',
		'consent'       => true,
		'sentAt'        => '2026-03-03T10:00:00.000Z',
		'antiAbuse'     => array(
			'honeypot' => '',
			'fillMs'   => 45000,
		),
	);
}
