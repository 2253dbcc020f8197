import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { join } from "node:path";
import {
  CreateDomainCommand,
  CreateRepositoryCommand,
  GetAuthorizationTokenCommand,
  GetPackageVersionAssetCommand,
  ListPackageVersionAssetsCommand,
  ListPackageVersionsCommand,
  type CodeartifactClient,
} from "@aws-sdk/client-codeartifact";
import { startPostgres } from "@codeartifact-local/test-services";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { bodyOf, publishBytes, sha256 } from "../support/assets";
import { escapeName, http, publishBody } from "../support/npm-http";
import { packFixture, type PackedVersion } from "../support/npm-registry";
import { tarGz } from "../support/pypi-dist";
import { repoRoot, sdkClient, startInstance, startSharedDeployment, type RunningServer } from "../support/server";

// Several instances on one PostgreSQL database and S3 bucket behave as one server (this file runs
// in the shared e2e pass only). Requests are sent to one instance or the other on purpose.

const OWNER = "123456789012";
const domain = "shared";
const generic = { domain, repository: "main", format: "generic" as const, namespace: "team", package: "tool" };
let deployment: RunningServer;
let a: RunningServer;
let b: RunningServer;
let clientA: CodeartifactClient;
let clientB: CodeartifactClient;
let token: string;

const npmBase = (server: RunningServer) => `${server.url}/npm/d/${domain}-${OWNER}/main/`;
const npmPublish = (server: RunningServer, packed: PackedVersion) =>
  http(`${npmBase(server)}${escapeName(packed.name)}`, {
    method: "PUT",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: publishBody(packed),
  });
const packument = async (server: RunningServer, name: string) => {
  const answer = await http(`${npmBase(server)}${escapeName(name)}`, { headers: { authorization: `Bearer ${token}` } });
  return answer.status === 200 ? (answer.json() as { versions: Record<string, unknown>; "dist-tags": Record<string, string> }) : undefined;
};

/** An npm tarball of its own per variant (built directly: 50 runs of `npm pack` would take a minute). */
function variant(name: string, version: string, i: number): PackedVersion {
  const manifest = { name, version, description: `variant ${i}` };
  const tarball = tarGz([["package/package.json", Buffer.from(JSON.stringify(manifest))]]);
  return {
    name,
    version,
    manifest,
    tarball,
    integrity: `sha512-${createHash("sha512").update(tarball).digest("base64")}`,
    shasum: createHash("sha1").update(tarball).digest("hex"),
    file: `${name}-${version}.tgz`,
  };
}

beforeAll(async () => {
  deployment = await startSharedDeployment({});
  [a, b] = deployment.instances as [RunningServer, RunningServer];
  clientA = sdkClient(a.url);
  clientB = sdkClient(b.url);
  await clientA.send(new CreateDomainCommand({ domain }));
  await clientB.send(new CreateRepositoryCommand({ domain, repository: "main" }));
  // A token from one instance is good on the other: they share the secret through the database.
  token = (await clientA.send(new GetAuthorizationTokenCommand({ domain }))).authorizationToken!;
});

afterAll(async () => {
  clientA?.destroy();
  clientB?.destroy();
  await deployment?.stop();
});

