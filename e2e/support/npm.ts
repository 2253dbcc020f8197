import { spawn } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { awsCli, type CliResult } from "./aws-cli";
import { repoRoot } from "./server";

export const npmFixtures = resolve(repoRoot, "e2e/fixtures/npm");

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr together, for matching client messages wherever they go. */
  output: string;
}

/** Runs a command to completion; never rejects on a non-zero exit. */
export function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 120_000);
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", reject);
    child.once("close", (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr, output: stdout + stderr });
    });
  });
}

/**
 * An isolated npm setup under `dir`: its own user config (what `aws codeartifact login` writes to,
 * through `npm config set`), cache and pnpm store, no global config, and no retries so failures
 * show at once.
 */
export class NpmClientEnv {
  readonly userconfig: string;
  readonly env: NodeJS.ProcessEnv;

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    this.userconfig = join(dir, "npmrc");
    writeFileSync(this.userconfig, "");
    writeFileSync(join(dir, "globalrc"), "");
    this.env = {
      PATH: process.env.PATH,
      HOME: dir,
      npm_config_userconfig: this.userconfig,
      npm_config_globalconfig: join(dir, "globalrc"),
      npm_config_cache: join(dir, "cache"),
      npm_config_fetch_retries: "0",
      npm_config_update_notifier: "false",
      npm_config_fund: "false",
      npm_config_audit: "false",
    };
  }

  /** `aws codeartifact login --tool npm`, writing into this environment's user config. */
  login(endpoint: string, domain: string, repository: string, extra: string[] = []): Promise<CliResult> {
    return awsCli(endpoint, ["codeartifact", "login", "--tool", "npm", "--domain", domain, "--repository", repository, ...extra], {
      npm_config_userconfig: this.userconfig,
      npm_config_globalconfig: join(this.dir, "globalrc"),
      npm_config_update_notifier: "false",
    });
  }

  npm(args: string[], cwd: string = this.dir): Promise<RunResult> {
    return run("npm", args, { cwd, env: this.env });
  }

  pnpm(args: string[], cwd: string): Promise<RunResult> {
    return run("pnpm", [...args, "--store-dir", join(this.dir, "pnpm-store")], { cwd, env: this.env });
  }

  /** Drops the npm cache, so the next install asks the registry again. */
  clearCache(): Promise<RunResult> {
    return this.npm(["cache", "clean", "--force"]);
  }
}

/** Copies a fixture package into `dir`, optionally with another version or name. */
export function copyFixture(fixture: string, dir: string, changes: Record<string, unknown> = {}): string {
  cpSync(join(npmFixtures, fixture), dir, { recursive: true });
  const manifestPath = join(dir, "package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Record<string, unknown>;
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, ...changes }, null, 2));
  return dir;
}

/** A consumer project depending on `dependencies`. */
export function makeProject(dir: string, dependencies: Record<string, string>): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true, dependencies }, null, 2));
  return dir;
}

export function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
}
