import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { blobDomainKey, type PackageFormat } from "@codeartifact-local/store";
import { afterEach, describe, expect, it } from "vitest";
import type { Coordinate } from "../src/names";
import type { ExternalAsset, ExternalPackage, ExternalVersion, FormatAdapter, RegistryClient, StoredAsset, UpstreamResult } from "../src/formats";
import { AccessDeniedException, ConflictException, ResourceNotFoundException, UpstreamUnavailable } from "./errors";
import { fixture, readAll, repoRef, upload, type Fixture } from "./fixture";

// The one resolution path (resolution.ts) with two formats that exist only here: "cargo" with
// versions ordered by their numeric value, and "ruby"; each brings a public registry kept in
// memory. The registries are stand-ins for the network; everything else is the real service over
// a real store and blob store.

type Files = Record<string, { bytes: Buffer; declared?: string }>;

/** A public registry in memory: packages by name, versions by string, files by asset name. */
class MemoryRegistry implements RegistryClient<undefined, Files> {
  readonly packages = new Map<string, Map<string, Files>>();
  unreachable = false;
  asked = 0;

  add(name: string, version: string, asset: string, bytes: string, declared?: string): void {
    const versions = this.packages.get(name) ?? new Map<string, Files>();
    versions.set(version, { ...versions.get(version), [asset]: { bytes: Buffer.from(bytes), declared } });
    this.packages.set(name, versions);
  }

  baseUrl(): string {
    return "https://registry.invalid/";
  }

  async getPackage(_connection: string, coordinate: Coordinate): Promise<UpstreamResult<ExternalPackage<undefined, Files>>> {
    this.asked++;
    if (this.unreachable) return { ok: false, unreachable: "connect ECONNREFUSED" };
    const versions = this.packages.get(coordinate.name);
    if (!versions) return { ok: false, notFound: true };
    return { ok: true, value: { data: undefined, versions: [...versions].map(([version, data]) => ({ version, data })) } };
  }

  async fetchAsset(
    _c: string,
    _coordinate: Coordinate,
    _p: ExternalPackage,
    version: ExternalVersion<Files>,
    asset: string,
  ): Promise<UpstreamResult<ExternalAsset>> {
    const file = version.data[asset];
    if (!file) return { ok: false, notFound: true };
    const sha256 = file.declared ?? createHash("sha256").update(file.bytes).digest("base64");
    return {
      ok: true,
      value: { content: Readable.from([file.bytes]), digests: [{ algorithm: "sha256", digest: sha256 }], metadata: { summary: `${asset} from outside` } },
    };
  }
}

function fakeFormat(format: PackageFormat, registry: MemoryRegistry): FormatAdapter<undefined, Files> {
  return {
    format,
    compareVersions: (a, b) => Number(a) - Number(b),
    // Records the size of every stored asset, as a format reading archives would record what it found.
    async assetStored(asset: StoredAsset, current) {
      return { ...(typeof current === "object" && current !== null && !Array.isArray(current) ? current : {}), [asset.name]: asset.size };
    },
    registry,
  };
}

let f: Fixture;
let crates: MemoryRegistry;
let gems: MemoryRegistry;
afterEach(() => f?.close());

async function setUp(repositories: string[], quotas = {}) {
  crates = new MemoryRegistry();
  gems = new MemoryRegistry();
  f = await fixture(repositories, quotas, [fakeFormat("cargo", crates), fakeFormat("ruby", gems)]);
}

const pkg = (repository: string, format: PackageFormat = "cargo", name = "serde") => ({ ...repoRef(repository), format, name });
const publish = (repository: string, version: string, format: PackageFormat = "cargo") =>
  f.service.publishVersion({ ...pkg(repository, format), version, assets: [upload("serde.crate", `${repository}:${version}`)] });
const resolve = (repository: string, version: string, format: PackageFormat = "cargo", asset = "serde.crate") =>
  f.service.resolveAsset({ ...pkg(repository, format), version }, asset);
const chain = async (names: string[]) => {
  for (let i = 0; i + 1 < names.length; i++) await f.services.store.upstreams.set(f.repos[names[i]].id, [names[i + 1]]);
};
const versionsIn = async (repository: string, format: PackageFormat = "cargo") =>
  (await f.service.listAllVersions(pkg(repository, format))).versions.map((v) => `${v.version}:${v.origin.type}`);

