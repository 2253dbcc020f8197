import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openBlobStore, openStore, type BlobStore, type Store } from "@codeartifact-local/store";
import type { ServerConfig } from "./config";

/**
 * What handlers and format endpoints share: storage, configuration, and the one injectable
 * place for time, randomness and the token secret (so tests can be deterministic).
 */
export interface Services {
  store: Store;
  blobs: BlobStore;
  config: ServerConfig;
  now: () => Date;
  randomBytes: (size: number) => Buffer;
  /** HMAC key signing authorization tokens and pagination tokens; persisted in the data dir. */
  secret: Buffer;
  close(): Promise<void>;
}

export async function openServices(config: ServerConfig, overrides: Partial<Pick<Services, "now" | "randomBytes">> = {}): Promise<Services> {
  const store = config.inMemory ? await openStore({ inMemory: true }) : await openStore({ dataDir: ensureDir(config.dataDir) });
  const blobs = await openBlobStore(config.inMemory ? { inMemory: true } : { dataDir: config.dataDir });
  return {
    store,
    blobs,
    config,
    now: overrides.now ?? (() => new Date()),
    randomBytes: overrides.randomBytes ?? randomBytes,
    secret: config.inMemory ? randomBytes(32) : loadSecret(config.dataDir),
    close: () => store.close(),
  };
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
