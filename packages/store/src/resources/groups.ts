import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import { StoreReferenceError } from "../errors.js";
import { paginate } from "../pagination.js";
import type {
  NewPackageGroup,
  PackageGroupFilter,
  PackageGroupOriginRestrictionMode as Mode,
  PackageGroupPatch,
  PackageGroupRecord,
  Page,
  PageRequest,
} from "../types.js";
import { definedOnly, fromIso, mapFound, opt, startsWith, toIso } from "./codec.js";
import type { Ctx } from "./context.js";
import { purgeArnScopedRows } from "./resource-data.js";

/**
 * Package groups of a domain. The store keeps the parent link the service computes from
 * patterns; it does not match patterns itself. Deleting a group sets its children's
 * parent to none, so the service should call reparentChildren first.
 */
export interface GroupsApi {
  create(input: NewPackageGroup): Promise<PackageGroupRecord>;
  get(domainId: number, pattern: string): Promise<PackageGroupRecord | undefined>;
  getById(id: number): Promise<PackageGroupRecord | undefined>;
  getByArn(arn: string): Promise<PackageGroupRecord | undefined>;
  /** Groups of a domain ordered by pattern; parentId selects direct children only. */
  list(domainId: number, filter: PackageGroupFilter, page: PageRequest): Promise<Page<PackageGroupRecord>>;
  /** Every group of the domain (for building the hierarchy and matching packages). */
  listAll(domainId: number): Promise<PackageGroupRecord[]>;
  update(id: number, patch: PackageGroupPatch): Promise<PackageGroupRecord | undefined>;
  /** Moves every child of one group under another (or to no parent); returns how many moved. */
  reparentChildren(fromParentId: number, toParentId: number | null): Promise<number>;
  /** Removes the group, its allowed-repository lists, tags and policy. */
  delete(id: number): Promise<boolean>;
}

function selectGroups(db: Kysely<Database>) {
  return db
    .selectFrom("package_groups as g")
    .innerJoin("domains as d", "d.id", "g.domain_id")
    .leftJoin("package_groups as pg", "pg.id", "g.parent_id")
    .select([
      "g.id",
      "g.domain_id",
      "g.pattern",
      "g.arn",
      "g.description",
      "g.contact_info",
      "g.parent_id",
      "g.origin_publish_mode",
      "g.origin_external_upstream_mode",
      "g.origin_internal_upstream_mode",
      "g.created_time",
      "d.name as domain_name",
      "d.account as domain_owner",
      "pg.arn as parent_arn",
      "pg.pattern as parent_pattern",
    ]);
}

type GroupRow = Awaited<ReturnType<ReturnType<typeof selectGroups>["executeTakeFirstOrThrow"]>>;

const toRecord = (r: GroupRow): PackageGroupRecord => ({
  id: r.id,
  domainId: r.domain_id,
  domainName: r.domain_name,
  domainOwner: r.domain_owner,
  pattern: r.pattern,
  arn: r.arn,
  description: opt(r.description),
  contactInfo: opt(r.contact_info),
  ...(r.parent_id !== null && r.parent_arn !== null && r.parent_pattern !== null
    ? { parent: { id: r.parent_id, arn: r.parent_arn, pattern: r.parent_pattern } }
    : {}),
  originModes: {
    PUBLISH: r.origin_publish_mode as Mode,
    EXTERNAL_UPSTREAM: r.origin_external_upstream_mode as Mode,
    INTERNAL_UPSTREAM: r.origin_internal_upstream_mode as Mode,
  },
  createdTime: fromIso(r.created_time),
});

/** A parent must be a group of the same domain. */
async function checkParent(db: Kysely<Database>, domainId: number, parentId: number): Promise<void> {
  const parent = await db.selectFrom("package_groups").select("domain_id").where("id", "=", parentId).executeTakeFirst();
  if (parent?.domain_id !== domainId) throw new StoreReferenceError("package group", [`parent group #${parentId}`]);
}

