// Migration 002: a small name → value table for server-wide settings that every instance on
// one database must share (the token-signing secret), and change notices on every table so
// servers sharing a PostgreSQL database learn of each other's writes (a no-op on SQLite).
import type { Kysely, Migration } from "kysely";
import type { SchemaHelpers } from "../backend.js";

const TABLES = [
  "domains",
  "repositories",
  "repository_upstreams",
  "external_connections",
  "resource_policies",
  "tags",
  "packages",
  "package_dist_tags",
  "package_versions",
  "package_version_assets",
  "package_version_dependencies",
  "package_groups",
  "package_group_allowed_repositories",
  "settings",
];

export function settingsAndChangeNotices(h: SchemaHelpers): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable("settings")
        .addColumn("name", h.text, (c) => c.primaryKey())
        .addColumn("value", h.text, (c) => c.notNull())
        .execute();
      await h.announceChanges(db, TABLES);
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable("settings").execute();
    },
  };
}
