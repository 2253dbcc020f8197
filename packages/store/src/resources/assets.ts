import type { Kysely, Selectable } from "kysely";
import type { Database, PackageVersionAssetsTable } from "../db/schema.js";
import { paginate } from "../pagination.js";
import type { AssetRecord, NewAsset, Page, PageRequest } from "../types.js";
import { countRows, fromIso, mapFound, toIso, toNumber } from "./codec.js";
import type { Ctx } from "./context.js";

export interface AssetsApi {
  /** StoreConflictError if the version already has an asset with this name. */
  add(versionId: number, asset: NewAsset): Promise<AssetRecord>;
  get(versionId: number, name: string): Promise<AssetRecord | undefined>;
  /** Assets of a version, ordered by name. */
  list(versionId: number, page: PageRequest): Promise<Page<AssetRecord>>;
  listAll(versionId: number): Promise<AssetRecord[]>;
  /** Assets of many versions at once (optionally only those named `name`), by version id, ordered by name. */
  listAllForVersions(versionIds: readonly number[], name?: string): Promise<Map<number, AssetRecord[]>>;
  remove(versionId: number, name: string): Promise<boolean>;
  /** Removes every asset row of a version (e.g. when disposing it). */
  removeAll(versionId: number): Promise<number>;
  /** How many asset rows in the domain point at this blob: 0 means the blob may be deleted. */
  blobReferenceCount(domainId: number, blobSha256: string): Promise<number>;
  /** Sum of sizes over the distinct blobs referenced in the domain (DomainDescription.assetSizeBytes). */
  totalSizeInDomain(domainId: number): Promise<number>;
}

const toRecord = (r: Selectable<PackageVersionAssetsTable>): AssetRecord => ({
  versionId: r.version_id,
  name: r.name,
  size: toNumber(r.size),
  hashes: { md5: r.md5, sha1: r.sha1, sha256: r.sha256, sha512: r.sha512 },
  blobSha256: r.blob_sha256,
  createdTime: fromIso(r.created_time),
});

function assetsInDomain(db: Kysely<Database>, domainId: number) {
  return db
    .selectFrom("package_version_assets as a")
    .innerJoin("package_versions as v", "v.id", "a.version_id")
    .innerJoin("packages as p", "p.id", "v.package_id")
    .innerJoin("repositories as r", "r.id", "p.repository_id")
    .where("r.domain_id", "=", domainId);
}

/** Each blob is stored once per domain however many assets use it, so count it once. */
export async function totalAssetSizeInDomain(db: Kysely<Database>, domainId: number): Promise<number> {
  const blobs = assetsInDomain(db, domainId)
    .select((eb) => ["a.blob_sha256", eb.fn.max("a.size").as("size")])
    .groupBy("a.blob_sha256")
    .as("b");
  const row = await db
    .selectFrom(blobs)
    .select((eb) => eb.fn.sum<number | string | null>("b.size").as("total"))
    .executeTakeFirstOrThrow();
  return toNumber(row.total);
}

const ID_BATCH = 512;

/**
 * Ids in batches of at most ID_BATCH, each padded (by repeating its last id) to a power of two, so
 * `in (...)` lists take a handful of distinct SQL texts and prepared statements get reused.
 */
function idBatches(ids: readonly number[]): number[][] {
  const unique = [...new Set(ids)];
  const batches: number[][] = [];
  for (let start = 0; start < unique.length; start += ID_BATCH) {
    const batch = unique.slice(start, start + ID_BATCH);
    let size = 1;
    while (size < batch.length) size *= 2;
    while (batch.length < size) batch.push(batch[batch.length - 1]);
    batches.push(batch);
  }
  return batches;
}

export function assetsApi(ctx: Ctx): AssetsApi {
  const { db } = ctx;
  return {
    async add(versionId, asset) {
      const row = await ctx.guard("package version asset", () =>
        db
          .insertInto("package_version_assets")
          .values({
            version_id: versionId,
            name: asset.name,
            size: asset.size,
            md5: asset.hashes.md5,
            sha1: asset.hashes.sha1,
            sha256: asset.hashes.sha256,
            sha512: asset.hashes.sha512,
            blob_sha256: asset.blobSha256 ?? asset.hashes.sha256,
            created_time: toIso(asset.createdTime ?? ctx.now()),
          })
          .returningAll()
          .executeTakeFirstOrThrow(),
      );
      return toRecord(row);
    },

    get: (versionId, name) =>
      mapFound(toRecord)(db.selectFrom("package_version_assets").selectAll().where("version_id", "=", versionId).where("name", "=", name).executeTakeFirst()),

    list: (versionId, page) =>
      paginate(
        db.selectFrom("package_version_assets").selectAll().where("version_id", "=", versionId),
        "assets",
        [{ ref: "name", get: (r) => r.name }],
        page,
        toRecord,
      ),

    async listAll(versionId) {
      const rows = await db.selectFrom("package_version_assets").selectAll().where("version_id", "=", versionId).orderBy("name").execute();
      return rows.map(toRecord);
    },

    async listAllForVersions(versionIds, name) {
      const byVersion = new Map<number, AssetRecord[]>();
      for (const ids of idBatches(versionIds)) {
        let query = db.selectFrom("package_version_assets").selectAll().where("version_id", "in", ids);
        if (name !== undefined) query = query.where("name", "=", name);
        for (const row of await query.orderBy("name").execute()) {
          const list = byVersion.get(row.version_id);
          if (list) list.push(toRecord(row));
          else byVersion.set(row.version_id, [toRecord(row)]);
        }
      }
      return byVersion;
    },

    async remove(versionId, name) {
      const res = await db.deleteFrom("package_version_assets").where("version_id", "=", versionId).where("name", "=", name).executeTakeFirst();
      return res.numDeletedRows > 0n;
    },

    async removeAll(versionId) {
      const res = await db.deleteFrom("package_version_assets").where("version_id", "=", versionId).executeTakeFirst();
      return Number(res.numDeletedRows);
    },

    async blobReferenceCount(domainId, blobSha256) {
      return countRows(assetsInDomain(db, domainId).where("a.blob_sha256", "=", blobSha256));
    },

    totalSizeInDomain: (domainId) => totalAssetSizeInDomain(db, domainId),
  };
}
