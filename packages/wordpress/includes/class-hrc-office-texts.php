<?php
/**
 * The words of the "Open sealed reports" screen, for its scripts (assets/office/texts.js turns the ones
 * with %1$s placeholders into functions). The keys are those of @hrc/receiver's office page, whose
 * modules the screen shares.
 *
 * @package HrcWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Texts of the sealed reports screen.
 */
final class HRC_Office_Texts {

	/**
	 * Every text, translated.
	 */
	public static function all(): array {
		return array(
			/* translators: %1$s: key ids, separated by commas */
			'receiverKeys'      => __( 'This site accepts reports sealed to: %1$s.', 'hrc-widgets' ),
			'receiverPlain'     => __( 'This site has no office public keys in its settings: the form sends plain reports.', 'hrc-widgets' ),
			'unlockedList'      => __( 'Unlocked in this tab:', 'hrc-widgets' ),
			'unlockedNone'      => __( 'No key is unlocked: sealed reports stay closed.', 'hrc-widgets' ),
			/* translators: %1$s: key id */
			'unlocked'          => __( 'Key “%1$s” is unlocked in this tab.', 'hrc-widgets' ),
			/* translators: %1$s: key id */
			'alreadyUnlocked'   => __( 'Key “%1$s” is already unlocked.', 'hrc-widgets' ),
			/* translators: %1$s: key id */
			'otherPublicKey'    => __( 'Warning: key “%1$s” is not the public key in this site\'s settings under that id. Reports sealed with the form\'s key cannot be opened with this file.', 'hrc-widgets' ),
			'forgotten'         => __( 'The keys are forgotten. Sealed reports are closed again.', 'hrc-widgets' ),
			'chooseFile'        => __( 'Choose the key file first.', 'hrc-widgets' ),
			'unlocking'         => __( 'Unlocking the key…', 'hrc-widgets' ),
			'notAKeyFile'       => __( 'That file is not an office key file (a JSON file made by hrc-keygen or the office page).', 'hrc-widgets' ),
			/* translators: %1$s: key id */
			'wrongPassphrase'   => __( 'The passphrase does not open key “%1$s” (or the file was changed).', 'hrc-widgets' ),
			'noWebCrypto'       => __( 'This browser cannot open sealed reports: it has no WebCrypto (an old browser, or the admin is not on HTTPS).', 'hrc-widgets' ),
			'passphrasesDiffer' => __( 'The two passphrases differ.', 'hrc-widgets' ),
			'weakPassphrase'    => __( 'The passphrase needs at least 12 characters; five or six random words are best.', 'hrc-widgets' ),
			'making'            => __( 'Making the key…', 'hrc-widgets' ),
			/* translators: %1$s: key id */
			'made'              => __( 'Key “%1$s” is made and unlocked in this tab. Download the key file now, and print the recovery sheet.', 'hrc-widgets' ),
			'copied'            => __( 'The public key is copied.', 'hrc-widgets' ),
			'copyFailed'        => __( 'Copying failed; select the text and copy it by hand.', 'hrc-widgets' ),
			/* translators: %1$s: key id */
			'restored'          => __( 'The key file for “%1$s” is rebuilt. Download it, then unlock it under “Office keys”.', 'hrc-widgets' ),
			/* translators: %1$s: line number */
			'restoreBadLine'    => __( 'Line %1$s does not match its check code: compare it with the sheet.', 'hrc-widgets' ),
			/* translators: %1$s: line number */
			'restoreMissing'    => __( 'Line %1$s is missing.', 'hrc-widgets' ),
			'restoreBroken'     => __( 'The lines check out but do not make a key file: is a line missing at the end?', 'hrc-widgets' ),
			/* translators: %1$s: key id */
			'sheetTitle'        => __( 'Recovery sheet for office key %1$s', 'hrc-widgets' ),
			'sheetOffice'       => __( 'Office', 'hrc-widgets' ),
			'sheetCreated'      => __( 'Made on', 'hrc-widgets' ),
			'sheetThumbprint'   => __( 'Public key thumbprint (SHA-256)', 'hrc-widgets' ),
			'sheetWarning'      => __( 'This sheet is the key file on paper, still encrypted with the passphrase. Alone it opens nothing. Together with the passphrase it opens every report sealed to this key: keep it in a safe place, and the passphrase somewhere else (sheet 2, written by hand). Shred both when the key is retired.', 'hrc-widgets' ),
			'sheetHowTo'        => __( 'To restore: under “Type a key file back in”, type the lines below with their line numbers and check codes. A typing mistake is found on the line where it happened. Then unlock the rebuilt file with the passphrase.', 'hrc-widgets' ),
			'sheetLines'        => __( 'The key file, line by line (number, text, check code)', 'hrc-widgets' ),
			'sheetPassphrase'   => __( 'Passphrase: not on this sheet. Write it by hand on a second sheet, kept elsewhere.', 'hrc-widgets' ),
			'keyId'             => __( 'Key id', 'hrc-widgets' ),
			/* translators: %1$s: key id */
			'locked'            => __( 'This report is sealed to key “%1$s”, which is not unlocked. Unlock that key\'s file above to read it.', 'hrc-widgets' ),
			/* translators: %1$s: key id */
			'tampered'          => __( 'This report cannot be opened with key “%1$s”: it was changed after it was sealed (its content, key id or statistics), or it was sealed to another key with the same id. It is not shown.', 'hrc-widgets' ),
			/* translators: 1: the key id the report carries, 2: the key it was sealed to */
			'relabelled'        => __( 'This report is labelled with key “%1$s” but was sealed to key “%2$s”: it was moved under another key after sealing. It is not shown; treat the stored copy as tampered with.', 'hrc-widgets' ),
			/* translators: %1$s: names of fields */
			'notAReport'        => __( 'The report opened, but what it holds is not a valid report (%1$s). It is not shown.', 'hrc-widgets' ),
			'badEnvelope'       => __( 'This stored report is not a valid sealed envelope. It is not shown.', 'hrc-widgets' ),
			'loading'           => __( 'Loading…', 'hrc-widgets' ),
			/* translators: %1$s: number of reports */
			'loaded'            => __( 'Reports shown: %1$s.', 'hrc-widgets' ),
			'none'              => __( 'No reports yet.', 'hrc-widgets' ),
			/* translators: %1$s: HTTP status */
			'failed'            => __( 'Something went wrong (%1$s). Try again.', 'hrc-widgets' ),
			'reference'         => __( 'Reference', 'hrc-widgets' ),
			'received'          => __( 'Received', 'hrc-widgets' ),
			'statusCol'         => __( 'Status', 'hrc-widgets' ),
			'domain'            => __( 'Area of life', 'hrc-widgets' ),
			'wish'              => __( 'Wish', 'hrc-widgets' ),
			'plainReport'       => __( 'No', 'hrc-widgets' ),
			/* translators: %1$s: key id */
			'sealedLocked'      => __( 'Yes, key %1$s: closed', 'hrc-widgets' ),
			/* translators: %1$s: key id */
			'sealedOpen'        => __( 'Yes, key %1$s: opened', 'hrc-widgets' ),
			'sealedBroken'      => __( 'Yes: cannot be opened', 'hrc-widgets' ),
			'sealedCell'        => __( 'Sealed', 'hrc-widgets' ),
			/* translators: 1: page number, 2: number of pages, 3: number of reports */
			'page'              => __( 'Page %1$s of %2$s (reports: %3$s)', 'hrc-widgets' ),
			'exporting'         => __( 'Preparing the CSV file…', 'hrc-widgets' ),
			'exported'          => __( 'The CSV file is ready in your downloads.', 'hrc-widgets' ),
			/* translators: 1: number of reports, 2: their references */
			'exportPartial'     => __( 'The CSV file is ready in your downloads. Sealed reports that could not be opened and have only their readable fields: %1$s (%2$s).', 'hrc-widgets' ),
			/* translators: %1$s: status */
			'saved'             => __( 'Status saved: %1$s.', 'hrc-widgets' ),
			'replySent'         => __( 'The answer was sent.', 'hrc-widgets' ),
			'replyEmpty'        => __( 'Write the answer first.', 'hrc-widgets' ),
			'replyUnsure'       => __( 'The answer may not have arrived: the connection failed. Press “Send the answer” again; it will not be stored twice.', 'hrc-widgets' ),
			'replyNeedsKey'     => __( 'Unlock the office key first: answers are sent with it, so the resident knows they come from the office.', 'hrc-widgets' ),
			/* translators: %1$s: date and time */
			'fromResident'      => __( 'From the resident, %1$s', 'hrc-widgets' ),
			/* translators: %1$s: date and time */
			'fromOffice'        => __( 'Answer of the office, %1$s', 'hrc-widgets' ),
			'officeSealed'      => __( 'Sealed to the resident’s receipt (sent before answers kept a copy for the office).', 'hrc-widgets' ),
			/* translators: %1$s: key id */
			'messageLocked'     => __( 'Sealed to the key “%1$s”, which is not unlocked in this tab.', 'hrc-widgets' ),
			'messageBroken'     => __( 'This message does not open: it was changed, or moved from another report.', 'hrc-widgets' ),
			'messageFilesBroken' => __( 'The files sent with this message do not match its list: they were changed, added or left out.', 'hrc-widgets' ),
			/* translators: %1$s: the file's number in the message (1 to 3) */
			'messageFileBroken' => __( 'File %1$s cannot be opened: it is not the file this message was sealed with (changed or swapped).', 'hrc-widgets' ),
			'awaitingReply'     => __( 'awaits a reply', 'hrc-widgets' ),
			'anonymous'         => __( 'No, I want to stay anonymous', 'hrc-widgets' ),
			'contactMe'         => __( 'Yes, contact me', 'hrc-widgets' ),
			'unknownGround'     => __( 'I don’t know', 'hrc-widgets' ),
			'evidenceTitle'     => __( 'Files sent with this report', 'hrc-widgets' ),
			'evidenceHelp'      => __( 'The files are sealed like the report. They open here, in this browser, and are saved to your downloads. Images were copied in the resident’s browser without their location and camera details; a PDF is as the resident sent it.', 'hrc-widgets' ),
			'evidenceClosed'    => self::by_count(
				/* translators: %1$s: number of files (1 to 3) */
				static fn( int $n ) => _n( '%1$s sealed file: unlock the key to open it.', '%1$s sealed files: unlock the key to open them.', $n, 'hrc-widgets' )
			),
			/* translators: %1$s: the name the file is saved under */
			'evidenceOpen'      => __( 'Open and save %1$s', 'hrc-widgets' ),
			/* translators: %1$s: the name the file is saved under */
			'evidenceSaved'     => __( '%1$s is opened and saved to your downloads.', 'hrc-widgets' ),
			/* translators: %1$s: the file's number in the report (1 to 3) */
			'evidenceBroken'    => __( 'File %1$s cannot be opened: it is not the file this report was sealed with (changed or swapped).', 'hrc-widgets' ),
			'fields'            => array(
				'description' => __( 'What happened', 'hrc-widgets' ),
				'when'        => __( 'When', 'hrc-widgets' ),
				'place'       => __( 'Where', 'hrc-widgets' ),
				'grounds'     => __( 'Grounds', 'hrc-widgets' ),
				'groundOther' => __( 'Other ground', 'hrc-widgets' ),
				'role'        => __( 'Reported by', 'hrc-widgets' ),
				'organisation' => __( 'Organisation', 'hrc-widgets' ),
				'contact'     => __( 'Contact', 'hrc-widgets' ),
				'name'        => __( 'Name', 'hrc-widgets' ),
				'email'       => __( 'E-mail address', 'hrc-widgets' ),
				'phone'       => __( 'Phone number', 'hrc-widgets' ),
				'language'    => __( 'Contact language', 'hrc-widgets' ),
				'locale'      => __( 'Language of the form', 'hrc-widgets' ),
				'sentAt'      => __( 'Sent', 'hrc-widgets' ),
				'updatedAt'   => __( 'Status changed', 'hrc-widgets' ),
			),
		);
	}

	/**
	 * A text for each number of evidence files a report may have (1 to 3), in the language's plural
	 * forms; texts.js picks the one for the count.
	 *
	 * @param callable $text Gives the text for a number.
	 * @return array<string, string>
	 */
	private static function by_count( callable $text ): array {
		$out = array();
		foreach ( array( 1, 2, 3 ) as $n ) {
			$out[ (string) $n ] = $text( $n );
		}
		return $out;
	}
}
