import { spawn, type ChildProcess } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";

/** USER_HZ, 100 on Linux. */
const CLOCK_TICKS_PER_SECOND = 100;

export const benchRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

export interface Target {
  url: string;
  /** CPU time (user + system) the target process has used so far, in microseconds (Linux /proc). */
  cpuMicros(): number;
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
    cpuMicros: () => processCpuMicros(child.pid!),
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** CPU time (user + system) process `pid` has used so far, in microseconds (Linux /proc). */
export function processCpuMicros(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  // utime and stime (fields 14 and 15 of stat, counted after the command name) are in clock ticks.
  return ((Number(fields[11]) + Number(fields[12])) * 1_000_000) / CLOCK_TICKS_PER_SECOND;
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
  return load(options).requestsPerSecond;
}

/** One wrk run: requests per second and the total number of requests answered. */
export function load(options: LoadOptions): { requestsPerSecond: number; requests: number } {
  const dir = mkdtempSync(join(tmpdir(), "bench-wrk-"));
  const script = join(dir, "request.lua");
  const headers = Object.entries(options.headers ?? {}).map(([name, value]) => `wrk.headers[${JSON.stringify(name)}] = ${JSON.stringify(value)}`);
  writeFileSync(
    script,
    [`wrk.method = "${options.method}"`, ...(options.body === undefined ? [] : [`wrk.body = ${JSON.stringify(options.body)}`]), ...headers].join("\n"),
  );
  let output: string;
  try {
    output = execFileSync("wrk", ["-t1", `-c${options.connections}`, `-d${options.seconds}s`, "-s", script, options.url + options.path], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (/Non-2xx|Socket errors/.test(output)) throw new Error(`${options.path}: ${output}`);
  const rate = /Requests\/sec:\s+([\d.]+)/.exec(output);
  const total = /(\d+) requests in/.exec(output);
  if (!rate || !total) throw new Error(`unexpected wrk output: ${output}`);
  return { requestsPerSecond: Number(rate[1]), requests: Number(total[1]) };
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Prints a side-by-side run as the README's tables show it: each target's median and rounds, then
 * codeartifact-local's median over the floor's (`floorLabel` names the floor in `times`).
 */
export function printSideBySide(title: string, times: Record<string, number[]>, floorLabel: string, floorName: string): void {
  console.log(title);
  console.log("| target | median wall time | rounds (ms) |");
  console.log("|---|---|---|");
  for (const [label, values] of Object.entries(times))
    console.log(`| ${label} | ${median(values).toFixed(0)} ms | ${values.map((v) => v.toFixed(0)).join(", ")} |`);
  console.log(`ratio codeartifact-local / ${floorName}: ${(median(times["codeartifact-local"]) / median(times[floorLabel])).toFixed(2)}x`);
}
