import { describe, expect, it } from "vitest";
import { StoreConflictError, StoreReferenceError } from "../src/index.js";
import { ACCOUNT, REGION, domainArn, fakeHashes, groupArn, makeDomain, makeRepo, memoryStore, repoArn, seedPackage } from "./helpers.js";

const T0 = new Date("2024-01-02T03:04:05.000Z");
const partition = { account: ACCOUNT, region: REGION };

describe("domains", () => {
  it("create, get, update, count, delete", async () => {
    const s = await memoryStore();
    const d = await s.domains.create({
      ...partition,
      name: "acme",
      arn: domainArn("acme"),
      encryptionKey: "arn:aws:kms:us-west-2:111122223333:key/k",
      s3BucketArn: "arn:aws:s3:::assets",
    });
    expect(d).toMatchObject({
      name: "acme",
      account: ACCOUNT,
      region: REGION,
      status: "Active",
      encryptionKey: "arn:aws:kms:us-west-2:111122223333:key/k",
      s3BucketArn: "arn:aws:s3:::assets",
      createdTime: T0,
    });
    expect(await s.domains.get({ ...partition, name: "acme" })).toEqual(d);
    expect(await s.domains.getById(d.id)).toEqual(d);
    expect(await s.domains.getByArn(d.arn)).toEqual(d);
    expect(await s.domains.get({ ...partition, region: "eu-west-1", name: "acme" })).toBeUndefined();

    const updated = await s.domains.update(d.id, { encryptionKey: null, status: "Deleted" });
    expect(updated?.encryptionKey).toBeUndefined();
    expect(updated?.status).toBe("Deleted");
    expect(updated?.s3BucketArn).toBe("arn:aws:s3:::assets");
    expect(await s.domains.update(9999, { status: "Active" })).toBeUndefined();

    expect(await s.domains.count(partition)).toBe(1);
    expect(await s.domains.delete(d.id)).toBe(true);
    expect(await s.domains.delete(d.id)).toBe(false);
    expect(await s.domains.getById(d.id)).toBeUndefined();
  });

  it("names are unique per (account, region), not globally", async () => {
    const s = await memoryStore();
    await makeDomain(s, "acme");
    await expect(makeDomain(s, "acme")).rejects.toBeInstanceOf(StoreConflictError);
    // Same name in another account or region is a different domain.
    await s.domains.create({ account: "999988887777", region: REGION, name: "acme", arn: domainArn("acme", "999988887777") });
    await s.domains.create({ account: ACCOUNT, region: "eu-west-1", name: "acme", arn: "arn:eu:acme" });
    expect(await s.domains.count(partition)).toBe(1);
  });

  it("stats count repositories and distinct blob bytes", async () => {
    const s = await memoryStore();
    const { domain, repo, version } = await seedPackage(s);
    await makeRepo(s, domain.id, domain.name, "other");
    // Same blob under another asset name: counted once. A new blob: counted.
    await s.assets.add(version.id, { name: "copy.tgz", size: 100, hashes: fakeHashes("a") });
    const pkg2 = await s.packages.create({
      repositoryId: repo.id,
      format: "npm",
      name: "two",
      originRestrictions: { publish: "ALLOW", upstream: "BLOCK" },
    });
    const v2 = await s.versions.create({ packageId: pkg2.id, version: "1.0.0", status: "Published", revision: "r", origin: { type: "UNKNOWN" } });
    await s.assets.add(v2.id, { name: "two.tgz", size: 7, hashes: fakeHashes("c") });
    expect(await s.domains.stats(domain.id)).toEqual({ repositoryCount: 2, assetSizeBytes: 107 });
    expect(await s.assets.blobReferenceCount(domain.id, fakeHashes("a").sha256)).toBe(2);
    expect(await s.assets.blobReferenceCount(domain.id, fakeHashes("d").sha256)).toBe(0);
    const empty = await makeDomain(s, "empty");
    expect(await s.domains.stats(empty.id)).toEqual({ repositoryCount: 0, assetSizeBytes: 0 });
  });
});

