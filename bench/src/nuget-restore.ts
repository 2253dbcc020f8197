import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as sdk from "@aws-sdk/client-codeartifact";
import { basicAuth, NugetClientEnv } from "../../e2e/support/nuget";
import { buildNupkg, pushForm, writeStaticFeed, type BuiltPackage } from "../../e2e/support/nuget-packages";
import { startStaticServer } from "../../e2e/support/pypi";
import { sdkClient, startServer } from "../../e2e/support/server";
import { printSideBySide } from "./harness";

// Wall time of `nuget restore` (NuGet.exe 5.8 on Mono) of a packages.config naming a set of
// packages, through the NuGet endpoint of codeartifact-local (a real server process, in memory),
// against the same .nupkg files served as a static V3 feed (service index, flat container,
// registration) by `python3 -m http.server` on this machine. Every restore starts from empty
// package folders and caches. Rounds alternate between the two targets; the median of each is
// reported with their ratio. Usage: pnpm -C bench bench:nuget [packages] [rounds]

const PACKAGES = Number(process.argv[2] ?? 40);
const ROUNDS = Number(process.argv[3] ?? 3);
const domain = "bench";

function packageOf(i: number): BuiltPackage {
  const pkg = buildNupkg({ id: `Bench.Pkg${String(i).padStart(3, "0")}`, version: "1.0.0", description: `Bench package ${i}` });
  return pkg;
}

async function restore(client: NugetClientEnv, config: string, source: string, packagesConfig: string, round: string): Promise<number> {
  const output = join(client.dir, `restored-${round}`);
  const started = process.hrtime.bigint();
  const result = await client.nuget([
    "restore",
    packagesConfig,
    "-ConfigFile",
    config,
    "-Source",
    source,
    "-PackagesDirectory",
    output,
    "-NoCache",
    "-DirectDownload",
  ]);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  rmSync(output, { recursive: true, force: true });
  if (result.code !== 0) throw new Error(`nuget restore from ${source} failed:\n${result.output}`);
  return ms;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "ca-bench-nuget-"));
  const packages = Array.from({ length: PACKAGES }, (_, i) => packageOf(i));
  const server = await startServer({ inMemory: true });
  const staticRoot = join(work, "static");
  mkdirSync(staticRoot, { recursive: true });
  const statik = await startStaticServer(staticRoot);
  writeStaticFeed(staticRoot, `${statik.url}/`, packages);
  try {
    const sdkc = sdkClient(server.url);
    await sdkc.send(new sdk.CreateDomainCommand({ domain }));
    await sdkc.send(new sdk.CreateRepositoryCommand({ domain, repository: "repo" }));
    const token = (await sdkc.send(new sdk.GetAuthorizationTokenCommand({ domain }))).authorizationToken!;
    const endpoint = (await sdkc.send(new sdk.GetRepositoryEndpointCommand({ domain, repository: "repo", format: "nuget" }))).repositoryEndpoint!;
    for (const pkg of packages) {
      const answer = await fetch(`${endpoint}v2/package/`, { method: "PUT", headers: basicAuth(token), body: pushForm(pkg) });
      if (answer.status !== 201) throw new Error(`push of ${pkg.filename} failed: ${answer.status} ${answer.statusText}`);
    }

    const client = new NugetClientEnv(join(work, "client"));
    const config = client.writeConfig("nuget.config", [
      { name: "local", url: `${endpoint}v3/index.json`, token },
      { name: "static", url: `${statik.url}/index.json` },
    ]);
    const packagesConfig = join(work, "packages.config");
    writeFileSync(
      packagesConfig,
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<packages>",
        ...packages.map((p) => `  <package id="${p.spec.id}" version="${p.spec.version}" targetFramework="netstandard2.0" />`),
        "</packages>",
        "",
      ].join("\n"),
    );

    const targets = { "codeartifact-local": "local", "python3 -m http.server (static V3 feed)": "static" };
    const times: Record<string, number[]> = Object.fromEntries(Object.keys(targets).map((k) => [k, []]));
    // One unmeasured round each warms up the server, Mono and the OS caches.
    for (const source of Object.values(targets)) await restore(client, config, source, packagesConfig, `warm-${source}`);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [label, source] of Object.entries(targets)) times[label].push(await restore(client, config, source, packagesConfig, `${round}-${source}`));
    }

    printSideBySide(
      `nuget restore of ${PACKAGES} packages (packages.config, -NoCache -DirectDownload), median of ${ROUNDS} rounds`,
      times,
      "python3 -m http.server (static V3 feed)",
      "static feed",
    );
  } finally {
    await statik.stop();
    await server.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
