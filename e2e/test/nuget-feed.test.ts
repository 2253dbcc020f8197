import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as sdk from "@aws-sdk/client-codeartifact";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectOk, heldVersions, setOrigin } from "../support/checks";
import { serverFixture } from "../support/fixture";
import { basicAuth, NugetClientEnv } from "../support/nuget";
import { buildNupkg, nuspecOf, pushForm, TARGET_FRAMEWORK, writeStaticFeed } from "../support/nuget-packages";
import { startStaticServer, type StaticServer } from "../support/pypi";
import { zip } from "../support/pypi-dist";

// The NuGet endpoint, one server for the file: app → team → nuget-store, whose
// `public:nuget-org` is a static V3 feed on loopback (the stand-in for nuget.org).
// First the real NuGet.exe 5.8 (Mono): `nuget pack` and `nuget push` into team, `aws codeartifact
// login --tool nuget` (running NuGet.exe through the `nuget` wrapper) for app, and one `nuget
// install` through app resolving a package pushed to team, its dependency pushed there too, and
// another dependency only the public feed has; then a push NuGet is refused. NuGet.exe starts
// slowly under Mono: each scenario runs it once (6 runs in all). Then the feed on the wire, as
// NuGet clients read it: documents, refusals, retention, unlisting, search, origin controls, and
// what stays available once the public feed is gone. The steps build on each other.

const domain = "nugetfeed";
const owner = "123456789012";
let token: string;
let client: NugetClientEnv;
let pushConfig: string;
let started: number;
let feed: StaticServer;

const extJson = buildNupkg({ id: "Ext.Json", version: "2.1.0", description: "Only on the public feed" });
const extJsonOld = buildNupkg({ id: "Ext.Json", version: "1.0.0" });
const extLog = [
  buildNupkg({ id: "Ext.Log", version: "1.0.0" }),
  buildNupkg({ id: "Ext.Log", version: "2.0.0-Beta.1" }),
  buildNupkg({ id: "Ext.Log", version: "1.5.0", listed: false }),
];

