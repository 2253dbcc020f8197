// Streaming proof for generic assets: publishes and downloads a large asset (1 GiB by default)
// through the official SDK against the real server with a data dir, sampling the server's resident
// memory throughout. The asset exists only as a generator on the client; the server must stream it
// to and from the blob store, so its RSS may grow by much less than the asset's size.
//
//   pnpm -C bench exec tsx src/streaming.ts          (BENCH_ASSET_MIB=1024, BENCH_LIMIT_MIB=64)
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import {
  CodeartifactClient,
  CreateDomainCommand,
  CreateRepositoryCommand,
  GetPackageVersionAssetCommand,
  PublishPackageVersionCommand,
} from "@aws-sdk/client-codeartifact";
import { benchRoot } from "./harness";

const MiB = 1024 * 1024;
const assetBytes = Number(process.env.BENCH_ASSET_MIB ?? 1024) * MiB;
const limitBytes = Number(process.env.BENCH_LIMIT_MIB ?? 64) * MiB;

/** Deterministic, varied 1 MiB chunks: produced twice (hash, then upload), never stored. */
function* chunks(total: number): Generator<Buffer> {
  for (let offset = 0, i = 0; offset < total; offset += MiB, i++) {
    const chunk = Buffer.alloc(Math.min(MiB, total - offset));
    chunk.fill(createHash("sha512").update(`chunk-${i}`).digest());
    yield chunk;
  }
}

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024;
}

/** Samples RSS every 20 ms; `peak()` reads the maximum since the last `reset()`. */
function sampler(pid: number) {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, rssOf(pid));
  }, 20);
  return {
    reset: () => (peak = rssOf(pid)),
    peak: () => Math.max(peak, rssOf(pid)),
    stop: () => clearInterval(timer),
  };
}

const mib = (n: number) => (n / MiB).toFixed(1);
const dataDir = await mkdtemp(join(tmpdir(), "ca-bench-stream-"));
const server = spawn(
  process.execPath,
  ["--import", "tsx", join(benchRoot, "../apps/server/src/main.ts"), "--port", "0", "--log-level", "warn", "--data-dir", dataDir],
  { stdio: ["ignore", "pipe", "inherit"] },
);
const url = await new Promise<string>((resolve, reject) => {
  let output = "";
  server.stdout!.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    const match = /listening on (http:\/\/\S+)/.exec(output);
    if (match) resolve(match[1]);
  });
  server.once("exit", (code) => reject(new Error(`server exited with ${code}: ${output}`)));
});

const client = new CodeartifactClient({
  endpoint: url,
  region: "us-west-2",
  credentials: { accessKeyId: "123456789012", secretAccessKey: "bench" },
  maxAttempts: 1,
});
const target = { domain: "bench", repository: "bench", format: "generic" as const, namespace: "bench" };
const memory = sampler(server.pid!);
try {
  await client.send(new CreateDomainCommand({ domain: target.domain }));
  await client.send(new CreateRepositoryCommand({ domain: target.domain, repository: target.repository }));

  // Warm-up: the first publish and download load code paths that would otherwise count as growth.
  const small = Buffer.from("warm-up");
  const warm = { ...target, package: "warm", packageVersion: "1", assetName: "warm.bin" };
  await client.send(
    new PublishPackageVersionCommand({ ...warm, assetContent: Readable.from([small]), assetSHA256: createHash("sha256").update(small).digest("hex") }),
  );
  const warmDownload = await client.send(new GetPackageVersionAssetCommand({ ...warm, asset: "warm.bin" }));
  for await (const _ of warmDownload.asset as AsyncIterable<Uint8Array>);
  await new Promise((r) => setTimeout(r, 500));
  const baseline = rssOf(server.pid!);

  const hash = createHash("sha256");
  for (const chunk of chunks(assetBytes)) hash.update(chunk);
  const expected = hash.digest("hex");

  memory.reset();
  let started = Date.now();
  const published = await client.send(
    new PublishPackageVersionCommand({
      ...target,
      package: "big",
      packageVersion: "1.0.0",
      assetName: "big.bin",
      assetContent: Readable.from(chunks(assetBytes)),
      assetSHA256: expected,
    }),
  );
  const publishSeconds = (Date.now() - started) / 1000;
  const publishPeak = memory.peak();
  if (published.asset?.size !== assetBytes) throw new Error(`published size ${published.asset?.size}, expected ${assetBytes}`);

  memory.reset();
  started = Date.now();
  const download = await client.send(new GetPackageVersionAssetCommand({ ...target, package: "big", packageVersion: "1.0.0", asset: "big.bin" }));
  const got = createHash("sha256");
  let received = 0;
  for await (const chunk of download.asset as AsyncIterable<Uint8Array>) {
    got.update(chunk);
    received += chunk.byteLength;
  }
  const downloadSeconds = (Date.now() - started) / 1000;
  const downloadPeak = memory.peak();
  const identical = received === assetBytes && got.digest("hex") === expected;

  const growth = Math.max(publishPeak, downloadPeak) - baseline;
  const result = {
    assetMiB: assetBytes / MiB,
    baselineRssMiB: Number(mib(baseline)),
    publish: { seconds: publishSeconds, mibPerSecond: Number((assetBytes / MiB / publishSeconds).toFixed(1)), peakRssMiB: Number(mib(publishPeak)) },
    download: { seconds: downloadSeconds, mibPerSecond: Number((assetBytes / MiB / downloadSeconds).toFixed(1)), peakRssMiB: Number(mib(downloadPeak)) },
    rssGrowthMiB: Number(mib(growth)),
    limitMiB: limitBytes / MiB,
    bytesIdentical: identical,
    pass: identical && growth < limitBytes,
  };
  console.log(JSON.stringify(result, null, 2));
  console.log(
    `${result.pass ? "PASS" : "FAIL"}: ${result.assetMiB} MiB published and downloaded; server RSS grew by ${result.rssGrowthMiB} MiB (limit ${result.limitMiB} MiB), bytes ${identical ? "identical" : "DIFFERENT"}`,
  );
  process.exitCode = result.pass ? 0 : 1;
} finally {
  memory.stop();
  client.destroy();
  server.kill("SIGTERM");
  await new Promise((r) => server.once("exit", r));
  await rm(dataDir, { recursive: true, force: true });
}
