import type { Expression, ExpressionBuilder, Selectable, SqlBool } from "kysely";
import type { PackagesTable } from "../db/schema.js";
import { paginate, type SortKey } from "../pagination.js";
import type {
  AllowPublish,
  AllowUpstream,
  NewPackage,
  PackageCoordinate,
  PackageFilter,
  PackageFormat,
  PackagePatch,
  PackageRecord,
  Page,
  PageRequest,
} from "../types.js";
import { countRows, definedOnly, fromIso, mapFound, startsWith, toIso } from "./codec.js";
import type { Ctx } from "./context.js";

export type DomainPackageFilter = Omit<PackageFilter, "publish" | "upstream">;

export interface PackagesApi {
  create(input: NewPackage): Promise<PackageRecord>;
  get(repositoryId: number, coordinate: PackageCoordinate): Promise<PackageRecord | undefined>;
  getById(id: number): Promise<PackageRecord | undefined>;
  /** Packages of a repository, ordered by (name, namespace, format). */
  list(repositoryId: number, filter: PackageFilter, page: PageRequest): Promise<Page<PackageRecord>>;
  /** Distinct package coordinates present in any repository of a domain, same order. */
  listInDomain(domainId: number, filter: DomainPackageFilter, page: PageRequest): Promise<Page<PackageCoordinate>>;
  count(repositoryId: number): Promise<number>;
  update(id: number, patch: PackagePatch): Promise<PackageRecord | undefined>;
  /** Removes the package with its versions, assets, dependencies and dist-tags. */
  delete(id: number): Promise<boolean>;
}

// '' stands for "no namespace" in the table so the unique key covers it.
export const encodeNamespace = (ns: string | undefined): string => ns ?? "";
export const decodeNamespace = (ns: string): string | undefined => (ns === "" ? undefined : ns);

const toRecord = (r: Selectable<PackagesTable>): PackageRecord => ({
  id: r.id,
  repositoryId: r.repository_id,
  format: r.format as PackageFormat,
  namespace: decodeNamespace(r.namespace),
  name: r.name,
  displayName: r.display_name,
  originRestrictions: { publish: r.origin_publish as AllowPublish, upstream: r.origin_upstream as AllowUpstream },
  createdTime: fromIso(r.created_time),
});

/** Conditions shared by per-repository and per-domain listings (table alias `p`). */
function coordinateConditions(eb: ExpressionBuilder<any, any>, filter: DomainPackageFilter): Expression<SqlBool>[] {
  const conds: Expression<SqlBool>[] = [];
  if (filter.format !== undefined) conds.push(eb("p.format", "=", filter.format));
  if (filter.namespace !== undefined) conds.push(eb("p.namespace", "=", encodeNamespace(filter.namespace ?? undefined)));
  if (filter.namespacePrefix !== undefined) conds.push(startsWith(eb, "p.namespace", filter.namespacePrefix));
  if (filter.namePrefix !== undefined) conds.push(startsWith(eb, "p.name", filter.namePrefix));
  return conds;
}

/** Pages of packages run by name, then namespace, then format. */
const COORDINATE_ORDER: SortKey<Pick<Selectable<PackagesTable>, "name" | "namespace" | "format">>[] = [
  { ref: "p.name", get: (r) => r.name },
  { ref: "p.namespace", get: (r) => r.namespace },
  { ref: "p.format", get: (r) => r.format },
];

export function packagesApi(ctx: Ctx): PackagesApi {
  const { db } = ctx;
  const one = mapFound(toRecord);

  const api: PackagesApi = {
    async create(input) {
      const row = await ctx.guard("package", () =>
        db
          .insertInto("packages")
          .values({
            repository_id: input.repositoryId,
            format: input.format,
            namespace: encodeNamespace(input.namespace),
            name: input.name,
            display_name: input.displayName ?? input.name,
            origin_publish: input.originRestrictions.publish,
            origin_upstream: input.originRestrictions.upstream,
            created_time: toIso(input.createdTime ?? ctx.now()),
          })
          .returningAll()
          .executeTakeFirstOrThrow(),
      );
      return toRecord(row);
    },

    get: (repositoryId, c) =>
      one(
        db
          .selectFrom("packages")
          .selectAll()
          .where("repository_id", "=", repositoryId)
          .where("format", "=", c.format)
          .where("namespace", "=", encodeNamespace(c.namespace))
          .where("name", "=", c.name)
          .executeTakeFirst(),
      ),

    getById: (id) => one(db.selectFrom("packages").selectAll().where("id", "=", id).executeTakeFirst()),

    list(repositoryId, filter, page) {
      let q = db
        .selectFrom("packages as p")
        .selectAll("p")
        .where("p.repository_id", "=", repositoryId)
        .where((eb) => eb.and(coordinateConditions(eb, filter)));
      if (filter.publish !== undefined) q = q.where("p.origin_publish", "=", filter.publish);
      if (filter.upstream !== undefined) q = q.where("p.origin_upstream", "=", filter.upstream);
      return paginate(q, "packages", COORDINATE_ORDER, page, toRecord);
    },

    listInDomain(domainId, filter, page) {
      const q = db
        .selectFrom("packages as p")
        .innerJoin("repositories as r", "r.id", "p.repository_id")
        .select(["p.format", "p.namespace", "p.name"])
        .distinct()
        .where("r.domain_id", "=", domainId)
        .where((eb) => eb.and(coordinateConditions(eb, filter)));
      return paginate(q, "domain-packages", COORDINATE_ORDER, page, (r) => ({
        format: r.format as PackageFormat,
        namespace: decodeNamespace(r.namespace),
        name: r.name,
      }));
    },

    async count(repositoryId) {
      return countRows(db.selectFrom("packages").where("repository_id", "=", repositoryId));
    },

    async update(id, patch) {
      const set = definedOnly({
        display_name: patch.displayName,
        origin_publish: patch.originRestrictions?.publish,
        origin_upstream: patch.originRestrictions?.upstream,
      });
      if (Object.keys(set).length > 0) await db.updateTable("packages").set(set).where("id", "=", id).execute();
      return api.getById(id);
    },

    async delete(id) {
      const res = await db.deleteFrom("packages").where("id", "=", id).executeTakeFirst();
      return res.numDeletedRows > 0n;
    },
  };
  return api;
}
