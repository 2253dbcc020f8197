import type { Ctx } from "./context.js";

/**
 * npm-style dist-tags (tag → version) of one package. Kept in their own table rather
 * than a JSON column so `npm dist-tag add/rm` is a single-row write with no
 * read-modify-write race. Versions are plain strings: a tag may name a version that is
 * not (or no longer) stored, which the service decides how to treat.
 */
export interface DistTagsApi {
  /** All tags of a package, as a tag → version object (keys in tag order). */
  get(packageId: number): Promise<Record<string, string>>;
  set(packageId: number, tag: string, version: string): Promise<void>;
  remove(packageId: number, tag: string): Promise<boolean>;
  /** Replaces every tag of the package. */
  replace(packageId: number, tags: Record<string, string>): Promise<void>;
}

export function distTagsApi(ctx: Ctx): DistTagsApi {
  const { db } = ctx;
  return {
    async get(packageId) {
      const rows = await db.selectFrom("package_dist_tags").select(["tag", "version"]).where("package_id", "=", packageId).orderBy("tag").execute();
      return Object.fromEntries(rows.map((r) => [r.tag, r.version]));
    },

    async set(packageId, tag, version) {
      await ctx.guard("dist-tag", () =>
        db
          .insertInto("package_dist_tags")
          .values({ package_id: packageId, tag, version })
          .onConflict((oc) => oc.columns(["package_id", "tag"]).doUpdateSet({ version }))
          .execute(),
      );
    },

    async remove(packageId, tag) {
      const res = await db.deleteFrom("package_dist_tags").where("package_id", "=", packageId).where("tag", "=", tag).executeTakeFirst();
      return res.numDeletedRows > 0n;
    },

    replace: (packageId, tags) =>
      ctx.atomic(async (c) => {
        await c.db.deleteFrom("package_dist_tags").where("package_id", "=", packageId).execute();
        const rows = Object.entries(tags).map(([tag, version]) => ({ package_id: packageId, tag, version }));
        if (rows.length > 0) await c.guard("dist-tag", () => c.db.insertInto("package_dist_tags").values(rows).execute());
      }),
  };
}
