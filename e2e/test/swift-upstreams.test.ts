import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as sdk from "@aws-sdk/client-codeartifact";
import { beforeAll, describe, expect, it } from "vitest";
import { awsCli } from "../support/aws-cli";
import { heldVersions, setOrigin } from "../support/checks";
import { serverFixture } from "../support/fixture";
import { sourceArchive, swiftFixtures, SwiftRegistryClient } from "../support/swift-registry";

// Upstream repositories for Swift (CodeArtifact has no external connection for Swift): app → team,
// and locked → team where locked blocks upstream versions of the package. A release published to
// team is listed and served through app, and retained in app when its archive is downloaded;
// origin controls refuse what they block. Then `aws codeartifact login --tool swift`, which this
// machine can run only without its `swift` commands (there is no Swift toolchain for it): the
// netrc entry it writes, and the `swift package-registry` commands it runs, recorded by a
// stand-in `swift` on PATH. The steps build on each other.

const OWNER = "123456789012";
const domain = "swiftchain";
const fx = serverFixture({
  tempPrefix: "ca-swift-chain-",
  domains: { [domain]: ["team", { name: "app", upstreams: ["team"] }, { name: "locked", upstreams: ["team"] }] },
});

let token: string;
let archive: Buffer;
const endpoint = (repository: string) => `${fx.server.url}/swift/d/${domain}-${OWNER}/${repository}/`;
const client = (repository: string) => new SwiftRegistryClient(endpoint(repository), `Bearer ${token}`);
const held = (repository: string) => heldVersions(fx.client, { domain, repository, format: "swift", namespace: "mona", package: "linkedlist" });
const metadata = JSON.stringify({ description: "One thing links to another.", repositoryURLs: ["https://github.com/mona/LinkedList"] });

beforeAll(async () => {
  token = (await fx.client.send(new sdk.GetAuthorizationTokenCommand({ domain }))).authorizationToken!;
  archive = await sourceArchive(join(swiftFixtures, "LinkedList"), "LinkedList");
  for (const version of ["1.0.0", "1.1.0"]) expect((await client("team").publish("mona", "LinkedList", version, archive, { metadata })).status).toBe(201);
});

describe("upstream repositories", () => {
  it("lists and describes team's releases through app before anything is retained", async () => {
    const app = client("app");
    expect((await app.releases("mona", "LinkedList")).versions).toEqual(["1.1.0", "1.0.0"]);
    const release = await app.release("mona", "LinkedList", "1.1.0");
    expect(release.json<{ resources: Array<{ checksum: string }> }>().resources[0].checksum).toBe(createHash("sha256").update(archive).digest("hex"));
    expect((await app.manifest("mona", "LinkedList", "1.1.0")).body.toString()).toContain("swift-tools-version:5.9");
    expect((await app.identifiers("https://github.com/mona/LinkedList")).json()).toEqual({ identifiers: ["mona.LinkedList"] });
    expect(await held("app")).toBeUndefined();
  });

  it("serves the archive through app and retains the release there, where it outlives team's copy", async () => {
    const download = await client("app").download("mona", "LinkedList", "1.1.0");
    expect(download.status).toBe(200);
    expect(download.body.equals(archive)).toBe(true);
    expect(await held("app")).toEqual({ "1.1.0": { originType: "INTERNAL", domainEntryPoint: { repositoryName: "team" } } });

    await fx.client.send(
      new sdk.DeletePackageVersionsCommand({ domain, repository: "team", format: "swift", namespace: "mona", package: "linkedlist", versions: ["1.1.0"] }),
    );
    expect((await client("app").download("mona", "LinkedList", "1.1.0")).body.equals(archive)).toBe(true);
    expect((await client("app").manifest("mona", "LinkedList", "1.1.0", "5.8")).status).toBe(200);
  });

  it("refuses to publish to app a release team has (409)", async () => {
    expect((await client("team").publish("mona", "HashMap", "1.0.0", archive)).status).toBe(201);
    const upstream = await client("app").publish("mona", "HashMap", "1.0.0", archive);
    expect(upstream.status).toBe(409);
    expect(upstream.detail()).toMatch(/already exists in upstream repository team/);
  });

  it("refuses what origin controls block: publishing (403), and upstream releases (not listed, not served)", async () => {
    // A package whose first version app retained from an upstream is not published to in app.
    const retained = await client("app").publish("mona", "LinkedList", "2.0.0", archive);
    expect(retained.status).toBe(403);
    expect(retained.detail()).toMatch(/publish/i);
    await setOrigin(fx.client, { domain, repository: "team", format: "swift", namespace: "mona", package: "linkedlist" }, "BLOCK", "ALLOW");
    expect((await client("team").publish("mona", "LinkedList", "2.0.0", archive)).status).toBe(403);

    await setOrigin(fx.client, { domain, repository: "locked", format: "swift", namespace: "Mona", package: "LinkedList" }, "ALLOW", "BLOCK");
    const locked = client("locked");
    expect((await locked.releases("mona", "LinkedList")).answer.status).toBe(404);
    expect((await locked.release("mona", "LinkedList", "1.0.0")).status).toBe(404);
    expect((await locked.download("mona", "LinkedList", "1.0.0")).status).toBe(404);
    expect(await held("locked")).toEqual({});
    // With upstream versions out of reach, the version can be published there.
    expect((await locked.publish("mona", "LinkedList", "1.0.0", archive)).status).toBe(201);
  });
});

