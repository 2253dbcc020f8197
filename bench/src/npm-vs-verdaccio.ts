// The npm endpoint of codeartifact-local (a real server process, in memory) against Verdaccio 6
// (a child process with its own offline storage), both serving the same generated packages on
// this machine:
//   1. wall time of a clean `npm install` of a project depending on all of them (fresh cache, no
//      lockfile, so npm resolves every packument and downloads every tarball);
//   2. packument requests per second (wrk), abbreviated as installers ask and full as `npm view` does;
//   3. single-request latency of a packument and a tarball, to tell where the time goes.
// Rounds alternate between the two registries; medians and ratios go to
// bench/results/npm-vs-verdaccio.json and a summary line to stdout.
//
//   pnpm -C bench exec tsx src/npm-vs-verdaccio.ts
//   BENCH_ROUNDS (5) install rounds, BENCH_RPS_ROUNDS (3) wrk rounds, BENCH_SECONDS (5) per wrk run,
//   BENCH_PACKAGES (150) generated packages.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import * as sdk from "@aws-sdk/client-codeartifact";
import { freePort } from "@codeartifact-local/test-services";
import { run } from "../../e2e/support/npm";
import { sdkClient, startServer, type RunningServer } from "../../e2e/support/server";
import { benchRoot, load, median, processCpuMicros, requestsPerSecond } from "./harness";

