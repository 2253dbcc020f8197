import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import type { RepositoryRef } from "../types.js";
import type { Ctx } from "./context.js";
import { domainOfRepository, resolveRepositoryNames } from "./repository-names.js";

export interface UpstreamsApi {
  /** Direct upstreams of a repository, in search order. */
  list(repositoryId: number): Promise<RepositoryRef[]>;
  /**
   * Replaces the upstream list with repositories of the same domain, by name, keeping
   * the given order. Unknown names → StoreReferenceError; duplicates → StoreConflictError.
   */
  set(repositoryId: number, upstreamNames: readonly string[]): Promise<RepositoryRef[]>;
  /** Repositories that list this one as a direct upstream, ordered by name. */
  listDownstream(repositoryId: number): Promise<RepositoryRef[]>;
}

/**
 * The upstream links read from either end: a repository's upstreams in search order, or the
 * repositories that list it as an upstream, by name.
 */
async function linked(db: Kysely<Database>, repositoryId: number, direction: "upstreams" | "downstreams") {
  const upstreams = direction === "upstreams";
  const rows = await db
    .selectFrom("repository_upstreams as u")
    .innerJoin("repositories as r", "r.id", upstreams ? "u.upstream_repository_id" : "u.repository_id")
    .select(["r.id", "r.name"])
    .where(upstreams ? "u.repository_id" : "u.upstream_repository_id", "=", repositoryId)
    .orderBy(upstreams ? "u.position" : "r.name")
    .execute();
  return rows.map((r): RepositoryRef => ({ repositoryId: r.id, repositoryName: r.name }));
}

export function upstreamsApi(ctx: Ctx): UpstreamsApi {
  const { db } = ctx;
  const api: UpstreamsApi = {
    list: (repositoryId) => linked(db, repositoryId, "upstreams"),

    set: (repositoryId, upstreamNames) =>
      ctx.atomic(async (c) => {
        const domainId = await domainOfRepository(c.db, "repository upstreams", repositoryId);
        const ids = await resolveRepositoryNames(c.db, "repository upstreams", domainId, upstreamNames);
        await c.db.deleteFrom("repository_upstreams").where("repository_id", "=", repositoryId).execute();
        if (upstreamNames.length > 0) {
          await c.guard("repository upstream", () =>
            c.db
              .insertInto("repository_upstreams")
              .values(
                upstreamNames.map((name, position) => ({
                  repository_id: repositoryId,
                  position,
                  upstream_repository_id: ids.get(name)!,
                })),
              )
              .execute(),
          );
        }
        return upstreamsApi(c).list(repositoryId);
      }),

    listDownstream: (repositoryId) => linked(db, repositoryId, "downstreams"),
  };
  return api;
}
