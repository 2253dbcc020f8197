import { paginate } from "../pagination.js";
import type { Page, PageRequest, PackageGroupOriginRestrictionType as RestrictionType, RepositoryRef } from "../types.js";
import { countRows } from "./codec.js";
import type { Ctx } from "./context.js";
import { resolveRepositoryNames } from "./repository-names.js";
import { StoreReferenceError } from "../errors.js";

/** Per-restriction-type allow lists of a package group (ALLOW_SPECIFIC_REPOSITORIES). */
export interface GroupAllowedRepositoriesApi {
  /** Allowed repositories for one restriction type, ordered by repository name. */
  list(groupId: number, type: RestrictionType, page: PageRequest): Promise<Page<RepositoryRef>>;
  /** Adds repositories of the group's domain by name; already-listed ones are kept. */
  add(groupId: number, type: RestrictionType, repositoryNames: readonly string[]): Promise<void>;
  /** Removes repositories by name; returns how many were listed. */
  remove(groupId: number, type: RestrictionType, repositoryNames: readonly string[]): Promise<number>;
  has(groupId: number, type: RestrictionType, repositoryId: number): Promise<boolean>;
  /** PackageGroupOriginRestriction.repositoriesCount. */
  count(groupId: number, type: RestrictionType): Promise<number>;
}

export function groupAllowedRepositoriesApi(ctx: Ctx): GroupAllowedRepositoriesApi {
  const { db } = ctx;
  return {
    list: (groupId, type, page) =>
      paginate(
        db
          .selectFrom("package_group_allowed_repositories as a")
          .innerJoin("repositories as r", "r.id", "a.repository_id")
          .select(["r.id", "r.name"])
          .where("a.group_id", "=", groupId)
          .where("a.restriction_type", "=", type),
        "group-allowed-repositories",
        [{ ref: "r.name", get: (r) => r.name }],
        page,
        (r) => ({ repositoryId: r.id, repositoryName: r.name }),
      ),

    add: (groupId, type, repositoryNames) =>
      ctx.atomic(async (c) => {
        const group = await c.db.selectFrom("package_groups").select("domain_id").where("id", "=", groupId).executeTakeFirst();
        if (!group) throw new StoreReferenceError("package group allowed repository", [`package group #${groupId}`]);
        const ids = await resolveRepositoryNames(c.db, "package group allowed repository", group.domain_id, repositoryNames);
        if (ids.size === 0) return;
        await c.db
          .insertInto("package_group_allowed_repositories")
          .values([...ids.values()].map((repository_id) => ({ group_id: groupId, restriction_type: type, repository_id })))
          .onConflict((oc) => oc.columns(["group_id", "restriction_type", "repository_id"]).doNothing())
          .execute();
      }),

    async remove(groupId, type, repositoryNames) {
      if (repositoryNames.length === 0) return 0;
      const res = await db
        .deleteFrom("package_group_allowed_repositories")
        .where("group_id", "=", groupId)
        .where("restriction_type", "=", type)
        .where("repository_id", "in", (eb) =>
          eb
            .selectFrom("repositories")
            .select("id")
            .where("name", "in", [...repositoryNames]),
        )
        .executeTakeFirst();
      return Number(res.numDeletedRows);
    },

    async has(groupId, type, repositoryId) {
      const row = await db
        .selectFrom("package_group_allowed_repositories")
        .select("group_id")
        .where("group_id", "=", groupId)
        .where("restriction_type", "=", type)
        .where("repository_id", "=", repositoryId)
        .executeTakeFirst();
      return row !== undefined;
    },

    async count(groupId, type) {
      return countRows(db.selectFrom("package_group_allowed_repositories").where("group_id", "=", groupId).where("restriction_type", "=", type));
    },
  };
}
