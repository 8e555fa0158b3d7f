<?php
/**
 * The checklist in the admin: the city edits its assessment with <hrc-framework-checklist>, saves it
 * here (validated against the assessment schema) and publishes it for the public checklist block and
 * the badge's progress line (GET hrc/v1/assessment).
 *
 * @package HrcWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Checklist admin.
 */
final class HRC_Admin_Checklist {

	public const PAGE   = 'hrc-widgets-checklist';
	public const OPTION = 'hrc_widgets_assessment';

	/**
	 * Hooks.
	 */
	public static function hooks(): void {
		add_action( 'admin_menu', array( self::class, 'menu' ), 15 );
		add_action( 'admin_post_hrc_widgets_assessment', array( self::class, 'save' ) );
		add_action( 'admin_enqueue_scripts', array( self::class, 'scripts' ) );
	}

	/**
	 * Menu entry.
	 */
	public static function menu(): void {
		add_submenu_page( HRC_Admin_Reports::PAGE, __( 'Human rights city checklist', 'hrc-widgets' ), __( 'Checklist', 'hrc-widgets' ), 'manage_options', self::PAGE, array( self::class, 'page' ) );
	}

	/**
	 * The stored option: the assessment and whether it is published.
	 */
	private static function stored(): array {
		$stored = get_option( self::OPTION, array() );
		return is_array( $stored ) ? $stored : array();
	}

	/**
	 * The published assessment, or null.
	 */
	public static function published(): ?array {
		$stored = self::stored();
		return ! empty( $stored['published'] ) && isset( $stored['assessment'] ) && is_array( $stored['assessment'] ) ? $stored['assessment'] : null;
	}

	/**
	 * Problems with an assessment, as zod-style issues (empty when valid).
	 *
	 * @param mixed $assessment Decoded JSON.
	 */
	public static function validate( $assessment ): array {
		return HRC_Schema_Validator::validate( $assessment, self::schema() );
	}

	/**
	 * The assessment JSON Schema (copied from @hrc/framework at build time).
	 */
	private static function schema(): array {
		return HRC_Schema_Validator::load( HRC_WIDGETS_DIR . 'schema/assessment.schema.json' );
	}

	/**
	 * Loads the element and the page script on this page only.
	 *
	 * @param string $hook Admin page hook.
	 */
	public static function scripts( $hook ): void {
		if ( ! str_ends_with( (string) $hook, self::PAGE ) ) {
			return;
		}
		HRC_Assets::enqueue_element( 'hrc-framework-checklist' );
		wp_enqueue_script( 'hrc-widgets-checklist-admin', HRC_WIDGETS_URL . 'assets/admin-checklist.js', array(), HRC_WIDGETS_VERSION, true );
	}

	/**
	 * The page.
	 */
	public static function page(): void {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		$stored     = self::stored();
		$assessment = $stored['assessment'] ?? array(
			'kind'          => 'hrc-assessment',
			'schemaVersion' => self::schema()['properties']['schemaVersion']['const'] ?? 1,
			'city'          => (string) HRC_Settings::get( 'city' ),
			'elements'      => new stdClass(),
		);
		$json       = wp_json_encode( $assessment, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRETTY_PRINT );
		echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- display only.
		$done = isset( $_GET['hrc-done'] ) ? sanitize_key( $_GET['hrc-done'] ) : '';
		if ( 'saved' === $done ) {
			echo '<div class="notice notice-success"><p>' . esc_html__( 'Assessment saved.', 'hrc-widgets' ) . '</p></div>';
		}
		$problems = get_transient( 'hrc_widgets_assessment_problems_' . get_current_user_id() );
		if ( is_array( $problems ) ) {
			delete_transient( 'hrc_widgets_assessment_problems_' . get_current_user_id() );
			echo '<div class="notice notice-error" role="alert"><p>' . esc_html__( 'The assessment was not saved. Problems found:', 'hrc-widgets' ) . '</p><ul>';
			foreach ( array_slice( $problems, 0, 20 ) as $issue ) {
				echo '<li><code>' . esc_html( '' === $issue['path'] ? '/' : $issue['path'] ) . '</code>: ' . esc_html( $issue['message'] ) . '</li>';
			}
			echo '</ul></div>';
			$json = (string) get_transient( 'hrc_widgets_assessment_draft_' . get_current_user_id() ) ?: $json;
			delete_transient( 'hrc_widgets_assessment_draft_' . get_current_user_id() );
		}
		echo '<p>' . esc_html__( 'Record where the city stands on each of the 20 elements, then save. When published, the checklist block and the badge show it on the site.', 'hrc-widgets' ) . '</p>';
		echo HRC_Render::open( 'hrc-framework-checklist', array( 'lang' => HRC_Render::locale( '' ), 'id' => 'hrc-admin-checklist' ) ) . '</hrc-framework-checklist>'; // phpcs:ignore WordPress.Security.EscapeOutput -- escaped by open().
		echo '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '">';
		wp_nonce_field( 'hrc_widgets_assessment' );
		echo '<input type="hidden" name="action" value="hrc_widgets_assessment" />';
		echo '<details><summary>' . esc_html__( 'Assessment as JSON (to import or copy)', 'hrc-widgets' ) . '</summary>';
		echo '<p><label for="hrc-assessment-json">' . esc_html__( 'Assessment JSON', 'hrc-widgets' ) . '</label></p>';
		echo '<textarea id="hrc-assessment-json" name="assessment" rows="12" class="large-text code">' . esc_textarea( (string) $json ) . '</textarea></details>';
		printf( '<p><label><input type="checkbox" name="published" value="1" %s /> %s</label></p>', checked( ! empty( $stored['published'] ), true, false ), esc_html__( 'Publish on the site', 'hrc-widgets' ) );
		submit_button( __( 'Save assessment', 'hrc-widgets' ) );
		echo '</form></div>';
	}

	/**
	 * Saves the assessment after validating it.
	 */
	public static function save(): void {
		if ( ! current_user_can( 'manage_options' ) ) {
			wp_die( esc_html__( 'You may not change the assessment.', 'hrc-widgets' ), 403 );
		}
		check_admin_referer( 'hrc_widgets_assessment' );
		$raw        = isset( $_POST['assessment'] ) ? (string) wp_unslash( $_POST['assessment'] ) : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- JSON, validated below.
		$assessment = json_decode( $raw, true );
		$issues     = null === $assessment ? array(
			array(
				'path'    => '',
				'code'    => 'invalid_type',
				'message' => __( 'This is not JSON.', 'hrc-widgets' ),
			),
		) : self::validate( $assessment );
		if ( $issues ) {
			set_transient( 'hrc_widgets_assessment_problems_' . get_current_user_id(), $issues, 600 );
			set_transient( 'hrc_widgets_assessment_draft_' . get_current_user_id(), $raw, 600 );
			wp_safe_redirect( admin_url( 'admin.php?page=' . self::PAGE . '&hrc-done=invalid' ) );
			exit;
		}
		update_option(
			self::OPTION,
			array(
				'assessment' => $assessment,
				'published'  => ! empty( $_POST['published'] ),
			),
			false
		);
		wp_safe_redirect( admin_url( 'admin.php?page=' . self::PAGE . '&hrc-done=saved' ) );
		exit;
	}
}
