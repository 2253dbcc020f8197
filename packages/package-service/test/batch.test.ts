import { blobDomainKey } from "@codeartifact-local/store";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AccessDeniedException, ResourceNotFoundException, ValidationException } from "./errors";
import { fixture, generic, readAll, repoRef, sha256, upload, type Fixture } from "./fixture";

let f: Fixture;
afterEach(() => f?.close());

async function publish(version: string, data = `content of ${version}`, repository = "repo", name = "tool") {
  return f.service.publishVersion({ ...generic(name, "ns", repository), version, assets: [upload("asset.bin", data)] });
}

const status = async (version: string, repository = "repo") => (await f.service.getVersion({ ...generic("tool", "ns", repository), version })).version;

describe("UpdatePackageVersionsStatus", () => {
  beforeEach(async () => {
    f = await fixture(["repo"]);
    await publish("1.0.0");
    await publish("2.0.0");
  });

  it("moves versions between Published, Unlisted and Archived, changing revisions", async () => {
    const before = await status("1.0.0");
    const result = await f.service.updateVersionsStatus({ ...generic(), versions: ["1.0.0", "2.0.0"], targetStatus: "Archived" });
    expect(result.failedVersions).toEqual({});
    expect(Object.keys(result.successfulVersions).sort()).toEqual(["1.0.0", "2.0.0"]);
    expect(result.successfulVersions["1.0.0"].status).toBe("Archived");
    expect(result.successfulVersions["1.0.0"].revision).not.toBe(before.revision);
    const back = await f.service.updateVersionsStatus({ ...generic(), versions: ["1.0.0"], targetStatus: "Published" });
    expect(back.successfulVersions["1.0.0"].status).toBe("Published");
    // Setting the current status again is a success that changes nothing.
    const same = await f.service.updateVersionsStatus({ ...generic(), versions: ["1.0.0"], targetStatus: "Published" });
    expect(same.successfulVersions["1.0.0"].revision).toBe(back.successfulVersions["1.0.0"].revision);
  });

  it("refuses Unfinished, Disposed and Deleted as targets", async () => {
    for (const targetStatus of ["Unfinished", "Disposed", "Deleted"] as const) {
      await expect(f.service.updateVersionsStatus({ ...generic(), versions: ["1.0.0"], targetStatus })).rejects.toThrow(ValidationException);
    }
  });

  it("fails versions whose preconditions do not hold and skips the rest, changing nothing", async () => {
    const mismatch = await f.service.updateVersionsStatus({
      ...generic(),
      versions: ["1.0.0", "2.0.0", "3.0.0"],
      expectedStatus: "Unlisted",
      targetStatus: "Archived",
    });
    expect(mismatch.successfulVersions).toEqual({});
    expect(mismatch.failedVersions).toEqual({
      "1.0.0": { errorCode: "MISMATCHED_STATUS", errorMessage: "current status: Published, expected status: Unlisted" },
      "2.0.0": { errorCode: "MISMATCHED_STATUS", errorMessage: "current status: Published, expected status: Unlisted" },
      "3.0.0": { errorCode: "NOT_FOUND", errorMessage: "Could not find version 3.0.0" },
    });
    const current = (await status("2.0.0")).revision;
    const revisions = await f.service.updateVersionsStatus({
      ...generic(),
      versions: ["1.0.0", "2.0.0"],
      versionRevisions: { "1.0.0": "wrong", "2.0.0": current },
      targetStatus: "Unlisted",
    });
    expect(revisions.failedVersions["1.0.0"].errorCode).toBe("MISMATCHED_REVISION");
    expect(revisions.failedVersions["2.0.0"]).toEqual({ errorCode: "SKIPPED", errorMessage: "version 2.0.0 is skipped" });
    expect((await status("2.0.0")).status).toBe("Published");
    await expect(
      f.service.updateVersionsStatus({ ...generic(), versions: ["1.0.0"], versionRevisions: { "9.9.9": "x" }, targetStatus: "Unlisted" }),
    ).rejects.toThrow(ValidationException);
  });

  it("never moves a Disposed version and answers 404 for an unknown package", async () => {
    await f.service.disposeVersions({ ...generic(), versions: ["1.0.0"] });
    const result = await f.service.updateVersionsStatus({ ...generic(), versions: ["1.0.0"], targetStatus: "Published" });
    expect(result.failedVersions["1.0.0"].errorCode).toBe("NOT_ALLOWED");
    await expect(f.service.updateVersionsStatus({ ...generic("nope"), versions: ["1"], targetStatus: "Published" })).rejects.toThrow(ResourceNotFoundException);
  });
});

