// What every resource module gets: a query executor (root database or an open
// transaction), the clock, a way to run several statements atomically, and a way to
// turn driver constraint errors into typed store errors.
import type { Kysely } from "kysely";
import type { SqlBackend } from "../db/backend.js";
import type { Database } from "../db/schema.js";
import { StoreConflictError, StoreReferenceError } from "../errors.js";

export interface Ctx {
  readonly db: Kysely<Database>;
  now(): Date;
  /** Runs fn in a transaction (or a savepoint, when already inside one). */
  atomic<T>(fn: (ctx: Ctx) => Promise<T>): Promise<T>;
  /**
   * Runs op, rethrowing unique/foreign-key violations as StoreConflictError/StoreReferenceError.
   * Callers may catch those and go on in the same transaction, which PostgreSQL allows only
   * when the failed statement ran in a savepoint of its own: the store arranges that.
   */
  guard<T>(entity: string, op: () => Promise<T>): Promise<T>;
}

export function guardWith(backend: Pick<SqlBackend, "classifyError">) {
  return async function guard<T>(entity: string, op: () => Promise<T>): Promise<T> {
    try {
      return await op();
    } catch (err) {
      const kind = backend.classifyError(err);
      if (kind === "unique") throw new StoreConflictError(entity, { cause: err });
      if (kind === "foreign-key") throw new StoreReferenceError(entity, [], { cause: err });
      throw err;
    }
  };
}
