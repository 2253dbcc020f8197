import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as sdk from "@aws-sdk/client-codeartifact";
import { buildCrate, CargoClientEnv, publishBody, publishMetadata, startStaticRegistry, writeStaticRegistry, type CrateSpec } from "../../e2e/support/cargo";
import { sdkClient, startServer } from "../../e2e/support/server";
import { median } from "./harness";

// Wall time of `cargo generate-lockfile` (resolution through the sparse index) and `cargo fetch`
// (every .crate downloaded)
// of a project depending on N crates, through the Cargo endpoint of codeartifact-local (a real
// server process, in memory, the crates published to the repository) against the same index
// files and crates served statically by a Node http server on this machine. Every fetch starts
// from an empty CARGO_HOME and no lockfile. Rounds alternate between the two targets; the median
// of each is reported with their ratio. Usage: pnpm -C bench exec tsx src/cargo-fetch.ts [crates] [rounds]

const CRATES = Number(process.argv[2] ?? 60);
const ROUNDS = Number(process.argv[3] ?? 5);
const domain = "bench";

function spec(i: number): CrateSpec {
  const name = `bench-crate-${String(i).padStart(3, "0")}`;
  // Some bytes so the crates are not trivially small (about 16 KiB of source each, before gzip).
  const data = Array.from({ length: 512 }, (_, j) => `pub const C${j}: u64 = ${(i * 7919 + j * 104729) % 1_000_003};`).join("\n");
  return { name, version: "1.0.0", description: `Bench crate ${i}`, license: "MIT", readme: `# ${name}\n`, lib: `${data}\n` };
}

/** `cargo generate-lockfile` (resolution: index files) then `cargo fetch` (downloads), timed apart. */
async function cargoFetch(
  work: string,
  label: string,
  index: string,
  token: string | undefined,
  specs: CrateSpec[],
): Promise<{ resolve: number; download: number }> {
  const dir = mkdtempSync(join(work, `${label}-`));
  const cargo = new CargoClientEnv(dir, { bench: `sparse+${index}` });
  if (token) cargo.tokens.bench = token;
  const project = cargo.project({ name: "bench-app", version: "0.1.0", deps: specs.map((s) => ({ name: s.name, req: "1", registry: "bench" })) });
  const timed = async (args: string[]) => {
    const started = process.hrtime.bigint();
    const result = await cargo.cargo(args, project);
    if (result.code !== 0) throw new Error(`cargo ${args.join(" ")} from ${index} failed:\n${result.output}`);
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  const resolve = await timed(["generate-lockfile"]);
  const download = await timed(["fetch"]);
  rmSync(dir, { recursive: true, force: true });
  return { resolve, download };
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "ca-bench-cargo-"));
  const specs = Array.from({ length: CRATES }, (_, i) => spec(i));
  const crates = await Promise.all(specs.map(buildCrate));

  const server = await startServer({ inMemory: true });
  const statik = await startStaticRegistry(join(work, "static"));
  writeStaticRegistry(
    join(work, "static"),
    statik.url,
    crates.map((crate) => ({ crate })),
  );
  try {
    const client = sdkClient(server.url);
    await client.send(new sdk.CreateDomainCommand({ domain }));
    await client.send(new sdk.CreateRepositoryCommand({ domain, repository: "repo" }));
    const token = (await client.send(new sdk.GetAuthorizationTokenCommand({ domain }))).authorizationToken!;
    const endpoint = (await client.send(new sdk.GetRepositoryEndpointCommand({ domain, repository: "repo", format: "cargo" }))).repositoryEndpoint!;
    for (const crate of crates) {
      const answer = await fetch(`${endpoint}api/v1/crates/new`, {
        method: "PUT",
        headers: { authorization: token },
        body: publishBody(publishMetadata(crate.spec), crate.bytes),
      });
      if (answer.status !== 200) throw new Error(`publish of ${crate.spec.name} failed: ${answer.status} ${await answer.text()}`);
    }

    const targets: Record<string, { index: string; token?: string }> = {
      "codeartifact-local": { index: endpoint, token },
      "static sparse index (node http)": { index: `${statik.url}/` },
    };
    type Phase = "resolve" | "download" | "total";
    const times: Record<string, Record<Phase, number[]>> = Object.fromEntries(Object.keys(targets).map((k) => [k, { resolve: [], download: [], total: [] }]));
    // One unmeasured round each warms up the server and the OS caches.
    for (const target of Object.values(targets)) await cargoFetch(work, "warm", target.index, target.token, specs);
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? Object.entries(targets) : Object.entries(targets).reverse();
      for (const [label, target] of order) {
        const { resolve, download } = await cargoFetch(work, `round${round}`, target.index, target.token, specs);
        times[label].resolve.push(resolve);
        times[label].download.push(download);
        times[label].total.push(resolve + download);
      }
    }

    const ratio = (phase: Phase) => (median(times["codeartifact-local"][phase]) / median(times["static sparse index (node http)"][phase])).toFixed(2);
    // Each round runs both targets seconds apart: on a machine whose load drifts, the ratio within a
    // round compares the servers, the ratio of medians partly compares moments.
    const perRound = times["codeartifact-local"].total.map((t, i) => t / times["static sparse index (node http)"].total[i]);
    const lines = [
      `cargo generate-lockfile + cargo fetch of ${CRATES} crates from an empty CARGO_HOME, median of ${ROUNDS} rounds`,
      "| target | resolve (index) | download (.crate) | total | total per round (ms) |",
      "|---|---|---|---|---|",
      ...Object.entries(times).map(
        ([label, t]) =>
          `| ${label} | ${median(t.resolve).toFixed(0)} ms | ${median(t.download).toFixed(0)} ms | ${median(t.total).toFixed(0)} ms | ${t.total.map((v) => v.toFixed(0)).join(", ")} |`,
      ),
      `ratio codeartifact-local / static floor: resolve ${ratio("resolve")}x, download ${ratio("download")}x, total ${ratio("total")}x (medians)`,
      `median of per-round total ratios: ${median(perRound).toFixed(2)}x (rounds: ${perRound.map((r) => r.toFixed(2)).join(", ")})`,
    ];
    console.log(lines.join("\n"));
    mkdirSync(join(import.meta.dirname, "../results"), { recursive: true });
    writeFileSync(join(import.meta.dirname, "../results", `cargo-fetch-${Date.now()}.md`), `${lines.join("\n")}\n`);
  } finally {
    await statik.stop();
    await server.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
