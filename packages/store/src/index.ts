// @codeartifact-local/store: durable, transactional data access for the emulator
// (SQLite or PostgreSQL through Kysely) and a content-addressed blob store (files or S3).
export { openStore, type OpenStoreOptions } from './open-store.js';
export { createStore, type Store, type StoreOps, type StoreContextOptions } from './store.js';
export { DATABASE_FILE } from './db/sqlite-backend.js';
export { redactDatabaseUrl } from './db/pg-backend.js';
export type { SqlBackend } from './db/backend.js';
export * from './types.js';
export * from './errors.js';

export type { DomainsApi } from './resources/domains.js';
export type { RepositoriesApi } from './resources/repositories.js';
export type { UpstreamsApi } from './resources/upstreams.js';
export type { ExternalConnectionsApi } from './resources/external-connections.js';
export type { PoliciesApi } from './resources/policies.js';
export type { TagsApi } from './resources/tags.js';
export type { PackagesApi, DomainPackageFilter } from './resources/packages.js';
export type { DistTagsApi } from './resources/dist-tags.js';
export type { VersionsApi } from './resources/versions.js';
export type { AssetsApi } from './resources/assets.js';
export type { DependenciesApi } from './resources/dependencies.js';
export type { GroupsApi } from './resources/groups.js';
export type { GroupAllowedRepositoriesApi } from './resources/group-allowed-repositories.js';
export type { SettingsApi } from './resources/settings.js';

export * from './blob/blob-store.js';
export { openFsBlobStore, type FsBlobStoreOptions } from './blob/fs-blob-store.js';
export { createMemoryBlobStore } from './blob/memory-blob-store.js';
export { openS3BlobStore, parseS3Url, defaultS3Client, type S3BlobStoreOptions } from './blob/s3-blob-store.js';
export { openBlobStore, BLOB_DIR, type OpenBlobStoreOptions } from './blob/open-blob-store.js';
