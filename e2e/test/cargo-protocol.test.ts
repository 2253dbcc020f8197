import { createHash } from "node:crypto";
import { join } from "node:path";
import * as sdk from "@aws-sdk/client-codeartifact";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCrate, publishBody, publishMetadata, startStaticRegistry, writeStaticRegistry, type BuiltCrate, type StaticRegistry } from "../support/cargo";
import { heldVersions } from "../support/checks";
import { serverFixture } from "../support/fixture";
import { http } from "../support/npm-http";

// The Cargo endpoint on the wire, without cargo: config.json, index files, publish bodies (good
// and hostile), downloads, yank and unyank, the errors cargo reads, and what the API reports of a
// cargo version. `ingest` has `public:crates-io` on a static sparse index served on loopback.

const domain = "wire";
let registry: StaticRegistry;
let token: string;
let external: BuiltCrate;

const fx = serverFixture({
  tempPrefix: "ca-cargo-protocol-",
  server: async (dir) => {
    registry = await startStaticRegistry(join(dir, "crates-io"));
    external = await buildCrate({ name: "Ext_Readme", version: "2.0.0", readme: "# From the crate\n", description: "ingested" });
    writeStaticRegistry(join(dir, "crates-io"), registry.url, [{ crate: external }]);
    return { inMemory: true, env: { EXTERNAL_CONNECTION_URLS: `public:crates-io=${registry.url}` }, args: ["--external-metadata-max-age-ms", "0"] };
  },
  domains: { [domain]: [{ name: "ingest", externalConnection: "public:crates-io" }, "repo"] },
});

const endpoint = (repository = "repo") => `${fx.server.url}/cargo/d/${domain}-123456789012/${repository}/`;
const auth = () => ({ authorization: token });
const get = (path: string, repository = "repo", headers: Record<string, string> = {}) =>
  fetch(`${endpoint(repository)}${path}`, { headers: { ...auth(), ...headers } });
const publish = (body: Buffer, repository = "repo") => fetch(`${endpoint(repository)}api/v1/crates/new`, { method: "PUT", headers: auth(), body });
const errorsOf = async (response: Response) => ((await response.json()) as { errors: Array<{ detail: string }> }).errors.map((e) => e.detail);
const indexLines = async (path: string, repository = "repo") => {
  const response = await get(path, repository);
  expect(response.status, path).toBe(200);
  return (await response.text())
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
};

const spec = {
  name: "Wire_Crate",
  version: "1.0.0",
  description: "On the wire",
  license: "MIT",
  readme: "# Wire\n",
  deps: [{ name: "serde", req: "^1", registryUrl: "https://github.com/rust-lang/crates.io-index" }],
};
let crate: BuiltCrate;

beforeAll(async () => {
  token = (await fx.client.send(new sdk.GetAuthorizationTokenCommand({ domain }))).authorizationToken!;
  crate = await buildCrate(spec);
});

afterAll(async () => {
  await registry?.stop();
});

