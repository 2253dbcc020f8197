// Publish and packument throughput of a shared deployment (two instances on one PostgreSQL database
// and one S3 bucket, here a throwaway cluster and moto_server) against one instance on SQLite and
// the data dir, on this machine. Load comes from wrk: one process per instance, the connections
// split between them, as a load balancer would; the requests per second of both are added up.
//   1. publish: PublishPackageVersion of a 16 KiB generic asset, a new version every request, spread
//      over 16 packages;
//   2. packument: the abbreviated npm packument of a package with 20 versions, as installers ask.
// Rounds alternate between the two set-ups; medians go to bench/results/shared-deployment.json.
//
//   pnpm -C bench exec tsx src/shared-deployment.ts
//   BENCH_ROUNDS (3) rounds, BENCH_SECONDS (5) per wrk run, BENCH_CONNECTIONS (8) in all;
//   BENCH_BREAKDOWN=1 adds one instance on PostgreSQL + data dir and one on SQLite + S3, to tell
//   the database's share from the object store's.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import * as sdk from "@aws-sdk/client-codeartifact";
import { startMoto, startPostgres } from "@codeartifact-local/test-services";
import { escapeName, http, publishBody } from "../../e2e/support/npm-http";
import { tarGz } from "../../e2e/support/pypi-dist";
import { SHARED_BUCKET } from "../../e2e/support/shared-setup";
import { sdkClient, startInstance, startSharedDeployment, tempDir, type RunningServer } from "../../e2e/support/server";
import { benchRoot, median } from "./harness";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const OWNER = "123456789012";
const ASSET = "bench asset ".repeat(1366); // 16 KiB, printable so it can sit in a Lua string
const ASSET_SHA256 = createHash("sha256").update(ASSET).digest("hex");
// Lenient mode (no --credentials) reads the account off the access key id and checks nothing else.
const SIGV4 = `AWS4-HMAC-SHA256 Credential=${OWNER}/20250101/us-west-2/codeartifact/aws4_request, SignedHeaders=host, Signature=${"0".repeat(64)}`;
const HOT_VERSIONS = 20;

const run = promisify(execFile);

