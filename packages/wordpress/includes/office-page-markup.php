<?php
/**
 * The markup of the "Open sealed reports" screen (HRC_Office_Page::page()). The element ids are the
 * ones the shared office modules (assets/office/) look for.
 *
 * @package HrcWidgets
 */

defined( 'ABSPATH' ) || exit;
?>
<section id="keys" aria-labelledby="keys-title">
	<h2 id="keys-title"><?php esc_html_e( 'Office keys', 'hrc-widgets' ); ?></h2>
	<p><?php esc_html_e( 'Sealed reports open only here, in this browser, with the office key. Choose the key file and type its passphrase. The key stays in this tab\'s memory, cannot be copied out of it, and is forgotten when you close or reload the page. WordPress never sees it.', 'hrc-widgets' ); ?></p>
	<p id="receiver-keys"></p>
	<p id="key-list-label"></p>
	<ul id="key-list" aria-labelledby="key-list-label" hidden></ul>
	<form id="unlock-form" novalidate>
		<p>
			<label for="key-file"><?php esc_html_e( 'Key file', 'hrc-widgets' ); ?></label><br />
			<input id="key-file" type="file" accept=".json,application/json" />
		</p>
		<p>
			<label for="key-passphrase"><?php esc_html_e( 'Passphrase', 'hrc-widgets' ); ?></label><br />
			<input id="key-passphrase" type="password" class="regular-text" autocomplete="off" spellcheck="false" />
		</p>
		<p><button type="submit" id="unlock" class="button button-primary"><?php esc_html_e( 'Unlock key', 'hrc-widgets' ); ?></button></p>
	</form>
	<p><button type="button" id="forget" class="button" hidden><?php esc_html_e( 'Forget the unlocked keys', 'hrc-widgets' ); ?></button></p>
</section>

<section id="list" aria-labelledby="list-title">
	<h2 id="list-title" tabindex="-1"><?php esc_html_e( 'Reports', 'hrc-widgets' ); ?></h2>
	<p>
		<label for="filter"><?php esc_html_e( 'Status', 'hrc-widgets' ); ?></label>
		<select id="filter">
			<option value=""><?php esc_html_e( 'All', 'hrc-widgets' ); ?></option>
			<?php foreach ( HRC_Admin_Reports::status_labels() as $hrc_status => $hrc_label ) : ?>
				<option value="<?php echo esc_attr( $hrc_status ); ?>"><?php echo esc_html( $hrc_label ); ?></option>
			<?php endforeach; ?>
			<option value="awaiting"><?php esc_html_e( 'Awaiting a reply', 'hrc-widgets' ); ?></option>
		</select>
		<button type="button" id="export" class="button"><?php esc_html_e( 'Export CSV', 'hrc-widgets' ); ?></button>
	</p>
	<table class="widefat striped">
		<caption class="screen-reader-text"><?php esc_html_e( 'Reports, newest first', 'hrc-widgets' ); ?></caption>
		<thead>
			<tr>
				<th scope="col"><?php esc_html_e( 'Reference', 'hrc-widgets' ); ?></th>
				<th scope="col"><?php esc_html_e( 'Received', 'hrc-widgets' ); ?></th>
				<th scope="col"><?php esc_html_e( 'Status', 'hrc-widgets' ); ?></th>
				<th scope="col"><?php esc_html_e( 'Area of life', 'hrc-widgets' ); ?></th>
				<th scope="col"><?php esc_html_e( 'Wish', 'hrc-widgets' ); ?></th>
				<th scope="col"><?php esc_html_e( 'Sealed', 'hrc-widgets' ); ?></th>
			</tr>
		</thead>
		<tbody id="rows"></tbody>
	</table>
	<nav class="hrc-pager" aria-label="<?php esc_attr_e( 'Pages', 'hrc-widgets' ); ?>">
		<button type="button" id="prev" class="button"><?php esc_html_e( 'Previous page', 'hrc-widgets' ); ?></button>
		<span id="page"></span>
		<button type="button" id="next" class="button"><?php esc_html_e( 'Next page', 'hrc-widgets' ); ?></button>
	</nav>
</section>

