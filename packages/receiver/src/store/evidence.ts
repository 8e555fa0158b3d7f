/**
 * Evidence files in the stores: the sealed files a report was sent with, one row each, beside the
 * report (docs/sealed-reports.md, "Evidence files"). They are ciphertext the receiver cannot read. A row
 * belongs to its report (foreign key, ON DELETE CASCADE): whatever deletes the report, retention
 * included, deletes its files in the same statement, so they are kept exactly as long.
 *
 * The tables are added by their own migration, named here, appended to each store's list.
 */

/** Migration of the SQLite store: the table of sealed evidence files. */
export const EVIDENCE_MIGRATION_SQLITE = `CREATE TABLE report_evidence (
     reference TEXT NOT NULL REFERENCES reports (reference) ON DELETE CASCADE,
     position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 2),
     sealed BLOB NOT NULL,
     PRIMARY KEY (reference, position)
   ) STRICT;`;

/** Migration of the PostgreSQL store: the table of sealed evidence files. */
export const EVIDENCE_MIGRATION_POSTGRES = `CREATE TABLE report_evidence (
     reference text NOT NULL REFERENCES reports (reference) ON DELETE CASCADE,
     position smallint NOT NULL CHECK (position BETWEEN 0 AND 2),
     sealed bytea NOT NULL,
     PRIMARY KEY (reference, position)
   );
   -- Ciphertext does not compress: store it out of line without trying.
   ALTER TABLE report_evidence ALTER COLUMN sealed SET STORAGE EXTERNAL;`;

/**
 * Evidence files of the resident's follow-up messages (docs/follow-up.md, "Evidence files"): one row
 * each, beside its message. A message belongs to its report's follow-up, which belongs to the report,
 * each ON DELETE CASCADE: deleting the report (retention, erasure) deletes its messages' files with it.
 */
export const MESSAGE_EVIDENCE_MIGRATION_SQLITE = `CREATE TABLE message_evidence (
     message_id INTEGER NOT NULL REFERENCES follow_up_messages (id) ON DELETE CASCADE,
     position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 2),
     sealed BLOB NOT NULL,
     PRIMARY KEY (message_id, position)
   ) STRICT;`;

export const MESSAGE_EVIDENCE_MIGRATION_POSTGRES = `CREATE TABLE message_evidence (
     message_id bigint NOT NULL REFERENCES follow_up_messages (id) ON DELETE CASCADE,
     position smallint NOT NULL CHECK (position BETWEEN 0 AND 2),
     sealed bytea NOT NULL,
     PRIMARY KEY (message_id, position)
   );
   ALTER TABLE message_evidence ALTER COLUMN sealed SET STORAGE EXTERNAL;`;

/** Whether two lists of sealed files are the same files, in the same order. */
export const sameFiles = (a: readonly Uint8Array[], b: readonly Uint8Array[]) =>
  a.length === b.length && a.every((f, i) => Buffer.from(f).equals(Buffer.from(b[i]!)));