describe("resolving through upstreams", () => {
  it("serves the first repository holding the version and retains it in the called one", async () => {
    await setUp(["app", "team", "store"]);
    await chain(["app", "team", "store"]);
    await publish("store", "1");
    const resolved = await resolve("app", "1");
    expect((await readAll(resolved.stream)).toString()).toBe("store:1");
    expect(await versionsIn("app")).toEqual(["1:INTERNAL"]);
    // The format's hook ran for the retained copy's asset? Retention copies records: the store's own record stands.
    expect((await f.service.getVersion({ ...pkg("store"), version: "1" })).version.formatMetadata).toEqual({ "serde.crate": 7 });
  });

  it("ends on an upstream cycle, searching each repository once", async () => {
    await setUp(["app", "team"]);
    await f.services.store.upstreams.set(f.repos.app.id, ["team"]);
    await f.services.store.upstreams.set(f.repos.team.id, ["app"]);
    await publish("team", "2");
    expect((await readAll((await resolve("app", "2")).stream)).toString()).toBe("team:2");
    await expect(resolve("app", "3")).rejects.toThrow(ResourceNotFoundException);
  });

  it("searches at most 25 repositories, the called one included", async () => {
    const names = Array.from({ length: 27 }, (_, i) => `r${String(i).padStart(2, "0")}`);
    await setUp(names);
    await chain(names);
    await publish("r24", "24");
    await publish("r25", "25");
    expect((await readAll((await resolve("r00", "24")).stream)).toString()).toBe("r24:24");
    await expect(resolve("r00", "25")).rejects.toThrow(ResourceNotFoundException);
  });

  it("leaves out upstreams the called repository's origin controls block", async () => {
    await setUp(["app", "store"]);
    await chain(["app", "store"]);
    await publish("store", "1");
    await f.service.putOriginConfiguration(pkg("app"), { publish: "ALLOW", upstream: "BLOCK" });
    await expect(resolve("app", "1")).rejects.toThrow(ResourceNotFoundException);
    expect(await versionsIn("app")).toEqual([]);
  });
});

