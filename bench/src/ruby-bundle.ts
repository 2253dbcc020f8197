import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as sdk from "@aws-sdk/client-codeartifact";
import { startStaticServer } from "../../e2e/support/pypi";
import { RubyClientEnv, withToken, writeStaticGemIndex } from "../../e2e/support/ruby";
import { buildGem, type BuiltGem, type GemFixture } from "../../e2e/support/ruby-gems";
import { sdkClient, startServer } from "../../e2e/support/server";
import { printSideBySide } from "./harness";

// Wall time of `bundle install` of a Gemfile naming every bench gem, through the RubyGems
// endpoint of codeartifact-local (a real server process, in memory), against the same gems served
// as a static compact index (versions, info files, gems, quick gemspecs) by `python3 -m
// http.server` on this machine. Each round starts with an empty Bundler cache and install path;
// rounds alternate between the two targets, and the median of each is reported with their ratio.
// Usage: pnpm -C bench exec tsx src/ruby-bundle.ts [gems] [rounds]

const GEMS = Number(process.argv[2] ?? 40);
const ROUNDS = Number(process.argv[3] ?? 3);
const domain = "bench";

function spec(i: number): GemFixture {
  const name = `bench-gem-${String(i).padStart(3, "0")}`;
  // A dependency tree (gem i needs gem (i-1)/2), so resolution follows dependencies as in real bundles.
  const dependencies: Array<[string, string]> = i > 0 ? [[`bench-gem-${String(Math.floor((i - 1) / 2)).padStart(3, "0")}`, ">= 1.0"]] : [];
  return {
    name,
    version: "1.0.0",
    summary: `Bench gem ${i}`,
    dependencies,
    files: { [`lib/${name}.rb`]: `module BenchGem${i}\n  DATA = ${JSON.stringify("x".repeat(16 * 1024))}\nend\n` },
  };
}

async function bundleInstall(work: string, label: string, source: string, names: string[], round: number): Promise<number> {
  const ruby = new RubyClientEnv(join(work, `${label.replace(/\W+/g, "-")}-${round}`));
  const folder = ruby.project("app", source, names);
  const started = process.hrtime.bigint();
  const result = await ruby.bundle(folder, ["install", "--quiet"]);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.code !== 0) throw new Error(`bundle install from ${label} failed:\n${result.output}`);
  rmSync(ruby.dir, { recursive: true, force: true });
  return ms;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "ca-bench-ruby-"));
  const gems: BuiltGem[] = await Promise.all(Array.from({ length: GEMS }, (_, i) => buildGem(spec(i))));
  const server = await startServer({ inMemory: true });
  await writeStaticGemIndex(join(work, "static"), gems);
  const statik = await startStaticServer(join(work, "static"));
  try {
    const client = sdkClient(server.url);
    await client.send(new sdk.CreateDomainCommand({ domain }));
    await client.send(new sdk.CreateRepositoryCommand({ domain, repository: "repo" }));
    const token = (await client.send(new sdk.GetAuthorizationTokenCommand({ domain }))).authorizationToken!;
    const endpoint = (await client.send(new sdk.GetRepositoryEndpointCommand({ domain, repository: "repo", format: "ruby" }))).repositoryEndpoint!;
    for (const gem of gems) {
      // What `gem push` sends.
      const answer = await fetch(`${endpoint}api/v1/gems`, { method: "POST", headers: { authorization: token }, body: gem.bytes });
      if (answer.status !== 200) throw new Error(`push of ${gem.filename} failed: ${answer.status} ${await answer.text()}`);
    }

    const names = gems.map((g) => g.spec.name);
    const targets = { "codeartifact-local": withToken(endpoint, token), "python3 -m http.server": `${statik.url}/` };
    const times: Record<string, number[]> = Object.fromEntries(Object.keys(targets).map((k) => [k, []]));
    // One unmeasured round each warms up the server and the OS caches.
    for (const [label, url] of Object.entries(targets)) await bundleInstall(work, label, url, names, -1);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [label, url] of Object.entries(targets)) times[label].push(await bundleInstall(work, label, url, names, round));
    }

    printSideBySide(
      `bundle install of ${GEMS} gems (empty Bundler cache and install path each round), median of ${ROUNDS} rounds`,
      times,
      "python3 -m http.server",
      "static server",
    );
  } finally {
    await statik.stop();
    await server.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
