import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import * as sdk from "@aws-sdk/client-codeartifact";
import { issueToken } from "@codeartifact-local/server";
import { beforeAll, describe, expect, it } from "vitest";
import { expectOk } from "../support/checks";
import { serverFixture } from "../support/fixture";
import { copyFixture, makeProject, NpmClientEnv, readJson, run } from "../support/npm";

// What users come for: `aws codeartifact login --tool npm`, then the real npm and pnpm clients
// publishing, installing and managing packages, each in an isolated config and cache. These run
// one after another: each builds on what the previous ones published.

const domain = "acme";
const repository = "npm-repo";
// A data dir, so the test can read the token secret and mint an expired token.
const fx = serverFixture({ tempPrefix: "ca-npm-clients-", server: (dir) => ({ dataDir: join(dir, "data") }), domains: { [domain]: [repository] } });
let npm: NpmClientEnv;
let endpoint: string;

const work = (name: string) => join(fx.dir.path, name);

beforeAll(async () => {
  endpoint = (await fx.client.send(new sdk.GetRepositoryEndpointCommand({ domain, repository, format: "npm" }))).repositoryEndpoint!;
  npm = new NpmClientEnv(work("npm"));
});

describe("npm and pnpm against a repository", () => {
  it("aws codeartifact login --tool npm configures the registry and token; npm ping answers", async () => {
    const login = await npm.login(fx.server.url, domain, repository);
    expect(login.code, login.stderr).toBe(0);
    expect(login.stdout).toContain(`Successfully configured npm to use AWS CodeArtifact repository ${endpoint}`);
    const config = readFileSync(npm.userconfig, "utf8");
    expect(config).toContain(`registry=${endpoint}`);
    expect(config).toMatch(new RegExp(`^${endpoint.replace(/^http:/, "").replace(/[.]/g, "\\.")}:_authToken=eyJ2ZXIiOjEsImlzdSI6`, "m"));
    const ping = await npm.npm(["ping"]);
    expectOk(ping);
    expect(ping.output).toContain("PONG");
  });

  it("publishes an unscoped package and records its metadata for the API", async () => {
    const pkg = copyFixture("local-lib", work("local-lib"));
    const published = await npm.npm(["publish"], pkg);
    expectOk(published);
    expect(published.output).toContain("+ local-lib@1.0.0");

    const ref = { domain, repository, format: "npm" as const, package: "local-lib", packageVersion: "1.0.0" };
    const { packageVersion } = await fx.client.send(new sdk.DescribePackageVersionCommand(ref));
    expect(packageVersion).toMatchObject({
      displayName: "local-lib",
      summary: "An unscoped package published to the repository",
      homePage: "https://example.com/local-lib",
      sourceCodeRepository: "git+https://example.com/local-lib.git",
      licenses: [{ name: "Apache-2.0" }],
      status: "Published",
      origin: { originType: "INTERNAL", domainEntryPoint: { repositoryName: repository } },
    });
    const readme = await fx.client.send(new sdk.GetPackageVersionReadmeCommand(ref));
    expect(readme.readme).toContain("Greets people.");
    const assets = await fx.client.send(new sdk.ListPackageVersionAssetsCommand(ref));
    expect(assets.assets?.map((a) => a.name)).toEqual(["package.tgz"]);
  });

  it("login --namespace scopes the registry; a scoped package with dependencies publishes through it", async () => {
    const scoped = new NpmClientEnv(work("npm-scoped"));
    const login = await scoped.login(fx.server.url, domain, repository, ["--namespace", "acme"]);
    expect(login.code, login.stderr).toBe(0);
    const config = readFileSync(scoped.userconfig, "utf8");
    expect(config).toContain(`@acme:registry=${endpoint}`);
    expect(config).not.toMatch(/^registry=/m);

    const pkg = copyFixture("greeter", work("greeter"));
    expectOk(await scoped.npm(["publish"], pkg));
    const deps = await fx.client.send(
      new sdk.ListPackageVersionDependenciesCommand({ domain, repository, format: "npm", namespace: "acme", package: "greeter", packageVersion: "1.0.0" }),
    );
    expect(deps.dependencies).toEqual(
      expect.arrayContaining([
        { package: "local-lib", dependencyType: "regular", versionRequirement: "^1.0.0" },
        { namespace: "acme", package: "runtime", dependencyType: "peer", versionRequirement: ">=2" },
        { package: "left-pad", dependencyType: "dev", versionRequirement: "1.3.0" },
      ]),
    );
    expect(deps.dependencies).toHaveLength(3);
  });

  it("npm view shows the packument with tarballs on this endpoint", async () => {
    const view = await npm.npm(["view", "@acme/greeter", "--json"]);
    expectOk(view);
    const info = JSON.parse(view.stdout);
    expect(info).toMatchObject({ name: "@acme/greeter", version: "1.0.0", "dist-tags": { latest: "1.0.0" }, versions: ["1.0.0"] });
    expect(info.dist.tarball).toBe(`${endpoint}@acme/greeter/-/greeter-1.0.0.tgz`);
  });

  it("npm install resolves a package and its dependency from the repository, and npm ci repeats it", async () => {
    const project = makeProject(work("app"), { "@acme/greeter": "^1.0.0" });
    expectOk(await npm.npm(["install"], project));
    const check = () => run("node", ["-e", "console.log(require('@acme/greeter')())"], { cwd: project });
    expect((await check()).stdout.trim()).toBe("hello greeter");
    const lock = readJson(join(project, "package-lock.json")) as { packages: Record<string, { resolved?: string }> };
    expect(lock.packages["node_modules/local-lib"].resolved).toBe(`${endpoint}local-lib/-/local-lib-1.0.0.tgz`);

    rmSync(join(project, "node_modules"), { recursive: true });
    expectOk(await npm.clearCache());
    expectOk(await npm.npm(["ci"], project));
    expect((await check()).stdout.trim()).toBe("hello greeter");
  });

  it("pnpm install works with the same configuration", async () => {
    const project = makeProject(work("pnpm-app"), { "@acme/greeter": "^1.0.0" });
    const installed = await npm.pnpm(["install"], project);
    expectOk(installed);
    const check = await run("node", ["-e", "console.log(require('@acme/greeter')())"], { cwd: project });
    expect(check.stdout.trim()).toBe("hello greeter");
  });

  it("npm publish --tag and npm dist-tag ls/add/rm", async () => {
    const pkg = copyFixture("local-lib", work("local-lib-beta"), { version: "1.1.0-beta.1" });
    expectOk(await npm.npm(["publish", "--tag", "beta"], pkg));
    let tags = await npm.npm(["dist-tag", "ls", "local-lib"]);
    expectOk(tags);
    expect(tags.stdout).toContain("beta: 1.1.0-beta.1");
    expect(tags.stdout).toContain("latest: 1.0.0");

    expectOk(await npm.npm(["dist-tag", "add", "local-lib@1.0.0", "stable"]));
    expectOk(await npm.npm(["dist-tag", "rm", "local-lib", "beta"]));
    tags = await npm.npm(["dist-tag", "ls", "local-lib"]);
    expect(tags.stdout.trim().split("\n").sort()).toEqual(["latest: 1.0.0", "stable: 1.0.0"]);
  });

  it("npm deprecate and un-deprecate", async () => {
    expectOk(await npm.npm(["deprecate", "local-lib@1.0.0", "please upgrade"]));
    expect((await npm.npm(["view", "local-lib@1.0.0", "deprecated"])).stdout.trim()).toBe("please upgrade");
    expectOk(await npm.npm(["deprecate", "local-lib@1.0.0", ""]));
    expect((await npm.npm(["view", "local-lib@1.0.0", "deprecated"])).stdout.trim()).toBe("");
  });

  it("status changes through the API show at once: Unlisted stays installable by lockfile, Archived does not", async () => {
    const project = makeProject(work("pinned"), { "local-lib": "1.1.0-beta.1" });
    expectOk(await npm.npm(["install"], project));
    const setStatus = (targetStatus: sdk.PackageVersionStatus) =>
      fx.client.send(
        new sdk.UpdatePackageVersionsStatusCommand({ domain, repository, format: "npm", package: "local-lib", versions: ["1.1.0-beta.1"], targetStatus }),
      );

    await setStatus("Unlisted");
    const versions = await npm.npm(["view", "local-lib", "versions", "--json"]);
    expect(JSON.parse(versions.stdout)).toEqual(["1.0.0"]);
    rmSync(join(project, "node_modules"), { recursive: true });
    expectOk(await npm.clearCache());
    expectOk(await npm.npm(["ci"], project));

    await setStatus("Archived");
    rmSync(join(project, "node_modules"), { recursive: true });
    expectOk(await npm.clearCache());
    const refused = await npm.npm(["ci"], project);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(/404/);
  });

  it("a blocked publish fails with 403 and the reason", async () => {
    await fx.client.send(
      new sdk.PutPackageOriginConfigurationCommand({
        domain,
        repository,
        format: "npm",
        package: "local-lib",
        restrictions: { publish: "BLOCK", upstream: "BLOCK" },
      }),
    );
    const pkg = copyFixture("local-lib", work("local-lib-2"), { version: "2.0.0" });
    const refused = await npm.npm(["publish"], pkg);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(/403 Forbidden/);
    expect(refused.output).toMatch(/origin configuration sets publish to BLOCK/);
  });

  it("npm with a missing, expired or other-domain token gets 401", async () => {
    const secret = await fx.server.secret();
    const hour = 3600_000;
    const expired = issueToken(
      {
        account: "123456789012",
        domain,
        domainOwner: "123456789012",
        region: "us-west-2",
        issuedAt: new Date(Date.now() - 2 * hour),
        expiresAt: new Date(Date.now() - hour),
      },
      secret,
    );
    await fx.client.send(new sdk.CreateDomainCommand({ domain: "other" }));
    const otherDomain = (await fx.client.send(new sdk.GetAuthorizationTokenCommand({ domain: "other" }))).authorizationToken!;
    const cases: Array<[string, string | undefined]> = [
      ["missing", undefined],
      ["expired", expired],
      ["other-domain", otherDomain],
    ];
    for (const [label, token] of cases) {
      const env = new NpmClientEnv(work(`token-${label}`));
      expectOk(await env.npm(["config", "set", "registry", endpoint]));
      if (token) expectOk(await env.npm(["config", "set", `${endpoint.replace(/^http:/, "")}:_authToken`, token]));
      const view = await env.npm(["view", "local-lib", "--loglevel", "verbose"]);
      expect(view.code, label).not.toBe(0);
      expect(view.output, label).toContain("npm error code E401");
      // What npm logs against AWS too: the challenge of the WWW-Authenticate header.
      expect(view.output, label).toContain(`Unable to authenticate, need: Bearer realm="${domain}/${repository}", Basic realm="${domain}/${repository}"`);
    }
  });

  it("commands CodeArtifact does not support fail with its reason", async () => {
    const whoami = await npm.npm(["whoami"]);
    expect(whoami.code).not.toBe(0);
    expect(whoami.output).toContain("npm whoami is not supported by CodeArtifact repositories");
    const unpublish = await npm.npm(["unpublish", "@acme/greeter", "--force"]);
    expect(unpublish.code).not.toBe(0);
    expect(unpublish.output).toMatch(/405 Method Not Allowed - DELETE .*-rev/);
  });
});
