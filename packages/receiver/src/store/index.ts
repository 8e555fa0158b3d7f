import { PostgresStore } from './postgres.js';
import { SqliteStore } from './sqlite.js';
import type { Store } from './types.js';

export * from './types.js';
export { PostgresStore, SqliteStore };

/**
 * Opens the store a location names: a `postgres://` or `postgresql://` URL opens PostgreSQL, anything
 * else is a SQLite file path. The schema is migrated before the store is returned.
 */
export async function openStore(location: string): Promise<Store> {
  const store = /^postgres(ql)?:\/\//.test(location)
    ? new PostgresStore(location)
    : new SqliteStore(location);
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