describe("DisposePackageVersions and DeletePackageVersions", () => {
  beforeEach(async () => {
    f = await fixture(["repo", "other"]);
  });

  const hasBlob = (data: string) => f.services.blobs.has(blobDomainKey(f.domain), sha256(data));

  it("disposes: assets and bytes gone, status Disposed, irreversible", async () => {
    await publish("1.0.0", "unique bytes");
    const result = await f.service.disposeVersions({ ...generic(), versions: ["1.0.0"], expectedStatus: "Published" });
    expect(result.successfulVersions["1.0.0"].status).toBe("Disposed");
    expect((await status("1.0.0")).status).toBe("Disposed");
    expect((await f.service.listAssets({ ...generic(), version: "1.0.0" }, {})).assets).toEqual([]);
    expect(await hasBlob("unique bytes")).toBe(false);
    await expect(f.service.openAsset({ ...generic(), version: "1.0.0", asset: "asset.bin" })).rejects.toThrow(ResourceNotFoundException);
  });

  it("keeps bytes another version of the domain still uses", async () => {
    await publish("1.0.0", "shared bytes");
    await publish("5.0.0", "shared bytes", "other", "elsewhere");
    await f.service.disposeVersions({ ...generic(), versions: ["1.0.0"] });
    expect(await hasBlob("shared bytes")).toBe(true);
    const other = await f.service.openAsset({ ...generic("elsewhere", "ns", "other"), version: "5.0.0", asset: "asset.bin" });
    expect((await readAll(other.stream)).toString()).toBe("shared bytes");
    await f.service.deleteVersions({ ...generic("elsewhere", "ns", "other"), versions: ["5.0.0"] });
    expect(await hasBlob("shared bytes")).toBe(false);
  });

  it("checks dispose preconditions per version", async () => {
    await publish("1.0.0");
    const result = await f.service.disposeVersions({ ...generic(), versions: ["1.0.0"], versionRevisions: { "1.0.0": "nope" } });
    expect(result.failedVersions["1.0.0"].errorCode).toBe("MISMATCHED_REVISION");
    expect((await status("1.0.0")).status).toBe("Published");
  });

  it("deletes versions, reporting them Deleted, after which the version can be published again", async () => {
    const published = await publish("1.0.0", "old");
    const result = await f.service.deleteVersions({ ...generic(), versions: ["1.0.0", "2.0.0"] });
    expect(result.failedVersions["2.0.0"].errorCode).toBe("NOT_FOUND");
    expect(result.failedVersions["1.0.0"].errorCode).toBe("SKIPPED");
    const deleted = await f.service.deleteVersions({ ...generic(), versions: ["1.0.0"], expectedStatus: "Published" });
    expect(deleted.successfulVersions["1.0.0"]).toEqual({ revision: published.version.revision, status: "Deleted" });
    await expect(status("1.0.0")).rejects.toThrow(ResourceNotFoundException);
    expect(await hasBlob("old")).toBe(false);
    await publish("1.0.0", "new");
  });

  it("deletes whole packages with their bytes", async () => {
    await publish("1.0.0", "pkg bytes");
    const deleted = await f.service.deletePackage(generic());
    expect(deleted.name).toBe("tool");
    expect(await hasBlob("pkg bytes")).toBe(false);
    await expect(f.service.getPackage(generic())).rejects.toThrow(ResourceNotFoundException);
  });
});

