import type { Selectable } from "kysely";
import type { ExternalConnectionsTable } from "../db/schema.js";
import type { ExternalConnectionRecord, ExternalConnectionStatus, NewExternalConnection, PackageFormat } from "../types.js";
import { fromIso, toIso } from "./codec.js";
import type { Ctx } from "./context.js";

export interface ExternalConnectionsApi {
  /** Connections of a repository, ordered by name. */
  list(repositoryId: number): Promise<ExternalConnectionRecord[]>;
  /** StoreConflictError if the repository already has this connection. */
  add(repositoryId: number, input: NewExternalConnection): Promise<ExternalConnectionRecord>;
  remove(repositoryId: number, name: string): Promise<boolean>;
}

const toRecord = (r: Selectable<ExternalConnectionsTable>): ExternalConnectionRecord => ({
  repositoryId: r.repository_id,
  name: r.name,
  packageFormat: r.package_format as PackageFormat,
  status: r.status as ExternalConnectionStatus,
  createdTime: fromIso(r.created_time),
});

export function externalConnectionsApi(ctx: Ctx): ExternalConnectionsApi {
  const { db } = ctx;
  return {
    async list(repositoryId) {
      const rows = await db.selectFrom("external_connections").selectAll().where("repository_id", "=", repositoryId).orderBy("name").execute();
      return rows.map(toRecord);
    },

    async add(repositoryId, input) {
      const row = await ctx.guard("external connection", () =>
        db
          .insertInto("external_connections")
          .values({
            repository_id: repositoryId,
            name: input.name,
            package_format: input.packageFormat,
            status: input.status ?? "Available",
            created_time: toIso(input.createdTime ?? ctx.now()),
          })
          .returningAll()
          .executeTakeFirstOrThrow(),
      );
      return toRecord(row);
    },

    async remove(repositoryId, name) {
      const res = await db.deleteFrom("external_connections").where("repository_id", "=", repositoryId).where("name", "=", name).executeTakeFirst();
      return res.numDeletedRows > 0n;
    },
  };
}