export function groupsApi(ctx: Ctx): GroupsApi {
  const { db } = ctx;
  const one = mapFound(toRecord);

  const api: GroupsApi = {
    create: (input) =>
      ctx.atomic(async (c) => {
        if (input.parentId !== undefined) await checkParent(c.db, input.domainId, input.parentId);
        const { id } = await c.guard("package group", () =>
          c.db
            .insertInto("package_groups")
            .values({
              domain_id: input.domainId,
              pattern: input.pattern,
              arn: input.arn,
              description: input.description ?? null,
              contact_info: input.contactInfo ?? null,
              parent_id: input.parentId ?? null,
              origin_publish_mode: input.originModes.PUBLISH,
              origin_external_upstream_mode: input.originModes.EXTERNAL_UPSTREAM,
              origin_internal_upstream_mode: input.originModes.INTERNAL_UPSTREAM,
              created_time: toIso(input.createdTime ?? c.now()),
            })
            .returning("id")
            .executeTakeFirstOrThrow(),
        );
        return toRecord(await selectGroups(c.db).where("g.id", "=", id).executeTakeFirstOrThrow());
      }),

    get: (domainId, pattern) => one(selectGroups(db).where("g.domain_id", "=", domainId).where("g.pattern", "=", pattern).executeTakeFirst()),

    getById: (id) => one(selectGroups(db).where("g.id", "=", id).executeTakeFirst()),

    getByArn: (arn) => one(selectGroups(db).where("g.arn", "=", arn).executeTakeFirst()),

    list(domainId, filter, page) {
      let q = selectGroups(db).where("g.domain_id", "=", domainId);
      if (filter.parentId !== undefined) q = q.where("g.parent_id", "=", filter.parentId);
      if (filter.patternPrefix !== undefined) {
        const prefix = filter.patternPrefix;
        q = q.where((eb) => startsWith(eb, "g.pattern", prefix));
      }
      return paginate(q, "package-groups", [{ ref: "g.pattern", get: (r) => r.pattern }], page, toRecord);
    },

    async listAll(domainId) {
      const rows = await selectGroups(db).where("g.domain_id", "=", domainId).orderBy("g.pattern").execute();
      return rows.map(toRecord);
    },

    update: (id, patch) =>
      ctx.atomic(async (c) => {
        const current = await c.db.selectFrom("package_groups").select("domain_id").where("id", "=", id).executeTakeFirst();
        if (!current) return undefined;
        if (patch.parentId !== undefined && patch.parentId !== null) {
          await checkParent(c.db, current.domain_id, patch.parentId);
        }
        const set = definedOnly({
          description: patch.description,
          contact_info: patch.contactInfo,
          parent_id: patch.parentId,
          origin_publish_mode: patch.originModes?.PUBLISH,
          origin_external_upstream_mode: patch.originModes?.EXTERNAL_UPSTREAM,
          origin_internal_upstream_mode: patch.originModes?.INTERNAL_UPSTREAM,
        });
        if (Object.keys(set).length > 0) await c.db.updateTable("package_groups").set(set).where("id", "=", id).execute();
        return toRecord(await selectGroups(c.db).where("g.id", "=", id).executeTakeFirstOrThrow());
      }),

    async reparentChildren(fromParentId, toParentId) {
      const res = await ctx.guard("package group", () =>
        db.updateTable("package_groups").set({ parent_id: toParentId }).where("parent_id", "=", fromParentId).executeTakeFirst(),
      );
      return Number(res.numUpdatedRows);
    },

    delete: (id) =>
      ctx.atomic(async ({ db: tx }) => {
        await purgeArnScopedRows(tx, tx.selectFrom("package_groups").select("arn").where("id", "=", id));
        const res = await tx.deleteFrom("package_groups").where("id", "=", id).executeTakeFirst();
        return res.numDeletedRows > 0n;
      }),
  };
  return api;
}