describe("registry configuration and authentication", () => {
  it("serves config.json with downloads and the API below the endpoint, auth required", async () => {
    const response = await get("config.json");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ dl: `${endpoint()}api/v1/crates`, api: endpoint().replace(/\/$/, ""), "auth-required": true });
  });

  it("builds config.json from the address the client used, host style too", async () => {
    const port = new URL(fx.server.url).port;
    const host = `${domain}-123456789012.d.codeartifact.us-west-2.localhost:${port}`;
    const answer = await http(`http://127.0.0.1:${port}/cargo/repo/config.json`, { headers: { ...auth(), host } });
    expect(answer.status).toBe(200);
    expect(answer.json()).toEqual({ dl: `http://${host}/cargo/repo/api/v1/crates`, api: `http://${host}/cargo/repo`, "auth-required": true });
  });

  it("challenges a missing or wrong token with cargo's scheme and an absolute login URL", async () => {
    const attempts: Array<Record<string, string>> = [{}, { authorization: "wrong" }, { authorization: `Bearer ${token}x` }];
    for (const headers of attempts) {
      const response = await fetch(`${endpoint()}te/am/team`, { headers });
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe(`Cargo login_url="${endpoint()}me"`);
      expect((await errorsOf(response))[0]).toMatch(/authoriz/i);
    }
    // Bearer is accepted too, for clients that add it.
    expect((await fetch(`${endpoint()}config.json`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });
});

describe("publish, index and download", () => {
  it("publishes a crate and lists it at once, with the index line cargo expects", async () => {
    const response = await publish(publishBody(publishMetadata(spec), crate.bytes));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ warnings: { invalid_categories: [], invalid_badges: [], other: [] } });
    const [line] = await indexLines("wi/re/wire_crate");
    expect(line).toEqual({
      name: "Wire_Crate",
      vers: "1.0.0",
      deps: [
        {
          name: "serde",
          req: "^1",
          features: [],
          optional: false,
          default_features: true,
          target: null,
          kind: "normal",
          registry: "https://github.com/rust-lang/crates.io-index",
          package: null,
        },
      ],
      cksum: crate.sha256,
      features: {},
      yanked: false,
      links: null,
    });
  });

  it("revalidates index files by entity tag", async () => {
    const first = await get("wi/re/wire_crate");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    expect((await get("wi/re/wire_crate", "repo", { "if-none-match": etag })).status).toBe(304);
  });

  it("downloads the crate by name and version, any case", async () => {
    const response = await get("api/v1/crates/Wire_Crate/1.0.0/download");
    expect(response.status).toBe(200);
    expect(
      createHash("sha256")
        .update(Buffer.from(await response.arrayBuffer()))
        .digest("hex"),
    ).toBe(crate.sha256);
  });

  it("reports the version through the API: metadata, readme, dependencies, one asset", async () => {
    const ref = { domain, repository: "repo", format: "cargo" as const, package: "wire_crate", packageVersion: "1.0.0" };
    const described = (await fx.client.send(new sdk.DescribePackageVersionCommand(ref))).packageVersion!;
    expect(described).toMatchObject({ displayName: "Wire_Crate", summary: "On the wire", licenses: [{ name: "MIT" }], status: "Published" });
    expect((await fx.client.send(new sdk.GetPackageVersionReadmeCommand(ref))).readme).toBe("# Wire\n");
    expect((await fx.client.send(new sdk.ListPackageVersionDependenciesCommand(ref))).dependencies).toEqual([
      { package: "serde", dependencyType: "normal", versionRequirement: "^1" },
    ]);
    const assets = (await fx.client.send(new sdk.ListPackageVersionAssetsCommand(ref))).assets!;
    expect(assets.map((a) => [a.name, a.hashes?.["SHA-256"]])).toEqual([["wire_crate-1.0.0.crate", crate.sha256]]);
  });

  it("answers 404 in cargo's error form for a crate nobody has", async () => {
    const response = await get("no/ne/nonesuch");
    expect(response.status).toBe(404);
    expect((await errorsOf(response))[0]).toMatch(/Crate nonesuch was not found in repository repo/);
  });
});

describe("hostile publishes", () => {
  const attempts: Array<[string, () => Buffer, RegExp]> = [
    ["a truncated crate", () => publishBody(publishMetadata({ ...spec, version: "2.0.0" }), crate.bytes).subarray(0, -10), /ends inside the crate/],
    [
      "bytes after the crate",
      () => Buffer.concat([publishBody(publishMetadata({ ...spec, version: "2.0.1" }), crate.bytes), Buffer.from("!")]),
      /after the crate/,
    ],
    ["metadata that is not JSON", () => Buffer.concat([Buffer.from([3, 0, 0, 0]), Buffer.from("{{{")]), /not JSON/],
    ["an invalid version", () => publishBody(publishMetadata({ ...spec, version: "2.0" }), crate.bytes), /not a valid semantic version/],
    ["an invalid name", () => publishBody(publishMetadata({ ...spec, name: "../x" }), crate.bytes), /not a valid crate name/],
    ["a huge metadata length", () => Buffer.from([0xff, 0xff, 0xff, 0xff, 0x7b]), /at most/],
  ];
  for (const [what, body, message] of attempts) {
    it(`refuses ${what} with 400 and stores nothing`, async () => {
      const response = await publish(body());
      expect(response.status).toBe(400);
      expect((await errorsOf(response))[0]).toMatch(message);
      expect(Object.keys((await heldVersions(fx.client, { domain, repository: "repo", format: "cargo", package: "wire_crate" })) ?? {})).toEqual(["1.0.0"]);
    });
  }

  it("refuses a republish with 409", async () => {
    const response = await publish(publishBody(publishMetadata(spec), crate.bytes));
    expect(response.status).toBe(409);
    expect((await errorsOf(response))[0]).toMatch(/already uploaded/);
  });
});

