// Migration 001: the whole initial schema. Every table hangs off `domains`, whose
// (account, region, name) key is the partition; ARN-keyed tables (policies, tags) are
// partitioned by the account and region embedded in the ARN.
// Deletes cascade down the ownership tree: domain → repositories → packages → versions
// → assets/dependencies, and domain → package groups → allowed-repository rows.
import type { Kysely, Migration } from "kysely";
import type { SchemaHelpers } from "../backend.js";

export function initialSchema(h: SchemaHelpers): Migration {
  return {
    async up(db: Kysely<any>) {
      await h
        .addIdColumn(db.schema.createTable("domains"))
        .addColumn("account", h.text, (c) => c.notNull())
        .addColumn("region", h.text, (c) => c.notNull())
        .addColumn("name", h.text, (c) => c.notNull())
        .addColumn("arn", h.text, (c) => c.notNull().unique())
        .addColumn("status", h.text, (c) => c.notNull())
        .addColumn("encryption_key", h.text)
        .addColumn("s3_bucket_arn", h.text)
        .addColumn("created_time", h.text, (c) => c.notNull())
        .addUniqueConstraint("domains_partition_name_uq", ["account", "region", "name"])
        .execute();

      await h
        .addIdColumn(db.schema.createTable("repositories"))
        .addColumn("domain_id", "integer", (c) => c.notNull().references("domains.id").onDelete("cascade"))
        .addColumn("name", h.text, (c) => c.notNull())
        .addColumn("arn", h.text, (c) => c.notNull().unique())
        .addColumn("description", h.text)
        .addColumn("administrator_account", h.text, (c) => c.notNull())
        .addColumn("created_time", h.text, (c) => c.notNull())
        .addUniqueConstraint("repositories_domain_name_uq", ["domain_id", "name"])
        .execute();
      await db.schema.createIndex("repositories_name_idx").on("repositories").columns(["name", "id"]).execute();

      // Both ends cascade: removing either repository removes the link, so a domain
      // delete never trips over the order in which its repositories go.
      await db.schema
        .createTable("repository_upstreams")
        .addColumn("repository_id", "integer", (c) => c.notNull().references("repositories.id").onDelete("cascade"))
        .addColumn("position", "integer", (c) => c.notNull())
        .addColumn("upstream_repository_id", "integer", (c) => c.notNull().references("repositories.id").onDelete("cascade"))
        .addPrimaryKeyConstraint("repository_upstreams_pk", ["repository_id", "position"])
        .addUniqueConstraint("repository_upstreams_target_uq", ["repository_id", "upstream_repository_id"])
        .execute();
      await db.schema.createIndex("repository_upstreams_upstream_idx").on("repository_upstreams").column("upstream_repository_id").execute();

      await db.schema
        .createTable("external_connections")
        .addColumn("repository_id", "integer", (c) => c.notNull().references("repositories.id").onDelete("cascade"))
        .addColumn("name", h.text, (c) => c.notNull())
        .addColumn("package_format", h.text, (c) => c.notNull())
        .addColumn("status", h.text, (c) => c.notNull())
        .addColumn("created_time", h.text, (c) => c.notNull())
        .addPrimaryKeyConstraint("external_connections_pk", ["repository_id", "name"])
        .execute();

      await db.schema
        .createTable("resource_policies")
        .addColumn("resource_arn", h.text, (c) => c.primaryKey())
        .addColumn("document", h.text, (c) => c.notNull())
        .addColumn("revision", h.text, (c) => c.notNull())
        .addColumn("updated_time", h.text, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("tags")
        .addColumn("resource_arn", h.text, (c) => c.notNull())
        .addColumn("key", h.text, (c) => c.notNull())
        .addColumn("value", h.text, (c) => c.notNull())
        .addPrimaryKeyConstraint("tags_pk", ["resource_arn", "key"])
        .execute();

      await h
        .addIdColumn(db.schema.createTable("packages"))
        .addColumn("repository_id", "integer", (c) => c.notNull().references("repositories.id").onDelete("cascade"))
        .addColumn("format", h.text, (c) => c.notNull())
        .addColumn("namespace", h.text, (c) => c.notNull())
        .addColumn("name", h.text, (c) => c.notNull())
        .addColumn("display_name", h.text, (c) => c.notNull())
        .addColumn("origin_publish", h.text, (c) => c.notNull())
        .addColumn("origin_upstream", h.text, (c) => c.notNull())
        .addColumn("created_time", h.text, (c) => c.notNull())
        .addUniqueConstraint("packages_coordinate_uq", ["repository_id", "format", "namespace", "name"])
        .execute();
      await db.schema.createIndex("packages_repository_name_idx").on("packages").columns(["repository_id", "name", "namespace", "format"]).execute();

      await db.schema
        .createTable("package_dist_tags")
        .addColumn("package_id", "integer", (c) => c.notNull().references("packages.id").onDelete("cascade"))
        .addColumn("tag", h.text, (c) => c.notNull())
        .addColumn("version", h.text, (c) => c.notNull())
        .addPrimaryKeyConstraint("package_dist_tags_pk", ["package_id", "tag"])
        .execute();

      await h
        .addIdColumn(db.schema.createTable("package_versions"))
        .addColumn("package_id", "integer", (c) => c.notNull().references("packages.id").onDelete("cascade"))
        .addColumn("version", h.text, (c) => c.notNull())
        .addColumn("status", h.text, (c) => c.notNull())
        .addColumn("revision", h.text, (c) => c.notNull())
        .addColumn("origin_type", h.text, (c) => c.notNull())
        .addColumn("origin_repository_name", h.text)
        .addColumn("origin_external_connection", h.text)
        .addColumn("published_time", h.text)
        .addColumn("display_name", h.text)
        .addColumn("summary", h.text)
        .addColumn("home_page", h.text)
        .addColumn("source_code_repository", h.text)
        .addColumn("licenses", h.text)
        .addColumn("readme", h.text)
        .addColumn("format_metadata", h.text)
        .addColumn("created_time", h.text, (c) => c.notNull())
        .addColumn("updated_time", h.text, (c) => c.notNull())
        .addUniqueConstraint("package_versions_package_version_uq", ["package_id", "version"])
        .execute();
      await db.schema.createIndex("package_versions_published_idx").on("package_versions").columns(["package_id", "published_time", "version"]).execute();

      // size is bigint: assets may exceed 2 GiB (the AWS quota is 5 GB).
      await db.schema
        .createTable("package_version_assets")
        .addColumn("version_id", "integer", (c) => c.notNull().references("package_versions.id").onDelete("cascade"))
        .addColumn("name", h.text, (c) => c.notNull())
        .addColumn("size", "bigint", (c) => c.notNull())
        .addColumn("md5", h.text, (c) => c.notNull())
        .addColumn("sha1", h.text, (c) => c.notNull())
        .addColumn("sha256", h.text, (c) => c.notNull())
        .addColumn("sha512", h.text, (c) => c.notNull())
        .addColumn("blob_sha256", h.text, (c) => c.notNull())
        .addColumn("created_time", h.text, (c) => c.notNull())
        .addPrimaryKeyConstraint("package_version_assets_pk", ["version_id", "name"])
        .execute();
      await db.schema.createIndex("package_version_assets_blob_idx").on("package_version_assets").column("blob_sha256").execute();

      await db.schema
        .createTable("package_version_dependencies")
        .addColumn("version_id", "integer", (c) => c.notNull().references("package_versions.id").onDelete("cascade"))
        .addColumn("position", "integer", (c) => c.notNull())
        .addColumn("namespace", h.text)
        .addColumn("package", h.text, (c) => c.notNull())
        .addColumn("dependency_type", h.text)
        .addColumn("version_requirement", h.text)
        .addPrimaryKeyConstraint("package_version_dependencies_pk", ["version_id", "position"])
        .execute();

      // parent_id goes NULL rather than blocking: re-parenting children is a service
      // decision, and a cascading domain delete must not depend on row order.
      await h
        .addIdColumn(db.schema.createTable("package_groups"))
        .addColumn("domain_id", "integer", (c) => c.notNull().references("domains.id").onDelete("cascade"))
        .addColumn("pattern", h.text, (c) => c.notNull())
        .addColumn("arn", h.text, (c) => c.notNull().unique())
        .addColumn("description", h.text)
        .addColumn("contact_info", h.text)
        .addColumn("parent_id", "integer", (c) => c.references("package_groups.id").onDelete("set null"))
        .addColumn("origin_publish_mode", h.text, (c) => c.notNull())
        .addColumn("origin_external_upstream_mode", h.text, (c) => c.notNull())
        .addColumn("origin_internal_upstream_mode", h.text, (c) => c.notNull())
        .addColumn("created_time", h.text, (c) => c.notNull())
        .addUniqueConstraint("package_groups_domain_pattern_uq", ["domain_id", "pattern"])
        .execute();
      await db.schema.createIndex("package_groups_parent_idx").on("package_groups").column("parent_id").execute();

      await db.schema
        .createTable("package_group_allowed_repositories")
        .addColumn("group_id", "integer", (c) => c.notNull().references("package_groups.id").onDelete("cascade"))
        .addColumn("restriction_type", h.text, (c) => c.notNull())
        .addColumn("repository_id", "integer", (c) => c.notNull().references("repositories.id").onDelete("cascade"))
        .addPrimaryKeyConstraint("package_group_allowed_repositories_pk", ["group_id", "restriction_type", "repository_id"])
        .execute();
      await db.schema.createIndex("package_group_allowed_repositories_repo_idx").on("package_group_allowed_repositories").column("repository_id").execute();
    },

    async down(db: Kysely<any>) {
      for (const table of [
        "package_group_allowed_repositories",
        "package_groups",
        "package_version_dependencies",
        "package_version_assets",
        "package_versions",
        "package_dist_tags",
        "packages",
        "tags",
        "resource_policies",
        "external_connections",
        "repository_upstreams",
        "repositories",
        "domains",
      ]) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
