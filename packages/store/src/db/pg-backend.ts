// PostgreSQL via `pg`, for several server instances sharing one database. The single place
// with PostgreSQL-only knowledge.
//
// Behaviour matches the SQLite backend:
// - Transactions take one database-wide advisory lock as they begin, as SQLite's BEGIN
//   IMMEDIATE takes its write lock: read-modify-write sequences (a package's versions and
//   dist-tags, quota counts, upstream lists) run one at a time across every instance, and a
//   killed instance's lock goes with its connection.
// - changeToken() is synchronous. It moves on this process's own writes and commits at once,
//   and on other instances' commits through LISTEN/NOTIFY: statement triggers notify a channel,
//   PostgreSQL delivers the notice when the writer commits, before the writer's client hears of
//   the commit. While the listening connection is down the token changes on every call, so
//   nothing derived from the data is kept on trust.
import pg from "pg";
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  PostgresDriver,
  sql,
  type DatabaseConnection,
  type Driver,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type PostgresDialectConfig,
  type QueryResult,
  type RootOperationNode,
  type TransactionSettings,
  type UnknownRow,
} from "kysely";
import type { ConstraintViolation, SchemaHelpers, SqlBackend } from "./backend.js";
import type { Database } from "./schema.js";

export interface PgBackendOptions {
  /** postgres://user:password@host:port/database (libpq-style parameters are passed through to `pg`). */
  url: string;
  /** Connections in the pool (default 10). */
  poolSize?: number;
  /** How long to wait for a connection before failing (default 5000 ms). */
  connectTimeoutMs?: number;
}

const CHANGE_CHANNEL = "codeartifact_local_changes";
/** Key of the advisory lock every store transaction holds ("caLw"). */
const WRITE_LOCK_KEY = 0x63614c77;
const RECONNECT_MS = 1000;

const schema: SchemaHelpers = {
  addIdColumn: (table) => table.addColumn("id", "integer", (c) => c.primaryKey().generatedByDefaultAsIdentity()),
  text: sql`text collate "C"`,
  async announceChanges(db, tables) {
    await sql`create or replace function codeartifact_local_announce_change() returns trigger language plpgsql as $$
      begin
        perform pg_notify(${sql.lit(CHANGE_CHANNEL)}, '');
        return null;
      end $$`.execute(db);
    for (const table of tables) {
      await sql`create trigger ${sql.id(`${table}_announce_change`)}
        after insert or update or delete or truncate on ${sql.table(table)}
        for each statement execute function codeartifact_local_announce_change()`.execute(db);
    }
  },
};

class LockingPostgresDriver extends PostgresDriver {
  constructor(
    config: PostgresDialectConfig,
    private readonly onTransactionEnd: () => void,
  ) {
    super(config);
  }

  override async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    await super.beginTransaction(connection, settings);
    await connection.executeQuery(CompiledQuery.raw(`select pg_advisory_xact_lock(${WRITE_LOCK_KEY})`));
  }

  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await super.commitTransaction(connection);
    } finally {
      this.onTransactionEnd();
    }
  }

  override async rollbackTransaction(connection: Parameters<PostgresDriver["rollbackTransaction"]>[0]): Promise<void> {
    try {
      await super.rollbackTransaction(connection);
    } finally {
      this.onTransactionEnd();
    }
  }
}

class LockingPostgresDialect extends PostgresDialect {
  constructor(
    private readonly config: PostgresDialectConfig,
    private readonly onTransactionEnd: () => void,
  ) {
    super(config);
  }
  override createDriver(): Driver {
    return new LockingPostgresDriver(this.config, this.onTransactionEnd);
  }
}

// Raw SQL (migrations, health pings) is not counted: the store writes data only through the query builder.
const WRITES = new Set(["InsertQueryNode", "UpdateQueryNode", "DeleteQueryNode", "MergeQueryNode"]);