/** One wrk process; resolves with its requests per second. */
async function wrk(url: string, lua: string, connections: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "bench-wrk-"));
  try {
    const script = join(dir, "load.lua");
    writeFileSync(script, lua);
    const { stdout } = await run("wrk", ["-t1", `-c${connections}`, `-d${SECONDS}s`, "-s", script, url], { encoding: "utf8" });
    if (/Non-2xx|Socket errors/.test(stdout)) throw new Error(`${url}: ${stdout}`);
    return Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)![1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** wrk against every instance at once, the connections split between them. */
async function throughput(target: Setup, lua: (instance: number) => string): Promise<number> {
  const urls = target.server.instances.map((i) => i.url);
  const rates = await Promise.all(urls.map((url, i) => wrk(url, lua(i), Math.max(1, Math.round(CONNECTIONS / urls.length)))));
  return rates.reduce((a, b) => a + b, 0);
}

const publishLua = (prefix: string) => `
wrk.method = "POST"
wrk.body = ${JSON.stringify(ASSET)}
wrk.headers["content-type"] = "application/octet-stream"
wrk.headers["x-amz-content-sha256"] = "${ASSET_SHA256}"
wrk.headers["authorization"] = "${SIGV4}"
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format(nil, "/v1/package/version/publish?domain=bench&repository=repo&format=generic&namespace=bench&package=pkg-" .. (counter % 16) .. "&version=${prefix}." .. counter .. "&asset=blob.bin")
end
`;

const packumentLua = (token: string) => `
wrk.method = "GET"
wrk.path = "/npm/d/bench-${OWNER}/repo/hot"
wrk.headers["authorization"] = "Bearer ${token}"
wrk.headers["accept"] = "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*"
`;

interface Setup {
  name: string;
  server: RunningServer;
  token: string;
}

async function prepare(name: string, server: RunningServer): Promise<Setup> {
  const client = sdkClient(server.url, OWNER);
  await client.send(new sdk.CreateDomainCommand({ domain: "bench" }));
  await client.send(new sdk.CreateRepositoryCommand({ domain: "bench", repository: "repo" }));
  const token = (await client.send(new sdk.GetAuthorizationTokenCommand({ domain: "bench" }))).authorizationToken!;
  client.destroy();
  for (let v = 0; v < HOT_VERSIONS; v++) {
    const version = `1.${v}.0`;
    const manifest = { name: "hot", version, description: "a package with many versions" };
    const tarball = tarGz([["package/package.json", Buffer.from(JSON.stringify(manifest))]]);
    const packed = {
      name: "hot",
      version,
      manifest,
      tarball,
      integrity: `sha512-${createHash("sha512").update(tarball).digest("base64")}`,
      shasum: createHash("sha1").update(tarball).digest("hex"),
      file: `hot-${version}.tgz`,
    };
    const answer = await http(`${server.url}/npm/d/bench-${OWNER}/repo/${escapeName("hot")}`, {
      method: "PUT",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: publishBody(packed),
    });
    if (answer.status !== 200) throw new Error(`publish hot@${version}: ${answer.status} ${answer.body}`);
  }
  return { name, server, token };
}

const [postgres, moto] = await Promise.all([startPostgres(), startMoto()]);
await moto.createBucket(SHARED_BUCKET);
const dataDir = tempDir("bench-sqlite-");
const setups: Setup[] = [];
const cleanups: Array<() => void> = [];
try {
  setups.push(await prepare("one instance, SQLite + data dir", await startInstance({ dataDir: dataDir.path })));
  setups.push(
    await prepare(
      "two instances, PostgreSQL + S3",
      await startSharedDeployment({ instances: 2, services: { postgresUrl: postgres.url(), s3Env: moto.env }, args: ["--blob-write-grace-ms", "0"] }),
    ),
  );
  if (process.env.BENCH_BREAKDOWN === "1") {
    const pgOnly = tempDir("bench-pg-");
    cleanups.push(() => pgOnly.remove());
    const database = await postgres.createDatabase("pg_only");
    setups.push(await prepare("one instance, PostgreSQL + data dir", await startInstance({ dataDir: pgOnly.path, args: ["--database-url", database] })));
    setups.push(
      await prepare(
        "one instance, SQLite + S3",
        await startInstance({
          dataDir: join(pgOnly.path, "sqlite"),
          env: moto.env,
          args: ["--blob-store", `s3://${SHARED_BUCKET}/sqlite-s3`, "--blob-write-grace-ms", "0"],
        }),
      ),
    );
  }
  const results = new Map(setups.map((s) => [s.name, { publish: [] as number[], packument: [] as number[] }]));
  for (let round = 1; round <= ROUNDS; round++) {
    for (const setup of setups) {
      const r = results.get(setup.name)!;
      r.publish.push(await throughput(setup, (i) => publishLua(`${round}${i}`)));
      r.packument.push(await throughput(setup, () => packumentLua(setup.token)));
      console.log(`round ${round} ${setup.name}: publish ${r.publish.at(-1)!.toFixed(0)}/s, packument ${r.packument.at(-1)!.toFixed(0)}/s`);
    }
  }
  const summary = Object.fromEntries(
    [...results].map(([name, r]) => [name, { publishPerSecond: median(r.publish), packumentPerSecond: median(r.packument), rounds: r }]),
  );
  mkdirSync(join(benchRoot, "results"), { recursive: true });
  writeFileSync(
    join(benchRoot, "results/shared-deployment.json"),
    `${JSON.stringify({ rounds: ROUNDS, seconds: SECONDS, connections: CONNECTIONS, summary }, null, 2)}\n`,
  );
  for (const [name, s] of Object.entries(summary)) {
    console.log(`${name}: publish ${s.publishPerSecond.toFixed(0)}/s, packument ${s.packumentPerSecond.toFixed(0)}/s (medians of ${ROUNDS})`);
  }
} finally {
  for (const s of setups) await s.server.stop();
  await moto.stop();
  postgres.stop();
  dataDir.remove();
  for (const cleanup of cleanups) cleanup();
}