describe("aws codeartifact login --tool swift", () => {
  const login = (home: string, extra: string[] = [], path = process.env.PATH) =>
    awsCli(fx.server.url, ["codeartifact", "login", "--tool", "swift", "--domain", domain, "--repository", "app", ...extra], { HOME: home, PATH: path });

  it("without swift: writes ~/.netrc (0600) with a token the endpoint takes, then reports swift missing", async () => {
    const home = join(fx.dir.path, "noswift");
    mkdirSync(home, { recursive: true });
    const withoutSwift = (process.env.PATH ?? "")
      .split(":")
      .filter((dir) => !existsSync(join(dir, "swift")))
      .join(":");
    const result = await login(home, [], withoutSwift);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/swift was not found/);
    const netrc = join(home, ".netrc");
    expect(statSync(netrc).mode & 0o777).toBe(0o600);
    const entry = /^machine (\S+) login token password (\S+)$/m.exec(readFileSync(netrc, "utf8"));
    expect(entry?.[1]).toBe(new URL(fx.server.url).hostname);
    // SwiftPM sends a netrc `login token` password as a Bearer token.
    const viaNetrc = new SwiftRegistryClient(endpoint("app"), `Bearer ${entry![2]}`);
    expect((await viaNetrc.login()).status).toBe(200);
    expect((await viaNetrc.releases("mona", "LinkedList")).answer.status).toBe(200);
  });

  it("with a stand-in swift on PATH: runs package-registry set and login against the endpoint, replacing the host's netrc token", async () => {
    const home = join(fx.dir.path, "standin");
    const bin = join(home, "bin");
    mkdirSync(bin, { recursive: true });
    const host = new URL(fx.server.url).hostname;
    writeFileSync(join(home, ".netrc"), `machine example.com login someone password secret\nmachine ${host} login token password expired-token\n`);
    const log = join(home, "swift-calls.log");
    writeFileSync(join(bin, "swift"), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\n`);
    chmodSync(join(bin, "swift"), 0o755);
    const path = `${bin}:${process.env.PATH}`;
    const result = await login(home, ["--namespace", "mona"], path);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Successfully configured swift to use AWS CodeArtifact repository ${endpoint("app")}`);
    const calls = readFileSync(log, "utf8").trim().split("\n");
    expect(calls).toEqual([`package-registry set ${endpoint("app")} --scope mona`, `package-registry login ${endpoint("app")}login`]);
    const netrc = readFileSync(join(home, ".netrc"), "utf8").trim().split("\n");
    expect(netrc).toHaveLength(2);
    expect(netrc[0]).toBe("machine example.com login someone password secret");
    expect(netrc[1]).toMatch(new RegExp(`^machine ${host} login token password eyJ2ZXIiOjEsImlzdSI6\\S+$`));
    // The URL `swift package-registry login` is given answers a POST with the token.
    const token2 = netrc[1].split(" ").pop()!;
    expect((await new SwiftRegistryClient(endpoint("app"), `Bearer ${token2}`).login()).status).toBe(200);
  });
});