/** Counts writes once they have run (a count taken before would let a reader cache pre-write data under the new token). */
class WriteCounter implements KyselyPlugin {
  readonly #pending = new WeakSet<object>();
  constructor(private readonly onWrite: () => void) {}
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (WRITES.has(args.node.kind)) this.#pending.add(args.queryId);
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (this.#pending.delete(args.queryId)) this.onWrite();
    return args.result;
  }
}

/** A dedicated connection LISTENing for other instances' commits; reconnects on its own. */
class ChangeListener {
  notices = 0;
  up = false;
  #client: pg.Client | undefined;
  #closed = false;
  #retry: NodeJS.Timeout | undefined;

  /** Backend process ids of this store's own pool connections: their writes are counted locally already. */
  readonly own = new Set<number>();

  constructor(private readonly config: pg.ClientConfig) {}

  async connect(): Promise<void> {
    const client = new pg.Client(this.config);
    client.on("notification", (notice) => {
      if (!this.own.has(notice.processId)) this.notices++;
    });
    client.on("error", () => this.#lost(client));
    client.on("end", () => this.#lost(client));
    await client.connect();
    try {
      await client.query(`listen ${CHANGE_CHANNEL}`);
    } catch (err) {
      await client.end().catch(() => undefined);
      throw err;
    }
    if (this.#closed) {
      await client.end();
      return;
    }
    this.#client = client;
    // Commits made while no one listened went unheard: count the reconnection as a change.
    this.notices++;
    this.up = true;
  }

  #lost(client: pg.Client): void {
    if (this.#client !== client) return;
    this.#client = undefined;
    this.up = false;
    client.end().catch(() => undefined);
    this.#schedule();
  }

  #schedule(): void {
    if (this.#closed || this.#retry) return;
    this.#retry = setTimeout(() => {
      this.#retry = undefined;
      this.connect().catch(() => this.#schedule());
    }, RECONNECT_MS);
    this.#retry.unref();
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#retry);
    const client = this.#client;
    this.#client = undefined;
    this.up = false;
    await client?.end().catch(() => undefined);
  }
}

/** The URL with its password removed, for logs and health reports. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.href;
  } catch {
    return "postgres://(unparsable url)";
  }
}

/** Connects (failing fast when the server is unreachable) and starts listening for changes. */
export async function openPgBackend(options: PgBackendOptions): Promise<SqlBackend> {
  const connection: pg.ClientConfig = {
    connectionString: options.url,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    keepAlive: true,
    application_name: "codeartifact-local",
  };
  const pool = new pg.Pool({ ...connection, max: options.poolSize ?? 10 });
  // An idle connection dropped by the server is replaced on next use; the error itself is not fatal.
  pool.on("error", () => undefined);

  let local = 0;
  let unheard = 0;
  const listener = new ChangeListener(connection);
  const pids = new WeakMap<pg.PoolClient, number>();
  pool.on("connect", (client) => {
    const pid = (client as unknown as { processID: number }).processID;
    pids.set(client, pid);
    listener.own.add(pid);
  });
  pool.on("remove", (client) => {
    const pid = pids.get(client);
    if (pid !== undefined) listener.own.delete(pid);
  });
  const db = new Kysely<Database>({
    dialect: new LockingPostgresDialect({ pool }, () => local++),
    plugins: [new WriteCounter(() => local++)],
  });
  try {
    await listener.connect();
  } catch (err) {
    await db.destroy();
    const reason = String((err as Error)?.message ?? err).split("\n")[0];
    throw new Error(`database ${redactDatabaseUrl(options.url)} is not reachable: ${reason}`, { cause: err });
  }
  return {
    kind: "postgres",
    location: redactDatabaseUrl(options.url),
    db,
    schema,
    failedStatementAbortsTransaction: true,
    classifyError,
    changeToken: () => (listener.up ? `${local}.${listener.notices}` : `unheard.${++unheard}`),
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    async close() {
      await listener.close();
      await db.destroy();
    },
  };
}

function classifyError(err: unknown): ConstraintViolation | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === "23505") return "unique";
  if (code === "23503") return "foreign-key";
  return undefined;
}