describe("two instances on one database and bucket", () => {
  it("a version published on one is served by the other on its next request (rendered documents included)", async () => {
    const [v1, v2] = await Promise.all([packFixture("local-lib", "1.0.0"), packFixture("local-lib", "1.1.0")]);
    expect((await npmPublish(a, v1)).status).toBe(200);
    // B renders (and keeps) the packument with 1.0.0 ...
    expect(Object.keys((await packument(b, "local-lib"))!.versions)).toEqual(["1.0.0"]);
    // ... and the next request after A publishes 1.1.0 already shows it.
    expect((await npmPublish(a, v2)).status).toBe(200);
    const seen = await packument(b, "local-lib");
    expect(Object.keys(seen!.versions).sort()).toEqual(["1.0.0", "1.1.0"]);
    expect(seen!["dist-tags"].latest).toBe("1.1.0");
    // The tarball written to S3 through A downloads through B, byte for byte.
    const tarball = await http(`${npmBase(b)}local-lib/-/local-lib-1.1.0.tgz`, { headers: { authorization: `Bearer ${token}` } });
    expect(tarball.status).toBe(200);
    expect(tarball.body.equals(v2.tarball)).toBe(true);
    // A generic publish through B, listed by A.
    await publishBytes(clientB, { ...generic, packageVersion: "0.1.0", assetName: "tool.bin", data: "from b" });
    const listed = await clientA.send(new ListPackageVersionsCommand({ ...generic }));
    expect(listed.versions!.map((v) => v.version)).toEqual(["0.1.0"]);
  });

  it("50 parallel npm publishes of one version through both instances: exactly one succeeds, bytes intact", async () => {
    // Fifty different tarballs: an identical re-publish would be accepted, as npm's registry does.
    const variants = Array.from({ length: 50 }, (_, i) => variant("racer", "3.0.0", i));
    const answers = await Promise.all(variants.map((packed, i) => npmPublish(i % 2 ? b : a, packed)));
    const winners = answers.map((answer, i) => ({ answer, i })).filter(({ answer }) => answer.status === 200);
    expect(winners).toHaveLength(1);
    for (const answer of answers) if (answer.status !== 200) expect(answer.status, answer.body.toString()).toBe(409);
    const winner = variants[winners[0]!.i]!;
    for (const server of [a, b]) {
      const tarball = await http(`${npmBase(server)}racer/-/racer-3.0.0.tgz`, { headers: { authorization: `Bearer ${token}` } });
      expect(sha256(tarball.body)).toBe(sha256(winner.tarball));
    }
    expect(Object.keys((await packument(a, "racer"))!.versions)).toEqual(["3.0.0"]);
  });

  it("50 parallel PublishPackageVersion calls of one version through both instances: exactly one succeeds, bytes intact", async () => {
    const attempts = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        publishBytes(i % 2 ? clientB : clientA, { ...generic, packageVersion: "9.9.9", assetName: "tool.bin", data: `attempt ${i} `.repeat(1000) }),
      ),
    );
    const won = attempts.map((attempt, i) => ({ attempt, i })).filter(({ attempt }) => attempt.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const attempt of attempts) if (attempt.status === "rejected") expect((attempt.reason as Error).name).toBe("ConflictException");
    const stored = await clientB.send(new GetPackageVersionAssetCommand({ ...generic, packageVersion: "9.9.9", asset: "tool.bin" }));
    expect((await bodyOf(stored.asset)).toString()).toBe(`attempt ${won[0]!.i} `.repeat(1000));
  });
});

describe("health and readiness", () => {
  it("/health reports PostgreSQL and S3; /ready turns 503 while the database is down", async () => {
    const health = (await http(`${a.url}/health`)).json();
    expect(health).toMatchObject({
      status: "ok",
      database: { location: expect.stringMatching(/^postgres postgres:\/\/postgres@127\.0\.0\.1:\d+\/run_/), status: "ok" },
      blobStore: { location: expect.stringMatching(/^s3:\/\/codeartifact-e2e\//), status: "ok" },
    });
    expect((await http(`${a.url}/ready`)).json()).toMatchObject({ status: "ready" });

    // An instance on a database of its own, which then goes away.
    const own = await startPostgres();
    const lonely = await startInstance({
      env: inject("shared").s3Env,
      args: ["--database-url", own.url(), "--blob-store", "s3://codeartifact-e2e/lonely"],
    });
    try {
      expect((await http(`${lonely.url}/ready`)).status).toBe(200);
      own.stop();
      const ready = await http(`${lonely.url}/ready`);
      expect(ready.status).toBe(503);
      expect(ready.json()).toMatchObject({ status: "unavailable", database: { status: "unreachable" }, blobStore: { status: "ok" } });
      const degraded = (await http(`${lonely.url}/health`)).json();
      expect(degraded.database.error).toMatch(/ECONNREFUSED|terminat|connect/i);
      expect(JSON.stringify(degraded)).not.toMatch(/\n|at .*\.js/);
    } finally {
      await lonely.stop();
      own.stop();
    }
  });

  it("start-up fails with one line when the database or the bucket cannot be reached", async () => {
    const start = (args: string[]) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ["--import", "tsx", join(repoRoot, "apps/server/src/main.ts"), "--port", "0", ...args], {
          cwd: repoRoot,
          env: { ...process.env, ...inject("shared").s3Env, NODE_NO_WARNINGS: "1" },
          stdio: ["ignore", "ignore", "pipe"],
        });
        let stderr = "";
        child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
        child.once("exit", (code) => resolve({ code, stderr }));
      });
    const noDatabase = await start(["--database-url", "postgres://postgres:pw@127.0.0.1:1/none", "--blob-store", "s3://codeartifact-e2e/x"]);
    expect(noDatabase.code).toBe(1);
    expect(noDatabase.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^codeartifact-local: cannot start: database postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/none is not reachable: .*ECONNREFUSED/),
    ]);
    const noBucket = await start(["--in-memory", "--blob-store", "s3://no-such-bucket-anywhere"]);
    expect(noBucket.code).toBe(1);
    expect(noBucket.stderr.trim().split("\n")).toEqual([
      "codeartifact-local: cannot start: blob store s3://no-such-bucket-anywhere/ is not reachable: no such bucket",
    ]);
  });
});

