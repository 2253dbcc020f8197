import type { Tag } from "../types.js";
import { chunks } from "./codec.js";
import type { Ctx } from "./context.js";

/** Tags by resource ARN. Deleting a domain, repository or package group purges its tags. */
export interface TagsApi {
  /** Tags of a resource, ordered by key. */
  list(resourceArn: string): Promise<Tag[]>;
  /** Adds tags, overwriting the values of keys that already exist. */
  put(resourceArn: string, tags: readonly Tag[]): Promise<void>;
  /** Removes the given keys; returns how many existed. */
  remove(resourceArn: string, keys: readonly string[]): Promise<number>;
  /** Removes every tag of the resource. */
  clear(resourceArn: string): Promise<number>;
}

export function tagsApi(ctx: Ctx): TagsApi {
  const { db } = ctx;
  return {
    async list(resourceArn) {
      return db.selectFrom("tags").select(["key", "value"]).where("resource_arn", "=", resourceArn).orderBy("key").execute();
    },

    put: (resourceArn, tags) =>
      ctx.atomic(async ({ db: tx }) => {
        // Last value wins when a key repeats in one call, as with a map.
        const byKey = new Map(tags.map((t) => [t.key, t.value]));
        const rows = [...byKey].map(([key, value]) => ({ resource_arn: resourceArn, key, value }));
        for (const batch of chunks(rows, 200)) {
          await tx
            .insertInto("tags")
            .values(batch)
            .onConflict((oc) => oc.columns(["resource_arn", "key"]).doUpdateSet((eb) => ({ value: eb.ref("excluded.value") })))
            .execute();
        }
      }),

    async remove(resourceArn, keys) {
      if (keys.length === 0) return 0;
      const res = await db
        .deleteFrom("tags")
        .where("resource_arn", "=", resourceArn)
        .where("key", "in", [...keys])
        .executeTakeFirst();
      return Number(res.numDeletedRows);
    },

    async clear(resourceArn) {
      const res = await db.deleteFrom("tags").where("resource_arn", "=", resourceArn).executeTakeFirst();
      return Number(res.numDeletedRows);
    },
  };
}