describe("yank and unyank", () => {
  it("marks the version yanked in the index (Unlisted), keeps it downloadable, and takes it back", async () => {
    const yank = await fetch(`${endpoint()}api/v1/crates/wire_crate/1.0.0/yank`, { method: "DELETE", headers: auth() });
    expect(yank.status).toBe(200);
    expect(await yank.json()).toEqual({ ok: true });
    expect((await indexLines("wi/re/wire_crate"))[0].yanked).toBe(true);
    const status = (
      await fx.client.send(
        new sdk.DescribePackageVersionCommand({ domain, repository: "repo", format: "cargo", package: "wire_crate", packageVersion: "1.0.0" }),
      )
    ).packageVersion!.status;
    expect(status).toBe("Unlisted");
    expect((await get("api/v1/crates/wire_crate/1.0.0/download")).status).toBe(200);

    const unyank = await fetch(`${endpoint()}api/v1/crates/wire_crate/1.0.0/unyank`, { method: "PUT", headers: auth() });
    expect(await unyank.json()).toEqual({ ok: true });
    expect((await indexLines("wi/re/wire_crate"))[0].yanked).toBe(false);
  });

  it("refuses to yank what the repository does not hold", async () => {
    const response = await fetch(`${endpoint()}api/v1/crates/wire_crate/9.9.9/yank`, { method: "DELETE", headers: auth() });
    expect(response.status).toBe(404);
    expect((await errorsOf(response)).length).toBe(1);
  });

  it("neither yanks nor restores an Archived version, and leaves it out of the index", async () => {
    await fx.client.send(
      new sdk.UpdatePackageVersionsStatusCommand({
        domain,
        repository: "repo",
        format: "cargo",
        package: "wire_crate",
        versions: ["1.0.0"],
        targetStatus: "Archived",
      }),
    );
    for (const [method, action] of [
      ["DELETE", "yank"],
      ["PUT", "unyank"],
    ]) {
      const response = await fetch(`${endpoint()}api/v1/crates/wire_crate/1.0.0/${action}`, { method, headers: auth() });
      expect(response.status, action).toBe(400);
      expect((await errorsOf(response))[0]).toMatch(/has status Archived/);
    }
    expect((await get("wi/re/wire_crate")).status).toBe(404);
    expect((await get("api/v1/crates/wire_crate/1.0.0/download")).status).toBe(404);
  });

  it("answers owners and search as unsupported", async () => {
    expect((await get("api/v1/crates/wire_crate/owners")).status).toBe(405);
    const search = await get("api/v1/crates?q=wire&per_page=10");
    expect(search.status).toBe(405);
    expect((await errorsOf(search))[0]).toMatch(/cargo search is not supported/);
  });
});

describe("public:crates-io", () => {
  it("lists the stand-in's lines, and retains a download with the readme read from the crate", async () => {
    const [line] = await indexLines("ex/t_/ext_readme", "ingest");
    expect(line).toMatchObject({ name: "Ext_Readme", vers: "2.0.0", cksum: external.sha256 });
    expect(await heldVersions(fx.client, { domain, repository: "ingest", format: "cargo", package: "ext_readme" })).toBeUndefined();

    const download = await get("api/v1/crates/Ext_Readme/2.0.0/download", "ingest");
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(external.bytes)).toBe(true);
    const ref = { domain, repository: "ingest", format: "cargo" as const, package: "ext_readme", packageVersion: "2.0.0" };
    expect((await fx.client.send(new sdk.GetPackageVersionReadmeCommand(ref))).readme).toBe("# From the crate\n");
    expect((await fx.client.send(new sdk.DescribePackageVersionCommand(ref))).packageVersion?.origin?.originType).toBe("EXTERNAL");

    // Once retained, the index serves the stored line even with the stand-in gone.
    await registry.stop();
    expect((await indexLines("ex/t_/ext_readme", "ingest"))[0]).toMatchObject({ name: "Ext_Readme", vers: "2.0.0", cksum: external.sha256, yanked: false });
  });
});
