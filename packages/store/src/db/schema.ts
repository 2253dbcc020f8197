// Row shapes of every table, as Kysely sees them. Column names are snake_case; the
// resource modules map rows to the camelCase records of ../types.ts.
// Timestamps are ISO-8601 UTC strings (Date#toISOString), which sort lexicographically
// and are portable to any SQL dialect as plain text.
import type { Generated } from "kysely";

export interface DomainsTable {
  id: Generated<number>;
  account: string;
  region: string;
  name: string;
  arn: string;
  status: string;
  encryption_key: string | null;
  s3_bucket_arn: string | null;
  created_time: string;
}

export interface RepositoriesTable {
  id: Generated<number>;
  domain_id: number;
  name: string;
  arn: string;
  description: string | null;
  administrator_account: string;
  created_time: string;
}

export interface RepositoryUpstreamsTable {
  repository_id: number;
  position: number;
  upstream_repository_id: number;
}

export interface ExternalConnectionsTable {
  repository_id: number;
  name: string;
  package_format: string;
  status: string;
  created_time: string;
}

export interface ResourcePoliciesTable {
  resource_arn: string;
  document: string;
  revision: string;
  updated_time: string;
}

export interface TagsTable {
  resource_arn: string;
  key: string;
  value: string;
}

export interface PackagesTable {
  id: Generated<number>;
  repository_id: number;
  format: string;
  /** '' when the package has no namespace, so the unique key treats "none" as one value. */
  namespace: string;
  name: string;
  display_name: string;
  origin_publish: string;
  origin_upstream: string;
  created_time: string;
}

export interface PackageDistTagsTable {
  package_id: number;
  tag: string;
  version: string;
}

export interface PackageVersionsTable {
  id: Generated<number>;
  package_id: number;
  version: string;
  status: string;
  revision: string;
  origin_type: string;
  origin_repository_name: string | null;
  origin_external_connection: string | null;
  published_time: string | null;
  display_name: string | null;
  summary: string | null;
  home_page: string | null;
  source_code_repository: string | null;
  /** JSON array of {name?, url?}. */
  licenses: string | null;
  readme: string | null;
  /** Free JSON for format-specific data (npm manifest bits, deprecation, ...). */
  format_metadata: string | null;
  created_time: string;
  updated_time: string;
}

export interface PackageVersionAssetsTable {
  version_id: number;
  name: string;
  size: number;
  md5: string;
  sha1: string;
  sha256: string;
  sha512: string;
  blob_sha256: string;
  created_time: string;
}

export interface PackageVersionDependenciesTable {
  version_id: number;
  position: number;
  namespace: string | null;
  package: string;
  dependency_type: string | null;
  version_requirement: string | null;
}

export interface PackageGroupsTable {
  id: Generated<number>;
  domain_id: number;
  pattern: string;
  arn: string;
  description: string | null;
  contact_info: string | null;
  parent_id: number | null;
  origin_publish_mode: string;
  origin_external_upstream_mode: string;
  origin_internal_upstream_mode: string;
  created_time: string;
}

export interface PackageGroupAllowedRepositoriesTable {
  group_id: number;
  restriction_type: string;
  repository_id: number;
}

/** Server-wide values every instance on the database shares (e.g. the token-signing secret). */
export interface SettingsTable {
  name: string;
  value: string;
}

export interface Database {
  domains: DomainsTable;
  repositories: RepositoriesTable;
  repository_upstreams: RepositoryUpstreamsTable;
  external_connections: ExternalConnectionsTable;
  resource_policies: ResourcePoliciesTable;
  tags: TagsTable;
  packages: PackagesTable;
  package_dist_tags: PackageDistTagsTable;
  package_versions: PackageVersionsTable;
  package_version_assets: PackageVersionAssetsTable;
  package_version_dependencies: PackageVersionDependenciesTable;
  package_groups: PackageGroupsTable;
  package_group_allowed_repositories: PackageGroupAllowedRepositoriesTable;
  settings: SettingsTable;
}