<section id="detail" hidden aria-labelledby="detail-title">
	<h2 id="detail-title" tabindex="-1"></h2>
	<p id="detail-problem" class="notice notice-error inline" hidden></p>
	<dl id="fields"></dl>
	<div id="evidence" hidden></div>
	<section id="conversation" hidden aria-labelledby="conversation-title">
		<h3 id="conversation-title"><?php esc_html_e( 'Conversation with the resident', 'hrc-widgets' ); ?></h3>
		<p><?php esc_html_e( 'The resident kept a receipt when sending this report and reads your answers with it. Their messages open here with the office key. Your answers are sealed to their receipt and sent with the office key, so the resident\'s page can tell they come from the office; a copy sealed to the office key lets you read them here again.', 'hrc-widgets' ); ?></p>
		<ol id="messages" class="hrc-messages"></ol>
		<p id="no-messages"><?php esc_html_e( 'No messages yet.', 'hrc-widgets' ); ?></p>
		<form id="reply-form" novalidate>
			<p>
				<label for="reply"><?php esc_html_e( 'Answer to the resident', 'hrc-widgets' ); ?></label><br />
				<span id="reply-hint" class="description"><?php esc_html_e( 'Sealed in this browser to the resident’s receipt and sent with the unlocked office key. Do not ask for more personal details than the case needs.', 'hrc-widgets' ); ?></span><br />
				<textarea id="reply" rows="5" class="large-text" aria-describedby="reply-hint"></textarea>
			</p>
			<p><button type="submit" class="button button-primary"><?php esc_html_e( 'Send the answer', 'hrc-widgets' ); ?></button></p>
		</form>
	</section>
	<form id="status-form" novalidate>
		<p>
			<label for="new-status"><?php esc_html_e( 'Status', 'hrc-widgets' ); ?></label>
			<select id="new-status">
				<?php foreach ( HRC_Admin_Reports::status_labels() as $hrc_status => $hrc_label ) : ?>
					<option value="<?php echo esc_attr( $hrc_status ); ?>"><?php echo esc_html( $hrc_label ); ?></option>
				<?php endforeach; ?>
			</select>
			<button type="submit" class="button button-primary"><?php esc_html_e( 'Save status', 'hrc-widgets' ); ?></button>
		</p>
	</form>
	<p><button type="button" id="back" class="button"><?php esc_html_e( 'Back to the reports', 'hrc-widgets' ); ?></button></p>
</section>

<details id="make-key">
	<summary><?php esc_html_e( 'Make a new office key', 'hrc-widgets' ); ?></summary>
	<p class="hrc-warning"><?php esc_html_e( 'A lost key means lost reports. Reports sealed to this key can be opened only with its key file and passphrase. Nobody can recover them without both: not the office, not the host, not the makers of this software. Keep two copies of the file, print the recovery sheet, and keep the passphrase apart from the file.', 'hrc-widgets' ); ?></p>
	<p><?php esc_html_e( 'The key is made in this browser. The private key leaves it only in the key file, encrypted with the passphrase. Paste the public key into the settings ("Office public keys").', 'hrc-widgets' ); ?></p>
	<form id="make-form" novalidate>
		<p>
			<label for="office-name"><?php esc_html_e( 'Office name (for the recovery sheet)', 'hrc-widgets' ); ?></label><br />
			<input id="office-name" type="text" class="regular-text" autocomplete="organization" value="<?php echo esc_attr( (string) HRC_Settings::get( 'office_name' ) ); ?>" />
		</p>
		<p>
			<label for="new-passphrase"><?php esc_html_e( 'Passphrase (12 characters or more; five or six random words are best)', 'hrc-widgets' ); ?></label><br />
			<input id="new-passphrase" type="password" class="regular-text" autocomplete="new-password" spellcheck="false" />
		</p>
		<p>
			<label for="new-passphrase-again"><?php esc_html_e( 'Passphrase again', 'hrc-widgets' ); ?></label><br />
			<input id="new-passphrase-again" type="password" class="regular-text" autocomplete="new-password" spellcheck="false" />
		</p>
		<p><button type="submit" id="make" class="button button-primary"><?php esc_html_e( 'Make the key', 'hrc-widgets' ); ?></button></p>
	</form>
	<section id="made" hidden aria-labelledby="made-title">
		<h3 id="made-title" tabindex="-1"><?php esc_html_e( 'The new key', 'hrc-widgets' ); ?></h3>
		<p class="hrc-warning"><?php esc_html_e( 'A lost key means lost reports: download the key file now, keep a second copy offline, and print the recovery sheet.', 'hrc-widgets' ); ?></p>
		<p><button type="button" id="download-key" class="button button-primary"><?php esc_html_e( 'Download the key file', 'hrc-widgets' ); ?></button></p>
		<p>
			<label for="public-jwk"><?php esc_html_e( 'Public key, for the settings ("Office public keys")', 'hrc-widgets' ); ?></label><br />
			<textarea id="public-jwk" rows="4" class="large-text code" readonly spellcheck="false"></textarea>
		</p>
		<p>
			<button type="button" id="copy-jwk" class="button"><?php esc_html_e( 'Copy the public key', 'hrc-widgets' ); ?></button>
			<button type="button" id="print-sheet" class="button"><?php esc_html_e( 'Print the recovery sheet', 'hrc-widgets' ); ?></button>
		</p>
	</section>
</details>

<details id="restore-key">
	<summary><?php esc_html_e( 'Type a key file back in from its recovery sheet', 'hrc-widgets' ); ?></summary>
	<form id="restore-form" novalidate>
		<p>
			<label for="restore-lines"><?php esc_html_e( 'Lines of the sheet (number, text and check code, one line each)', 'hrc-widgets' ); ?></label><br />
			<textarea id="restore-lines" rows="8" class="large-text code" spellcheck="false" autocomplete="off"></textarea>
		</p>
		<p><button type="submit" class="button"><?php esc_html_e( 'Check the lines and rebuild the key file', 'hrc-widgets' ); ?></button></p>
	</form>
	<p id="restored" hidden><button type="button" id="download-restored" class="button"><?php esc_html_e( 'Download the rebuilt key file', 'hrc-widgets' ); ?></button></p>
</details>

<section id="sheet" class="hrc-sheet" hidden></section>