describe("resolving through an external connection", () => {
  const connect = (repository: string, name = "public:crates-io", packageFormat: PackageFormat = "cargo") =>
    f.services.store.externalConnections.add(f.repos[repository].id, { name, packageFormat });

  it("fetches, checks, stores and retains in the connection's repository and the called one", async () => {
    await setUp(["app", "store"]);
    await chain(["app", "store"]);
    await connect("store");
    crates.add("serde", "1", "serde.crate", "crate bytes");
    const resolved = await resolve("app", "1");
    expect((await readAll(resolved.stream)).toString()).toBe("crate bytes");
    // Retained copies keep their origin.
    expect(await versionsIn("store")).toEqual(["1:EXTERNAL"]);
    expect(await versionsIn("app")).toEqual(["1:EXTERNAL"]);
    const stored = (await f.service.getVersion({ ...pkg("store"), version: "1" })).version;
    expect(stored).toMatchObject({ summary: "serde.crate from outside", formatMetadata: { "serde.crate": 11 } });
    // The second download is served from the retained copy: the registry is not asked again.
    const asked = crates.asked;
    await readAll((await resolve("app", "1")).stream);
    expect(crates.asked).toBe(asked);
  });

  it("imports further assets of an ingested version on demand, into the called repository's copy too", async () => {
    await setUp(["app", "store"]);
    await chain(["app", "store"]);
    await connect("store");
    crates.add("serde", "1", "serde.crate", "crate bytes");
    crates.add("serde", "1", "serde.docs", "docs bytes");
    await readAll((await resolve("app", "1")).stream);
    expect((await readAll((await resolve("app", "1", "cargo", "serde.docs")).stream)).toString()).toBe("docs bytes");
    const names = async (repository: string) => (await f.service.listAssets({ ...pkg(repository), version: "1" }, {})).assets.map((a) => a.name).sort();
    expect(await names("store")).toEqual(["serde.crate", "serde.docs"]);
    expect(await names("app")).toEqual(["serde.crate", "serde.docs"]);
    // A version published (not ingested) upstream stays as it was retained.
    const tokio = (repository: string) => pkg(repository, "cargo", "tokio");
    await f.service.publishVersion({ ...tokio("store"), version: "2", assets: [upload("tokio.crate", "tokio")] });
    await readAll((await f.service.resolveAsset({ ...tokio("app"), version: "2" }, "tokio.crate")).stream);
    await f.service.publishVersion({ ...tokio("store"), version: "2", assets: [upload("extra.txt", "later")] });
    await expect(f.service.resolveAsset({ ...tokio("app"), version: "2" }, "extra.txt")).rejects.toThrow(ResourceNotFoundException);
  });

  it("asks only the registry of the package's own format", async () => {
    // A repository has at most one external connection (AWS's quota): one per repository here.
    await setUp(["app", "gems"]);
    await chain(["app", "gems"]);
    await connect("app");
    await connect("gems", "public:ruby-gems-org", "ruby");
    crates.add("serde", "1", "serde.crate", "from crates");
    gems.add("serde", "1", "serde.gem", "from gems");
    expect((await readAll((await resolve("app", "1", "ruby", "serde.gem")).stream)).toString()).toBe("from gems");
    await expect(resolve("app", "1", "ruby", "serde.crate")).rejects.toThrow(ResourceNotFoundException);
  });

  it("answers UpstreamUnavailable when the registry cannot be reached, and stores nothing", async () => {
    await setUp(["app"]);
    await connect("app");
    crates.add("serde", "1", "serde.crate", "crate bytes");
    crates.unreachable = true;
    await expect(resolve("app", "1")).rejects.toThrow(UpstreamUnavailable);
    await expect(resolve("app", "1")).rejects.toThrow(/public:crates-io \(https:\/\/registry.invalid\/\) could not be reached: connect ECONNREFUSED/);
    expect(await versionsIn("app")).toEqual([]);
  });

  it("refuses bytes that fail the registry's digest, and stores nothing", async () => {
    await setUp(["app"]);
    await connect("app");
    crates.add("serde", "1", "serde.crate", "tampered bytes", createHash("sha256").update("original bytes").digest("base64"));
    await expect(resolve("app", "1")).rejects.toThrow(UpstreamUnavailable);
    expect(await versionsIn("app")).toEqual([]);
    const blobs = [];
    for await (const blob of f.services.blobs.list(blobDomainKey(f.domain))) blobs.push(blob);
    expect(blobs).toEqual([]);
  });

  it("does not ingest a package whose origin controls block external upstreams", async () => {
    await setUp(["app"]);
    await connect("app");
    crates.add("serde", "1", "serde.crate", "crate bytes");
    await f.service.putOriginConfiguration(pkg("app"), { publish: "ALLOW", upstream: "BLOCK" });
    await expect(resolve("app", "1")).rejects.toThrow(ResourceNotFoundException);
    expect(crates.asked).toBe(0);
  });
});

describe("checking a publish", () => {
  it("refuses a version an upstream or the external registry has, and one origin controls block", async () => {
    await setUp(["app", "store"]);
    await chain(["app", "store"]);
    // On app: store published the package itself, which blocks ingestion into store (AWS's default).
    await f.services.store.externalConnections.add(f.repos.app.id, { name: "public:crates-io", packageFormat: "cargo" });
    await publish("store", "1");
    crates.add("serde", "2", "serde.crate", "outside");
    await expect(f.service.checkPublish({ ...pkg("app"), version: "1" })).rejects.toThrow(ConflictException);
    await expect(f.service.checkPublish({ ...pkg("app"), version: "2" })).rejects.toThrow(ConflictException);
    expect((await f.service.checkPublish({ ...pkg("app"), version: "3" })).existing).toBeUndefined();
    crates.unreachable = true;
    expect((await f.service.checkPublish({ ...pkg("app"), version: "2" })).skipped).toHaveLength(1);
    await f.service.putOriginConfiguration(pkg("app"), { publish: "BLOCK", upstream: "ALLOW" });
    await expect(f.service.checkPublish({ ...pkg("app"), version: "3" })).rejects.toThrow(AccessDeniedException);
  });
});
