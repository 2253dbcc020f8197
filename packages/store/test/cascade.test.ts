import { describe, expect, it } from "vitest";
import type { StoreOps } from "../src/index.js";
import { TABLES, fakeHashes, makeRepo, memoryStore, seedPackage, storeLocation } from "./helpers.js";

/** Settings are server-wide, not any domain's: deletes never touch them. */
const DOMAIN_TABLES = TABLES.filter((t) => t !== "settings");

/** A domain with two repositories linked every way the schema allows. */
async function populate(s: StoreOps) {
  const { domain, repo, pkg, version } = await seedPackage(s);
  const down = await makeRepo(s, domain.id, domain.name, "downstream");
  await s.upstreams.set(down.id, [repo.name]);
  await s.upstreams.set(repo.id, [down.name]); // cycles are the service's concern, not the schema's
  await s.externalConnections.add(repo.id, { name: "public:npmjs", packageFormat: "npm" });
  await s.distTags.set(pkg.id, "latest", "1.0.0");
  await s.dependencies.set(version.id, [{ package: "dep", versionRequirement: "^1" }]);
  await s.tags.put(domain.arn, [{ key: "k", value: "v" }]);
  await s.tags.put(repo.arn, [{ key: "k", value: "v" }]);
  await s.policies.put({ resourceArn: domain.arn, document: "{}", revision: "1" });
  await s.policies.put({ resourceArn: repo.arn, document: "{}", revision: "1" });
  const root = await s.groups.create({
    domainId: domain.id,
    pattern: "/*",
    arn: `${domain.arn}/group/root`,
    originModes: { PUBLISH: "ALLOW", EXTERNAL_UPSTREAM: "ALLOW", INTERNAL_UPSTREAM: "ALLOW" },
  });
  const child = await s.groups.create({
    domainId: domain.id,
    pattern: "/npm/*",
    arn: `${domain.arn}/group/npm`,
    parentId: root.id,
    originModes: { PUBLISH: "ALLOW_SPECIFIC_REPOSITORIES", EXTERNAL_UPSTREAM: "INHERIT", INTERNAL_UPSTREAM: "INHERIT" },
  });
  await s.groupAllowedRepositories.add(child.id, "PUBLISH", [repo.name, down.name]);
  await s.tags.put(child.arn, [{ key: "g", value: "1" }]);
  return { domain, repo, down, pkg, version, child };
}

describe("cascading deletes", () => {
  it("deleting a domain removes every row of it, including tags and policies of its resources", async () => {
    const location = await storeLocation();
    const s = await location.open();
    const { domain } = await populate(s);
    // A second domain must survive untouched.
    const keep = await s.domains.create({ account: domain.account, region: domain.region, name: "keep", arn: "arn:keep" });
    await s.tags.put(keep.arn, [{ key: "k", value: "v" }]);

    expect(await s.domains.delete(domain.id)).toBe(true);
    await s.close();
    expect(await location.rowCounts(DOMAIN_TABLES)).toEqual({
      ...Object.fromEntries(DOMAIN_TABLES.map((t) => [t, 0])),
      domains: 1,
      tags: 1,
    });
  });

  it("deleting a repository removes its packages, versions, assets, links, tags and policy only", async () => {
    const s = await memoryStore();
    const { domain, repo, down, pkg, version, child } = await populate(s);
    expect(await s.repositories.delete(repo.id)).toBe(true);

    expect(await s.packages.getById(pkg.id)).toBeUndefined();
    expect(await s.versions.getById(version.id)).toBeUndefined();
    expect(await s.assets.listAll(version.id)).toEqual([]);
    expect(await s.dependencies.listAll(version.id)).toEqual([]);
    expect(await s.distTags.get(pkg.id)).toEqual({});
    expect(await s.externalConnections.list(repo.id)).toEqual([]);
    expect(await s.upstreams.list(down.id)).toEqual([]); // link where it was the upstream
    expect(await s.upstreams.list(repo.id)).toEqual([]); // link where it was the downstream
    expect(await s.tags.list(repo.arn)).toEqual([]);
    expect(await s.policies.get(repo.arn)).toBeUndefined();
    expect((await s.groupAllowedRepositories.list(child.id, "PUBLISH", { limit: 10 })).items.map((r) => r.repositoryName)).toEqual(["downstream"]);
    // Domain-level data is untouched.
    expect(await s.repositories.getById(down.id)).toBeDefined();
    expect(await s.tags.list(domain.arn)).toEqual([{ key: "k", value: "v" }]);
    expect(await s.policies.get(domain.arn)).toBeDefined();
    expect(await s.domains.stats(domain.id)).toEqual({ repositoryCount: 1, assetSizeBytes: 0 });
  });

  it("deleting a package or a version removes what hangs below it", async () => {
    const s = await memoryStore();
    const { pkg, version } = await populate(s);
    const v2 = await s.versions.create({ packageId: pkg.id, version: "2.0.0", status: "Published", revision: "r", origin: { type: "INTERNAL" } });
    await s.assets.add(v2.id, { name: "b.tgz", size: 1, hashes: fakeHashes("b") });

    expect(await s.versions.delete(version.id)).toBe(true);
    expect(await s.assets.listAll(version.id)).toEqual([]);
    expect(await s.dependencies.listAll(version.id)).toEqual([]);
    expect(await s.assets.listAll(v2.id)).toHaveLength(1);

    expect(await s.packages.delete(pkg.id)).toBe(true);
    expect(await s.versions.getById(v2.id)).toBeUndefined();
    expect(await s.assets.listAll(v2.id)).toEqual([]);
    expect(await s.distTags.get(pkg.id)).toEqual({});
  });

  it("deleting a package group removes its allow lists and tags", async () => {
    const s = await memoryStore();
    const { child } = await populate(s);
    expect(await s.groups.delete(child.id)).toBe(true);
    expect(await s.groupAllowedRepositories.count(child.id, "PUBLISH")).toBe(0);
    expect(await s.tags.list(child.arn)).toEqual([]);
  });
});