describe("repositories", () => {
  it("create, get, list, update, delete", async () => {
    const s = await memoryStore();
    const d = await makeDomain(s);
    const r = await s.repositories.create({
      domainId: d.id,
      name: "npm-store",
      arn: repoArn("acme", "npm-store"),
      description: "cache",
      administratorAccount: "444455556666",
    });
    expect(r).toEqual({
      id: r.id,
      domainId: d.id,
      domainName: "acme",
      domainOwner: ACCOUNT,
      region: REGION,
      name: "npm-store",
      arn: repoArn("acme", "npm-store"),
      description: "cache",
      administratorAccount: "444455556666",
      createdTime: T0,
    });
    expect(await s.repositories.get(d.id, "npm-store")).toEqual(r);
    expect(await s.repositories.getByArn(r.arn)).toEqual(r);
    await expect(makeRepo(s, d.id, "acme", "npm-store")).rejects.toBeInstanceOf(StoreConflictError);
    await expect(makeRepo(s, 12345, "ghost", "x")).rejects.toBeInstanceOf(StoreReferenceError);

    expect((await s.repositories.update(r.id, { description: null }))?.description).toBeUndefined();
    expect((await s.repositories.update(r.id, { description: "again" }))?.description).toBe("again");

    await makeRepo(s, d.id, "acme", "npm-internal");
    await makeRepo(s, d.id, "acme", "pypi");
    const npm = await s.repositories.list(d.id, { namePrefix: "npm-" }, { limit: 10 });
    expect(npm.items.map((x) => x.name)).toEqual(["npm-internal", "npm-store"]);
    const admin = await s.repositories.list(d.id, { administratorAccount: "444455556666" }, { limit: 10 });
    expect(admin.items.map((x) => x.name)).toEqual(["npm-store"]);
    expect(await s.repositories.count(d.id)).toBe(3);

    expect(await s.repositories.delete(r.id)).toBe(true);
    expect(await s.repositories.get(d.id, "npm-store")).toBeUndefined();
  });

  it("prefix filters are case-sensitive and treat LIKE wildcards literally", async () => {
    const s = await memoryStore();
    const d = await makeDomain(s);
    for (const n of ["Abc", "abc", "a_c", "a%c"]) await makeRepo(s, d.id, "acme", n);
    const names = async (prefix: string) => (await s.repositories.list(d.id, { namePrefix: prefix }, { limit: 10 })).items.map((x) => x.name);
    expect(await names("a")).toEqual(["a%c", "a_c", "abc"]);
    expect(await names("a_")).toEqual(["a_c"]);
    expect(await names("a%")).toEqual(["a%c"]);
    expect(await names("A")).toEqual(["Abc"]);
  });

  it("listInRegion spans domains and filters by owner", async () => {
    const s = await memoryStore();
    const d1 = await makeDomain(s, "one");
    const d2 = await makeDomain(s, "two", "999988887777");
    await makeRepo(s, d1.id, "one", "repo");
    await makeRepo(s, d2.id, "two", "repo");
    const all = await s.repositories.listInRegion({ region: REGION }, { limit: 10 });
    expect(all.items.map((r) => `${r.domainName}/${r.name}`)).toEqual(["one/repo", "two/repo"]);
    const owned = await s.repositories.listInRegion({ region: REGION, domainOwner: ACCOUNT }, { limit: 10 });
    expect(owned.items.map((r) => r.domainName)).toEqual(["one"]);
    expect((await s.repositories.listInRegion({ region: "eu-west-1" }, { limit: 10 })).items).toEqual([]);
  });
});

