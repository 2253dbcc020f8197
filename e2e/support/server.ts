import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CodeartifactClient } from "@aws-sdk/client-codeartifact";
import { HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import pg from "pg";
import { inject } from "vitest";
import { startAlternatingProxy } from "./alternating-proxy";
import { SHARED_BUCKET } from "./shared-setup";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export interface RunningServer {
  url: string;
  dataDir?: string;
  process: ChildProcess;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
  /** The shared run's separate instances behind `url` (one entry, the server itself, otherwise). */
  instances: RunningServer[];
  /** The token-signing secret (from the data dir, or the shared database). */
  secret(): Promise<Buffer>;
  /** Whether the blob store holds this content for the domain (on disk, or in the bucket). */
  hasBlob(domain: { account: string; region: string; name: string }, sha256: string): Promise<boolean>;
}

export interface StartOptions {
  dataDir?: string;
  inMemory?: boolean;
  env?: NodeJS.ProcessEnv;
  args?: string[];
}

/**
 * The e2e suite runs twice (e2e/vitest.config.ts): on the default backend (SQLite and the data dir),
 * and as a shared deployment (PostgreSQL and S3) with two instances behind an alternating proxy.
 */
export const SHARED_RUN = process.env.E2E_BACKEND === "shared";

let deployments = 0;

/** Starts the server the run is about: one instance, or a shared deployment of two. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  return SHARED_RUN ? startSharedDeployment(options) : startInstance(options);
}

/** Where a shared deployment keeps its data: a data dir maps to the same database and prefix each time. */
export function sharedLocation(options: StartOptions): { database: string; prefix: string } {
  const name = options.dataDir ? `dir_${createHash("sha256").update(options.dataDir).digest("hex").slice(0, 16)}` : `run_${process.pid}_${++deployments}`;
  return { database: name, prefix: name.replace(/_/g, "-") };
}

async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } catch (error) {
    if ((error as { code?: string }).code !== "42P04") throw error; // exists: a restart on the same data
  } finally {
    await client.end();
  }
  return serverUrl.replace(/\/[^/]*$/, `/${name}`);
}

/** Two instances on one PostgreSQL database and S3 prefix, behind a proxy alternating between them. */
export async function startSharedDeployment(
  options: StartOptions & { instances?: number; services?: { postgresUrl: string; s3Env: Record<string, string> } },
): Promise<RunningServer> {
  // Benchmarks pass their own services; tests get the run's (support/shared-setup.ts).
  const { postgresUrl, s3Env } = options.services ?? inject("shared");
  const where = sharedLocation(options);
  const databaseUrl = await ensureDatabase(postgresUrl, where.database);
  const shared = {
    ...options,
    env: { ...s3Env, ...options.env },
    // No write grace: the suite checks that cleanup removes bytes right after a version goes (the
    // grace itself is covered by the store's tests).
    args: [...(options.args ?? []), "--database-url", databaseUrl, "--blob-store", `s3://${SHARED_BUCKET}/${where.prefix}`, "--blob-write-grace-ms", "0"],
  };
  // The first instance migrates; the others start on the migrated database.
  const instances = [await startInstance(shared)];
  instances.push(...(await Promise.all(Array.from({ length: (options.instances ?? 2) - 1 }, () => startInstance(shared)))));
  const proxy = await startAlternatingProxy(() => {
    const live = instances.filter((i) => i.process.exitCode === null && i.process.signalCode === null);
    return (live.length > 0 ? live : instances).map((i) => i.url);
  });
  const s3 = new S3Client({
    endpoint: s3Env.AWS_ENDPOINT_URL_S3,
    region: s3Env.AWS_REGION,
    forcePathStyle: true,
    credentials: { accessKeyId: s3Env.AWS_ACCESS_KEY_ID!, secretAccessKey: s3Env.AWS_SECRET_ACCESS_KEY! },
  });
  return {
    url: proxy.url,
    dataDir: options.dataDir,
    process: instances[0]!.process,
    instances,
    async stop() {
      const codes = await Promise.all(instances.map((i) => i.stop()));
      await proxy.close();
      s3.destroy();
      // A killed instance has no exit code; the others must have stopped cleanly.
      return codes.find((code) => code !== null && code !== 0) ?? codes.find((code) => code !== null) ?? null;
    },
    async secret() {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        const { rows } = await client.query<{ value: string }>("select value from settings where name = 'token-secret'");
        return Buffer.from(rows[0]!.value, "base64");
      } finally {
        await client.end();
      }
    },
    async hasBlob(domain, sha256) {
      const key = `${where.prefix}/${domain.account}/${domain.region}/${domain.name}/${sha256.slice(0, 2)}/${sha256}`;
      try {
        await s3.send(new HeadObjectCommand({ Bucket: SHARED_BUCKET, Key: key }));
        return true;
      } catch (error) {
        if ((error as { name?: string }).name === "NotFound") return false;
        throw error;
      }
    },
  };
}

/** Starts the real app (`apps/server`) on a free port and resolves once it prints its URL. */
export async function startInstance(options: StartOptions = {}): Promise<RunningServer> {
  const args = ["--port", "0", "--log-level", "warn", ...(options.args ?? [])];
  if (options.inMemory ?? !options.dataDir) args.push("--in-memory");
  if (options.dataDir) args.push("--data-dir", options.dataDir);
  const child = spawn(process.execPath, ["--import", "tsx", join(repoRoot, "apps/server/src/main.ts"), ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise<string>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePromise(match[1]);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  const server: RunningServer = {
    url,
    dataDir: options.dataDir,
    process: child,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      return exited;
    },
    instances: [],
    secret: async () => Buffer.from(readFileSync(join(options.dataDir!, "server-secret"), "utf8"), "base64"),
    hasBlob: async (domain, sha256) => {
      const path = join(options.dataDir!, "blobs", domain.account, domain.region, domain.name, sha256.slice(0, 2), sha256);
      return existsSync(path);
    },
  };
  server.instances.push(server);
  return server;
}

export function tempDir(prefix = "ca-local-"): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** The official SDK client pointed at a running server, with fixed test credentials. */
export function sdkClient(url: string, accessKeyId = "123456789012", region = "us-west-2"): CodeartifactClient {
  return new CodeartifactClient({
    endpoint: url,
    region,
    credentials: { accessKeyId, secretAccessKey: "test-secret" },
    maxAttempts: 1,
  });
}
