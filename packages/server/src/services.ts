import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Services } from "@codeartifact-local/package-service";
import { BLOB_DIR, openBlobStore, openStore, type BlobStore, type Store } from "@codeartifact-local/store";
import type { ServerConfig } from "./config";

/** The shared services (package-service's `Services`), configured by the server's whole configuration. */
export interface ServerServices extends Services {
  config: ServerConfig;
}

/** Name of the shared setting holding the token secret (PostgreSQL deployments). */
const SECRET_SETTING = "token-secret";

export async function openServices(config: ServerConfig, overrides: Partial<Pick<Services, "now" | "randomBytes">> = {}): Promise<ServerServices> {
  const store = await openConfiguredStore(config);
  let blobs: BlobStore;
  let secret: Buffer;
  try {
    blobs = await openConfiguredBlobStore(config);
    secret = await loadConfiguredSecret(config, store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return {
    store,
    blobs,
    config,
    now: overrides.now ?? (() => new Date()),
    randomBytes: overrides.randomBytes ?? randomBytes,
    secret,
    close: () => store.close(),
  };
}

async function openConfiguredStore(config: ServerConfig): Promise<Store> {
  if (config.databaseUrl) return openStore({ databaseUrl: config.databaseUrl });
  return config.inMemory ? openStore({ inMemory: true }) : openStore({ dataDir: ensureDir(config.dataDir) });
}

/** Where the blobs live, for /health and logs. */
export function blobStoreLocation(config: ServerConfig): string {
  return config.blobStore ?? (config.inMemory ? "memory" : join(config.dataDir, BLOB_DIR));
}

function openConfiguredBlobStore(config: ServerConfig): Promise<BlobStore> {
  if (config.blobStore) return openBlobStore({ url: config.blobStore, writeGraceMs: config.blobWriteGraceMs });
  return openBlobStore(config.inMemory ? { inMemory: true } : { dataDir: config.dataDir });
}

async function loadConfiguredSecret(config: ServerConfig, store: Store): Promise<Buffer> {
  // Instances on one PostgreSQL database may share no disk: the database holds the secret.
  if (config.databaseUrl) return Buffer.from(await store.settings.getOrCreate(SECRET_SETTING, randomBytes(32).toString("base64")), "base64");
  return config.inMemory ? randomBytes(32) : loadSecret(config.dataDir);
}

function ensureDir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Instances sharing a data dir share the secret, so each verifies the others' tokens. */
function loadSecret(dataDir: string): Buffer {
  const file = join(ensureDir(dataDir), "server-secret");
  if (!existsSync(file)) {
    try {
      writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      // Another instance created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return Buffer.from(readFileSync(file, "utf8"), "base64");
}
