import { migrateToLatest } from './db/migrations/index.js';
import { openSqliteBackend } from './db/sqlite-backend.js';
import { createStore, type Store, type StoreContextOptions } from './store.js';

export type OpenStoreOptions = StoreContextOptions &
  (
    | { /** Directory for codeartifact.db (created if missing). */ dataDir: string; inMemory?: false }
    | { /** SQLite ':memory:'; nothing touches the disk. */ inMemory: true; dataDir?: undefined }
  ) & {
    /** How long a write waits for another process's lock before failing (default 5000). */
    busyTimeoutMs?: number;
  };

/** Opens (creating if needed) the store and applies pending migrations. */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const backend = openSqliteBackend({
    dataDir: options.inMemory ? undefined : options.dataDir,
    busyTimeoutMs: options.busyTimeoutMs,
  });
  try {
    await migrateToLatest(backend.db, backend.schema);
  } catch (err) {
    await backend.close();
    throw err;
  }
  return createStore(backend, { now: options.now });
}
