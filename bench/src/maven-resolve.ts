import { createHash, randomBytes } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as sdk from "@aws-sdk/client-codeartifact";
import { MavenClientEnv, pomXml, startStaticRepository, writeProject } from "../../e2e/support/maven";
import { sdkClient, startServer } from "../../e2e/support/server";
import { printSideBySide, processCpuMicros } from "./harness";

// Wall time of a consumer build (`mvn compile` of a project with no sources, so the time is the
// resolution of its dependencies: a POM and a jar each, with their .sha1) through the Maven
// endpoint of codeartifact-local (a real server process, in memory), against the same files served
// as a static Maven layout over HTTP on this machine (the floor). Every round starts from a local
// repository that holds the build plugins only, so each round downloads every dependency. Rounds
// alternate between the two targets; the median of each is reported with their ratio.
// Usage: pnpm -C bench exec tsx src/maven-resolve.ts [artifacts] [rounds]

const ARTIFACTS = Number(process.argv[2] ?? 60);
const ROUNDS = Number(process.argv[3] ?? 3);
const domain = "bench";

const sha1 = (bytes: Buffer | string) => createHash("sha1").update(bytes).digest("hex");

interface Artifact {
  groupId: string;
  artifactId: string;
  version: string;
  pom: string;
  jar: Buffer;
}

function artifact(i: number): Artifact {
  const groupId = `org.bench.g${i % 7}`;
  const artifactId = `bench-lib-${String(i).padStart(3, "0")}`;
  const version = "1.0.0";
  // About 32 KiB per jar, so the files are not trivially small.
  return { groupId, artifactId, version, pom: pomXml({ groupId, artifactId, version }), jar: randomBytes(32 * 1024) };
}

const pathOf = (a: Artifact) => `${a.groupId.replace(/\./g, "/")}/${a.artifactId}`;

function writeStatic(root: string, a: Artifact): void {
  const dir = join(root, pathOf(a), a.version);
  mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of [
    [`${a.artifactId}-${a.version}.pom`, Buffer.from(a.pom)],
    [`${a.artifactId}-${a.version}.jar`, a.jar],
  ] as const) {
    writeFileSync(join(dir, name), bytes);
    writeFileSync(join(dir, `${name}.sha1`), sha1(bytes));
  }
}

async function deploy(endpoint: string, authorization: string, a: Artifact): Promise<void> {
  const base = `${endpoint}${pathOf(a)}/${a.version}/${a.artifactId}-${a.version}`;
  const requests: Array<[string, Buffer | string]> = [
    [`${base}.jar`, a.jar],
    [`${base}.jar.sha1`, sha1(a.jar)],
    [`${base}.pom`, a.pom],
    [`${base}.pom.sha1`, sha1(a.pom)],
    [
      `${endpoint}${pathOf(a)}/maven-metadata.xml`,
      `<metadata><groupId>${a.groupId}</groupId><artifactId>${a.artifactId}</artifactId><versioning><versions><version>${a.version}</version></versions></versioning></metadata>`,
    ],
  ];
  for (const [url, body] of requests) {
    const answer = await fetch(url, { method: "PUT", headers: { authorization }, body });
    if (answer.status !== 201) throw new Error(`PUT ${url} failed: ${answer.status} ${answer.statusText}`);
  }
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "ca-bench-maven-"));
  const artifacts = Array.from({ length: ARTIFACTS }, (_, i) => artifact(i));
  for (const a of artifacts) writeStatic(join(work, "static"), a);
  const server = await startServer({ inMemory: true });
  const statik = await startStaticRepository(join(work, "static"));
  try {
    const client = sdkClient(server.url);
    await client.send(new sdk.CreateDomainCommand({ domain }));
    await client.send(new sdk.CreateRepositoryCommand({ domain, repository: "repo" }));
    const token = (await client.send(new sdk.GetAuthorizationTokenCommand({ domain }))).authorizationToken!;
    const endpoint = (await client.send(new sdk.GetRepositoryEndpointCommand({ domain, repository: "repo", format: "maven" }))).repositoryEndpoint!;
    const authorization = `Basic ${Buffer.from(`aws:${token}`).toString("base64")}`;
    for (const a of artifacts) await deploy(endpoint, authorization, a);

    const maven = new MavenClientEnv(join(work, "client"), { bench: token });
    const dependencies = artifacts.map((a) => ({ groupId: a.groupId, artifactId: a.artifactId, version: a.version }));
    const targets: Record<string, string> = { "codeartifact-local": endpoint, "static Maven layout (Node http)": `${statik.url}/` };
    const projects = Object.fromEntries(
      Object.entries(targets).map(([label, url], i) => [
        label,
        writeProject(join(work, `consumer-${i}`), { groupId: "org.bench", artifactId: "consumer", version: "1", repositories: { bench: url }, dependencies }),
      ]),
    );
    // The plugins alone, copied from the machine's repository once: each round starts from a copy of this.
    const plugins = writeProject(join(work, "plugins"), { groupId: "org.bench", artifactId: "plugins", version: "1" });
    const warm = await maven.mvn(plugins, ["compile"]);
    if (warm.code !== 0) throw new Error(`plugin warm-up failed:\n${warm.output}`);
    const template = join(work, "plugins-repository");
    cpSync(maven.localRepository, template, { recursive: true });

    const resolve = async (label: string): Promise<number> => {
      rmSync(maven.localRepository, { recursive: true, force: true });
      cpSync(template, maven.localRepository, { recursive: true });
      const cpuBefore = processCpuMicros(server.process.pid!);
      const started = process.hrtime.bigint();
      const result = await maven.mvn(projects[label], ["compile"]);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (label === "codeartifact-local") serverCpu.push((processCpuMicros(server.process.pid!) - cpuBefore) / 1000);
      if (result.code !== 0) throw new Error(`mvn compile through ${label} failed:\n${result.output}`);
      return ms;
    };
    const serverCpu: number[] = [];
    const times: Record<string, number[]> = Object.fromEntries(Object.keys(targets).map((k) => [k, []]));
    // One unmeasured round each warms up the server, the JVM's files and the OS caches.
    for (const label of Object.keys(targets)) await resolve(label);
    for (let round = 0; round < ROUNDS; round++) {
      for (const label of Object.keys(targets)) times[label].push(await resolve(label));
    }

    printSideBySide(
      `mvn compile resolving ${ARTIFACTS} artifacts (${ARTIFACTS * 2} files and their .sha1), median of ${ROUNDS} rounds`,
      times,
      "static Maven layout (Node http)",
      "static layout",
    );
    console.log(
      `server CPU per measured round: ${serverCpu
        .slice(-ROUNDS)
        .map((v) => v.toFixed(0))
        .join(", ")} ms`,
    );
  } finally {
    await statik.stop();
    await server.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
