import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as sdk from "@aws-sdk/client-codeartifact";
import { run } from "../../e2e/support/npm";
import { startStaticServer, uploadForm, writeStaticIndex } from "../../e2e/support/pypi";
import { buildWheel, type Distribution, type ProjectSpec } from "../../e2e/support/pypi-dist";
import { sdkClient, startServer } from "../../e2e/support/server";
import { printSideBySide } from "./harness";

// Wall time of `pip download` of a set of packages through the PyPI endpoint of codeartifact-local
// (a real server process, in memory), against the same wheels served as a static PEP 503 tree by
// `python3 -m http.server` on this machine. Rounds alternate between the two targets; the median
// of each is reported with their ratio. Usage: pnpm -C bench exec tsx src/pypi-download.ts [packages] [rounds]

const PACKAGES = Number(process.argv[2] ?? 60);
const ROUNDS = Number(process.argv[3] ?? 3);
const domain = "bench";

function spec(i: number): ProjectSpec {
  const name = `bench-pkg-${String(i).padStart(3, "0")}`;
  const module = name.replace(/-/g, "_");
  return {
    name,
    version: "1.0.0",
    summary: `Bench package ${i}`,
    license: "MIT",
    requires_python: ">=3.8",
    description: `# ${name}\n`,
    // Some bytes so the files are not trivially small (about 16 KiB of source per wheel).
    sources: { [`${module}/__init__.py`]: `VALUE = ${i}\n`, [`${module}/data.py`]: `DATA = ${JSON.stringify("x".repeat(16 * 1024))}\n` },
  };
}

async function pipDownload(indexUrl: string, names: string[]): Promise<number> {
  const target = mkdtempSync(join(tmpdir(), "ca-bench-pip-"));
  const started = process.hrtime.bigint();
  const result = await run(
    "python3",
    ["-m", "pip", "download", "--no-deps", "--no-cache-dir", "--only-binary", ":all:", "-q", "-d", target, "--index-url", indexUrl, ...names],
    {
      env: { PATH: process.env.PATH, HOME: target, PIP_CONFIG_FILE: "/dev/null", PIP_DISABLE_PIP_VERSION_CHECK: "1", PIP_NO_INPUT: "1" },
      timeoutMs: 600_000,
    },
  );
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  rmSync(target, { recursive: true, force: true });
  if (result.code !== 0) throw new Error(`pip download from ${indexUrl} failed:\n${result.output}`);
  return ms;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "ca-bench-pypi-"));
  const specs = Array.from({ length: PACKAGES }, (_, i) => spec(i));
  const wheels: Distribution[] = specs.map(buildWheel);

  const server = await startServer({ inMemory: true });
  writeStaticIndex(
    join(work, "static"),
    specs.map((s, i) => ({ project: s.name, dist: wheels[i], requiresPython: s.requires_python })),
  );
  const statik = await startStaticServer(join(work, "static"));
  try {
    const client = sdkClient(server.url);
    await client.send(new sdk.CreateDomainCommand({ domain }));
    await client.send(new sdk.CreateRepositoryCommand({ domain, repository: "repo" }));
    const token = (await client.send(new sdk.GetAuthorizationTokenCommand({ domain }))).authorizationToken!;
    const endpoint = (await client.send(new sdk.GetRepositoryEndpointCommand({ domain, repository: "repo", format: "pypi" }))).repositoryEndpoint!;
    const authorization = `Basic ${Buffer.from(`aws:${token}`).toString("base64")}`;
    for (const [i, s] of specs.entries()) {
      const answer = await fetch(endpoint, { method: "POST", headers: { authorization }, body: uploadForm(s, wheels[i]) });
      if (answer.status !== 200) throw new Error(`upload of ${s.name} failed: ${answer.status} ${answer.statusText}`);
    }

    const names = specs.map((s) => s.name);
    const targets = {
      "codeartifact-local": `${endpoint.replace("://", `://aws:${token}@`)}simple/`,
      "python3 -m http.server": `${statik.url}/simple/`,
    };
    const times: Record<string, number[]> = Object.fromEntries(Object.keys(targets).map((k) => [k, []]));
    // One unmeasured round each warms up the server and the OS caches.
    for (const url of Object.values(targets)) await pipDownload(url, names);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [label, url] of Object.entries(targets)) times[label].push(await pipDownload(url, names));
    }

    printSideBySide(
      `pip download of ${PACKAGES} wheels (--no-deps --no-cache-dir), median of ${ROUNDS} rounds`,
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