const PACKAGES = Number(process.env.BENCH_PACKAGES ?? 150);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const RPS_ROUNDS = Number(process.env.BENCH_RPS_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
/** The package wrk asks for: the one with many versions. */
const HOT = "bench-pkg-000";
const HOT_VERSIONS = 20;
/** What npm 9+ sends for packuments during install. */
const INSTALL_ACCEPT = "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*";

// ---------------------------------------------------------------------------------------------
// Generated packages

interface Spec {
  name: string;
  versions: string[];
  dependencies: Record<string, string>;
}

const nameOf = (i: number) => (i % 10 === 5 ? `@bench/pkg-${String(i).padStart(3, "0")}` : `bench-pkg-${String(i).padStart(3, "0")}`);

/**
 * A deterministic DAG: package i depends on up to three later packages, so resolution goes several
 * levels deep. About one edge in ten pins `~1.0.0` of a package whose latest is 1.1 or 1.2, which
 * makes npm nest a second copy, as real trees do.
 */
function specs(count: number): Spec[] {
  return Array.from({ length: count }, (_, i) => {
    const versions = i === 0 ? Array.from({ length: HOT_VERSIONS }, (_, v) => `1.${v}.0`) : Array.from({ length: 1 + (i % 3) }, (_, v) => `1.${v}.0`);
    const dependencies: Record<string, string> = {};
    for (const [n, target] of [i + 1 + ((i * 7) % 13), i + 2 + ((i * 11) % 29), i + 3 + ((i * 5) % 41)].entries()) {
      if (target >= count || target === i) continue;
      const pinned = (i + n) % 7 === 0 && target % 3 !== 0;
      dependencies[nameOf(target)] = pinned ? "~1.0.0" : "^1.0.0";
    }
    return { name: nameOf(i), versions, dependencies };
  });
}

/** One ustar entry (header + padded data); npm reads plain ustar, nothing more is needed. */
function tarEntry(path: string, data: Buffer): Buffer {
  const header = Buffer.alloc(512);
  const field = (offset: number, length: number, value: string) => header.write(value, offset, length, "ascii");
  field(0, 100, path);
  field(100, 8, "0000644\0");
  field(108, 8, "0000000\0");
  field(116, 8, "0000000\0");
  field(124, 12, data.length.toString(8).padStart(11, "0") + "\0");
  field(136, 12, "14724571440\0"); // a fixed mtime keeps tarballs byte-identical between runs
  field(148, 8, "        ");
  field(156, 1, "0");
  field(257, 8, "ustar\u000000");
  let sum = 0;
  for (const byte of header) sum += byte;
  field(148, 8, sum.toString(8).padStart(6, "0") + "\0 ");
  return Buffer.concat([header, data, Buffer.alloc((512 - (data.length % 512)) % 512)]);
}

/** Filler that gzip cannot shrink to nothing, so tarballs have realistic sizes (a few KiB). */
function filler(seed: string, bytes: number): string {
  let out = "";
  for (let i = 0; out.length < bytes; i++) out += `exports.k${i} = "${createHash("sha256").update(`${seed}:${i}`).digest("base64")}";\n`;
  return out;
}

function manifestOf(spec: Spec, version: string, i: number): Record<string, unknown> {
  return {
    name: spec.name,
    version,
    description: `Generated package ${spec.name} for the npm install benchmark`,
    main: "index.js",
    license: "MIT",
    repository: { type: "git", url: "https://example.invalid/bench.git" },
    keywords: ["bench", `n${i % 17}`],
    dependencies: spec.dependencies,
  };
}

function tarball(manifest: Record<string, unknown>, i: number): Buffer {
  const files: Array<[string, string]> = [
    ["package/package.json", JSON.stringify(manifest, null, 2)],
    ["package/index.js", `module.exports = require("./lib/data.js");\n`],
    ["package/lib/data.js", filler(`${manifest.name}@${manifest.version}`, 1024 * (2 + (i % 6)))],
    ["package/README.md", `# ${manifest.name}\n\n${"Generated for a benchmark. ".repeat(20)}\n`],
  ];
  return gzipSync(Buffer.concat([...files.map(([path, text]) => tarEntry(path, Buffer.from(text))), Buffer.alloc(1024)]));
}

/** The body of `npm publish`: one version, its tarball attached in base64. */
function publishBody(registry: string, manifest: Record<string, unknown>, tgz: Buffer): string {
  const name = manifest.name as string;
  const version = manifest.version as string;
  const file = `${name.replace(/^@[^/]+\//, "")}-${version}.tgz`;
  const dist = {
    integrity: `sha512-${createHash("sha512").update(tgz).digest("base64")}`,
    shasum: createHash("sha1").update(tgz).digest("hex"),
    tarball: `${registry}${name}/-/${file}`,
  };
  return JSON.stringify({
    _id: name,
    name,
    description: manifest.description,
    "dist-tags": { latest: version },
    versions: { [version]: { ...manifest, _id: `${name}@${version}`, readme: `# ${name}\n`, dist } },
    readme: `# ${name}\n`,
    _attachments: { [`${name}-${version}.tgz`]: { content_type: "application/octet-stream", data: tgz.toString("base64"), length: tgz.length } },
  });
}

/** Runs `task` over `items` with at most `limit` in flight. */
async function pool<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await task(items[next++]);
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Registries

interface Registry {
  label: "codeartifact-local" | "verdaccio";
  /** Registry URL with a trailing slash, as npm's `registry` setting wants it. */
  url: string;
  /** Headers every request needs (ours: the CodeArtifact token). */
  headers: Record<string, string>;
  /** Extra lines for the isolated .npmrc. */
  npmrc: string[];
  /** The server process, for its CPU time. */
  pid: number;
  /** A small write, so the next packument cannot come from what the registry kept (ours only). */
  touch?: () => Promise<void>;
}

const cleanups: Array<() => Promise<void> | void> = [];
async function cleanup(): Promise<void> {
  for (const step of cleanups.splice(0).reverse()) {
    try {
      await step();
    } catch (error) {
      console.error("cleanup:", error);
    }
  }
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void cleanup().then(() => process.exit(130)));
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

async function startVerdaccio(work: string): Promise<Registry & { version: string }> {
  const require = createRequire(import.meta.url);
  const pkgJson = require.resolve("verdaccio/package.json");
  const version = (JSON.parse(readFileSync(pkgJson, "utf8")) as { version: string }).version;
  const dir = join(work, "verdaccio");
  mkdirSync(dir);
  // Offline: no uplinks, anyone may read and publish, no web UI and no audit proxy.
  const config = [
    `storage: ${JSON.stringify(join(dir, "storage"))}`,
    "auth:",
    "  htpasswd:",
    `    file: ${JSON.stringify(join(dir, "htpasswd"))}`,
    "uplinks: {}",
    "packages:",
    "  '@*/*': { access: $all, publish: $all }",
    "  '**': { access: $all, publish: $all }",
    "web: { enable: false }",
    "middlewares: { audit: { enabled: false } }",
    "max_body_size: 50mb",
    "log: { type: stdout, format: pretty, level: warn }",
  ].join("\n");
  writeFileSync(join(dir, "config.yaml"), config + "\n");
  const port = await freePort();
  const child = spawn(process.execPath, [join(dirname(pkgJson), "bin/verdaccio"), "--config", join(dir, "config.yaml"), "--listen", `127.0.0.1:${port}`], {
    cwd: dir,
    stdio: ["ignore", "pipe", "pipe"],
  });
  cleanups.push(() => stopChild(child));
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited with ${child.exitCode}:\n${output}`);
    const ok = await fetch(`${url}-/ping`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`verdaccio did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { label: "verdaccio", url, headers: {}, npmrc: [], pid: child.pid!, version };
}

async function startOurs(): Promise<Registry & { server: RunningServer }> {
  const server = await startServer({ inMemory: true });
  cleanups.push(async () => void (await server.stop()));
  const client = sdkClient(server.url);
  cleanups.push(() => client.destroy());
  const domain = "bench";
  await client.send(new sdk.CreateDomainCommand({ domain }));
  await client.send(new sdk.CreateRepositoryCommand({ domain, repository: "repo" }));
  const token = (await client.send(new sdk.GetAuthorizationTokenCommand({ domain, durationSeconds: 43200 }))).authorizationToken!;
  const url = (await client.send(new sdk.GetRepositoryEndpointCommand({ domain, repository: "repo", format: "npm" }))).repositoryEndpoint!;
  const resourceArn = (await client.send(new sdk.DescribeRepositoryCommand({ domain, repository: "repo" }))).repository!.arn!;
  let touches = 0;
  const touch = async () => void (await client.send(new sdk.TagResourceCommand({ resourceArn, tags: [{ key: "bench", value: String(++touches) }] })));
  return {
    label: "codeartifact-local",
    url,
    headers: { authorization: `Bearer ${token}` },
    npmrc: [`${url.replace(/^https?:/, "")}:_authToken=${token}`],
    pid: server.process.pid!,
    server,
    touch,
  };
}

async function publishAll(registry: Registry, all: Spec[]): Promise<void> {
  await pool(all, 6, async (spec) => {
    const i = all.indexOf(spec);
    // Versions of one package go in order, as separate publishes would.
    for (const version of spec.versions) {
      const manifest = manifestOf(spec, version, i);
      const answer = await fetch(registry.url + spec.name.replace("/", "%2f"), {
        method: "PUT",
        headers: { ...registry.headers, "content-type": "application/json" },
        body: publishBody(registry.url, manifest, tarball(manifest, i)),
      });
      if (!answer.ok) throw new Error(`${registry.label}: publish ${spec.name}@${version}: ${answer.status} ${await answer.text()}`);
      await answer.arrayBuffer();
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Measurements

interface RequestLog {
  count: number;
  /** Median of the times npm logged per request (concurrent, so not additive). */
  medianMs: number;
}

/** npm's `--loglevel=http` lines (`npm http fetch GET 200 <url> 3ms ...`), by kind of request. */
function requestLog(output: string): Record<"packument" | "tarball" | "other", RequestLog> {
  const times: Record<"packument" | "tarball" | "other", number[]> = { packument: [], tarball: [], other: [] };
  for (const [, url, ms] of output.matchAll(/npm http fetch \w+ \d+ (\S+) (\d+)ms/g)) {
    const kind = url.endsWith(".tgz") ? "tarball" : /\/-\//.test(url) ? "other" : "packument";
    times[kind].push(Number(ms));
  }
  const summary = (values: number[]): RequestLog => ({ count: values.length, medianMs: values.length ? median(values) : 0 });
  return { packument: summary(times.packument), tarball: summary(times.tarball), other: summary(times.other) };
}

/**
 * One clean `npm install`: new project dir, new cache, no lockfile. Returns ms and the installed
 * count; with `logHttp` (only for unmeasured runs: logging costs npm time) also npm's requests.
 */
async function npmInstall(
  registry: Registry,
  work: string,
  dependencies: Record<string, string>,
  logHttp = false,
): Promise<{ ms: number; serverCpuMs: number; installed: number; requests?: ReturnType<typeof requestLog> }> {
  const dir = mkdtempSync(join(work, "install-"));
  try {
    const project = join(dir, "project");
    mkdirSync(project);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "bench-consumer", version: "1.0.0", private: true, dependencies }, null, 2));
    writeFileSync(join(dir, "npmrc"), [`registry=${registry.url}`, ...registry.npmrc].join("\n") + "\n");
    writeFileSync(join(dir, "globalrc"), "");
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: dir,
      npm_config_userconfig: join(dir, "npmrc"),
      npm_config_globalconfig: join(dir, "globalrc"),
      npm_config_cache: join(dir, "cache"),
      npm_config_update_notifier: "false",
      npm_config_fetch_retries: "0",
    };
    const cpuBefore = processCpuMicros(registry.pid);
    const started = process.hrtime.bigint();
    const result = await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-online", `--loglevel=${logHttp ? "http" : "error"}`], {
      cwd: project,
      env,
      timeoutMs: 300_000,
    });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const serverCpuMs = (processCpuMicros(registry.pid) - cpuBefore) / 1000;
    if (result.code !== 0) throw new Error(`npm install from ${registry.label} failed:\n${result.output}`);
    const lock = JSON.parse(readFileSync(join(project, "node_modules/.package-lock.json"), "utf8")) as { packages: Record<string, unknown> };
    return { ms, serverCpuMs, installed: Object.keys(lock.packages).length, requests: logHttp ? requestLog(result.output) : undefined };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Median ms of `count` sequential GETs over one fresh keep-alive connection: its own agent, so no
 * socket left idle since publishing (and closed by the server meanwhile) is reused. `before` runs,
 * untimed, ahead of each GET.
 */
async function latency(url: string, headers: Record<string, string>, count: number, before?: () => Promise<void>): Promise<{ ms: number; bytes: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  let bytes = 0;
  const get = () =>
    new Promise<void>((resolve, reject) => {
      const req = request(url, { headers, agent }, (res) => {
        if (res.statusCode !== 200) reject(new Error(`${url}: ${res.statusCode}`));
        bytes = 0;
        res.on("data", (chunk: Buffer) => (bytes += chunk.length));
        res.once("end", resolve).once("error", reject);
      });
      req.once("error", reject).end();
    });
  try {
    const times: number[] = [];
    for (let i = 0; i < count + 10; i++) {
      await before?.();
      const started = process.hrtime.bigint();
      await get();
      if (i >= 10) times.push(Number(process.hrtime.bigint() - started) / 1e6); // first 10 warm up
    }
    return { ms: Number(median(times).toFixed(3)), bytes };
  } finally {
    agent.destroy();
  }
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "ca-bench-npm-"));
  cleanups.push(() => rmSync(work, { recursive: true, force: true }));
  const all = specs(PACKAGES);
  const [ours, verdaccio] = [await startOurs(), await startVerdaccio(work)];
  const registries = [ours, verdaccio];

  const started = Date.now();
  for (const registry of registries) await publishAll(registry, all);
  console.error(
    `published ${all.length} packages (${all.reduce((n, s) => n + s.versions.length, 0)} versions) to each registry in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );

  const dependencies = Object.fromEntries(all.map((s) => [s.name, "^1.0.0"]));
  const install: Record<Registry["label"], number[]> = { "codeartifact-local": [], verdaccio: [] };
  // The server's CPU time per install: steadier than wall time on a shared machine, and what the
  // server itself contributes (npm's own work is most of the wall time).
  const installCpu: Record<Registry["label"], number[]> = { "codeartifact-local": [], verdaccio: [] };
  const installed: Record<string, number> = {};
  // One unmeasured install each warms up both servers (JIT, OS caches) before the rounds.
  const requests: Record<string, ReturnType<typeof requestLog> | undefined> = {};
  for (const registry of registries) {
    const warm = await npmInstall(registry, work, dependencies, true);
    installed[registry.label] = warm.installed;
    requests[registry.label] = warm.requests;
  }
  if (installed["codeartifact-local"] !== installed.verdaccio) throw new Error(`installed trees differ: ${JSON.stringify(installed)}`);
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate which registry goes first, so neither always follows the other's cleanup I/O.
    for (const registry of round % 2 === 0 ? registries : [...registries].reverse()) {
      const { ms, serverCpuMs } = await npmInstall(registry, work, dependencies);
      install[registry.label].push(ms);
      installCpu[registry.label].push(serverCpuMs);
      console.error(`round ${round + 1}: npm install from ${registry.label}: ${(ms / 1000).toFixed(2)} s (server CPU ${serverCpuMs.toFixed(0)} ms)`);
    }
  }

  const variants = { abbreviated: { accept: INSTALL_ACCEPT }, full: { accept: "application/json" } };
  const rps: Record<string, Record<Registry["label"], number[]>> = {};
  const cpuPerRequest: Record<string, Record<Registry["label"], number[]>> = {};
  for (const [variant, headers] of Object.entries(variants)) {
    rps[variant] = { "codeartifact-local": [], verdaccio: [] };
    cpuPerRequest[variant] = { "codeartifact-local": [], verdaccio: [] };
    for (let round = 0; round < RPS_ROUNDS; round++) {
      for (const registry of round % 2 === 0 ? registries : [...registries].reverse()) {
        const request = {
          url: registry.url.replace(/\/$/, ""),
          method: "GET" as const,
          path: `/${HOT}`,
          headers: { ...registry.headers, ...headers },
          connections: 10,
        };
        requestsPerSecond({ ...request, seconds: 1 }); // warm-up
        const before = processCpuMicros(registry.pid);
        const run = load({ ...request, seconds: SECONDS });
        const micros = (processCpuMicros(registry.pid) - before) / run.requests;
        rps[variant][registry.label].push(run.requestsPerSecond);
        cpuPerRequest[variant][registry.label].push(micros);
        console.error(
          `round ${round + 1}: ${variant} packument from ${registry.label}: ${run.requestsPerSecond.toFixed(0)} req/s, server CPU ${micros.toFixed(0)} µs/request`,
        );
      }
    }
  }

  // Sequential latency of the requests an install makes: a small packument, the many-version one,
  // and a tarball; and packuments right after a write, which codeartifact-local cannot answer from
  // the documents it keeps (the first request for a package after any change costs this much).
  const probes = {
    "packument (3 versions, abbreviated)": { path: "bench-pkg-002", accept: INSTALL_ACCEPT, afterWrite: false },
    [`packument (${HOT_VERSIONS} versions, abbreviated)`]: { path: HOT, accept: INSTALL_ACCEPT, afterWrite: false },
    [`packument (${HOT_VERSIONS} versions, abbreviated), right after a write`]: { path: HOT, accept: INSTALL_ACCEPT, afterWrite: true },
    [`packument (${HOT_VERSIONS} versions, full), right after a write`]: { path: HOT, accept: "application/json", afterWrite: true },
    tarball: { path: "bench-pkg-002/-/bench-pkg-002-1.2.0.tgz", accept: "*/*", afterWrite: false },
  };
  const latencyMs: Record<string, Record<string, { ms: number; bytes: number }>> = {};
  for (const [probe, { path, accept, afterWrite }] of Object.entries(probes)) {
    latencyMs[probe] = {};
    for (const registry of registries) {
      latencyMs[probe][registry.label] = await latency(registry.url + path, { ...registry.headers, accept }, 200, afterWrite ? registry.touch : undefined);
    }
  }

  const installMs = { ours: median(install["codeartifact-local"]), verdaccio: median(install.verdaccio) };
  interface RpsSummary {
    ours: number;
    verdaccio: number;
    ratio: number;
    serverCpuMicrosPerRequest: { ours: number; verdaccio: number };
  }
  const rpsMedians: Record<string, RpsSummary> = {};
  for (const [variant, s] of Object.entries(rps)) {
    const ours = median(s["codeartifact-local"]);
    const theirs = median(s.verdaccio);
    const cpu = cpuPerRequest[variant];
    rpsMedians[variant] = {
      ours,
      verdaccio: theirs,
      ratio: Number((ours / theirs).toFixed(3)),
      serverCpuMicrosPerRequest: { ours: Math.round(median(cpu["codeartifact-local"])), verdaccio: Math.round(median(cpu.verdaccio)) },
    };
  }
  const result = {
    benchmark: "npm endpoint vs Verdaccio: clean npm install and packument requests/s",
    date: new Date().toISOString(),
    node: process.version,
    npm: (await run("npm", ["--version"], { env: { PATH: process.env.PATH } })).stdout.trim(),
    verdaccio: verdaccio.version,
    packages: all.length,
    versionsPublished: all.reduce((n, s) => n + s.versions.length, 0),
    installedPackages: installed.verdaccio,
    install: {
      mode: "clean: fresh cache, no lockfile, --no-audit --no-fund --prefer-online",
      rounds: ROUNDS,
      medianMs: installMs,
      // > 1: codeartifact-local installs faster.
      ratioVerdaccioOverOurs: Number((installMs.verdaccio / installMs.ours).toFixed(3)),
      samplesMs: install,
      serverCpuMs: { ours: Math.round(median(installCpu["codeartifact-local"])), verdaccio: Math.round(median(installCpu.verdaccio)), samples: installCpu },
    },
    packumentRps: {
      package: HOT,
      versions: HOT_VERSIONS,
      rounds: RPS_ROUNDS,
      seconds: SECONDS,
      connections: 10,
      // ratio > 1: codeartifact-local answers more requests per second.
      medians: rpsMedians,
      samples: rps,
      cpuMicrosPerRequestSamples: cpuPerRequest,
    },
    // Sequential requests on one connection: median ms and response bytes.
    latencyMs,
    // What npm asked for in the (unmeasured) warm-up install, as it logged them.
    npmRequests: requests,
  };
  mkdirSync(join(benchRoot, "results"), { recursive: true });
  writeFileSync(join(benchRoot, "results/npm-vs-verdaccio.json"), JSON.stringify(result, null, 2) + "\n");
  const cpu = (variant: string) => rpsMedians[variant].serverCpuMicrosPerRequest;
  console.log(
    `npm install (${installed.verdaccio} packages): codeartifact-local ${(installMs.ours / 1000).toFixed(2)} s, verdaccio ${(installMs.verdaccio / 1000).toFixed(2)} s, ` +
      `ratio ${result.install.ratioVerdaccioOverOurs.toFixed(2)} (server CPU ${result.install.serverCpuMs.ours} vs ${result.install.serverCpuMs.verdaccio} ms); ` +
      `packument req/s abbreviated ${rpsMedians.abbreviated.ours.toFixed(0)} vs ${rpsMedians.abbreviated.verdaccio.toFixed(0)}, ratio ${rpsMedians.abbreviated.ratio.toFixed(2)} ` +
      `(${cpu("abbreviated").ours} vs ${cpu("abbreviated").verdaccio} µs CPU/request); ` +
      `full ${rpsMedians.full.ours.toFixed(0)} vs ${rpsMedians.full.verdaccio.toFixed(0)}, ratio ${rpsMedians.full.ratio.toFixed(2)} ` +
      `(${cpu("full").ours} vs ${cpu("full").verdaccio} µs CPU/request)`,
  );
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanup();
}
