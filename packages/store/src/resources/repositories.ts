import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import { paginate } from "../pagination.js";
import type { NewRepository, Page, PageRequest, RegionRepositoryFilter, RepositoryFilter, RepositoryPatch, RepositoryRecord } from "../types.js";
import { countRows, fromIso, mapFound, opt, startsWith, toIso } from "./codec.js";
import type { Ctx } from "./context.js";
import { purgeArnScopedRows } from "./resource-data.js";

export interface RepositoriesApi {
  create(input: NewRepository): Promise<RepositoryRecord>;
  get(domainId: number, name: string): Promise<RepositoryRecord | undefined>;
  getById(id: number): Promise<RepositoryRecord | undefined>;
  getByArn(arn: string): Promise<RepositoryRecord | undefined>;
  /** Repositories of one domain, ordered by name. */
  list(domainId: number, filter: RepositoryFilter, page: PageRequest): Promise<Page<RepositoryRecord>>;
  /** Repositories across the domains of a region, ordered by name. */
  listInRegion(filter: RegionRepositoryFilter, page: PageRequest): Promise<Page<RepositoryRecord>>;
  count(domainId: number): Promise<number>;
  update(id: number, patch: RepositoryPatch): Promise<RepositoryRecord | undefined>;
  /** Removes the repository with its packages, versions, assets, upstream links, tags and policy. */
  delete(id: number): Promise<boolean>;
}

// Repository rows always come with their domain's name, owner and region, which every
// RepositoryDescription/Summary needs.
export function selectRepositories(db: Kysely<Database>) {
  return db
    .selectFrom("repositories as r")
    .innerJoin("domains as d", "d.id", "r.domain_id")
    .select([
      "r.id",
      "r.domain_id",
      "r.name",
      "r.arn",
      "r.description",
      "r.administrator_account",
      "r.created_time",
      "d.name as domain_name",
      "d.account as domain_owner",
      "d.region as region",
    ]);
}

type RepositoryRow = Awaited<ReturnType<ReturnType<typeof selectRepositories>["executeTakeFirstOrThrow"]>>;

const toRecord = (r: RepositoryRow): RepositoryRecord => ({
  id: r.id,
  domainId: r.domain_id,
  domainName: r.domain_name,
  domainOwner: r.domain_owner,
  region: r.region,
  name: r.name,
  arn: r.arn,
  description: opt(r.description),
  administratorAccount: r.administrator_account,
  createdTime: fromIso(r.created_time),
});

export function repositoriesApi(ctx: Ctx): RepositoriesApi {
  const { db } = ctx;
  const one = mapFound(toRecord);

  const api: RepositoriesApi = {
    async create(input) {
      const { id } = await ctx.guard("repository", () =>
        db
          .insertInto("repositories")
          .values({
            domain_id: input.domainId,
            name: input.name,
            arn: input.arn,
            description: input.description ?? null,
            administrator_account: input.administratorAccount,
            created_time: toIso(input.createdTime ?? ctx.now()),
          })
          .returning("id")
          .executeTakeFirstOrThrow(),
      );
      return toRecord(await selectRepositories(db).where("r.id", "=", id).executeTakeFirstOrThrow());
    },

    get: (domainId, name) => one(selectRepositories(db).where("r.domain_id", "=", domainId).where("r.name", "=", name).executeTakeFirst()),

    getById: (id) => one(selectRepositories(db).where("r.id", "=", id).executeTakeFirst()),

    getByArn: (arn) => one(selectRepositories(db).where("r.arn", "=", arn).executeTakeFirst()),

    list(domainId, filter, page) {
      let q = selectRepositories(db).where("r.domain_id", "=", domainId);
      if (filter.namePrefix !== undefined) q = q.where((eb) => startsWith(eb, "r.name", filter.namePrefix!));
      if (filter.administratorAccount !== undefined) q = q.where("r.administrator_account", "=", filter.administratorAccount);
      return paginate(q, "repositories", [{ ref: "r.name", get: (r) => r.name }], page, toRecord);
    },

    listInRegion(filter, page) {
      let q = selectRepositories(db).where("d.region", "=", filter.region);
      if (filter.domainOwner !== undefined) q = q.where("d.account", "=", filter.domainOwner);
      if (filter.namePrefix !== undefined) q = q.where((eb) => startsWith(eb, "r.name", filter.namePrefix!));
      if (filter.administratorAccount !== undefined) q = q.where("r.administrator_account", "=", filter.administratorAccount);
      // Names repeat across domains; the id breaks ties so the cursor stays unique.
      return paginate(
        q,
        "region-repositories",
        [
          { ref: "r.name", get: (r) => r.name },
          { ref: "r.id", get: (r) => r.id },
        ],
        page,
        toRecord,
      );
    },

    async count(domainId) {
      return countRows(db.selectFrom("repositories").where("domain_id", "=", domainId));
    },

    async update(id, patch) {
      if (patch.description !== undefined) {
        await db.updateTable("repositories").set({ description: patch.description }).where("id", "=", id).execute();
      }
      return api.getById(id);
    },

    delete: (id) =>
      ctx.atomic(async ({ db: tx }) => {
        await purgeArnScopedRows(tx, tx.selectFrom("repositories").select("arn").where("id", "=", id));
        const res = await tx.deleteFrom("repositories").where("id", "=", id).executeTakeFirst();
        return res.numDeletedRows > 0n;
      }),
  };
  return api;
}
