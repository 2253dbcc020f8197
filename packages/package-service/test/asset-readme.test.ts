import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import type { ExternalAsset, ExternalPackage, FormatAdapter, RegistryClient, StoredAsset, UpstreamResult } from "../src/formats";
import { fixture, readAll, repoRef, upload, type Fixture } from "./fixture";

// The `assetReadme` hook: a format that finds a readme inside its archives (Cargo's .crate) gets it
// recorded for versions that arrived without one, by publish or by ingestion, and never replaces
// one the publish carried.

const bytes = Buffer.from("README inside the archive");

/** A registry with one package, `serde` 1.0.0, whose index has no readme. */
const registry: RegistryClient = {
  baseUrl: () => "https://registry.invalid/",
  async getPackage(): Promise<UpstreamResult<ExternalPackage>> {
    return { ok: true, value: { data: undefined, versions: [{ version: "1.0.0", data: undefined }] } };
  },
  async fetchAsset(): Promise<UpstreamResult<ExternalAsset>> {
    const digest = createHash("sha256").update(bytes).digest("base64");
    return { ok: true, value: { content: Readable.from([bytes]), digests: [{ algorithm: "sha256", digest }] } };
  },
};

let reads = 0;
const format: FormatAdapter = {
  format: "cargo",
  compareVersions: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  async assetReadme(asset: StoredAsset) {
    reads++;
    const text = (await readAll(asset.read(0, asset.size - 1))).toString();
    return text.startsWith("README") ? text : undefined;
  },
  registry,
};

let f: Fixture;
afterEach(() => f?.close());

const crate = (repository: string) => ({ ...repoRef(repository), format: "cargo" as const, name: "serde" });
const readmeOf = async (repository: string, version: string) => f.service.getReadme({ ...crate(repository), version });

describe("readmes read from stored assets", () => {
  it("records the asset's readme for a version published without one", async () => {
    f = await fixture(["repo"], {}, [format]);
    await f.service.publishVersion({ ...crate("repo"), version: "1.0.0", assets: [upload("serde-1.0.0.crate", bytes)] });
    expect((await readmeOf("repo", "1.0.0")).readme).toBe(bytes.toString());
  });

  it("keeps the readme the publish carried", async () => {
    f = await fixture(["repo"], {}, [format]);
    reads = 0;
    await f.service.publishVersion({
      ...crate("repo"),
      version: "2.0.0",
      assets: [upload("serde-2.0.0.crate", bytes)],
      metadata: { readme: "from the publish" },
    });
    expect((await readmeOf("repo", "2.0.0")).readme).toBe("from the publish");
    expect(reads).toBe(0);
  });

  it("records nothing when the asset has no readme", async () => {
    f = await fixture(["repo"], {}, [format]);
    await f.service.publishVersion({ ...crate("repo"), version: "3.0.0", assets: [upload("serde-3.0.0.crate", "no readme here")] });
    expect((await readmeOf("repo", "3.0.0")).readme).toBeUndefined();
  });

  it("records it for a version ingested from an external connection, in both repositories", async () => {
    f = await fixture(["app", "store"], {}, [format]);
    await f.services.store.upstreams.set(f.repos.app.id, ["store"]);
    await f.services.store.externalConnections.add(f.repos.store.id, { name: "public:crates-io", packageFormat: "cargo" });
    const resolved = await f.service.resolveAsset({ ...crate("app"), version: "1.0.0" }, "serde-1.0.0.crate");
    expect((await readAll(resolved.stream)).equals(bytes)).toBe(true);
    expect((await readmeOf("store", "1.0.0")).readme).toBe(bytes.toString());
    expect((await readmeOf("app", "1.0.0")).readme).toBe(bytes.toString());
  });
});
