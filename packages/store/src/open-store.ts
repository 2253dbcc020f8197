import type { SqlBackend } from "./db/backend.js";
import { migrateToLatest } from "./db/migrations/index.js";
import { openPgBackend } from "./db/pg-backend.js";
import { openSqliteBackend } from "./db/sqlite-backend.js";
import { createStore, type Store, type StoreContextOptions } from "./store.js";

export type OpenStoreOptions = StoreContextOptions &
  (
    | { /** Directory for codeartifact.db (created if missing). */ dataDir: string; inMemory?: false; databaseUrl?: undefined }
    | { /** SQLite ':memory:'; nothing touches the disk. */ inMemory: true; dataDir?: undefined; databaseUrl?: undefined }
    | {
        /** postgres://... : the shared-deployment store, for several server instances at once. */
        databaseUrl: string;
        dataDir?: undefined;
        inMemory?: false;
        /** PostgreSQL connection pool size (default 10). */
        poolSize?: number;
      }
  ) & {
    /** SQLite: how long a write waits for another process's lock before failing (default 5000). */
    busyTimeoutMs?: number;
  };

/** Opens (creating if needed) the store and applies pending migrations. */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const backend: SqlBackend =
    options.databaseUrl !== undefined
      ? await openPgBackend({ url: options.databaseUrl, poolSize: options.poolSize })
      : openSqliteBackend({
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
