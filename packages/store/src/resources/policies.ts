import type { Selectable } from "kysely";
import type { ResourcePoliciesTable } from "../db/schema.js";
import type { NewResourcePolicy, ResourcePolicyRecord } from "../types.js";
import { fromIso, mapFound, toIso } from "./codec.js";
import type { Ctx } from "./context.js";

/**
 * Resource policies by ARN. Revisions are supplied by the caller; for a compare-and-set
 * (PutDomainPermissionsPolicy's policyRevision), get and put inside store.transaction.
 */
export interface PoliciesApi {
  get(resourceArn: string): Promise<ResourcePolicyRecord | undefined>;
  /** Inserts or replaces the policy of the resource. */
  put(input: NewResourcePolicy): Promise<ResourcePolicyRecord>;
  /** Returns the deleted policy (the Delete*PermissionsPolicy APIs echo it). */
  delete(resourceArn: string): Promise<ResourcePolicyRecord | undefined>;
}

const toRecord = (r: Selectable<ResourcePoliciesTable>): ResourcePolicyRecord => ({
  resourceArn: r.resource_arn,
  document: r.document,
  revision: r.revision,
  updatedTime: fromIso(r.updated_time),
});

export function policiesApi(ctx: Ctx): PoliciesApi {
  const { db } = ctx;
  const one = mapFound(toRecord);
  return {
    get: (resourceArn) => one(db.selectFrom("resource_policies").selectAll().where("resource_arn", "=", resourceArn).executeTakeFirst()),

    async put(input) {
      const values = {
        resource_arn: input.resourceArn,
        document: input.document,
        revision: input.revision,
        updated_time: toIso(input.updatedTime ?? ctx.now()),
      };
      const row = await db
        .insertInto("resource_policies")
        .values(values)
        .onConflict((oc) =>
          oc.column("resource_arn").doUpdateSet({
            document: values.document,
            revision: values.revision,
            updated_time: values.updated_time,
          }),
        )
        .returningAll()
        .executeTakeFirstOrThrow();
      return toRecord(row);
    },

    delete: (resourceArn) => one(db.deleteFrom("resource_policies").where("resource_arn", "=", resourceArn).returningAll().executeTakeFirst()),
  };
}
