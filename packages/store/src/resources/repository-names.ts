// Upstream lists and package-group allow lists name repositories of the same domain;
// both resolve names to ids here so a typo can never create a dangling link.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import { StoreReferenceError } from "../errors.js";

/** Resolves names within one domain, in input order; throws listing any unknown names. */
export async function resolveRepositoryNames(db: Kysely<Database>, entity: string, domainId: number, names: readonly string[]): Promise<Map<string, number>> {
  const unique = [...new Set(names)];
  const found = new Map<string, number>();
  if (unique.length > 0) {
    const rows = await db.selectFrom("repositories").select(["id", "name"]).where("domain_id", "=", domainId).where("name", "in", unique).execute();
    for (const r of rows) found.set(r.name, r.id);
  }
  const missing = unique.filter((n) => !found.has(n));
  if (missing.length > 0) throw new StoreReferenceError(entity, missing);
  return found;
}

export async function domainOfRepository(db: Kysely<Database>, entity: string, repositoryId: number): Promise<number> {
  const row = await db.selectFrom("repositories").select("domain_id").where("id", "=", repositoryId).executeTakeFirst();
  if (!row) throw new StoreReferenceError(entity, [`repository #${repositoryId}`]);
  return row.domain_id;
}
