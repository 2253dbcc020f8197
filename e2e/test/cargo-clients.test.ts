import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as sdk from "@aws-sdk/client-codeartifact";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildCrate,
  CargoClientEnv,
  publishBody,
  publishMetadata,
  startStaticRegistry,
  writeStaticRegistry,
  type BuiltCrate,
  type StaticRegistry,
} from "../support/cargo";
import { expectOk, heldVersions, setOrigin } from "../support/checks";
import { serverFixture } from "../support/fixture";

// The real cargo (1.95) against the started server, offline: app → team → crates-store, with
// `public:crates-io` on crates-store pointed at a static sparse index on loopback (the stand-in for
// crates.io), and crates.io replaced by app in cargo's configuration, as AWS recommends. A crate
// published to team with a crates.io dependency is built through app; yank and unyank are seen by
// the next resolution; the refusals are cargo's own errors. The steps build on each other.

const domain = "rusty";
let registry: StaticRegistry;
let cargo: CargoClientEnv;
let token: string;
const external: Record<string, BuiltCrate> = {};

const fx = serverFixture({
  tempPrefix: "ca-cargo-clients-",
  server: async (dir) => {
    registry = await startStaticRegistry(join(dir, "crates-io"));
    external.ext10 = await buildCrate({
      name: "ext-util",
      version: "1.0.0",
      readme: "# ext-util 1.0\n",
      lib: 'pub fn ext() -> &\'static str { "ext 1.0.0" }\n',
    });
    external.ext11 = await buildCrate({
      name: "ext-util",
      version: "1.1.0",
      readme: "# ext-util 1.1\n",
      lib: 'pub fn ext() -> &\'static str { "ext 1.1.0" }\n',
    });
    external.blocked = await buildCrate({ name: "ext-blocked", version: "1.0.0" });
    writeStaticRegistry(join(dir, "crates-io"), registry.url, [{ crate: external.ext10 }, { crate: external.ext11 }, { crate: external.blocked }]);
    return {
      inMemory: true,
      env: { EXTERNAL_CONNECTION_URLS: `public:crates-io=${registry.url}/` },
      args: ["--external-connection-timeout-ms", "5000", "--external-metadata-max-age-ms", "0"],
    };
  },
  domains: {
    [domain]: [
      { name: "crates-store", externalConnection: "public:crates-io" },
      { name: "team", upstreams: ["crates-store"] },
      { name: "app", upstreams: ["team"] },
    ],
  },
});

const endpoint = async (repository: string) =>
  (await fx.client.send(new sdk.GetRepositoryEndpointCommand({ domain, repository, format: "cargo" }))).repositoryEndpoint!;
const held = (repository: string, name: string) => heldVersions(fx.client, { domain, repository, format: "cargo", package: name });

const teamLib = {
  name: "team-lib",
  version: "0.1.0",
  description: "Shared by the team",
  license: "MIT OR Apache-2.0",
  readme: "# team-lib\n\nThe team's crate.\n",
  deps: [{ name: "ext-util", req: "1" }],
  lib: 'pub fn greet() -> String { format!("team+{}", ext_util::ext()) }\n',
};

const consumer = {
  name: "app-bin",
  version: "0.1.0",
  deps: [{ name: "team-lib", req: "0.1", registry: "app" }],
  main: 'fn main() { println!("{}", team_lib::greet()); }\n',
};

beforeAll(async () => {
  token = (await fx.client.send(new sdk.GetAuthorizationTokenCommand({ domain }))).authorizationToken!;
  cargo = new CargoClientEnv(
    join(fx.dir.path, "client"),
    { team: `sparse+${await endpoint("team")}`, app: `sparse+${await endpoint("app")}` },
    { replaceCratesIo: "app" },
  );
  cargo.tokens.team = token;
  cargo.tokens.app = token;
});

afterAll(async () => {
  await registry?.stop();
});