describe("an instance killed during publishes", () => {
  // Last in the file: it ends the deployment's first instance.
  it("the other keeps serving; every version is whole or absent", async () => {
    const [victim, survivor] = [a, b];
    const victimClient = sdkClient(victim.url);
    const survivorClient = sdkClient(survivor.url);
    try {
      const content = (version: string) => `${version} `.repeat(200_000); // about 1 MB each
      const toVictim = Array.from({ length: 8 }, (_, i) =>
        publishBytes(victimClient, { ...generic, packageVersion: `1.0.${i}`, assetName: "tool.bin", data: content(`1.0.${i}`) }),
      );
      const toSurvivor = Array.from({ length: 8 }, (_, i) =>
        publishBytes(survivorClient, { ...generic, packageVersion: `2.0.${i}`, assetName: "tool.bin", data: content(`2.0.${i}`) }),
      );
      // Kill once the first publish has gone through, with others still in flight.
      await Promise.race(toVictim);
      victim.process.kill("SIGKILL");
      const victimResults = await Promise.allSettled(toVictim);
      expect((await Promise.allSettled(toSurvivor)).every((r) => r.status === "fulfilled")).toBe(true);
      expect(victimResults.some((r) => r.status === "fulfilled")).toBe(true);

      // Through the survivor, in the database: every version listed is whole.
      const versions = (await survivorClient.send(new ListPackageVersionsCommand({ ...generic, maxResults: 100 }))).versions!.filter((v) =>
        /^[12]\.0\.\d$/.test(v.version!),
      );
      for (const v of versions) {
        expect(v.status).toBe("Published");
        const assets = (await survivorClient.send(new ListPackageVersionAssetsCommand({ ...generic, packageVersion: v.version }))).assets!;
        expect(assets.map((x) => x.name)).toEqual(["tool.bin"]);
        const got = await survivorClient.send(new GetPackageVersionAssetCommand({ ...generic, packageVersion: v.version, asset: "tool.bin" }));
        expect((await bodyOf(got.asset)).toString()).toBe(content(v.version!));
      }
      const listed = new Set(versions.map((v) => v.version));
      for (let i = 0; i < 8; i++) expect(listed.has(`2.0.${i}`)).toBe(true);
      victimResults.forEach((r, i) => {
        if (r.status === "fulfilled") expect(listed.has(`1.0.${i}`)).toBe(true);
      });
      expect((await http(`${survivor.url}/ready`)).status).toBe(200);
      // Through the proxy, requests go to the survivor alone now.
      expect((await http(`${deployment.url}/ready`)).status).toBe(200);
    } finally {
      victimClient.destroy();
      survivorClient.destroy();
    }
  });
});