describe("CopyPackageVersions", () => {
  beforeEach(async () => {
    f = await fixture(["src", "dest", "up"]);
    await publish("1.0.0", "one", "src");
    await publish("2.0.0", "two", "src");
  });

  const copy = (extra: Partial<Parameters<Fixture["service"]["copyVersions"]>[0]>) =>
    f.service.copyVersions({
      domain: f.domain,
      source: f.repos.src,
      destination: f.repos.dest,
      format: "generic",
      namespace: "ns",
      name: "tool",
      ...extra,
    });

  it("copies versions with their assets (no bytes move) and is idempotent", async () => {
    const result = await copy({ versions: ["1.0.0", "2.0.0"] });
    expect(Object.keys(result.successfulVersions).sort()).toEqual(["1.0.0", "2.0.0"]);
    expect(result.successfulVersions["1.0.0"].status).toBe("Published");
    const copied = await f.service.openAsset({ ...generic("tool", "ns", "dest"), version: "1.0.0", asset: "asset.bin" });
    expect((await readAll(copied.stream)).toString()).toBe("one");
    expect(copied.version.origin).toEqual({ type: "INTERNAL", domainEntryPoint: { repositoryName: "src" } });
    const again = await copy({ versions: ["1.0.0", "2.0.0"] });
    expect(again).toEqual({ successfulVersions: {}, failedVersions: {} });
  });

  it("answers ALREADY_EXISTS for different content unless allowOverwrite", async () => {
    await publish("1.0.0", "different", "dest");
    const refused = await copy({ versions: ["1.0.0", "2.0.0"] });
    expect(refused.failedVersions).toEqual({
      "1.0.0": { errorCode: "ALREADY_EXISTS", errorMessage: "Version 1.0.0 already exists" },
      "2.0.0": { errorCode: "SKIPPED", errorMessage: "Version 2.0.0 was skipped" },
    });
    const forced = await copy({ versions: ["1.0.0"], allowOverwrite: true });
    expect(forced.successfulVersions["1.0.0"]).toBeDefined();
    const asset = await f.service.openAsset({ ...generic("tool", "ns", "dest"), version: "1.0.0", asset: "asset.bin" });
    expect((await readAll(asset.stream)).toString()).toBe("one");
    expect(await f.services.blobs.has(blobDomainKey(f.domain), sha256("different"))).toBe(false);
  });

  it("copies by revision and reports a stale one", async () => {
    const revision = (await status("1.0.0", "src")).revision;
    expect((await copy({ versionRevisions: { "1.0.0": revision } })).successfulVersions["1.0.0"].revision).toBe(revision);
    const stale = await copy({ versionRevisions: { "2.0.0": "stale" } });
    expect(stale.failedVersions["2.0.0"].errorCode).toBe("MISMATCHED_REVISION");
  });

  it("needs versions or versionRevisions (not both) and distinct repositories", async () => {
    await expect(copy({})).rejects.toThrow(ValidationException);
    await expect(copy({ versions: ["1.0.0"], versionRevisions: { "1.0.0": "x" } })).rejects.toThrow(ValidationException);
    await expect(copy({ versions: ["1.0.0"], destination: f.repos.src })).rejects.toThrow(ValidationException);
  });

  it("looks through the source's upstreams only with includeFromUpstream", async () => {
    await f.services.store.upstreams.set(f.repos.src.id, ["up"]);
    await publish("3.0.0", "three", "up");
    const without = await copy({ versions: ["3.0.0"] });
    expect(without.failedVersions["3.0.0"].errorCode).toBe("NOT_FOUND");
    const withUpstream = await copy({ versions: ["3.0.0"], includeFromUpstream: true });
    expect(withUpstream.successfulVersions["3.0.0"].status).toBe("Published");
  });
});

describe("retention from upstreams and external connections", () => {
  beforeEach(async () => {
    f = await fixture(["app", "store"]);
  });

  it("retains an upstream version with retained-first defaults, keeping its origin", async () => {
    await publish("1.0.0", "upstream bytes", "store");
    const retained = await f.service.retainVersion({ ...generic("tool", "ns", "app"), version: "1.0.0", from: { repository: f.repos.store } });
    expect(retained.created).toBe(true);
    expect(retained.package.originRestrictions).toEqual({ publish: "BLOCK", upstream: "ALLOW" });
    expect(retained.version.origin).toEqual({ type: "INTERNAL", domainEntryPoint: { repositoryName: "store" } });
    const again = await f.service.retainVersion({ ...generic("tool", "ns", "app"), version: "1.0.0", from: { repository: f.repos.store } });
    expect(again.created).toBe(false);
    // Publishing into a package that arrived from outside is blocked by default.
    await expect(publish("1.0.1", "mine", "app")).rejects.toThrow(AccessDeniedException);
  });

  it("ingests from an external connection, origin EXTERNAL", async () => {
    const ref = { ...generic("tool", "ns", "store"), format: "npm" as const, namespace: undefined, name: "left-pad" };
    const retained = await f.service.retainVersion({
      ...ref,
      version: "1.3.0",
      from: { externalConnection: "public:npmjs", assets: [upload("left-pad-1.3.0.tgz", "tarball")], metadata: { summary: "pads" } },
    });
    expect(retained.version).toMatchObject({
      status: "Published",
      summary: "pads",
      origin: { type: "EXTERNAL", domainEntryPoint: { externalConnectionName: "public:npmjs" } },
    });
    expect((await f.service.listVersions(ref, { originType: "EXTERNAL" }, {})).items).toHaveLength(1);
  });

  it("refuses retention the package or its group blocks", async () => {
    await publish("1.0.0", "x", "store");
    await f.service.putOriginConfiguration(generic("tool", "ns", "app"), { publish: "ALLOW", upstream: "BLOCK" });
    await expect(f.service.retainVersion({ ...generic("tool", "ns", "app"), version: "1.0.0", from: { repository: f.repos.store } })).rejects.toThrow(
      AccessDeniedException,
    );
  });

  it("lists the upstream search order", async () => {
    await f.services.store.upstreams.set(f.repos.app.id, ["store"]);
    expect((await f.service.upstreamSearchOrder(repoRef("app"))).map((r) => r.name)).toEqual(["app", "store"]);
  });
});
