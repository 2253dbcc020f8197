// Versioned migrations, provided in code (no directory scanning, so it works the same
// under tsx, vitest and a bundler). Names sort in apply order; never rename or edit an
// applied migration, add a new one.
import { Migrator, type Kysely, type Migration, type MigrationProvider } from "kysely";
import type { SchemaHelpers } from "../backend.js";
import { initialSchema } from "./001-initial-schema.js";
import { settingsAndChangeNotices } from "./002-settings-and-change-notices.js";

export function migrationProvider(h: SchemaHelpers): MigrationProvider {
  return {
    async getMigrations(): Promise<Record<string, Migration>> {
      return {
        "001_initial_schema": initialSchema(h),
        "002_settings_and_change_notices": settingsAndChangeNotices(h),
      };
    },
  };
}

/** Applies every pending migration; throws the first failure (which Kysely rolled back). */
export async function migrateToLatest(db: Kysely<any>, h: SchemaHelpers): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider(h) });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName;
    throw new Error(`store migration ${failed ?? "(unknown)"} failed: ${String(error)}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
