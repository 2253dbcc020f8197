// Tags and policies are keyed by ARN, not by foreign key (one table serves domains,
// repositories and package groups), so deleting a resource must purge them explicitly.
import type { Kysely, SelectQueryBuilder } from "kysely";
import type { Database } from "../db/schema.js";

export async function purgeArnScopedRows(db: Kysely<Database>, arns: SelectQueryBuilder<Database, any, { arn: string }>): Promise<void> {
  await db.deleteFrom("tags").where("resource_arn", "in", arns).execute();
  await db.deleteFrom("resource_policies").where("resource_arn", "in", arns).execute();
}
