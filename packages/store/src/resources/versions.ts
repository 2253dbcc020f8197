import { expressionBuilder, sql, type Kysely, type SelectQueryBuilder } from "kysely";
import type { Database } from "../db/schema.js";
import { paginate, type SortKey } from "../pagination.js";
import type {
  JsonValue,
  LicenseInfo,
  NewPackageVersion,
  Page,
  PageRequest,
  PackageVersionFilter,
  PackageVersionOrigin,
  PackageVersionOriginType,
  PackageVersionPatch,
  PackageVersionRecord,
  PackageVersionStatus,
} from "../types.js";
import { countRows, decodeJson, definedOnly, encodeJson, fromIso, fromIsoOpt, mapFound, opt, patchValue, toIso } from "./codec.js";
import type { Ctx } from "./context.js";

export interface VersionsApi {
  /** StoreConflictError if the version already exists in the package. */
  create(input: NewPackageVersion): Promise<PackageVersionRecord>;
  get(packageId: number, version: string): Promise<PackageVersionRecord | undefined>;
  getById(id: number): Promise<PackageVersionRecord | undefined>;
  list(packageId: number, filter: PackageVersionFilter, page: PageRequest): Promise<Page<PackageVersionRecord>>;
  /** Every matching version, for whole-package views (npm packument, PyPI simple page). */
  listAll(packageId: number, filter?: PackageVersionFilter): Promise<PackageVersionRecord[]>;
  count(packageId: number, filter?: Omit<PackageVersionFilter, "sortBy">): Promise<number>;
  /** Applies the patch and stamps updatedTime; the caller supplies any new revision. */
  update(id: number, patch: PackageVersionPatch): Promise<PackageVersionRecord | undefined>;
  getReadme(id: number): Promise<string | undefined>;
  /** Removes the version with its assets and dependencies. */
  delete(id: number): Promise<boolean>;
}

// The readme is left out of list results: it can be large and only one API reads it.
function selectVersions(db: Kysely<Database>) {
  return db
    .selectFrom("package_versions")
    .select([
      "id",
      "package_id",
      "version",
      "status",
      "revision",
      "origin_type",
      "origin_repository_name",
      "origin_external_connection",
      "published_time",
      "display_name",
      "summary",
      "home_page",
      "source_code_repository",
      "licenses",
      "format_metadata",
      "created_time",
      "updated_time",
    ]);
}

type VersionRow = Awaited<ReturnType<ReturnType<typeof selectVersions>["executeTakeFirstOrThrow"]>>;

function toRecord(r: VersionRow): PackageVersionRecord {
  const entry = {
    ...(r.origin_repository_name !== null ? { repositoryName: r.origin_repository_name } : {}),
    ...(r.origin_external_connection !== null ? { externalConnectionName: r.origin_external_connection } : {}),
  };
  return {
    id: r.id,
    packageId: r.package_id,
    version: r.version,
    status: r.status as PackageVersionStatus,
    revision: r.revision,
    origin: {
      type: r.origin_type as PackageVersionOriginType,
      ...(Object.keys(entry).length > 0 ? { domainEntryPoint: entry } : {}),
    },
    publishedTime: fromIsoOpt(r.published_time),
    displayName: opt(r.display_name),
    summary: opt(r.summary),
    homePage: opt(r.home_page),
    sourceCodeRepository: opt(r.source_code_repository),
    licenses: decodeJson<LicenseInfo[]>(r.licenses) ?? [],
    formatMetadata: decodeJson<JsonValue>(r.format_metadata),
    createdTime: fromIso(r.created_time),
    updatedTime: fromIso(r.updated_time),
  };
}

const originColumns = (o: PackageVersionOrigin) => ({
  origin_type: o.type,
  origin_repository_name: o.domainEntryPoint?.repositoryName ?? null,
  origin_external_connection: o.domainEntryPoint?.externalConnectionName ?? null,
});

function applyFilter<O>(q: SelectQueryBuilder<Database, "package_versions", O>, filter: Omit<PackageVersionFilter, "sortBy">) {
  if (filter.status !== undefined) {
    const statuses = Array.isArray(filter.status) ? filter.status : [filter.status];
    // An empty status list matches nothing (and `IN ()` is not valid SQL).
    q = statuses.length === 0 ? q.where(sql.lit(false)) : q.where("status", "in", statuses);
  }
  if (filter.originType !== undefined) q = q.where("origin_type", "=", filter.originType);
  return q;
}

