// The seam between portable store code and one SQL engine. Everything engine-specific
// (driver, connection settings, identity columns, collation, constraint error codes, locking,
// change notification) lives behind this interface: ./sqlite-backend.ts and ./pg-backend.ts.
import type { ColumnDataType, CreateTableBuilder, Expression, Kysely } from "kysely";
import type { Database } from "./schema.js";

export type ConstraintViolation = "unique" | "foreign-key";

export interface SchemaHelpers {
  /** Adds the surrogate `id` primary key (SQLite: INTEGER AUTOINCREMENT; PostgreSQL: an identity column). */
  addIdColumn<TB extends string>(table: CreateTableBuilder<TB, never>): CreateTableBuilder<TB, "id">;
  /** Text that compares and sorts byte-wise (SQLite's default; `collate "C"` on PostgreSQL), so keyset cursors agree. */
  readonly text: ColumnDataType | Expression<unknown>;
  /** Makes writes to these tables known to every other server on the same database (no-op where a file lock says it). */
  announceChanges(db: Kysely<any>, tables: readonly string[]): Promise<void>;
}

export interface SqlBackend {
  readonly kind: "sqlite" | "postgres";
  /** File path, ':memory:', or the PostgreSQL URL without its password. */
  readonly location: string;
  readonly db: Kysely<Database>;
  readonly schema: SchemaHelpers;
  /** True when a failed statement aborts the whole transaction (PostgreSQL), false when only that statement fails. */
  readonly failedStatementAbortsTransaction: boolean;
  /** Maps a driver error to the integrity rule it broke, if any. */
  classifyError(err: unknown): ConstraintViolation | undefined;
  /** Differs from every earlier value once anything was written, by this process or another. */
  changeToken(): string;
  /** Resolves when the database answers; rejects with the driver's error otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
