import type { Selectable } from "kysely";
import type { DomainsTable } from "../db/schema.js";
import { paginate } from "../pagination.js";
import type { DomainKey, DomainPatch, DomainRecord, DomainStats, DomainStatus, NewDomain, Page, PageRequest, Partition } from "../types.js";
import { totalAssetSizeInDomain } from "./assets.js";
import { countRows, definedOnly, fromIso, mapFound, opt, toIso } from "./codec.js";
import type { Ctx } from "./context.js";
import { purgeArnScopedRows } from "./resource-data.js";

export interface DomainsApi {
  create(input: NewDomain): Promise<DomainRecord>;
  get(key: DomainKey): Promise<DomainRecord | undefined>;
  getById(id: number): Promise<DomainRecord | undefined>;
  getByArn(arn: string): Promise<DomainRecord | undefined>;
  /** Domains of one partition, ordered by name. */
  list(partition: Partition, page: PageRequest): Promise<Page<DomainRecord>>;
  count(partition: Partition): Promise<number>;
  update(id: number, patch: DomainPatch): Promise<DomainRecord | undefined>;
  /** Removes the domain and everything in it, including tags and policies of its resources. */
  delete(id: number): Promise<boolean>;
  /** repositoryCount and assetSizeBytes of DomainDescription. */
  stats(id: number): Promise<DomainStats>;
}

const toRecord = (r: Selectable<DomainsTable>): DomainRecord => ({
  id: r.id,
  account: r.account,
  region: r.region,
  name: r.name,
  arn: r.arn,
  status: r.status as DomainStatus,
  encryptionKey: opt(r.encryption_key),
  s3BucketArn: opt(r.s3_bucket_arn),
  createdTime: fromIso(r.created_time),
});

export function domainsApi(ctx: Ctx): DomainsApi {
  const { db } = ctx;
  const one = mapFound(toRecord);

  const api: DomainsApi = {
    async create(input) {
      const row = await ctx.guard("domain", () =>
        db
          .insertInto("domains")
          .values({
            account: input.account,
            region: input.region,
            name: input.name,
            arn: input.arn,
            status: input.status ?? "Active",
            encryption_key: input.encryptionKey ?? null,
            s3_bucket_arn: input.s3BucketArn ?? null,
            created_time: toIso(input.createdTime ?? ctx.now()),
          })
          .returningAll()
          .executeTakeFirstOrThrow(),
      );
      return toRecord(row);
    },

    get: (key) =>
      one(
        db
          .selectFrom("domains")
          .selectAll()
          .where("account", "=", key.account)
          .where("region", "=", key.region)
          .where("name", "=", key.name)
          .executeTakeFirst(),
      ),

    getById: (id) => one(db.selectFrom("domains").selectAll().where("id", "=", id).executeTakeFirst()),

    getByArn: (arn) => one(db.selectFrom("domains").selectAll().where("arn", "=", arn).executeTakeFirst()),

    list: (partition, page) =>
      paginate(
        db.selectFrom("domains").selectAll().where("account", "=", partition.account).where("region", "=", partition.region),
        "domains",
        [{ ref: "name", get: (r) => r.name }],
        page,
        toRecord,
      ),

    async count(partition) {
      return countRows(db.selectFrom("domains").where("account", "=", partition.account).where("region", "=", partition.region));
    },

    async update(id, patch) {
      const set = definedOnly({
        status: patch.status,
        encryption_key: patch.encryptionKey,
        s3_bucket_arn: patch.s3BucketArn,
      });
      if (Object.keys(set).length === 0) return api.getById(id);
      return one(db.updateTable("domains").set(set).where("id", "=", id).returningAll().executeTakeFirst());
    },

    delete: (id) =>
      ctx.atomic(async ({ db: tx }) => {
        await purgeArnScopedRows(
          tx,
          tx
            .selectFrom("domains")
            .select("arn")
            .where("id", "=", id)
            .union(tx.selectFrom("repositories").select("arn").where("domain_id", "=", id))
            .union(tx.selectFrom("package_groups").select("arn").where("domain_id", "=", id)),
        );
        const res = await tx.deleteFrom("domains").where("id", "=", id).executeTakeFirst();
        return res.numDeletedRows > 0n;
      }),

    async stats(id) {
      return {
        repositoryCount: await countRows(db.selectFrom("repositories").where("domain_id", "=", id)),
        assetSizeBytes: await totalAssetSizeInDomain(db, id),
      };
    },
  };
  return api;
}