// Unpublished versions sort first under publishedTime ('' precedes any ISO timestamp).
const publishedKey = expressionBuilder<Database, "package_versions">().fn.coalesce("published_time", sql.lit(""));

function sortKeys(sortBy: PackageVersionFilter["sortBy"]): SortKey<VersionRow>[] {
  const byVersion: SortKey<VersionRow> = { ref: "version", get: (r) => r.version };
  return sortBy === "publishedTime" ? [{ ref: publishedKey, get: (r) => r.published_time ?? "" }, byVersion] : [byVersion];
}

export function versionsApi(ctx: Ctx): VersionsApi {
  const { db } = ctx;
  const one = mapFound(toRecord);

  const api: VersionsApi = {
    async create(input) {
      const now = toIso(input.createdTime ?? ctx.now());
      const { id } = await ctx.guard("package version", () =>
        db
          .insertInto("package_versions")
          .values({
            package_id: input.packageId,
            version: input.version,
            status: input.status,
            revision: input.revision,
            ...originColumns(input.origin),
            published_time: input.publishedTime ? toIso(input.publishedTime) : null,
            display_name: input.displayName ?? null,
            summary: input.summary ?? null,
            home_page: input.homePage ?? null,
            source_code_repository: input.sourceCodeRepository ?? null,
            licenses: input.licenses ? encodeJson(input.licenses) : null,
            readme: input.readme ?? null,
            format_metadata: input.formatMetadata !== undefined ? encodeJson(input.formatMetadata) : null,
            created_time: now,
            updated_time: now,
          })
          .returning("id")
          .executeTakeFirstOrThrow(),
      );
      return toRecord(await selectVersions(db).where("id", "=", id).executeTakeFirstOrThrow());
    },

    get: (packageId, version) => one(selectVersions(db).where("package_id", "=", packageId).where("version", "=", version).executeTakeFirst()),

    getById: (id) => one(selectVersions(db).where("id", "=", id).executeTakeFirst()),

    list: (packageId, filter, page) =>
      paginate(
        applyFilter(selectVersions(db).where("package_id", "=", packageId), filter),
        filter.sortBy === "publishedTime" ? "versions-by-time" : "versions",
        sortKeys(filter.sortBy),
        page,
        toRecord,
      ),

    async listAll(packageId, filter = {}) {
      let q = applyFilter(selectVersions(db).where("package_id", "=", packageId), filter);
      for (const k of sortKeys(filter.sortBy)) q = q.orderBy(typeof k.ref === "string" ? sql.ref(k.ref) : k.ref);
      return (await q.execute()).map(toRecord);
    },

    async count(packageId, filter = {}) {
      return countRows(applyFilter(db.selectFrom("package_versions").where("package_id", "=", packageId), filter));
    },

    async update(id, patch) {
      const set = definedOnly({
        status: patch.status,
        revision: patch.revision,
        ...(patch.origin ? originColumns(patch.origin) : {}),
        published_time: patchValue(patch.publishedTime, toIso),
        display_name: patch.displayName,
        summary: patch.summary,
        home_page: patch.homePage,
        source_code_repository: patch.sourceCodeRepository,
        licenses: patchValue(patch.licenses, encodeJson),
        readme: patch.readme,
        format_metadata: patchValue(patch.formatMetadata, encodeJson),
      });
      const res = await db
        .updateTable("package_versions")
        .set({ ...set, updated_time: toIso(ctx.now()) })
        .where("id", "=", id)
        .executeTakeFirst();
      return res.numUpdatedRows > 0n ? api.getById(id) : undefined;
    },

    async getReadme(id) {
      const row = await db.selectFrom("package_versions").select("readme").where("id", "=", id).executeTakeFirst();
      return row?.readme ?? undefined;
    },

    async delete(id) {
      const res = await db.deleteFrom("package_versions").where("id", "=", id).executeTakeFirst();
      return res.numDeletedRows > 0n;
    },
  };
  return api;
}
