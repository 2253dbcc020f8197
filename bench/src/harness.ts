import { spawn, type ChildProcess } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

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

/** Requests per second (mean over the run) of one autocannon run; fails on any non-2xx answer. */
export async function requestsPerSecond(options: LoadOptions): Promise<number> {
  const result = await autocannon({
    url: options.url + options.path,
    method: options.method,
    headers: options.headers,
    body: options.body,
    duration: options.seconds,
    connections: options.connections,
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${options.path}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  }
  return result.requests.average;
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
