// The seam between portable store code and one SQL engine. Everything engine-specific
// (driver, connection pragmas, identity columns, constraint error codes) lives behind
// this interface; the only implementation today is ./sqlite-backend.ts.
import type { CreateTableBuilder, Kysely } from 'kysely';
import type { Database } from './schema.js';

export type ConstraintViolation = 'unique' | 'foreign-key';

export interface SchemaHelpers {
  /** Adds the surrogate `id` primary key (SQLite: INTEGER AUTOINCREMENT; PostgreSQL would use an identity column). */
  addIdColumn<TB extends string>(table: CreateTableBuilder<TB, never>): CreateTableBuilder<TB, 'id'>;
}

export interface SqlBackend {
  readonly kind: 'sqlite';
  /** File path, or ':memory:'. */
  readonly location: string;
  readonly db: Kysely<Database>;
  readonly schema: SchemaHelpers;
  /** Maps a driver error to the integrity rule it broke, if any. */
  classifyError(err: unknown): ConstraintViolation | undefined;
  /** Differs from every earlier value once anything was written, by this process or another. */
  changeToken(): string;
  close(): Promise<void>;
}
