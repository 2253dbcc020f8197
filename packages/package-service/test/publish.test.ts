import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { blobDomainKey } from "@codeartifact-local/store";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AccessDeniedException, ConflictException, ResourceNotFoundException, ServiceQuotaExceededException, ValidationException } from "./errors";
import { fixture, generic, readAll, repoRef, sha256, upload, type Fixture } from "./fixture";

let f: Fixture;
afterEach(() => f?.close());

describe("publishing", () => {
  beforeEach(async () => {
    f = await fixture(["repo", "other"]);
  });

  it("publishes a version with digests of the bytes and publish-first origin defaults", async () => {
    const data = Buffer.from("hello asset");
    const result = await f.service.publishVersion({ ...generic(), version: "1.0.0", assets: [upload("tool.bin", data)] });
    expect(result.version).toMatchObject({
      version: "1.0.0",
      status: "Published",
      origin: { type: "INTERNAL", domainEntryPoint: { repositoryName: "repo" } },
    });
    expect(result.version.publishedTime).toBeInstanceOf(Date);
    expect(result.assets[0]).toMatchObject({
      name: "tool.bin",
      size: data.length,
      hashes: {
        md5: createHash("md5").update(data).digest("hex"),
        sha1: createHash("sha1").update(data).digest("hex"),
        sha256: sha256(data),
        sha512: createHash("sha512").update(data).digest("hex"),
      },
    });
    expect(result.package.originRestrictions).toEqual({ publish: "ALLOW", upstream: "BLOCK" });
    const opened = await f.service.openAsset({ ...generic(), version: "1.0.0", asset: "tool.bin" });
    expect(await readAll(opened.stream)).toEqual(data);
  });

  it("keeps a version Unfinished until the last asset, then changes its revision and status", async () => {
    const first = await f.service.publishVersion({ ...generic(), version: "2.0.0", assets: [upload("a.bin", "a")], unfinished: true });
    expect(first.version.status).toBe("Unfinished");
    expect(first.version.publishedTime).toBeUndefined();
    await expect(f.service.openAsset({ ...generic(), version: "2.0.0", asset: "a.bin" })).rejects.toThrow(ConflictException);
    const second = await f.service.publishVersion({ ...generic(), version: "2.0.0", assets: [upload("b.bin", "b")] });
    expect(second.version.status).toBe("Published");
    expect(second.version.revision).not.toBe(first.version.revision);
    const assets = await f.service.listAssets({ ...generic(), version: "2.0.0" }, {});
    expect(assets.assets.map((a) => a.name)).toEqual(["a.bin", "b.bin"]);
    // Published never goes back to Unfinished.
    const third = await f.service.publishVersion({ ...generic(), version: "2.0.0", assets: [upload("c.bin", "c")], unfinished: true });
    expect(third.version.status).toBe("Published");
  });

  it("accepts an identical re-upload and refuses different bytes under the same asset name", async () => {
    const first = await f.service.publishVersion({ ...generic(), version: "1.0.0", assets: [upload("tool.bin", "v1")] });
    const again = await f.service.publishVersion({ ...generic(), version: "1.0.0", assets: [upload("tool.bin", "v1")] });
    expect(again.version.revision).toBe(first.version.revision);
    await expect(f.service.publishVersion({ ...generic(), version: "1.0.0", assets: [upload("tool.bin", "v2")] })).rejects.toThrow(ConflictException);
    // A conflict without a declared digest is found after streaming; the bytes do not linger.
    const undeclared = { name: "tool.bin", content: Readable.from([Buffer.from("v3")]) };
    await expect(f.service.publishVersion({ ...generic(), version: "1.0.0", assets: [undeclared] })).rejects.toThrow(ConflictException);
    expect(await f.services.blobs.has(blobDomainKey(f.domain), sha256("v3"))).toBe(false);
  });

  it("refuses content whose SHA-256 does not match the declared one, keeping nothing", async () => {
    const bad = { name: "tool.bin", content: Readable.from([Buffer.from("actual")]), expectedSha256: sha256("declared") };
    await expect(f.service.publishVersion({ ...generic(), version: "1.0.0", assets: [bad] })).rejects.toThrow(ValidationException);
    expect(await f.service.findPackage(generic())).toBeUndefined();
    expect(await f.services.blobs.has(blobDomainKey(f.domain), sha256("actual"))).toBe(false);
  });

  it("validates asset names and formats", async () => {
    await expect(f.service.publishVersion({ ...generic(), version: "1", assets: [upload("..", "x")] })).rejects.toThrow(ValidationException);
    await expect(f.service.publishVersion({ ...generic(), namespace: undefined, version: "1", assets: [upload("a", "x")] })).rejects.toThrow(
      ValidationException,
    );
  });

  it("enforces the asset size limit and the assets-per-version quota", async () => {
    await f.close();
    f = await fixture(["repo"], { assetSizeBytes: 10, assetsPerPackageVersion: 2 });
    await expect(f.service.publishVersion({ ...generic(), version: "1", assets: [upload("big", "01234567890")] })).rejects.toThrow(
      ServiceQuotaExceededException,
    );
    await f.service.publishVersion({ ...generic(), version: "1", assets: [upload("a", "a")], unfinished: true });
    await f.service.publishVersion({ ...generic(), version: "1", assets: [upload("b", "b")], unfinished: true });
    await expect(f.service.publishVersion({ ...generic(), version: "1", assets: [upload("c", "c")] })).rejects.toThrow(ServiceQuotaExceededException);
    // Re-uploading an existing asset is not a new one.
    await f.service.publishVersion({ ...generic(), version: "1", assets: [upload("a", "a")] });
  });

  it("refuses publishing when the package's origin configuration blocks it", async () => {
    await f.service.putOriginConfiguration(generic(), { publish: "BLOCK", upstream: "ALLOW" });
    await expect(f.service.publishVersion({ ...generic(), version: "1", assets: [upload("a", "a")] })).rejects.toThrow(AccessDeniedException);
    // The pre-created record is empty and lists with its restrictions.
    const listed = await f.service.listPackages(repoRef(), { publish: "BLOCK" }, {});
    expect(listed.items.map((p) => p.name)).toEqual(["tool"]);
    expect((await f.service.listAllVersions(generic())).versions).toEqual([]);
  });

  it("lists Swift packages by namespace and name prefixes in any case, as they are stored lowercased", async () => {
    const swift = { ...repoRef(), format: "swift" as const, namespace: "Mona", name: "LinkedList" };
    await f.service.publishVersion({ ...swift, version: "1.0.0", assets: [upload("linkedlist-1.0.0.zip", "zip")] });
    for (const [namespacePrefix, namePrefix] of [
      ["Mona", "Linked"],
      ["mo", "linked"],
      ["MONA", undefined],
    ]) {
      const listed = await f.service.listPackages(repoRef(), { format: "swift", namespacePrefix, namePrefix }, {});
      expect(listed.items.map((p) => [p.namespace, p.name])).toEqual([["mona", "linkedlist"]]);
    }
  });

  it("refuses adding assets to Archived versions", async () => {
    await f.service.publishVersion({ ...generic(), version: "1", assets: [upload("a", "a")] });
    await f.service.updateVersionsStatus({ ...generic(), versions: ["1"], targetStatus: "Archived" });
    await expect(f.service.publishVersion({ ...generic(), version: "1", assets: [upload("b", "b")] })).rejects.toThrow(ConflictException);
  });

  it("stores metadata and dependencies format endpoints extract", async () => {
    const ref = { ...repoRef(), format: "npm" as const, namespace: "acme", name: "widget" };
    await f.service.publishVersion({
      ...ref,
      version: "1.2.3",
      assets: [upload("widget-1.2.3.tgz", "tgz")],
      metadata: {
        summary: "A widget",
        homePage: "https://example.com",
        sourceCodeRepository: "https://github.com/acme/widget",
        licenses: [{ name: "MIT" }],
        readme: "# widget",
        dependencies: [{ package: "left-pad", versionRequirement: "^1.0.0", dependencyType: "regular" }],
      },
    });
    const { version, package: pkg } = await f.service.getVersion({ ...ref, version: "1.2.3" });
    expect(pkg.displayName).toBe("@acme/widget");
    expect(version).toMatchObject({ summary: "A widget", displayName: "@acme/widget", licenses: [{ name: "MIT" }] });
    expect((await f.service.getReadme({ ...ref, version: "1.2.3" })).readme).toBe("# widget");
    expect((await f.service.listDependencies({ ...ref, version: "1.2.3" }, {})).dependencies).toEqual([
      { package: "left-pad", versionRequirement: "^1.0.0", dependencyType: "regular" },
    ]);
  });
});