describe("upstreams and external connections", () => {
  it("keeps upstream order, resolves names within the domain, rejects unknown or repeated names", async () => {
    const s = await memoryStore();
    const d = await makeDomain(s);
    const app = await makeRepo(s, d.id, "acme", "app");
    const a = await makeRepo(s, d.id, "acme", "a");
    const b = await makeRepo(s, d.id, "acme", "b");
    const other = await makeDomain(s, "other");
    await makeRepo(s, other.id, "other", "c");

    expect(await s.upstreams.set(app.id, ["b", "a"])).toEqual([
      { repositoryId: b.id, repositoryName: "b" },
      { repositoryId: a.id, repositoryName: "a" },
    ]);
    expect((await s.upstreams.listDownstream(a.id)).map((x) => x.repositoryName)).toEqual(["app"]);

    const err = await s.upstreams.set(app.id, ["a", "c"]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreReferenceError);
    expect((err as StoreReferenceError).missing).toEqual(["c"]);
    await expect(s.upstreams.set(app.id, ["a", "a"])).rejects.toBeInstanceOf(StoreConflictError);
    // Failed replacements leave the previous list intact.
    expect((await s.upstreams.list(app.id)).map((x) => x.repositoryName)).toEqual(["b", "a"]);

    expect(await s.upstreams.set(app.id, [])).toEqual([]);
  });

  it("adds, lists and removes external connections", async () => {
    const s = await memoryStore();
    const d = await makeDomain(s);
    const r = await makeRepo(s, d.id, "acme", "npm-store");
    const ec = await s.externalConnections.add(r.id, { name: "public:npmjs", packageFormat: "npm" });
    expect(ec).toEqual({ repositoryId: r.id, name: "public:npmjs", packageFormat: "npm", status: "Available", createdTime: T0 });
    await expect(s.externalConnections.add(r.id, { name: "public:npmjs", packageFormat: "npm" })).rejects.toBeInstanceOf(StoreConflictError);
    expect(await s.externalConnections.list(r.id)).toEqual([ec]);
    expect(await s.externalConnections.remove(r.id, "public:npmjs")).toBe(true);
    expect(await s.externalConnections.remove(r.id, "public:npmjs")).toBe(false);
    expect(await s.externalConnections.list(r.id)).toEqual([]);
  });
});

describe("policies and tags", () => {
  it("puts, replaces and deletes a resource policy", async () => {
    const s = await memoryStore();
    const arn = domainArn("acme");
    expect(await s.policies.get(arn)).toBeUndefined();
    await s.policies.put({ resourceArn: arn, document: '{"v":1}', revision: "r1" });
    const second = await s.policies.put({ resourceArn: arn, document: '{"v":2}', revision: "r2" });
    expect(second).toEqual({ resourceArn: arn, document: '{"v":2}', revision: "r2", updatedTime: T0 });
    expect(await s.policies.get(arn)).toEqual(second);
    expect(await s.policies.delete(arn)).toEqual(second);
    expect(await s.policies.delete(arn)).toBeUndefined();
  });

  it("upserts, lists by key, removes and clears tags", async () => {
    const s = await memoryStore();
    const arn = repoArn("acme", "r");
    await s.tags.put(arn, [
      { key: "b", value: "1" },
      { key: "a", value: "1" },
    ]);
    await s.tags.put(arn, [
      { key: "b", value: "2" },
      { key: "c", value: "3" },
      { key: "c", value: "4" },
    ]);
    expect(await s.tags.list(arn)).toEqual([
      { key: "a", value: "1" },
      { key: "b", value: "2" },
      { key: "c", value: "4" },
    ]);
    expect(await s.tags.remove(arn, ["a", "zzz"])).toBe(1);
    expect(await s.tags.remove(arn, [])).toBe(0);
    expect(await s.tags.clear(arn)).toBe(2);
    expect(await s.tags.list(arn)).toEqual([]);
  });
});

