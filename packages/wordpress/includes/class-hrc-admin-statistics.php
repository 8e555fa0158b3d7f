<?php
/**
 * "Statistics": the admin screen where the office publishes a period of the counts (docs/statistics.md).
 * The screen's script (assets/statistics/statistics.js, bundled from admin-src/statistics.js with
 * `@hrc/framework/statistics`, the receiver's own code) fetches the counters, works out in the browser
 * what the period's publication shows and hides, previews it, and posts it; WordPress checks it against
 * the counters (HRC_Statistics::check_period()) before storing it, once.
 *
 * @package HrcWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The statistics screen.
 */
final class HRC_Admin_Statistics {

	public const PAGE = 'hrc-widgets-statistics';

	/**
	 * Hooks.
	 */
	public static function hooks(): void {
		add_action( 'admin_menu', array( self::class, 'menu' ), 16 );
		add_action( 'admin_enqueue_scripts', array( self::class, 'enqueue' ) );
	}

	/**
	 * Under the plugin's menu.
	 */
	public static function menu(): void {
		add_submenu_page( HRC_Admin_Reports::PAGE, __( 'Statistics of reports', 'hrc-widgets' ), __( 'Statistics', 'hrc-widgets' ), HRC_Admin_Reports::capability(), self::PAGE, array( self::class, 'page' ) );
	}

	/**
	 * The screen's script, on the screen alone.
	 *
	 * @param string $hook Screen hook.
	 */
	public static function enqueue( $hook ): void {
		if ( ! str_ends_with( (string) $hook, self::PAGE ) || ! current_user_can( HRC_Admin_Reports::capability() ) ) {
			return;
		}
		HRC_Assets::enqueue_module( 'hrc-widgets-statistics', HRC_WIDGETS_URL . 'assets/statistics/statistics.js' );
	}

	/**
	 * The words of the screen's script, in the admin's language. `%1$s`, `%2$s` … are filled in there.
	 */
	private static function texts(): array {
		return array(
			/* translators: %1$s: threshold */
			'help'         => __( 'Each accepted report adds to counters by month, ground and area of life, which stay when reports are deleted. When a period is over, publish it: anyone can then read its counts, with every count under %1$s shown as “fewer than %1$s” and some others withheld so that the small ones cannot be worked out. A period is published once and never changes.', 'hrc-widgets' ),
			'from'         => __( 'First month', 'hrc-widgets' ),
			'to'           => __( 'Last month', 'hrc-widgets' ),
			'preview'      => __( 'Show what will be published', 'hrc-widgets' ),
			'publish'      => __( 'Publish this period', 'hrc-widgets' ),
			'working'      => __( 'Working out the counts… This can take a few seconds.', 'hrc-widgets' ),
			'monthsNeeded' => __( 'Choose the first and the last month of a period that is over.', 'hrc-widgets' ),
			/* translators: %1$s: first month, %2$s: last month */
			'overlaps'     => __( 'This period overlaps the published period %1$s to %2$s. Choose months outside it.', 'hrc-widgets' ),
			/* translators: %1$s: first month, %2$s: last month */
			'previewTitle' => __( 'What will be published for %1$s to %2$s', 'hrc-widgets' ),
			'withheld'     => __( 'This period would be published without any counts: its reports are too few, or too spread out, to show a count without the risk of pointing at someone.', 'hrc-widgets' ),
			/* translators: %1$s: number of reports */
			'total'        => __( 'Reports in the period: %1$s.', 'hrc-widgets' ),
			/* translators: %1$s: counts under the threshold, %2$s: threshold, %3$s: counts withheld */
			'hidden'       => __( 'Counts shown as “fewer than %2$s”: %1$s. Withheld as “at least %2$s” so that the small ones cannot be worked out: %3$s.', 'hrc-widgets' ),
			'months'       => __( 'Reports per month, as they will be published', 'hrc-widgets' ),
			'domains'      => __( 'Areas of life, as they will be published', 'hrc-widgets' ),
			'grounds'      => __( 'Grounds, as they will be published', 'hrc-widgets' ),
			'month'        => __( 'Month', 'hrc-widgets' ),
			'domain'       => __( 'Area of life', 'hrc-widgets' ),
			'ground'       => __( 'Ground', 'hrc-widgets' ),
			'count'        => __( 'Published count', 'hrc-widgets' ),
			/* translators: %1$s: threshold */
			'fewer'        => __( 'fewer than %1$s', 'hrc-widgets' ),
			/* translators: %1$s: threshold */
			'atLeast'      => __( 'at least %1$s (withheld)', 'hrc-widgets' ),
			'warning'      => __( 'Publishing cannot be undone: the period is published once, exactly as shown above, and stays public.', 'hrc-widgets' ),
			'published'    => __( 'Published periods', 'hrc-widgets' ),
			'none'         => __( 'No period has been published yet.', 'hrc-widgets' ),
			/* translators: %1$s: first month, %2$s: last month, %3$s: date of publication */
			'item'         => __( '%1$s to %2$s, published on %3$s', 'hrc-widgets' ),
			/* translators: %1$s: first month, %2$s: last month */
			'publishedNow' => __( 'Published: %1$s to %2$s.', 'hrc-widgets' ),
			/* translators: %1$s: HTTP status */
			'failed'       => __( 'That did not work (HTTP %1$s).', 'hrc-widgets' ),
			'areas'        => __( 'Parts of the city, as they will be published', 'hrc-widgets' ),
			'area'         => __( 'Part of the city', 'hrc-widgets' ),
			'unspecified'  => __( 'Not given', 'hrc-widgets' ),
			'noAreas'      => __( 'The parts of the city are left out of this period: their table would let a small count be worked out.', 'hrc-widgets' ),
			'other'        => __( 'A ground in their own words', 'hrc-widgets' ),
			'unknown'      => __( 'Ground not known', 'hrc-widgets' ),
		);
	}

