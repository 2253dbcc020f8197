// @codeartifact-local/store: durable, transactional data access for the emulator
// (SQLite or PostgreSQL through Kysely) and a content-addressed blob store (files or S3).
export { openStore, type OpenStoreOptions } from "./open-store.js";
export { createStore, type Store, type StoreOps, type StoreContextOptions } from "./store.js";
export { DATABASE_FILE } from "./db/sqlite-backend.js";
export { redactDatabaseUrl } from "./db/pg-backend.js";
export type { SqlBackend } from "./db/backend.js";
export * from "./types.js";
export * from "./errors.js";

export * from "./blob/blob-store.js";
export { openFsBlobStore, type FsBlobStoreOptions } from "./blob/fs-blob-store.js";
export { createMemoryBlobStore } from "./blob/memory-blob-store.js";
export { openS3BlobStore, parseS3Url, defaultS3Client, type S3BlobStoreOptions } from "./blob/s3-blob-store.js";
export { openBlobStore, BLOB_DIR, type OpenBlobStoreOptions } from "./blob/open-blob-store.js";