describe("packages, dist-tags, versions, assets, dependencies", () => {
  it("package CRUD keyed by (format, namespace, name)", async () => {
    const s = await memoryStore();
    const { repo, pkg } = await seedPackage(s);
    expect(pkg).toEqual({
      id: pkg.id,
      repositoryId: repo.id,
      format: "npm",
      namespace: "scope",
      name: "lib",
      displayName: "lib",
      originRestrictions: { publish: "ALLOW", upstream: "BLOCK" },
      createdTime: T0,
    });
    // No namespace is its own key: the scoped and unscoped packages coexist, each unique.
    const plain = await s.packages.create({
      repositoryId: repo.id,
      format: "npm",
      name: "lib",
      originRestrictions: { publish: "BLOCK", upstream: "ALLOW" },
    });
    expect(plain.namespace).toBeUndefined();
    await expect(s.packages.create({ repositoryId: repo.id, format: "npm", name: "lib", originRestrictions: plain.originRestrictions })).rejects.toBeInstanceOf(
      StoreConflictError,
    );
    await s.packages.create({ repositoryId: repo.id, format: "pypi", name: "lib", displayName: "Lib", originRestrictions: plain.originRestrictions });

    expect(await s.packages.get(repo.id, { format: "npm", name: "lib" })).toEqual(plain);
    expect(await s.packages.get(repo.id, { format: "npm", namespace: "scope", name: "lib" })).toEqual(pkg);

    const updated = await s.packages.update(pkg.id, { originRestrictions: { publish: "BLOCK", upstream: "BLOCK" } });
    expect(updated?.originRestrictions).toEqual({ publish: "BLOCK", upstream: "BLOCK" });

    const list = async (filter: Parameters<typeof s.packages.list>[1]) =>
      (await s.packages.list(repo.id, filter, { limit: 50 })).items.map((p) => `${p.format}:${p.namespace ?? ""}/${p.name}`);
    // Ordered by name, then namespace (none first), then format.
    expect(await list({})).toEqual(["npm:/lib", "pypi:/lib", "npm:scope/lib"]);
    expect(await list({ format: "npm" })).toEqual(["npm:/lib", "npm:scope/lib"]);
    expect(await list({ namespace: null })).toEqual(["npm:/lib", "pypi:/lib"]);
    expect(await list({ namespacePrefix: "sc" })).toEqual(["npm:scope/lib"]);
    expect(await list({ publish: "BLOCK", upstream: "ALLOW" })).toEqual(["npm:/lib", "pypi:/lib"]);
    expect(await list({ namePrefix: "x" })).toEqual([]);
    expect(await s.packages.count(repo.id)).toBe(3);

    expect(await s.packages.delete(plain.id)).toBe(true);
    expect(await s.packages.getById(plain.id)).toBeUndefined();
  });

  it("lists distinct package coordinates across a domain", async () => {
    const s = await memoryStore();
    const { domain, repo } = await seedPackage(s);
    const other = await makeRepo(s, domain.id, domain.name, "other");
    for (const r of [repo, other]) {
      await s.packages.create({ repositoryId: r.id, format: "npm", name: "shared", originRestrictions: { publish: "ALLOW", upstream: "ALLOW" } });
    }
    const page = await s.packages.listInDomain(domain.id, {}, { limit: 10 });
    expect(page.items).toEqual([
      { format: "npm", namespace: "scope", name: "lib" },
      { format: "npm", namespace: undefined, name: "shared" },
    ]);
  });

  it("dist-tags set, replace, remove", async () => {
    const s = await memoryStore();
    const { pkg } = await seedPackage(s);
    await s.distTags.set(pkg.id, "latest", "1.0.0");
    await s.distTags.set(pkg.id, "beta", "2.0.0-b.1");
    await s.distTags.set(pkg.id, "latest", "1.0.1");
    expect(await s.distTags.get(pkg.id)).toEqual({ beta: "2.0.0-b.1", latest: "1.0.1" });
    expect(await s.distTags.remove(pkg.id, "beta")).toBe(true);
    await s.distTags.replace(pkg.id, { next: "3.0.0" });
    expect(await s.distTags.get(pkg.id)).toEqual({ next: "3.0.0" });
    await expect(s.distTags.set(424242, "latest", "1")).rejects.toBeInstanceOf(StoreReferenceError);
  });

  it("version CRUD with every field, readme kept apart", async () => {
    const s = await memoryStore();
    const { pkg, version } = await seedPackage(s);
    expect(version).toEqual({
      id: version.id,
      packageId: pkg.id,
      version: "1.0.0",
      status: "Published",
      revision: "rev-1",
      origin: { type: "INTERNAL", domainEntryPoint: { repositoryName: "repo" } },
      publishedTime: undefined,
      displayName: undefined,
      summary: undefined,
      homePage: undefined,
      sourceCodeRepository: undefined,
      licenses: [],
      formatMetadata: undefined,
      createdTime: T0,
      updatedTime: T0,
    });
    const full = await s.versions.create({
      packageId: pkg.id,
      version: "2.0.0",
      status: "Unfinished",
      revision: "rev-a",
      origin: { type: "EXTERNAL", domainEntryPoint: { externalConnectionName: "public:npmjs" } },
      publishedTime: new Date("2024-03-01T00:00:00.000Z"),
      displayName: "@scope/lib",
      summary: "a lib",
      homePage: "https://example.test",
      sourceCodeRepository: "https://git.example.test/lib",
      licenses: [{ name: "MIT", url: "https://opensource.org/licenses/MIT" }],
      readme: "# lib",
      formatMetadata: { deprecated: "use v3", engines: { node: ">=20" } },
    });
    expect(await s.versions.get(pkg.id, "2.0.0")).toEqual(full);
    expect(full).not.toHaveProperty("readme");
    expect(await s.versions.getReadme(full.id)).toBe("# lib");
    await expect(
      s.versions.create({ packageId: pkg.id, version: "2.0.0", status: "Published", revision: "x", origin: { type: "UNKNOWN" } }),
    ).rejects.toBeInstanceOf(StoreConflictError);

    const patched = await s.versions.update(full.id, {
      status: "Archived",
      revision: "rev-b",
      summary: null,
      readme: null,
      formatMetadata: { deprecated: false },
      licenses: [],
    });
    expect(patched).toMatchObject({ status: "Archived", revision: "rev-b", summary: undefined, licenses: [], formatMetadata: { deprecated: false } });
    expect(patched?.homePage).toBe("https://example.test");
    expect(await s.versions.getReadme(full.id)).toBeUndefined();
    expect(await s.versions.update(99999, { status: "Published" })).toBeUndefined();

    expect(await s.versions.count(pkg.id)).toBe(2);
    expect(await s.versions.count(pkg.id, { status: "Archived" })).toBe(1);
    expect((await s.versions.listAll(pkg.id, { status: ["Published", "Archived"] })).map((v) => v.version)).toEqual(["1.0.0", "2.0.0"]);
    expect((await s.versions.listAll(pkg.id, { originType: "EXTERNAL" })).map((v) => v.version)).toEqual(["2.0.0"]);
    expect(await s.versions.listAll(pkg.id, { status: [] })).toEqual([]);

    expect(await s.versions.delete(full.id)).toBe(true);
    expect(await s.versions.getById(full.id)).toBeUndefined();
  });

  it("sorts versions by published time, unpublished first", async () => {
    const s = await memoryStore();
    const { pkg } = await seedPackage(s); // 1.0.0, no publishedTime
    const mk = (version: string, iso: string) =>
      s.versions.create({ packageId: pkg.id, version, status: "Published", revision: "r", origin: { type: "INTERNAL" }, publishedTime: new Date(iso) });
    await mk("0.9.0", "2024-05-01T00:00:00.000Z");
    await mk("2.0.0", "2024-02-01T00:00:00.000Z");
    await mk("1.5.0", "2024-02-01T00:00:00.000Z");
    const all = (await s.versions.listAll(pkg.id, { sortBy: "publishedTime" })).map((v) => v.version);
    expect(all).toEqual(["1.0.0", "1.5.0", "2.0.0", "0.9.0"]);
    const paged: string[] = [];
    let after: string | undefined;
    do {
      const page = await s.versions.list(pkg.id, { sortBy: "publishedTime" }, { limit: 1, after });
      paged.push(...page.items.map((v) => v.version));
      after = page.next;
    } while (after);
    expect(paged).toEqual(all);
  });

  it("asset add, get, list, remove; names unique per version", async () => {
    const s = await memoryStore();
    const { version } = await seedPackage(s);
    const asset = await s.assets.get(version.id, "lib-1.0.0.tgz");
    expect(asset).toEqual({
      versionId: version.id,
      name: "lib-1.0.0.tgz",
      size: 100,
      hashes: fakeHashes("a"),
      blobSha256: fakeHashes("a").sha256,
      createdTime: T0,
    });
    await expect(s.assets.add(version.id, { name: "lib-1.0.0.tgz", size: 1, hashes: fakeHashes("b") })).rejects.toBeInstanceOf(StoreConflictError);
    // Sizes beyond 32 bits survive the round trip (assets may be up to 5 GB).
    const big = await s.assets.add(version.id, { name: "big.bin", size: 5_000_000_000, hashes: fakeHashes("e") });
    expect((await s.assets.get(version.id, "big.bin"))?.size).toBe(5_000_000_000);
    expect(big.size).toBe(5_000_000_000);
    expect((await s.assets.listAll(version.id)).map((a) => a.name)).toEqual(["big.bin", "lib-1.0.0.tgz"]);
    expect(await s.assets.remove(version.id, "big.bin")).toBe(true);
    expect(await s.assets.removeAll(version.id)).toBe(1);
    expect(await s.assets.listAll(version.id)).toEqual([]);
  });

  it("lists the assets of many versions in one call, by version, optionally by name", async () => {
    const s = await memoryStore();
    const { pkg, version } = await seedPackage(s);
    await s.assets.add(version.id, { name: "a-first.txt", size: 1, hashes: fakeHashes("b") });
    // More versions than one batch (512) and a count that is not a power of two.
    const ids = [version.id];
    for (let i = 1; i <= 600; i++) {
      const v = await s.versions.create({ packageId: pkg.id, version: `2.0.${i}`, status: "Published", revision: `r${i}`, origin: { type: "INTERNAL" } });
      if (i % 3 !== 0) await s.assets.add(v.id, { name: `lib-2.0.${i}.tgz`, size: i, hashes: fakeHashes("c") });
      ids.push(v.id);
    }
    const all = await s.assets.listAllForVersions([...ids, version.id]);
    expect(all.get(version.id)?.map((a) => a.name)).toEqual(["a-first.txt", "lib-1.0.0.tgz"]);
    expect(all.size).toBe(1 + 400);
    expect(all.get(ids[600])).toBeUndefined();
    expect(all.get(ids[599])?.map((a) => a.size)).toEqual([599]);
    const named = await s.assets.listAllForVersions(ids, "lib-1.0.0.tgz");
    expect([...named.keys()]).toEqual([version.id]);
    expect(named.get(version.id)).toEqual([await s.assets.get(version.id, "lib-1.0.0.tgz")]);
    expect(await s.assets.listAllForVersions([])).toEqual(new Map());
  });

  it("dependencies keep their order and are replaced as a whole", async () => {
    const s = await memoryStore();
    const { version } = await seedPackage(s);
    await s.dependencies.set(version.id, [
      { package: "zeta", dependencyType: "regular", versionRequirement: "^1.0.0" },
      { namespace: "types", package: "node", dependencyType: "dev", versionRequirement: "20.x" },
      { package: "alpha" },
    ]);
    expect(await s.dependencies.listAll(version.id)).toEqual([
      { namespace: undefined, package: "zeta", dependencyType: "regular", versionRequirement: "^1.0.0" },
      { namespace: "types", package: "node", dependencyType: "dev", versionRequirement: "20.x" },
      { namespace: undefined, package: "alpha", dependencyType: undefined, versionRequirement: undefined },
    ]);
    const first = await s.dependencies.list(version.id, { limit: 2 });
    expect(first.items.map((d) => d.package)).toEqual(["zeta", "node"]);
    const rest = await s.dependencies.list(version.id, { limit: 2, after: first.next });
    expect(rest.items.map((d) => d.package)).toEqual(["alpha"]);
    expect(rest.next).toBeUndefined();
    await s.dependencies.set(version.id, []);
    expect(await s.dependencies.listAll(version.id)).toEqual([]);
  });
});