	/**
	 * JSON for a script element of type application/json: safe inside HTML.
	 *
	 * @param mixed $value Value.
	 */
	private static function json( $value ): string {
		return (string) wp_json_encode( $value, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE );
	}

	/**
	 * Grounds and areas of life by id, in the kit's content language of the admin.
	 */
	private static function labels(): array {
		$content = HRC_Render::content( HRC_Report_View::content_locale() );
		$out     = array();
		foreach ( array( 'domains', 'grounds' ) as $list ) {
			$out[ $list ] = array();
			foreach ( $content[ $list ] ?? array() as $item ) {
				$out[ $list ][ (string) $item['id'] ] = (string) $item['label'];
			}
		}
		return $out;
	}

	/**
	 * The screen: the periods published, a period to choose, the preview and the button to publish.
	 */
	public static function page(): void {
		if ( ! current_user_can( HRC_Admin_Reports::capability() ) ) {
			return;
		}
		$config = array(
			'counters' => rest_url( HRC_Rest::NS . '/statistics/counters' ),
			'periods'  => rest_url( HRC_Rest::NS . '/statistics/periods' ),
			'nonce'    => wp_create_nonce( 'wp_rest' ),
			'labels'   => self::labels(),
			'texts'    => self::texts(),
		);
		echo '<div class="wrap hrc-statistics"><h1 id="hrc-stats-title" tabindex="-1">' . esc_html__( 'Statistics of reports', 'hrc-widgets' ) . '</h1>';
		echo '<script type="application/json" id="hrc-stats-config">' . self::json( $config ) . '</script>'; // phpcs:ignore WordPress.Security.EscapeOutput -- JSON with every HTML character escaped.
		printf(
			'<p id="hrc-stats-help"></p><p>%s <a href="%s">JSON</a> · <a href="%s">CSV</a></p>',
			esc_html__( 'The published statistics:', 'hrc-widgets' ),
			esc_url( HRC_Statistics::file_url() ),
			esc_url( HRC_Statistics::file_url( 'csv' ) )
		);
		echo '<h2>' . esc_html__( 'Published periods', 'hrc-widgets' ) . '</h2><p id="hrc-stats-none" hidden>' . esc_html__( 'No period has been published yet.', 'hrc-widgets' ) . '</p><ul id="hrc-stats-published"></ul>';
		echo '<h2>' . esc_html__( 'Publish a period', 'hrc-widgets' ) . '</h2>';
		echo '<form id="hrc-stats-form"><p><label for="hrc-stats-from">' . esc_html__( 'First month', 'hrc-widgets' ) . '</label> <input type="month" id="hrc-stats-from" required pattern="\d{4}-\d{2}" placeholder="2025-01"> ';
		echo '<label for="hrc-stats-to">' . esc_html__( 'Last month', 'hrc-widgets' ) . '</label> <input type="month" id="hrc-stats-to" required pattern="\d{4}-\d{2}" placeholder="2025-12"> ';
		echo '<button type="submit" class="button" id="hrc-stats-preview">' . esc_html__( 'Show what will be published', 'hrc-widgets' ) . '</button></p></form>';
		echo '<p id="hrc-stats-status" role="status" aria-live="polite"></p><div id="hrc-stats-result" hidden></div>';
		echo '<div id="hrc-stats-publish-box" hidden><p>' . esc_html__( 'Publishing cannot be undone: the period is published once, exactly as shown above, and stays public.', 'hrc-widgets' ) . '</p><p><button type="button" class="button button-primary" id="hrc-stats-publish">' . esc_html__( 'Publish this period', 'hrc-widgets' ) . '</button></p></div>';
		echo '</div>';
	}
}
