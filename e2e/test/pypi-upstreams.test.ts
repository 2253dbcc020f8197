import { join } from "node:path";
import * as sdk from "@aws-sdk/client-codeartifact";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectOk, heldVersions, setOrigin } from "../support/checks";
import { serverFixture } from "../support/fixture";
import { PythonClientEnv, startStaticServer, uploadForm, writeStaticIndex, type StaticServer } from "../support/pypi";
import { buildSdist, buildWheel, loadFixture } from "../support/pypi-dist";

// Upstreams and the external connection, offline: app → team → pypi-store, with `public:pypi` on
// pypi-store pointed at a static PEP 503 tree served by `python3 -m http.server` (the stand-in
// for the public index). pip installs a package published to team whose dependency only the
// external index has. The steps build on each other.

const domain = "pychain";
let index: StaticServer;
let python: PythonClientEnv;
let token: string;

const ext = loadFixture("ext-lib");
const ext1 = { ...ext, version: "1.0.0" };
const team = loadFixture("team-lib");

const fx = serverFixture({
  tempPrefix: "ca-pypi-chain-",
  server: async (dir) => {
    writeStaticIndex(join(dir, "index"), [
      { project: "pyfix-ext", dist: buildWheel(ext1), requiresPython: ">=3.8" },
      { project: "pyfix-ext", dist: buildWheel(ext), requiresPython: ">=3.8" },
      { project: "pyfix-ext", dist: buildSdist(ext) },
    ]);
    index = await startStaticServer(join(dir, "index"));
    return {
      inMemory: true,
      env: { EXTERNAL_CONNECTION_URLS: `public:pypi=${index.url}/simple/` },
      args: ["--external-connection-timeout-ms", "5000", "--external-metadata-max-age-ms", "0"],
    };
  },
  domains: {
    [domain]: [
      { name: "pypi-store", externalConnection: "public:pypi" },
      { name: "team", upstreams: ["pypi-store"] },
      { name: "app", upstreams: ["team"] },
    ],
  },
});

const endpoint = (repository: string) => `${fx.server.url}/pypi/d/${domain}-123456789012/${repository}/`;
const auth = () => ({ authorization: `Basic ${Buffer.from(`aws:${token}`).toString("base64")}` });

const held = (repository: string, name: string) => heldVersions(fx.client, { domain, repository, format: "pypi", package: name });

beforeAll(async () => {
  token = (await fx.client.send(new sdk.GetAuthorizationTokenCommand({ domain }))).authorizationToken!;
  python = new PythonClientEnv(join(fx.dir.path, "client"));
  expect((await python.login("pip", fx.server.url, domain, "app")).code).toBe(0);
  await python.venv();
});

afterAll(async () => {
  await index?.stop();
});

describe("upstream repositories and the external connection", () => {
  it("lists the external index's files through the chain before anything is retained", async () => {
    const page = await fetch(`${endpoint("app")}simple/pyfix-ext/`, { headers: { ...auth(), accept: "application/vnd.pypi.simple.v1+json" } });
    const json = (await page.json()) as { versions: string[]; files: Array<{ filename: string; url: string; "core-metadata"?: unknown }> };
    expect(json.versions).toEqual(["1.0.0", "2.0.0"]);
    expect(json.files.map((f) => f.url)).toContain("2.0.0/pyfix_ext-2.0.0-py3-none-any.whl");
    expect(json.files.find((f) => f.filename.endsWith("2.0.0-py3-none-any.whl"))?.["core-metadata"]).toHaveProperty("sha256");
    expect(await held("app", "pyfix-ext")).toBeUndefined();
    expect(await held("pypi-store", "pyfix-ext")).toBeUndefined();
  });

  it("refuses to publish a version the external index has", async () => {
    const answer = await fetch(endpoint("team"), { method: "POST", headers: auth(), body: uploadForm(ext, buildWheel(ext)) });
    expect(answer.status).toBe(409);
    expect(answer.statusText).toMatch(/already exists in public:pypi/);
  });

  it("installs a team package whose dependency comes from the external index, retaining as AWS does", async () => {
    const published = await fetch(endpoint("team"), { method: "POST", headers: auth(), body: uploadForm(team, buildWheel(team)) });
    expect(published.status).toBe(200);
    const installed = await python.pip(["install", "--no-cache-dir", "pyfix-team"]);
    expectOk(installed);
    expect(installed.output).toMatch(/Successfully installed .*pyfix[-_]ext-2\.0\.0/);
    const check = await python.python("import pyfix_team; print(pyfix_team.value())");
    expect(check.stdout.trim()).toBe("team+ext");

    const external = { originType: "EXTERNAL", domainEntryPoint: { externalConnectionName: "public:pypi" } };
    expect(await held("app", "pyfix-ext")).toEqual({ "2.0.0": external });
    expect(await held("pypi-store", "pyfix-ext")).toEqual({ "2.0.0": external });
    expect(await held("team", "pyfix-ext")).toBeUndefined();
    expect(await held("app", "pyfix-team")).toEqual({ "1.0.0": { originType: "INTERNAL", domainEntryPoint: { repositoryName: "team" } } });
    const described = await fx.client.send(
      new sdk.DescribePackageVersionCommand({ domain, repository: "pypi-store", format: "pypi", package: "pyfix-ext", packageVersion: "2.0.0" }),
    );
    expect(described.packageVersion?.summary).toBe(ext.summary);
    const deps = await fx.client.send(
      new sdk.ListPackageVersionDependenciesCommand({ domain, repository: "app", format: "pypi", package: "pyfix-team", packageVersion: "1.0.0" }),
    );
    expect(deps.dependencies).toEqual([{ package: "pyfix-ext", versionRequirement: ">=2" }]);
  });

  it("serves retained files with their stored metadata once the external index is gone", async () => {
    await index.stop();
    const page = await (await fetch(`${endpoint("app")}simple/pyfix-ext/`, { headers: auth() })).text();
    expect(page).toContain("pyfix_ext-2.0.0-py3-none-any.whl#sha256=");
    expect(page).toContain("data-core-metadata=");
    const target = join(fx.dir.path, "offline");
    expectOk(await python.pip(["download", "--no-cache-dir", "--no-deps", "-d", target, "pyfix-ext==2.0.0"]));
  });

  it("does not list versions from upstreams when the package's upstream setting is BLOCK", async () => {
    await setOrigin(fx.client, { domain, repository: "app", format: "pypi", package: "pyfix-team" }, "ALLOW", "BLOCK");
    const json = (await (
      await fetch(`${endpoint("app")}simple/pyfix-team/`, { headers: { ...auth(), accept: "application/vnd.pypi.simple.v1+json" } })
    ).json()) as { versions: string[] };
    // The version already retained in app stays; nothing new comes from team.
    expect(json.versions).toEqual(["1.0.0"]);
    const team2 = { ...team, version: "1.1.0" };
    expect((await fetch(endpoint("team"), { method: "POST", headers: auth(), body: uploadForm(team2, buildWheel(team2)) })).status).toBe(200);
    const after = (await (
      await fetch(`${endpoint("app")}simple/pyfix-team/`, { headers: { ...auth(), accept: "application/vnd.pypi.simple.v1+json" } })
    ).json()) as { versions: string[] };
    expect(after.versions).toEqual(["1.0.0"]);
  });
});