const fx = serverFixture({
  tempPrefix: "ca-nuget-clients-",
  server: async (dir) => {
    const root = join(dir, "feed");
    mkdirSync(root, { recursive: true });
    feed = await startStaticServer(root);
    writeStaticFeed(root, `${feed.url}/`, [extJsonOld, extJson, ...extLog]);
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
const base = (repository: string) => `${fx.server.url}/nuget/d/${domain}-${owner}/${repository}/`;
const get = (url: string) => fetch(url, { headers: basicAuth(token) });
const json = async (url: string) => {
  const answer = await get(url);
  expect(answer.status, `${url}: ${answer.statusText}`).toBe(200);
  return (await answer.json()) as Record<string, any>;
};
const push = (repository: string, body: FormData | string, headers: Record<string, string> = {}) =>
  fetch(`${base(repository)}v2/package/`, { method: "PUT", headers: { ...basicAuth(token), ...headers }, body });

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
  console.log(`nuget-feed: ${client?.runs} NuGet.exe runs, ${Math.round((Date.now() - started) / 1000)} s after the server started`);
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

  it("refuses a push that the package's origin controls block (403)", async () => {
    // The multipart PUT NuGet.exe sends, without another slow client start.
    await setOrigin(fx.client, { domain, repository: "team", format: "nuget", package: "blocked.pkg" }, "BLOCK", "ALLOW");
    const blocked = await push("team", pushForm(buildNupkg({ id: "Blocked.Pkg", version: "1.0.0" })));
    expect([blocked.status, blocked.statusText]).toEqual([403, expect.stringMatching(/blocked\.pkg/)]);
    expect(await held("team", "blocked.pkg")).toEqual({});
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

describe("the NuGet V3 feed on the wire", () => {
  it("serves a service index with publish, flat container, every registration type and search", async () => {
    const index = await json(`${base("app")}v3/index.json`);
    expect(index.version).toBe("3.0.0");
    const byType = Object.fromEntries((index.resources as Array<Record<string, string>>).map((r) => [r["@type"], r["@id"]]));
    expect(byType["PackagePublish/2.0.0"]).toBe(`${base("app")}v2/package`);
    expect(byType["PackageBaseAddress/3.0.0"]).toBe(`${base("app")}v3/flatcontainer/`);
    for (const type of ["", "/3.0.0-rc", "/3.0.0-beta", "/3.4.0", "/3.6.0", "/Versioned"]) {
      expect(byType[`RegistrationsBaseUrl${type}`], type).toBe(`${base("app")}v3/registration4/`);
    }
    expect(byType["SearchQueryService"]).toBe(`${base("app")}v3/search`);
  });

  it("lists the public feed's versions through the chain before anything is retained", async () => {
    const versions = await json(`${base("app")}v3/flatcontainer/ext.log/index.json`);
    expect(versions.versions).toEqual(["1.0.0", "1.5.0", "2.0.0-beta.1"]);
    const registration = await json(`${base("app")}v3/registration4/Ext.Log/index.json`);
    const leaves = registration.items[0].items as Array<Record<string, any>>;
    expect(leaves.map((l) => [l.catalogEntry.version, l.catalogEntry.listed])).toEqual([
      ["1.0.0", true],
      ["1.5.0", false],
      ["2.0.0-Beta.1", true],
    ]);
    expect(leaves[0].packageContent).toBe(`${base("app")}v3/flatcontainer/ext.log/1.0.0/ext.log.1.0.0.nupkg`);
    expect(leaves[0].catalogEntry.dependencyGroups).toEqual([
      expect.objectContaining({ "@type": "PackageDependencyGroup", targetFramework: "netstandard2.0", dependencies: [] }),
    ]);
    expect(await held("app", "ext.log")).toBeUndefined();
    expect(await held("nuget-store", "ext.log")).toBeUndefined();
  });

  it("refuses pushes that are not packages (400) or that the public feed already has (409)", async () => {
    expect((await push("team", "not multipart", { "content-type": "text/plain" })).status).toBe(400);
    const notZip = await push("team", pushForm({ filename: "x.nupkg", bytes: Buffer.from("not a zip") }));
    expect([notZip.status, notZip.statusText]).toEqual([400, expect.stringMatching(/not a readable zip/)]);
    const noNuspec = await push("team", pushForm({ filename: "x.nupkg", bytes: zip([["content/a.txt", Buffer.from("a")]]) }));
    expect([noNuspec.status, noNuspec.statusText]).toEqual([400, expect.stringMatching(/no \.nuspec/)]);
    const badId = zip([["a.nuspec", Buffer.from(nuspecOf({ id: "bad id!", version: "1.0.0" }))]]);
    expect((await push("team", pushForm({ filename: "x.nupkg", bytes: badId }))).status).toBe(400);
    const badVersion = zip([["a.nuspec", Buffer.from(nuspecOf({ id: "Good.Id", version: "1.0.0.0.0" }))]]);
    expect((await push("team", pushForm({ filename: "x.nupkg", bytes: badVersion }))).status).toBe(400);
    const noFile = new FormData();
    noFile.append("field", "value");
    expect((await push("team", noFile)).status).toBe(400);

    const existing = await push("team", pushForm(buildNupkg({ id: "EXT.LOG", version: "1.00.0" })));
    expect(existing.status).toBe(409);
    expect(existing.statusText).toMatch(/Version 1\.0\.0 .* already exists in public:nuget-org/);
    expect(await held("team", "ext.log")).toBeUndefined();
  });

  it("pushes, normalizing the version, and serves the package, its nuspec and its registration", async () => {
    const pkg = buildNupkg({ id: "Team.Lib", version: "01.2.0.0-RC.1", dependencies: { "Ext.Log": "[1.0.0, 2.0.0)" } });
    const pushed = await push("team", pushForm(pkg));
    expect(pushed.status).toBe(201);
    expect(await held("team", "team.lib")).toEqual({ "1.2.0-RC.1": { originType: "INTERNAL", domainEntryPoint: { repositoryName: "team" } } });

    expect(await json(`${base("app")}v3/flatcontainer/team.lib/index.json`)).toEqual({ versions: ["1.2.0-rc.1"] });
    const nupkg = await get(`${base("app")}v3/flatcontainer/team.lib/1.2.0-rc.1/team.lib.1.2.0-rc.1.nupkg`);
    expect(nupkg.status).toBe(200);
    expect(Buffer.from(await nupkg.arrayBuffer()).equals(pkg.bytes)).toBe(true);
    const nuspec = await get(`${base("team")}v3/flatcontainer/team.lib/1.2.0-rc.1/team.lib.nuspec`);
    expect(await nuspec.text()).toBe(nuspecOf(pkg.spec));

    const registration = await json(`${base("app")}v3/registration4/team.lib/index.json`);
    const entry = registration.items[0].items[0].catalogEntry;
    expect(entry).toMatchObject({ id: "Team.Lib", version: "1.2.0-RC.1", listed: true, licenseExpression: "MIT" });
    expect(entry.dependencyGroups[0].dependencies).toEqual([
      expect.objectContaining({ id: "Ext.Log", range: "[1.0.0, 2.0.0)", registration: `${base("app")}v3/registration4/ext.log/index.json` }),
    ]);
    const leaf = await json(`${base("app")}v3/registration4/team.lib/1.2.0-rc.1.json`);
    expect(leaf.packageContent).toBe(`${base("app")}v3/flatcontainer/team.lib/1.2.0-rc.1/team.lib.1.2.0-rc.1.nupkg`);
  });

  it("downloads a public version through app, retaining it there and in nuget-store", async () => {
    const nupkg = await get(`${base("app")}v3/flatcontainer/ext.log/1.0.0/ext.log.1.0.0.nupkg`);
    expect(nupkg.status).toBe(200);
    expect(Buffer.from(await nupkg.arrayBuffer()).equals(extLog[0].bytes)).toBe(true);
    const external = { originType: "EXTERNAL", domainEntryPoint: { externalConnectionName: "public:nuget-org" } };
    expect(await held("app", "ext.log")).toEqual({ "1.0.0": external });
    expect(await held("nuget-store", "ext.log")).toEqual({ "1.0.0": external });
    expect(await held("team", "ext.log")).toBeUndefined();
    // The earlier download of team.lib through app retained it there, from team.
    expect(await held("app", "team.lib")).toEqual({ "1.2.0-RC.1": { originType: "INTERNAL", domainEntryPoint: { repositoryName: "team" } } });
    const deps = await fx.client.send(
      new sdk.ListPackageVersionDependenciesCommand({ domain, repository: "app", format: "nuget", package: "team.lib", packageVersion: "1.2.0-RC.1" }),
    );
    expect(deps.dependencies).toEqual([{ package: "ext.log", versionRequirement: "[1.0.0, 2.0.0)", dependencyType: "netstandard2.0" }]);
  });

  it("unlists with DELETE (listed: false, still restorable by exact version, out of search) and relists with POST", async () => {
    const url = `${base("team")}v2/package/team.lib/1.2.0-rc.1`;
    expect((await fetch(url, { method: "DELETE", headers: basicAuth(token) })).status).toBe(204);
    const described = await fx.client.send(
      new sdk.DescribePackageVersionCommand({ domain, repository: "team", format: "nuget", package: "team.lib", packageVersion: "1.2.0-RC.1" }),
    );
    expect(described.packageVersion?.status).toBe("Unlisted");
    const listedIn = async (repository: string) =>
      ((await json(`${base(repository)}v3/registration4/team.lib/index.json`)).items[0].items as Array<{ catalogEntry: { listed: boolean } }>).map(
        (leaf) => leaf.catalogEntry.listed,
      );
    // NuGet's unlisting: hidden from resolution and search, still in the flat container's list,
    // where an exact-version restore looks. The copy app retained earlier is app's own: unchanged.
    expect(await listedIn("team")).toEqual([false]);
    expect(await listedIn("app")).toEqual([true]);
    expect(await json(`${base("team")}v3/flatcontainer/team.lib/index.json`)).toEqual({ versions: ["1.2.0-rc.1"] });
    expect((await get(`${base("team")}v3/flatcontainer/team.lib/1.2.0-rc.1/team.lib.1.2.0-rc.1.nupkg`)).status).toBe(200);
    expect((await json(`${base("team")}v3/search?q=team.lib&prerelease=true&semVerLevel=2.0.0`)).totalHits).toBe(0);
    expect((await fetch(`${base("team")}v2/package/team.lib/9.9.9`, { method: "DELETE", headers: basicAuth(token) })).status).toBe(404);

    expect((await fetch(url, { method: "POST", headers: basicAuth(token) })).status).toBe(204);
    expect(await listedIn("team")).toEqual([true]);
  });

  it("searches the packages the repository holds", async () => {
    const all = await json(`${base("team")}v3/search?q=&prerelease=true&semVerLevel=2.0.0`);
    expect(all.data.map((p: { id: string }) => p.id)).toEqual(["Lib.Core", "Team.App", "Team.Lib"]);
    expect(all.data[2]).toMatchObject({ id: "Team.Lib", version: "1.2.0-RC.1", versions: [expect.objectContaining({ version: "1.2.0-RC.1" })] });
    // A prerelease with a dotted label needs both flags.
    expect((await json(`${base("team")}v3/search?q=team.lib&prerelease=true`)).totalHits).toBe(0);
    expect((await json(`${base("team")}v3/search?q=team.lib&semVerLevel=2.0.0`)).totalHits).toBe(0);
    const paged = await json(`${base("team")}v3/search?q=&skip=1&take=1&prerelease=true&semVerLevel=2.0.0`);
    expect([paged.totalHits, paged.data.map((p: { id: string }) => p.id)]).toEqual([3, ["Team.App"]]);
    expect((await json(`${base("app")}v3/search?q=EXT&prerelease=true&semVerLevel=2.0.0`)).data.map((p: { id: string }) => p.id)).toEqual([
      "Ext.Json",
      "Ext.Log",
    ]);
    expect((await json(`${base("app")}v3/search?q=nothing-like-this`)).totalHits).toBe(0);
  });

  it("stops listing upstream versions of a package whose upstream setting is BLOCK", async () => {
    await setOrigin(fx.client, { domain, repository: "app", format: "nuget", package: "team.lib" }, "ALLOW", "BLOCK");
    expect((await push("team", pushForm(buildNupkg({ id: "Team.Lib", version: "1.3.0" })))).status).toBe(201);
    expect(await json(`${base("team")}v3/flatcontainer/team.lib/index.json`)).toEqual({ versions: ["1.2.0-rc.1", "1.3.0"] });
    // What app retained stays; nothing new comes from team.
    expect(await json(`${base("app")}v3/flatcontainer/team.lib/index.json`)).toEqual({ versions: ["1.2.0-rc.1"] });
    expect((await get(`${base("app")}v3/flatcontainer/team.lib/1.3.0/team.lib.1.3.0.nupkg`)).status).toBe(404);
  });

  it("answers hostile paths, queries and bodies with a 4xx, never an internal error", async () => {
    const paths = [
      "v3/flatcontainer/%00/index.json",
      `v3/flatcontainer/${"a".repeat(300)}/index.json`,
      "v3/flatcontainer/../../index.json",
      "v3/flatcontainer/ext.log/%2e%2e/ext.log.%2e%2e.nupkg",
      "v3/flatcontainer/ext.log/1.0.0/ext.log.1.0.0.nupkg%00",
      "v3/registration4/a/%ff.json",
      "v3/registration4/%E2%80%AE/index.json",
      "v3/search?q=%&take=-1&skip=abc",
      "v3/search?take=99999999999999999999&semVerLevel=%00",
      "v2/package/%00/%00",
    ];
    for (const path of paths) {
      const answer = await get(`${base("app")}${path}`);
      expect(answer.status, path).toBeGreaterThanOrEqual(200);
      expect(answer.status, path).toBeLessThan(500);
    }
    const bodies: Array<[string, string | FormData]> = [
      ["multipart/form-data; boundary=", "--\r\n"],
      [
        "multipart/form-data; boundary=x",
        '--x\r\nContent-Disposition: form-data; name="package"; filename="a.nupkg"\r\n\r\nPK\u0003\u0004garbage\r\n--x--\r\n',
      ],
      ["application/octet-stream", "PK"],
    ];
    for (const [type, body] of bodies) {
      const answer = await push("team", body, { "content-type": type });
      expect(answer.status, type).toBe(400);
    }
  });

  it("serves what app retained once the public feed is gone, and says so for the rest (502)", async () => {
    await feed.stop();
    expect(await json(`${base("app")}v3/flatcontainer/ext.log/index.json`)).toEqual({ versions: ["1.0.0"] });
    expect((await get(`${base("app")}v3/flatcontainer/ext.log/1.0.0/ext.log.1.0.0.nupkg`)).status).toBe(200);
    const missing = await get(`${base("app")}v3/registration4/ext.other/index.json`);
    expect(missing.status).toBe(502);
    expect(missing.statusText).toMatch(/public:nuget-org .* could not be reached/);
  });

  it("answers unknown paths and methods in NuGet's terms", async () => {
    const unknown = await get(`${base("app")}v3/unknown`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain(`${base("app")}v3/index.json`);
    const wrongMethod = await fetch(`${base("app")}v3/index.json`, { method: "DELETE", headers: basicAuth(token) });
    expect([wrongMethod.status, wrongMethod.headers.get("allow")]).toEqual([405, "GET, HEAD"]);
    expect((await get(`${base("app")}v3/flatcontainer/nothing.here/index.json`)).status).toBe(502);
  });
});
