import { rmSync } from "node:fs";
import { join } from "node:path";
import * as sdk from "@aws-sdk/client-codeartifact";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectOk, heldVersions, npmCoordinates, setOrigin } from "../support/checks";
import { serverFixture } from "../support/fixture";
import { copyFixture, makeProject, NpmClientEnv, run } from "../support/npm";
import { escapeName, http, publishBody } from "../support/npm-http";
import { packFixture, startFixtureRegistry, type FixtureRegistry } from "../support/npm-registry";

// Upstreams and the external connection, offline: three repositories in a chain
// (app → team → npm-store) and `public:npmjs` on npm-store pointed at a local registry that serves
// tarballs `npm pack` built from the fixtures. The steps build on each other.

const domain = "chain";
let registry: FixtureRegistry;
let app: NpmClientEnv;
let team: NpmClientEnv;
let appEndpoint: string;
let project: string;

const fx = serverFixture({
  tempPrefix: "ca-npm-chain-",
  server: async () => {
    registry = await startFixtureRegistry();
    const versions = await Promise.all([
      packFixture("ext-util", "1.0.0"),
      packFixture("ext-util", "1.1.0"),
      packFixture("ext-scoped", "1.0.0"),
      packFixture("ext-util", "1.0.0", { name: "ext-only" }),
    ]);
    for (const version of versions) registry.publish(version);
    // Metadata max-age 0: every request asks the registry, so the tests see it change and go away.
    return {
      inMemory: true,
      args: ["--external-connection-url", `public:npmjs=${registry.url}/`, "--external-connection-timeout-ms", "5000", "--external-metadata-max-age-ms", "0"],
    };
  },
  domains: {
    [domain]: [
      { name: "npm-store", externalConnection: "public:npmjs" },
      { name: "team", upstreams: ["npm-store"] },
      { name: "app", upstreams: ["team"] },
    ],
  },
});

const work = (name: string) => join(fx.dir.path, name);

/** `npm view <args> --json` in the app repository. */
async function view(...args: string[]): Promise<unknown> {
  const result = await app.npm(["view", ...args, "--json"]);
  expectOk(result);
  return JSON.parse(result.stdout);
}

const held = (repository: string, name: string) => heldVersions(fx.client, { domain, repository, format: "npm", ...npmCoordinates(name) });

beforeAll(async () => {
  appEndpoint = (await fx.client.send(new sdk.GetRepositoryEndpointCommand({ domain, repository: "app", format: "npm" }))).repositoryEndpoint!;

  app = new NpmClientEnv(work("app-env"));
  team = new NpmClientEnv(work("team-env"));
  expect((await app.login(fx.server.url, domain, "app")).code).toBe(0);
  expect((await team.login(fx.server.url, domain, "team")).code).toBe(0);
});

afterAll(async () => {
  await registry?.stop();
});

