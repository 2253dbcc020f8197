import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openBlobStore, openStore } from "@codeartifact-local/store";
import type { Services } from "@codeartifact-local/package-service";
import type { ServerConfig } from "./config";

/** The shared services, configured by the server's whole configuration. */
export interface ServerServices extends Services {
  config: ServerConfig;
}

export async function openServices(config: ServerConfig, overrides: Partial<Pick<Services, "now" | "randomBytes">> = {}): Promise<ServerServices> {
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