describe("cargo against the Cargo endpoint", () => {
  it("publishes a crate into team", async () => {
    const published = await cargo.cargo(["publish", "--registry", "team", "--allow-dirty", "--no-verify"], cargo.project(teamLib));
    expectOk(published);
    expect(published.output).toMatch(/Published team-lib v0\.1\.0/);
    expect(await held("team", "team-lib")).toEqual({ "0.1.0": { originType: "INTERNAL", domainEntryPoint: { repositoryName: "team" } } });
  });

  it("builds a crate depending on it through app, with its crates.io dependency from the stand-in, retained as AWS does", async () => {
    const project = cargo.project(consumer);
    const built = await cargo.cargo(["run", "--quiet"], project);
    expectOk(built);
    expect(built.stdout.trim()).toBe("team+ext 1.1.0");
    const ingested = { originType: "EXTERNAL", domainEntryPoint: { externalConnectionName: "public:crates-io" } };
    expect(await held("app", "ext-util")).toEqual({ "1.1.0": ingested });
    expect(await held("crates-store", "ext-util")).toEqual({ "1.1.0": ingested });
    expect(await held("team", "ext-util")).toBeUndefined();
    expect(await held("app", "team-lib")).toEqual({ "0.1.0": { originType: "INTERNAL", domainEntryPoint: { repositoryName: "team" } } });
  });

  it("sees cargo yank and cargo yank --undo in the next resolution, while a lockfile naming the yanked version still fetches", async () => {
    const locked = cargo.project(consumer);
    const fresh = cargo.project({ name: "fresh-bin", version: "0.1.0", deps: [{ name: "ext-util", req: "1" }] });
    const lockedVersion = async (folder: string) => /name = "ext-util"\nversion = "([^"]+)"/.exec(readFileSync(join(folder, "Cargo.lock"), "utf8"))?.[1];

    expectOk(await cargo.cargo(["yank", "--registry", "app", "ext-util@1.1.0"], fx.dir.path));
    const versions = await fx.client.send(new sdk.ListPackageVersionsCommand({ domain, repository: "app", format: "cargo", package: "ext-util" }));
    expect(versions.versions?.map((v) => [v.version, v.status])).toEqual([["1.1.0", "Unlisted"]]);
    expectOk(await cargo.cargo(["generate-lockfile"], fresh));
    expect(await lockedVersion(fresh)).toBe("1.0.0");
    // Unlisted stays downloadable: the consumer's lockfile still names 1.1.0.
    expectOk(await cargo.cargo(["fetch"], locked));
    expect(await lockedVersion(locked)).toBe("1.1.0");

    expectOk(await cargo.cargo(["yank", "--undo", "--registry", "app", "ext-util@1.1.0"], fx.dir.path));
    expectOk(await cargo.cargo(["generate-lockfile"], fresh));
    expect(await lockedVersion(fresh)).toBe("1.1.0");
  });
});

describe("refusals cargo reports", () => {
  it("challenges anonymous requests, and cargo asks for a token", async () => {
    const config = await fetch(`${await endpoint("app")}config.json`);
    expect(config.status).toBe(401);
    expect(config.headers.get("www-authenticate")).toBe(`Cargo login_url="${await endpoint("app")}me"`);
    const project = cargo.project({ name: "anon-bin", version: "0.1.0", deps: [{ name: "ext-util", req: "1" }] });
    const refused = await cargo.cargo(["generate-lockfile"], project, {});
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(/no token found for `app`/);
  });

  it("rejects a wrong token", async () => {
    const project = cargo.project({ name: "wrong-token-bin", version: "0.1.0", deps: [{ name: "ext-util", req: "1" }] });
    const refused = await cargo.cargo(["generate-lockfile"], project, { app: "not-a-token" });
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(/token rejected for `app`/);
  });

  it("refuses to publish a version the repository has, even one the index no longer lists", async () => {
    const refused = await cargo.cargo(["publish", "--registry", "team", "--allow-dirty", "--no-verify"], cargo.project(teamLib));
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(/crate team-lib@0\.1\.0 already exists on `team` index/);

    // An Archived version is not in the index, so cargo sends the publish; the endpoint refuses it.
    const archived = { ...teamLib, version: "0.1.1" };
    const crate = await buildCrate(archived);
    const put = await fetch(`${await endpoint("team")}api/v1/crates/new`, {
      method: "PUT",
      headers: { authorization: token },
      body: publishBody(publishMetadata(archived), crate.bytes),
    });
    expect(put.status).toBe(200);
    await fx.client.send(
      new sdk.UpdatePackageVersionsStatusCommand({
        domain,
        repository: "team",
        format: "cargo",
        package: "team-lib",
        versions: ["0.1.1"],
        targetStatus: "Archived",
      }),
    );
    const republished = await cargo.cargo(["publish", "--registry", "team", "--allow-dirty", "--no-verify"], cargo.project(archived));
    expect(republished.code).not.toBe(0);
    expect(republished.output).toMatch(/409 Conflict.*crate version team-lib@0\.1\.1 is already uploaded to repository team \(status Archived\)/s);
  });

  it("refuses publishing and upstream versions that origin controls block", async () => {
    await setOrigin(fx.client, { domain, repository: "team", format: "cargo", package: "team-lib" }, "BLOCK", "ALLOW");
    const publish = await cargo.cargo(["publish", "--registry", "team", "--allow-dirty", "--no-verify"], cargo.project({ ...teamLib, version: "0.2.0" }));
    expect(publish.code).not.toBe(0);
    expect(publish.output).toMatch(/403 Forbidden/);

    await setOrigin(fx.client, { domain, repository: "app", format: "cargo", package: "ext-blocked" }, "ALLOW", "BLOCK");
    const project = cargo.project({ name: "blocked-bin", version: "0.1.0", deps: [{ name: "ext-blocked", req: "1" }] });
    const resolved = await cargo.cargo(["generate-lockfile"], project);
    expect(resolved.code).not.toBe(0);
    expect(resolved.output).toMatch(/no matching package named `ext-blocked` found/);
    expect(await held("crates-store", "ext-blocked")).toBeUndefined();
  });
});
