import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CodeartifactClient } from "@aws-sdk/client-codeartifact";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export interface RunningServer {
  url: string;
  dataDir?: string;
  process: ChildProcess;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts the real app (`apps/server`) on a free port and resolves once it prints its URL. */
export async function startServer(options: { dataDir?: string; inMemory?: boolean; env?: NodeJS.ProcessEnv; args?: string[] } = {}): Promise<RunningServer> {
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
  return {
    url,
    dataDir: options.dataDir,
    process: child,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
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