describe("listing and reading versions", () => {
  beforeEach(async () => {
    f = await fixture(["repo"]);
    for (const version of ["1.0.0", "1.10.0", "1.9.0", "2.0.0-beta.1"]) {
      f.tick();
      await f.service.publishVersion({ ...generic(), version, assets: [upload("a", version)] });
    }
  });

  it("lists highest version first, or most recently published first, paginated", async () => {
    const all = await f.service.listVersions(generic(), {}, {});
    expect(all.items.map((v) => v.version)).toEqual(["2.0.0-beta.1", "1.10.0", "1.9.0", "1.0.0"]);
    expect(all.defaultDisplayVersion).toBe("2.0.0-beta.1");
    const first = await f.service.listVersions(generic(), { sortBy: "publishedTime" }, { maxResults: 3 });
    expect(first.items.map((v) => v.version)).toEqual(["2.0.0-beta.1", "1.9.0", "1.10.0"]);
    const second = await f.service.listVersions(generic(), { sortBy: "publishedTime" }, { maxResults: 3, nextToken: first.nextToken });
    expect(second.items.map((v) => v.version)).toEqual(["1.0.0"]);
    expect(second.nextToken).toBeUndefined();
    await expect(f.service.listVersions(generic(), {}, { nextToken: "bogus" })).rejects.toThrow(ValidationException);
  });

  it("filters by status and origin type", async () => {
    await f.service.updateVersionsStatus({ ...generic(), versions: ["1.9.0"], targetStatus: "Unlisted" });
    expect((await f.service.listVersions(generic(), { status: "Unlisted" }, {})).items.map((v) => v.version)).toEqual(["1.9.0"]);
    expect((await f.service.listVersions(generic(), { originType: "EXTERNAL" }, {})).items).toEqual([]);
    expect((await f.service.listVersions(generic(), { originType: "INTERNAL" }, {})).items).toHaveLength(4);
  });

  it("answers ResourceNotFound for missing packages, versions, assets and revisions", async () => {
    await expect(f.service.listVersions(generic("nope"), {}, {})).rejects.toThrow(ResourceNotFoundException);
    await expect(f.service.getVersion({ ...generic(), version: "9.9.9" })).rejects.toThrow(ResourceNotFoundException);
    await expect(f.service.openAsset({ ...generic(), version: "1.0.0", asset: "zzz" })).rejects.toThrow(ResourceNotFoundException);
    await expect(f.service.openAsset({ ...generic(), version: "1.0.0", asset: "a", revision: "stale" })).rejects.toThrow(ResourceNotFoundException);
  });

  it("serves Unlisted assets but not Archived ones", async () => {
    await f.service.updateVersionsStatus({ ...generic(), versions: ["1.0.0"], targetStatus: "Unlisted" });
    await f.service.openAsset({ ...generic(), version: "1.0.0", asset: "a" });
    await f.service.updateVersionsStatus({ ...generic(), versions: ["1.0.0"], targetStatus: "Archived" });
    await expect(f.service.openAsset({ ...generic(), version: "1.0.0", asset: "a" })).rejects.toThrow(ConflictException);
  });

  it("uses the npm latest tag for the default display version", async () => {
    const ref = { ...repoRef(), format: "npm" as const, name: "lib" };
    for (const version of ["1.0.0", "2.0.0"]) {
      f.tick();
      await f.service.publishVersion({ ...ref, version, assets: [upload(`lib-${version}.tgz`, version)] });
    }
    expect((await f.service.listVersions(ref, {}, {})).defaultDisplayVersion).toBe("2.0.0");
    const pkg = (await f.service.findPackage(ref))!;
    await f.services.store.distTags.set(pkg.id, "latest", "1.0.0");
    expect((await f.service.listVersions(ref, {}, {})).defaultDisplayVersion).toBe("1.0.0");
  });
});
