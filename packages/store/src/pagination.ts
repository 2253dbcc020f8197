// Keyset pagination: order by a unique tuple of columns and continue strictly after the
// last tuple returned. Cursors are opaque base64url JSON tagged with the list they came
// from, so a cursor from another list is rejected instead of silently misread.
import { sql, type Expression, type SelectQueryBuilder } from "kysely";
import { StoreInvalidCursorError } from "./errors.js";
import type { Page, PageRequest } from "./types.js";

type KeyValue = string | number;

export interface SortKey<Row> {
  /** Column reference ("table.column") or expression to order by, ascending. */
  ref: string | Expression<unknown>;
  /** The same value read from a fetched row, for the next cursor. */
  get(row: Row): KeyValue;
}

export function encodeCursor(kind: string, values: KeyValue[]): string {
  return Buffer.from(JSON.stringify({ k: kind, v: values }), "utf8").toString("base64url");
}

export function decodeCursor(kind: string, cursor: string, arity: number): KeyValue[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new StoreInvalidCursorError();
  }
  const { k, v } = (parsed ?? {}) as { k?: unknown; v?: unknown };
  if (k !== kind || !Array.isArray(v) || v.length !== arity || !v.every((x) => typeof x === "string" || typeof x === "number")) {
    throw new StoreInvalidCursorError();
  }
  return v as KeyValue[];
}

export async function paginate<Row, Item>(
  query: SelectQueryBuilder<any, any, Row>,
  kind: string,
  keys: SortKey<Row>[],
  page: PageRequest,
  map: (row: Row) => Item,
): Promise<Page<Item>> {
  if (!Number.isInteger(page.limit) || page.limit < 1) {
    throw new RangeError(`page limit must be a positive integer, got ${page.limit}`);
  }
  const refs = keys.map((k) => (typeof k.ref === "string" ? sql.ref(k.ref) : k.ref));
  let q = query;
  if (page.after !== undefined) {
    const after = decodeCursor(kind, page.after, keys.length);
    // (k1 > v1) OR (k1 = v1 AND k2 > v2) OR ... — the portable spelling of a row-value
    // comparison.
    q = q.where((eb) => eb.or(refs.map((ref, i) => eb.and([...refs.slice(0, i).map((prev, j) => eb(prev, "=", after[j])), eb(ref, ">", after[i])]))));
  }
  for (const ref of refs) q = q.orderBy(ref);
  const rows = await q.limit(page.limit + 1).execute();
  const more = rows.length > page.limit;
  const pageRows = more ? rows.slice(0, page.limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map(map),
    ...(more && last !== undefined
      ? {
          next: encodeCursor(
            kind,
            keys.map((k) => k.get(last)),
          ),
        }
      : {}),
  };
}
