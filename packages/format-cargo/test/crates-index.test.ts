import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CratesIndex } from "../src/crates-index";

// The client for `public:crates-io` against a sparse index served on loopback: which files it asks
// for, how it reads them, and where downloads go for each kind of `dl`.

const crate = Buffer.from("pretend this is a gzipped tar");
const cksum = createHash("sha256").update(crate).digest("hex");
const line = (vers: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ name: "Serde_Like", vers, deps: [{ name: "x", req: "^1", kind: "build" }], cksum, features: {}, yanked: false, ...extra });

let server: Server;
let base: string;
let dl = "";
const asked: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? "/";
    asked.push(path);
    if (path.endsWith("/config.json")) {
      if (dl === "") return void response.writeHead(404).end();
      return void response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ dl }));
    }
    if (path.endsWith("/se/rd/serde_like")) return void response.writeHead(200).end(`${line("1.0.0")}\nnot json\n${line("1.1.0", { yanked: true })}\n`);
    if (path.endsWith("/download") || path.endsWith(".crate")) return void response.writeHead(200).end(crate);
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/index/`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const index = () => new CratesIndex({ externalConnectionUrls: { "public:crates-io": base }, externalConnectionTimeoutMs: 2000, externalMetadataMaxAgeMs: 0 });
const coordinate = { format: "cargo" as const, name: "serde_like" };

async function fetched(template: string) {
  dl = template;
  asked.length = 0;
  const registry = index();
  const listed = await registry.getPackage("public:crates-io", coordinate);
  if (!listed.ok) throw new Error("not listed");
  const version = listed.value.versions[0];
  const asset = await registry.fetchAsset("public:crates-io", coordinate, listed.value, version, "serde_like-1.0.0.crate");
  if (!asset.ok) throw new Error(JSON.stringify(asset));
  const chunks: Buffer[] = [];
  for await (const chunk of asset.value.content) chunks.push(chunk as Buffer);
  return { asset: asset.value, bytes: Buffer.concat(chunks), download: asked.find((p) => !p.endsWith("config.json") && !p.endsWith("/se/rd/serde_like")) };
}

describe("the crates.io sparse index client", () => {
  it("lists the valid lines of the index file at the crate's lowercased path", async () => {
    dl = "/dl";
    const listed = await index().getPackage("public:crates-io", coordinate);
    expect(listed.ok && listed.value.versions.map((v) => [v.version, v.data.yanked])).toEqual([
      ["1.0.0", false],
      ["1.1.0", true],
    ]);
    expect((await index().getPackage("public:crates-io", { ...coordinate, name: "nonesuch" })).ok).toBe(false);
  });

  it("downloads through dl templates, checked against the line's cksum", async () => {
    const absolute = await fetched(`${base.replace("/index/", "")}/crates/{lowerprefix}/{crate}/{crate}-{version}.crate`);
    expect(absolute.download).toBe("/crates/se/rd/Serde_Like/Serde_Like-1.0.0.crate");
    expect(absolute.bytes.equals(crate)).toBe(true);
    expect(absolute.asset.digests).toEqual([{ algorithm: "sha256", digest: Buffer.from(cksum, "hex").toString("base64") }]);
    expect(absolute.asset.metadata).toMatchObject({
      displayName: "Serde_Like",
      dependencies: [{ package: "x", dependencyType: "build", versionRequirement: "^1" }],
    });

    expect((await fetched("../api/v1/crates")).download).toBe("/api/v1/crates/Serde_Like/1.0.0/download");
  });

  it("answers notFound for other assets, and unreachable without a config.json", async () => {
    dl = "/dl";
    const registry = index();
    const listed = await registry.getPackage("public:crates-io", coordinate);
    if (!listed.ok) throw new Error("not listed");
    expect(await registry.fetchAsset("public:crates-io", coordinate, listed.value, listed.value.versions[0], "other.crate")).toEqual({
      ok: false,
      notFound: true,
    });
    dl = "";
    const missing = await index().fetchAsset("public:crates-io", coordinate, listed.value, listed.value.versions[0], "serde_like-1.0.0.crate");
    expect(missing.ok === false && "unreachable" in missing).toBe(true);
  });
});
