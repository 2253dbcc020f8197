import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as sdk from "@aws-sdk/client-codeartifact";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectOk, heldVersions, setOrigin } from "../support/checks";
import { serverFixture } from "../support/fixture";
import { basicAuth, NugetClientEnv } from "../support/nuget";
import { buildNupkg, pushForm, TARGET_FRAMEWORK, writeStaticFeed } from "../support/nuget-packages";
import { startStaticServer, type StaticServer } from "../support/pypi";

// The real NuGet.exe 5.8 (Mono) against the server: `nuget pack` and `nuget push` into team,
// `aws codeartifact login --tool nuget` (running NuGet.exe through the `nuget` wrapper) for app,
// and one `nuget install` through app resolving a package pushed to team, its dependency pushed
// there too, and another dependency only the stand-in for nuget.org has: app → team →
// nuget-store, whose `public:nuget-org` is a static V3 feed on loopback. Then a push NuGet is
// refused. NuGet.exe starts slowly under Mono: each scenario runs it once (6 runs in all).

const domain = "nugetdemo";
const owner = "123456789012";
let token: string;
let client: NugetClientEnv;
let pushConfig: string;
let started: number;
let feed: StaticServer;

const extJson = buildNupkg({ id: "Ext.Json", version: "2.1.0", description: "Only on the public feed" });
const extJsonOld = buildNupkg({ id: "Ext.Json", version: "1.0.0" });

const fx = serverFixture({
  tempPrefix: "ca-nuget-clients-",
  server: async (dir) => {
    const root = join(dir, "feed");
    mkdirSync(root, { recursive: true });
    feed = await startStaticServer(root);
    writeStaticFeed(root, `${feed.url}/`, [extJsonOld, extJson]);
    return {
      inMemory: true,
      env: { EXTERNAL_CONNECTION_URLS: `public:nuget-org=${feed.url}/index.json` },
      args: ["--external-connection-timeout-ms", "5000", "--external-metadata-max-age-ms", "0"],
    };
  },
  domains: {
    [domain]: [
      { name: "nuget-store", externalConnection: "public:nuget-org" },
      { name: "team", upstreams: ["nuget-store"] },
      { name: "app", upstreams: ["team"] },
    ],
  },
});

const source = (repository: string) => `${fx.server.url}/nuget/d/${domain}-${owner}/${repository}/v3/index.json`;
const held = (repository: string, name: string) => heldVersions(fx.client, { domain, repository, format: "nuget", package: name });
const packages = () => join(fx.dir.path, "packages");

const teamApp = buildNupkg({
  id: "Team.App",
  version: "1.0.0",
  description: "The team's app",
  dependencies: { "Lib.Core": "[1.0.0, )", "Ext.Json": "[2.0.0, 3.0.0)" },
});

beforeAll(async () => {
  started = Date.now();
  token = (await fx.client.send(new sdk.GetAuthorizationTokenCommand({ domain }))).authorizationToken!;
  client = new NugetClientEnv(join(fx.dir.path, "client"));
  pushConfig = client.writeConfig("push.config", [{ name: "team", url: source("team"), token }]);
  mkdirSync(packages(), { recursive: true });
});

afterAll(async () => {
  await feed?.stop();
  console.log(`nuget-clients: ${client?.runs} NuGet.exe runs in ${Math.round((Date.now() - started) / 1000)} s`);
});

