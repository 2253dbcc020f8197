import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import * as sdk from "@aws-sdk/client-codeartifact";
import { sdkClient, startServer } from "../../e2e/support/server";
import { sourceArchive, swiftFixtures, SwiftRegistryClient, type RegistryAnswer } from "../../e2e/support/swift-registry";
import { printSideBySide } from "./harness";

// Wall time of resolving a set of Swift packages the way SwiftPM does for each dependency (list the
// releases, fetch the release metadata, the manifest and the source archive, check the archive
// against the metadata's checksum), through the Swift endpoint of codeartifact-local (a real server
// process, in memory), against the same answers, byte for byte, served from memory by a bare
// node:http server (the floor: no auth, no store, no routing). There is no Swift toolchain for these
// machines, so the client is the e2e suite's protocol client. Rounds alternate between the targets;
// the median of each is reported with their ratio.
// Usage: pnpm -C bench exec tsx src/swift-download.ts [packages] [rounds] [concurrency]

const PACKAGES = Number(process.argv[2] ?? 60);
const ROUNDS = Number(process.argv[3] ?? 3);
const CONCURRENCY = Number(process.argv[4] ?? 8);
const domain = "bench";
const scope = "bench";
const ACCEPT = {
  json: "application/vnd.swift.registry.v1+json",
  swift: "application/vnd.swift.registry.v1+swift",
  zip: "application/vnd.swift.registry.v1+zip",
};

const name = (i: number) => `Pkg${String(i).padStart(3, "0")}`;

/** One dependency resolved as SwiftPM does; the answers, keyed by path, for the static floor. */
async function resolve(client: SwiftRegistryClient, pkg: string, keep?: Map<string, RegistryAnswer>): Promise<void> {
  const get = async (path: string, accept: string) => {
    const answer = await client.request("GET", path, { accept });
    if (answer.status !== 200) throw new Error(`GET ${path}: ${answer.status} ${answer.body.toString()}`);
    keep?.set(path, answer);
    return answer;
  };
  const releases = (await get(`${scope}/${pkg}`, ACCEPT.json)).json<{ releases: Record<string, unknown> }>();
  const version = Object.keys(releases.releases)[0];
  const metadata = (await get(`${scope}/${pkg}/${version}`, ACCEPT.json)).json<{ resources: Array<{ checksum: string }> }>();
  await get(`${scope}/${pkg}/${version}/Package.swift`, ACCEPT.swift);
  const archive = await get(`${scope}/${pkg}/${version}.zip`, ACCEPT.zip);
  if (createHash("sha256").update(archive.body).digest("hex") !== metadata.resources[0].checksum) throw new Error(`${pkg}: checksum mismatch`);
}

async function resolveAll(client: SwiftRegistryClient, names: string[]): Promise<number> {
  const started = process.hrtime.bigint();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < names.length) await resolve(client, names[next++]);
    }),
  );
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** The recorded answers, served from memory with their headers. */
function staticServer(answers: Map<string, RegistryAnswer>): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const answer = answers.get((request.url ?? "/").slice(1));
    if (!answer) return void response.writeHead(404).end();
    const headers: Record<string, string> = {};
    answer.headers.forEach((value, key) => {
      if (!["connection", "keep-alive", "date", "transfer-encoding"].includes(key)) headers[key] = value;
    });
    response.writeHead(200, headers).end(answer.body);
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`, server })));
}

async function main(): Promise<void> {
  const server = await startServer({ inMemory: true });
  let floor: { url: string; server: Server } | undefined;
  try {
    const client = sdkClient(server.url);
    await client.send(new sdk.CreateDomainCommand({ domain }));
    await client.send(new sdk.CreateRepositoryCommand({ domain, repository: "repo" }));
    const token = (await client.send(new sdk.GetAuthorizationTokenCommand({ domain }))).authorizationToken!;
    const endpoint = (await client.send(new sdk.GetRepositoryEndpointCommand({ domain, repository: "repo", format: "swift" }))).repositoryEndpoint!;
    const registry = new SwiftRegistryClient(endpoint, `Bearer ${token}`);
    const names = Array.from({ length: PACKAGES }, (_, i) => name(i));
    for (const [i, pkg] of names.entries()) {
      // Some bytes so the archives are not trivially small (about 16 KiB of source each).
      const source = `public let value = ${i}\npublic let data = ${JSON.stringify("x".repeat(16 * 1024))}\n`;
      const archive = await sourceArchive(join(swiftFixtures, "LinkedList"), pkg, { "Sources/LinkedList/LinkedList.swift": source });
      const published = await registry.publish(scope, pkg, "1.0.0", archive);
      if (published.status !== 201) throw new Error(`publish of ${pkg} failed: ${published.status} ${published.body.toString()}`);
    }
    const answers = new Map<string, RegistryAnswer>();
    for (const pkg of names) await resolve(registry, pkg, answers);
    floor = await staticServer(answers);

    const targets = { "codeartifact-local": registry, "node:http from memory": new SwiftRegistryClient(floor.url) };
    const times: Record<string, number[]> = Object.fromEntries(Object.keys(targets).map((k) => [k, []]));
    // One unmeasured round each warms up both servers.
    for (const target of Object.values(targets)) await resolveAll(target, names);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [label, target] of Object.entries(targets)) times[label].push(await resolveAll(target, names));
    }

    printSideBySide(
      `resolving ${PACKAGES} Swift packages (releases, metadata, Package.swift, archive + checksum), ${CONCURRENCY} at a time, median of ${ROUNDS} rounds`,
      times,
      "node:http from memory",
      "static floor",
    );
  } finally {
    floor?.server.close();
    await server.stop();
  }
}

await main();
