import type { Selectable } from "kysely";
import type { PackageVersionDependenciesTable } from "../db/schema.js";
import { paginate } from "../pagination.js";
import type { PackageDependency, Page, PageRequest } from "../types.js";
import { chunks, opt } from "./codec.js";
import type { Ctx } from "./context.js";

export interface DependenciesApi {
  /** Replaces the dependency list of a version, keeping the given order. */
  set(versionId: number, dependencies: readonly PackageDependency[]): Promise<void>;
  /** Dependencies in the order they were set. */
  list(versionId: number, page: PageRequest): Promise<Page<PackageDependency>>;
  listAll(versionId: number): Promise<PackageDependency[]>;
}

const toRecord = (r: Selectable<PackageVersionDependenciesTable>): PackageDependency => ({
  namespace: opt(r.namespace),
  package: r.package,
  dependencyType: opt(r.dependency_type),
  versionRequirement: opt(r.version_requirement),
});

export function dependenciesApi(ctx: Ctx): DependenciesApi {
  const { db } = ctx;
  return {
    set: (versionId, dependencies) =>
      ctx.atomic(async (c) => {
        await c.db.deleteFrom("package_version_dependencies").where("version_id", "=", versionId).execute();
        const rows = dependencies.map((d, position) => ({
          version_id: versionId,
          position,
          namespace: d.namespace ?? null,
          package: d.package,
          dependency_type: d.dependencyType ?? null,
          version_requirement: d.versionRequirement ?? null,
        }));
        for (const batch of chunks(rows, 200)) {
          await c.guard("package version dependency", () => c.db.insertInto("package_version_dependencies").values(batch).execute());
        }
      }),

    list: (versionId, page) =>
      paginate(
        db.selectFrom("package_version_dependencies").selectAll().where("version_id", "=", versionId),
        "dependencies",
        [{ ref: "position", get: (r) => r.position }],
        page,
        toRecord,
      ),

    async listAll(versionId) {
      const rows = await db.selectFrom("package_version_dependencies").selectAll().where("version_id", "=", versionId).orderBy("position").execute();
      return rows.map(toRecord);
    },
  };
}