describe("NuGet.exe against the NuGet endpoint", () => {
  it("packs with nuget pack and pushes with nuget push into team", async () => {
    const project = join(fx.dir.path, "lib-core");
    mkdirSync(join(project, "content"), { recursive: true });
    writeFileSync(join(project, "content", "core.txt"), "Lib.Core 1.2.0\n");
    writeFileSync(
      join(project, "Lib.Core.nuspec"),
      `<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
  <metadata>
    <id>Lib.Core</id>
    <version>1.2.0</version>
    <authors>codeartifact-local tests</authors>
    <description>Core library, packed by nuget pack.</description>
    <projectUrl>https://example.com/lib-core</projectUrl>
    <license type="expression">Apache-2.0</license>
  </metadata>
  <files><file src="content/core.txt" target="content/core.txt" /></files>
</package>
`,
    );
    expectOk(await client.nuget(["pack", join(project, "Lib.Core.nuspec"), "-OutputDirectory", packages()]));
    expect(existsSync(join(packages(), "Lib.Core.1.2.0.nupkg"))).toBe(true);
    writeFileSync(join(packages(), teamApp.filename), teamApp.bytes);

    const pushed = await client.nuget(["push", join(packages(), "*.nupkg"), "-Source", "team", "-ConfigFile", pushConfig]);
    expectOk(pushed);
    expect(pushed.output).toMatch(/Your package was pushed/);

    const internal = { originType: "INTERNAL", domainEntryPoint: { repositoryName: "team" } };
    expect(await held("team", "lib.core")).toEqual({ "1.2.0": internal });
    expect(await held("team", "team.app")).toEqual({ "1.0.0": internal });
    const described = await fx.client.send(
      new sdk.DescribePackageVersionCommand({ domain, repository: "team", format: "nuget", package: "Lib.Core", packageVersion: "1.2.0" }),
    );
    expect(described.packageVersion).toMatchObject({
      displayName: "Lib.Core",
      summary: "Core library, packed by nuget pack.",
      homePage: "https://example.com/lib-core",
      licenses: [{ name: "Apache-2.0" }],
      status: "Published",
    });
    const assets = await fx.client.send(
      new sdk.ListPackageVersionAssetsCommand({ domain, repository: "team", format: "nuget", package: "lib.core", packageVersion: "1.2.0" }),
    );
    expect(assets.assets?.map((a) => a.name)).toEqual(["lib.core.1.2.0.nupkg"]);
    const deps = await fx.client.send(
      new sdk.ListPackageVersionDependenciesCommand({ domain, repository: "team", format: "nuget", package: "team.app", packageVersion: "1.0.0" }),
    );
    expect(deps.dependencies).toEqual([
      { package: "lib.core", versionRequirement: "[1.0.0, )", dependencyType: TARGET_FRAMEWORK },
      { package: "ext.json", versionRequirement: "[2.0.0, 3.0.0)", dependencyType: TARGET_FRAMEWORK },
    ]);
  });

  it("installs through app after aws codeartifact login --tool nuget: team's packages and the public feed's, retained as AWS does", async () => {
    const login = await client.login(fx.server.url, domain, "app");
    expect(login.code, login.stderr).toBe(0);
    expect(login.stdout).toMatch(/Successfully configured nuget to use AWS CodeArtifact repository/);
    const config = readFileSync(client.userConfig, "utf8");
    expect(config).toContain(`key="${domain}/app" value="${source("app")}"`);
    expect(config).toMatch(/<add key="Username" value="aws" \/>/);

    const output = join(fx.dir.path, "installed");
    const installed = await client.install(client.userConfig, `${domain}/app`, "Team.App", output, ["-Framework", TARGET_FRAMEWORK]);
    expectOk(installed);
    expect(readFileSync(join(output, "Team.App.1.0.0", "content", "Team.App.txt"), "utf8")).toBe("Team.App 1.0.0\n");
    expect(readFileSync(join(output, "Lib.Core.1.2.0", "content", "core.txt"), "utf8")).toBe("Lib.Core 1.2.0\n");
    // The highest version the range allows, from the public feed.
    expect(readFileSync(join(output, "Ext.Json.2.1.0", "content", "Ext.Json.txt"), "utf8")).toBe("Ext.Json 2.1.0\n");

    const fromTeam = { originType: "INTERNAL", domainEntryPoint: { repositoryName: "team" } };
    expect(await held("app", "team.app")).toEqual({ "1.0.0": fromTeam });
    expect(await held("app", "lib.core")).toEqual({ "1.2.0": fromTeam });
    // Ingested through the connection: retained where it is and in the called repository, not in team.
    const external = { originType: "EXTERNAL", domainEntryPoint: { externalConnectionName: "public:nuget-org" } };
    expect(await held("nuget-store", "ext.json")).toEqual({ "2.1.0": external });
    expect(await held("app", "ext.json")).toEqual({ "2.1.0": external });
    expect(await held("team", "ext.json")).toBeUndefined();
    const described = await fx.client.send(
      new sdk.DescribePackageVersionCommand({ domain, repository: "nuget-store", format: "nuget", package: "ext.json", packageVersion: "2.1.0" }),
    );
    expect(described.packageVersion).toMatchObject({ displayName: "Ext.Json", summary: "Only on the public feed", licenses: [{ name: "MIT" }] });
  });

  it("refuses pushing a version the repository already has (409)", async () => {
    const again = await client.nuget(["push", join(packages(), "Lib.Core.1.2.0.nupkg"), "-Source", "team", "-ConfigFile", pushConfig]);
    expect(again.code).not.toBe(0);
    expect(again.output).toMatch(/409 \(The feed already contains 'Lib.Core 1.2.0'/);
  });

  it("refuses a push that the package's origin controls block (403), and one of a version the public feed has (409)", async () => {
    // The multipart PUT NuGet.exe sends, without another slow client start per refusal.
    const publish = `${fx.server.url}/nuget/d/${domain}-${owner}/team/v2/package/`;
    await setOrigin(fx.client, { domain, repository: "team", format: "nuget", package: "blocked.pkg" }, "BLOCK", "ALLOW");
    const blocked = await fetch(publish, { method: "PUT", headers: basicAuth(token), body: pushForm(buildNupkg({ id: "Blocked.Pkg", version: "1.0.0" })) });
    expect(blocked.status).toBe(403);
    expect(await held("team", "blocked.pkg")).toEqual({});
    const upstream = await fetch(publish, { method: "PUT", headers: basicAuth(token), body: pushForm(buildNupkg({ id: "Ext.Json", version: "1.0.0" })) });
    expect(upstream.status).toBe(409);
    expect(upstream.statusText).toMatch(/already exists in (upstream repository nuget-store|public:nuget-org)/);
  });

  it("challenges anonymous requests and refuses a wrong token with 401", async () => {
    const anonymous = await fetch(source("app"));
    expect(anonymous.status).toBe(401);
    const challenges = anonymous.headers.get("www-authenticate");
    expect(challenges).toContain(`Basic realm="${domain}/app"`);
    expect(challenges).toContain(`Bearer realm="${domain}/app"`);

    const wrong = await fetch(source("app"), { headers: basicAuth(`${token.slice(0, -4)}AAAA`) });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("www-authenticate")).toContain("Basic");
    const right = await fetch(source("app"), { headers: basicAuth(token) });
    expect(right.status).toBe(200);
  });
});
