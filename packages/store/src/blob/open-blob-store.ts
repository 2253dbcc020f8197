import { join } from 'node:path';
import type { BlobStore } from './blob-store.js';
import { openFsBlobStore } from './fs-blob-store.js';
import { createMemoryBlobStore } from './memory-blob-store.js';

export const BLOB_DIR = 'blobs';

export type OpenBlobStoreOptions = { dataDir: string; inMemory?: false } | { inMemory: true; dataDir?: undefined };

/** Mirrors openStore: blobs under <dataDir>/blobs, or in memory. */
export async function openBlobStore(options: OpenBlobStoreOptions): Promise<BlobStore> {
  return options.inMemory ? createMemoryBlobStore() : openFsBlobStore({ root: join(options.dataDir, BLOB_DIR) });
}
