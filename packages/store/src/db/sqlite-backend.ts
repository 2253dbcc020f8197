// SQLite via better-sqlite3. The single place with SQLite-only knowledge.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import {
  CompiledQuery,
  Kysely,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDatabase,
  type SqliteDialectConfig,
} from "kysely";
import type { ConstraintViolation, SchemaHelpers, SqlBackend } from "./backend.js";
import type { Database } from "./schema.js";

export const DATABASE_FILE = "codeartifact.db";

export interface SqliteBackendOptions {
  /** Directory holding codeartifact.db; omitted means an in-memory database. */
  dataDir?: string;
  busyTimeoutMs?: number;
}

const schema: SchemaHelpers = {
  addIdColumn: (table) => table.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement()),
  // SQLite's default BINARY collation already compares UTF-8 bytes.
  text: "text",
  // Other processes see commits through PRAGMA data_version (see changeToken below).
  announceChanges: async () => undefined,
};

// Kysely opens transactions with a deferred BEGIN. In WAL mode a deferred transaction
// that reads first and writes later fails at once with SQLITE_BUSY if another process
// committed in between (the busy timeout does not apply to that upgrade). BEGIN
// IMMEDIATE takes the write lock up front, so concurrent writers queue instead.
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

/** Beyond this many distinct statements the cache starts over (savepoint names are unique SQL). */
const STATEMENT_CACHE_LIMIT = 1000;

/** Transaction control reads as read-only to SQLite, yet commits and rollbacks change what readers see. */
const TRANSACTION_CONTROL = /^\s*(begin|commit|end|rollback|savepoint|release)\b/i;

interface CachedStatement {
  statement: BetterSqlite3.Statement;
  changes: boolean;
}

// Kysely prepares every query anew; preparing is most of a small indexed lookup's cost
// (measured: about 11 µs to prepare and run one, 2 µs from a prepared statement). better-sqlite3
// statements are reusable and the driver runs them one at a time, so each SQL text is prepared once.
// The driver runs a statement synchronously right after preparing it, so counting changing
// statements here counts writes (and transaction ends) before any other query can see them.
function withStatementCache(raw: BetterSqlite3.Database, onChange: () => void): SqliteDatabase {
  const statements = new Map<string, CachedStatement>();
  return {
    close: () => raw.close(),
    prepare(sql) {
      let cached = statements.get(sql);
      if (!cached) {
        if (statements.size >= STATEMENT_CACHE_LIMIT) statements.clear();
        const statement = raw.prepare(sql);
        cached = { statement, changes: !statement.readonly || TRANSACTION_CONTROL.test(sql) };
        statements.set(sql, cached);
      }
      if (cached.changes) onChange();
      return cached.statement;
    },
  };
}

export function openSqliteBackend(options: SqliteBackendOptions): SqlBackend {
  let location = ":memory:";
  if (options.dataDir !== undefined) {
    mkdirSync(options.dataDir, { recursive: true });
    location = join(options.dataDir, DATABASE_FILE);
  }
  const raw = new BetterSqlite3(location);
  try {
    if (location !== ":memory:") {
      // WAL lets readers in other processes proceed while one writer commits;
      // NORMAL sync is durable across process crashes, which is what WAL needs.
      raw.pragma("journal_mode = WAL");
      raw.pragma("synchronous = NORMAL");
    } else {
      // Keep SQLite's temporary tables and sort spills off disk too.
      raw.pragma("temp_store = MEMORY");
    }
    // SQLite ships with foreign keys off; cascades depend on them.
    raw.pragma("foreign_keys = ON");
    raw.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000))}`);
  } catch (err) {
    raw.close();
    throw err;
  }
  // This connection's changes, and other connections' commits (PRAGMA data_version moves then).
  let changes = 0;
  const dataVersion = raw.prepare("pragma data_version").pluck();
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(raw, () => changes++) }) });
  return {
    kind: "sqlite",
    location,
    db,
    schema,
    failedStatementAbortsTransaction: false,
    classifyError,
    changeToken: () => `${changes}.${dataVersion.get() as number}`,
    ping: async () => {
      raw.prepare("select 1").get();
    },
    close: () => db.destroy(),
  };
}

function classifyError(err: unknown): ConstraintViolation | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY") return "unique";
  if (code === "SQLITE_CONSTRAINT_FOREIGNKEY") return "foreign-key";
  return undefined;
}