describe("upstream repositories and the external connection", () => {
  it("lists versions from the external registry through the chain before anything is retained", async () => {
    const info = (await view("ext-util")) as Record<string, unknown> & { dist: { tarball: string } };
    expect(info.versions).toEqual(["1.0.0", "1.1.0"]);
    expect(info["dist-tags"]).toEqual({ latest: "1.1.0" });
    expect(info.dist.tarball).toBe(`${appEndpoint}ext-util/-/ext-util-1.1.0.tgz`);
    expect(await held("app", "ext-util")).toBeUndefined();
    expect(await held("npm-store", "ext-util")).toBeUndefined();
  });

  it("installs through the chain, retaining in the called repository and the connection's owner only", async () => {
    project = makeProject(work("project"), { "@upstream/ext-scoped": "^1.0.0" });
    expectOk(await app.npm(["install"], project));
    const check = await run("node", ["-e", "console.log(JSON.stringify(require('@upstream/ext-scoped')))"], { cwd: project });
    expect(JSON.parse(check.stdout)).toEqual({ source: "@upstream/ext-scoped", util: "ext-util" });

    const external = { originType: "EXTERNAL", domainEntryPoint: { externalConnectionName: "public:npmjs" } };
    for (const repository of ["app", "npm-store"]) {
      expect(await held(repository, "@upstream/ext-scoped")).toEqual({ "1.0.0": external });
      expect(await held(repository, "ext-util")).toEqual({ "1.1.0": external });
    }
    expect(await held("team", "ext-util")).toBeUndefined();
    const described = await fx.client.send(new sdk.DescribePackageCommand({ domain, repository: "app", format: "npm", package: "ext-util" }));
    expect(described.package?.originConfiguration?.restrictions).toEqual({ publish: "BLOCK", upstream: "ALLOW" });
    const readme = await fx.client.send(
      new sdk.GetPackageVersionReadmeCommand({ domain, repository: "npm-store", format: "npm", package: "ext-util", packageVersion: "1.1.0" }),
    );
    expect(readme.readme).toContain("ext-util");
  });

  it("retains a version published to an intermediate repository with origin INTERNAL", async () => {
    expectOk(await team.npm(["publish"], copyFixture("local-lib", work("local-lib"))));
    const consumer = makeProject(work("consumer"), { "local-lib": "^1.0.0" });
    expectOk(await app.npm(["install"], consumer));
    expect(await held("app", "local-lib")).toEqual({ "1.0.0": { originType: "INTERNAL", domainEntryPoint: { repositoryName: "team" } } });
  });

  it("merges dist-tags with the upstream's value winning", async () => {
    await setOrigin(fx.client, { domain, repository: "app", format: "npm", package: "local-lib" }, "ALLOW", "ALLOW");
    expectOk(await app.npm(["publish"], copyFixture("local-lib", work("local-lib-102"), { version: "1.0.2" })));
    expect(await view("local-lib", "versions")).toEqual(["1.0.0", "1.0.2"]);
    const tags = await app.npm(["dist-tag", "ls", "local-lib"]);
    expect(tags.stdout.trim()).toBe("latest: 1.0.0");
  });

  it("refuses publishing a version an upstream repository or the external registry has", async () => {
    const clash = await app.npm(["publish"], copyFixture("local-lib", work("local-lib-clash")));
    expect(clash.code).not.toBe(0);
    expect(clash.output).toMatch(/cannot publish over the previously published versions: 1\.0\.0|409/);

    // Straight to the endpoint, past npm's own check: the server answers 409 itself.
    const token = (await fx.client.send(new sdk.GetAuthorizationTokenCommand({ domain }))).authorizationToken!;
    const mine = await packFixture("local-lib", "1.0.0", { name: "ext-only" });
    const put = await http(`${appEndpoint}${escapeName("ext-only")}`, {
      method: "PUT",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: publishBody(mine),
    });
    expect(put.status).toBe(409);
    expect(put.json().error).toMatch(/already exists in public:npmjs/);
    expect(await held("app", "ext-only")).toBeUndefined();
  });

  it("keeps upstream and external versions out when origin controls block them", async () => {
    await setOrigin(fx.client, { domain, repository: "app", format: "npm", package: "ext-only" }, "ALLOW", "BLOCK");
    const asked = registry.requests.length;
    const refused = await app.npm(["view", "ext-only"]);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(/404/);
    const token = (await fx.client.send(new sdk.GetAuthorizationTokenCommand({ domain }))).authorizationToken!;
    const tarball = await http(`${appEndpoint}ext-only/-/ext-only-1.0.0.tgz`, { headers: { authorization: `Bearer ${token}` } });
    expect(tarball.status).toBe(404);
    expect(registry.requests.length).toBe(asked);
    expect(await held("npm-store", "ext-only")).toBeUndefined();

    // A package group blocking external upstreams for a scope: new public versions stay out.
    await fx.client.send(new sdk.CreatePackageGroupCommand({ domain, packageGroup: "/npm/upstream/*" }));
    await fx.client.send(
      new sdk.UpdatePackageGroupOriginConfigurationCommand({ domain, packageGroup: "/npm/upstream/*", restrictions: { EXTERNAL_UPSTREAM: "BLOCK" } }),
    );
    registry.publish(await packFixture("ext-scoped", "1.1.0"));
    expect(await view("@upstream/ext-scoped", "versions")).toEqual(["1.0.0"]);
    const blocked = await http(`${appEndpoint}@upstream/ext-scoped/-/ext-scoped-1.1.0.tgz`, { headers: { authorization: `Bearer ${token}` } });
    expect(blocked.status).toBe(404);
    expect(await held("npm-store", "@upstream/ext-scoped")).toEqual({ "1.0.0": expect.anything() });
  });

  it("keeps serving what it holds when the external registry is unreachable, and says so for the rest", async () => {
    await registry.stop();
    expect(await view("local-lib", "versions")).toEqual(["1.0.0", "1.0.2"]);
    expect(await view("ext-util", "versions")).toEqual(["1.1.0"]);
    const unknown = await app.npm(["view", "never-published"]);
    expect(unknown.code).not.toBe(0);
    expect(unknown.output).toMatch(/502/);
    expect(unknown.output).toMatch(/public:npmjs \(http:\/\/127\.0\.0\.1:\d+\/\) could not be reached/);
  });

  it("retained versions survive deleting the upstream repositories", async () => {
    await fx.client.send(new sdk.DeleteRepositoryCommand({ domain, repository: "team" }));
    await fx.client.send(new sdk.DeleteRepositoryCommand({ domain, repository: "npm-store" }));
    rmSync(join(project, "node_modules"), { recursive: true });
    expectOk(await app.clearCache());
    expectOk(await app.npm(["ci"], project));
    const check = await run("node", ["-e", "console.log(require('@upstream/ext-scoped').util)"], { cwd: project });
    expect(check.stdout.trim()).toBe("ext-util");
  });
});