describe("package groups", () => {
  const ALLOW_ALL = { PUBLISH: "ALLOW", EXTERNAL_UPSTREAM: "ALLOW", INTERNAL_UPSTREAM: "ALLOW" } as const;
  const INHERIT = { PUBLISH: "INHERIT", EXTERNAL_UPSTREAM: "INHERIT", INTERNAL_UPSTREAM: "INHERIT" } as const;

  it("create with parent, get, list children, update, reparent, delete", async () => {
    const s = await memoryStore();
    const d = await makeDomain(s);
    const root = await s.groups.create({ domainId: d.id, pattern: "/*", arn: groupArn("acme", "/*"), originModes: ALLOW_ALL });
    const npm = await s.groups.create({
      domainId: d.id,
      pattern: "/npm/*",
      arn: groupArn("acme", "/npm/*"),
      parentId: root.id,
      description: "npm",
      contactInfo: "team@example.test",
      originModes: INHERIT,
    });
    expect(npm).toEqual({
      id: npm.id,
      domainId: d.id,
      domainName: "acme",
      domainOwner: ACCOUNT,
      pattern: "/npm/*",
      arn: groupArn("acme", "/npm/*"),
      description: "npm",
      contactInfo: "team@example.test",
      parent: { id: root.id, arn: root.arn, pattern: "/*" },
      originModes: INHERIT,
      createdTime: T0,
    });
    const scope = await s.groups.create({
      domainId: d.id,
      pattern: "/npm/space/*",
      arn: groupArn("acme", "/npm/space/*"),
      parentId: npm.id,
      originModes: INHERIT,
    });
    await expect(s.groups.create({ domainId: d.id, pattern: "/npm/*", arn: "arn:dup", originModes: INHERIT })).rejects.toBeInstanceOf(StoreConflictError);

    // A parent from another domain is an integrity error.
    const other = await makeDomain(s, "other");
    await expect(s.groups.create({ domainId: other.id, pattern: "/x/*", arn: "arn:x", parentId: root.id, originModes: INHERIT })).rejects.toBeInstanceOf(
      StoreReferenceError,
    );

    expect(await s.groups.get(d.id, "/npm/*")).toEqual(npm);
    expect(await s.groups.getByArn(npm.arn)).toEqual(npm);
    expect((await s.groups.list(d.id, { parentId: root.id }, { limit: 10 })).items.map((g) => g.pattern)).toEqual(["/npm/*"]);
    expect((await s.groups.list(d.id, { patternPrefix: "/npm/" }, { limit: 10 })).items.map((g) => g.pattern)).toEqual(["/npm/*", "/npm/space/*"]);
    expect((await s.groups.listAll(d.id)).map((g) => g.pattern)).toEqual(["/*", "/npm/*", "/npm/space/*"]);

    const updated = await s.groups.update(npm.id, { description: null, originModes: { PUBLISH: "BLOCK" } });
    expect(updated?.description).toBeUndefined();
    expect(updated?.originModes).toEqual({ ...INHERIT, PUBLISH: "BLOCK" });
    expect(await s.groups.update(9999, { description: "x" })).toBeUndefined();

    // Service-style delete: move children up, then delete.
    expect(await s.groups.reparentChildren(npm.id, root.id)).toBe(1);
    expect(await s.groups.delete(npm.id)).toBe(true);
    expect((await s.groups.getById(scope.id))?.parent?.pattern).toBe("/*");

    // Without reparenting, children are left without a parent rather than blocking.
    await s.groups.delete(root.id);
    expect((await s.groups.getById(scope.id))?.parent).toBeUndefined();
  });

  it("allowed repositories per restriction type", async () => {
    const s = await memoryStore();
    const d = await makeDomain(s);
    const g = await s.groups.create({ domainId: d.id, pattern: "/npm/*", arn: "arn:g", originModes: INHERIT });
    const a = await makeRepo(s, d.id, "acme", "a");
    const b = await makeRepo(s, d.id, "acme", "b");
    await s.groupAllowedRepositories.add(g.id, "PUBLISH", ["b", "a"]);
    await s.groupAllowedRepositories.add(g.id, "PUBLISH", ["a"]); // idempotent
    await s.groupAllowedRepositories.add(g.id, "INTERNAL_UPSTREAM", ["b"]);
    await expect(s.groupAllowedRepositories.add(g.id, "PUBLISH", ["nope"])).rejects.toBeInstanceOf(StoreReferenceError);

    expect(await s.groupAllowedRepositories.list(g.id, "PUBLISH", { limit: 10 })).toEqual({
      items: [
        { repositoryId: a.id, repositoryName: "a" },
        { repositoryId: b.id, repositoryName: "b" },
      ],
    });
    expect(await s.groupAllowedRepositories.count(g.id, "PUBLISH")).toBe(2);
    expect(await s.groupAllowedRepositories.count(g.id, "EXTERNAL_UPSTREAM")).toBe(0);
    expect(await s.groupAllowedRepositories.has(g.id, "INTERNAL_UPSTREAM", b.id)).toBe(true);
    expect(await s.groupAllowedRepositories.has(g.id, "INTERNAL_UPSTREAM", a.id)).toBe(false);
    expect(await s.groupAllowedRepositories.remove(g.id, "PUBLISH", ["a", "zzz"])).toBe(1);
    expect(await s.groupAllowedRepositories.count(g.id, "PUBLISH")).toBe(1);
  });
});
