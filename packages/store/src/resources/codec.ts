// Row <-> record conversions shared by the resource modules, plus the portable
// prefix filter and a row count.
import { sql, type Expression, type ExpressionBuilder, type SelectQueryBuilder, type SqlBool } from "kysely";
import type { JsonValue } from "../types.js";

export const toIso = (d: Date): string => d.toISOString();
export const fromIso = (s: string): Date => new Date(s);
export const fromIsoOpt = (s: string | null): Date | undefined => (s === null ? undefined : new Date(s));

export const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

/** undefined → leave column unchanged; null → clear it. */
export function patchValue<T, R>(v: T | null | undefined, encode: (v: T) => R): R | null | undefined {
  if (v === undefined) return undefined;
  return v === null ? null : encode(v);
}

export const encodeJson = (v: unknown): string => JSON.stringify(v);
export const decodeJson = <T = JsonValue>(s: string | null): T | undefined => (s === null ? undefined : (JSON.parse(s) as T));

/** COUNT/SUM come back as number (SQLite) or string/bigint (other drivers). */
export const toNumber = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

/**
 * Case-sensitive "starts with" that means the same on every engine: LIKE is
 * case-insensitive in SQLite and needs escaping; substr equality needs neither.
 * Length is counted in code points, as SQL engines count characters.
 */
export function startsWith(eb: ExpressionBuilder<any, any>, column: string, prefix: string): Expression<SqlBool> {
  return eb(eb.fn("substr", [sql.ref(column), sql.lit(1), eb.val([...prefix].length)]), "=", prefix);
}

/** Keeps multi-row inserts under engines' bound-parameter limits. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Drops undefined entries so Kysely's `set` leaves those columns alone. */
export function definedOnly<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Turns a row-to-record mapping into one for lookups that may find nothing. */
export const mapFound =
  <Row, R>(toRecord: (row: Row) => R) =>
  async (lookup: Promise<Row | undefined>): Promise<R | undefined> => {
    const row = await lookup;
    return row === undefined ? undefined : toRecord(row);
  };

/** How many rows a query matches. */
export async function countRows<DB, TB extends keyof DB>(query: SelectQueryBuilder<DB, TB, object>): Promise<number> {
  const row = await query.select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
  // Kysely cannot resolve the selected column's name for a generic table set.
  return toNumber((row as { n: unknown }).n);
}
