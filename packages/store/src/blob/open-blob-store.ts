import { join } from "node:path";
import type { BlobStore } from "./blob-store.js";
import { openFsBlobStore } from "./fs-blob-store.js";
import { createMemoryBlobStore } from "./memory-blob-store.js";
import { openS3BlobStore, type S3BlobStoreOptions } from "./s3-blob-store.js";

export const BLOB_DIR = "blobs";

export type OpenBlobStoreOptions =
  | { dataDir: string; inMemory?: false; url?: undefined }
  | { inMemory: true; dataDir?: undefined; url?: undefined }
  | ({ /** s3://bucket[/prefix] */ url: string; dataDir?: undefined; inMemory?: false } & Omit<S3BlobStoreOptions, "url">);

/** Mirrors openStore: blobs under <dataDir>/blobs, in memory, or in an S3 bucket. */
export async function openBlobStore(options: OpenBlobStoreOptions): Promise<BlobStore> {
  if (options.url !== undefined) return openS3BlobStore(options);
  return options.inMemory ? createMemoryBlobStore() : openFsBlobStore({ root: join(options.dataDir, BLOB_DIR) });
}
