/**
 * The statistics tables (docs/statistics.md), a migration of their own in each store. Counters only
 * grow: retention and deletion of reports leave them alone, and the database refuses an update that
 * lowers one or a delete. A published period is kept as it was published: no update, no delete.
 */

export const SQLITE_STATISTICS_MIGRATION = `
  CREATE TABLE statistics_counters (
    month TEXT NOT NULL,
    dimension TEXT NOT NULL,
    key TEXT NOT NULL,
    count INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (month, dimension, key)
  ) STRICT, WITHOUT ROWID;
  CREATE TABLE statistics_periods (
    from_month TEXT NOT NULL PRIMARY KEY,
    to_month TEXT NOT NULL CHECK (to_month >= from_month),
    body TEXT NOT NULL
  ) STRICT;
  CREATE TRIGGER statistics_counters_only_grow BEFORE UPDATE ON statistics_counters
    WHEN NEW.count < OLD.count OR NEW.month <> OLD.month OR NEW.dimension <> OLD.dimension OR NEW.key <> OLD.key
    BEGIN SELECT RAISE(ABORT, 'statistics counters only grow'); END;
  CREATE TRIGGER statistics_counters_kept BEFORE DELETE ON statistics_counters
    BEGIN SELECT RAISE(ABORT, 'statistics counters are kept when reports are deleted'); END;
  CREATE TRIGGER statistics_periods_unchanged BEFORE UPDATE ON statistics_periods
    BEGIN SELECT RAISE(ABORT, 'a published period is kept as it was published'); END;
  CREATE TRIGGER statistics_periods_kept BEFORE DELETE ON statistics_periods
    BEGIN SELECT RAISE(ABORT, 'a published period is kept as it was published'); END;`;

export const POSTGRES_STATISTICS_MIGRATION = `
  CREATE TABLE statistics_counters (
    month text NOT NULL,
    dimension text NOT NULL,
    key text NOT NULL,
    count integer NOT NULL CHECK (count > 0),
    PRIMARY KEY (month, dimension, key)
  );
  CREATE TABLE statistics_periods (
    from_month text PRIMARY KEY,
    to_month text NOT NULL CHECK (to_month >= from_month),
    body text NOT NULL
  );
  CREATE FUNCTION statistics_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$;
  CREATE TRIGGER statistics_counters_only_grow BEFORE UPDATE ON statistics_counters FOR EACH ROW
    WHEN (NEW.count < OLD.count OR NEW.month <> OLD.month OR NEW.dimension <> OLD.dimension OR NEW.key <> OLD.key)
    EXECUTE FUNCTION statistics_refuse('statistics counters only grow');
  CREATE TRIGGER statistics_counters_kept BEFORE DELETE ON statistics_counters FOR EACH ROW
    EXECUTE FUNCTION statistics_refuse('statistics counters are kept when reports are deleted');
  CREATE TRIGGER statistics_periods_kept BEFORE UPDATE OR DELETE ON statistics_periods FOR EACH ROW
    EXECUTE FUNCTION statistics_refuse('a published period is kept as it was published');`;

/** Counter keys in one order, so concurrent reports take the rows' locks in the same order. */
export function sortedKeys<K extends { month: string; dimension: string; key: string }>(
  keys: readonly K[],
): K[] {
  const id = (k: K) => `${k.month}\u0000${k.dimension}\u0000${k.key}`;
  return [...keys].sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
}
