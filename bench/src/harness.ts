import { spawn, type ChildProcess } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";

export const benchRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

export interface Target {
  url: string;
  stop(): Promise<void>;
}

/** Starts a bench target script in its own process and waits for the URL it prints. */
export async function startTarget(script: string, args: string[] = []): Promise<Target> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", join(benchRoot, "src/targets", script), ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code}: ${output}`)));
  });
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

export interface LoadOptions {
  url: string;
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  headers?: Record<string, string>;
  body?: string;
  seconds: number;
  connections: number;
}

/**
 * Requests per second of one run of wrk (Debian package `wrk`): a C load generator saturates
 * the server on this 2-core machine where a Node client would be the bottleneck. Fails on any
 * non-2xx answer or socket error.
 */
export function requestsPerSecond(options: LoadOptions): number {
  const script = join(mkdtempSync(join(tmpdir(), "bench-wrk-")), "request.lua");
  const headers = Object.entries(options.headers ?? {}).map(([name, value]) => `wrk.headers[${JSON.stringify(name)}] = ${JSON.stringify(value)}`);
  writeFileSync(
    script,
    [`wrk.method = "${options.method}"`, ...(options.body === undefined ? [] : [`wrk.body = ${JSON.stringify(options.body)}`]), ...headers].join("\n"),
  );
  const output = execFileSync("wrk", ["-t1", `-c${options.connections}`, `-d${options.seconds}s`, "-s", script, options.url + options.path], { encoding: "utf8" });
  if (/Non-2xx|Socket errors/.test(output)) throw new Error(`${options.path}: ${output}`);
  const match = /Requests\/sec:\s+([\d.]+)/.exec(output);
  if (!match) throw new Error(`unexpected wrk output: ${output}`);
  return Number(match[1]);
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
