// Several stores on one PostgreSQL database behave as one: the situation of several server
// instances. (Two SQLite stores in one process cannot wait for each other: better-sqlite3 waits
// for a lock synchronously. Across processes SQLite's file lock does what these tests check.)
import { describe, expect, it } from "vitest";
import { StoreConflictError, type PackageFormat } from "../../src/index.js";
import { ACCOUNT, REGION, makeDomain, makeRepo, storeLocation } from "../helpers.js";

/** Two stores on one new database, and a package in it. */
async function twoStoresWithPackage(format: PackageFormat, name: string) {
  const location = await storeLocation();
  const stores = [await location.open(), await location.open()];
  const domain = await makeDomain(stores[0]!);
  const repo = await makeRepo(stores[0]!, domain.id, domain.name, "repo");
  const pkg = await stores[0]!.packages.create({ repositoryId: repo.id, format, name, originRestrictions: { publish: "ALLOW", upstream: "BLOCK" } });
  return { stores, pkg };
}

describe("stores sharing one database", () => {
  it("concurrent creates of one row through different stores: exactly one wins", async () => {
    const { stores, pkg } = await twoStoresWithPackage("generic", "tool");
    const attempts = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        stores[i % 2]!.transaction((tx) =>
          tx.versions.create({ packageId: pkg.id, version: "1.0.0", status: "Published", revision: `r${i}`, origin: { type: "INTERNAL" } }),
        ),
      ),
    );
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    for (const a of attempts) if (a.status === "rejected") expect(a.reason).toBeInstanceOf(StoreConflictError);
    expect(await stores[1]!.versions.count(pkg.id)).toBe(1);
  });

  it("a transaction goes on after a conflict it caught", async () => {
    const location = await storeLocation();
    const s = await location.open();
    const domain = await makeDomain(s);
    await s.transaction(async (tx) => {
      await expect(makeRepo(tx, domain.id, domain.name, "taken").then(() => makeRepo(tx, domain.id, domain.name, "taken"))).rejects.toBeInstanceOf(
        StoreConflictError,
      );
      await makeRepo(tx, domain.id, domain.name, "after");
    });
    expect((await s.repositories.list(domain.id, {}, { limit: 10 })).items.map((r) => r.name)).toEqual(["after", "taken"]);
  });

  it("read-modify-write transactions through different stores never lose an update", async () => {
    const { stores, pkg } = await twoStoresWithPackage("npm", "counter");
    await stores[0]!.distTags.set(pkg.id, "n", "0");
    await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        stores[i % 2]!.transaction(async (tx) => {
          const n = Number((await tx.distTags.get(pkg.id)).n);
          // Yield between the read and the write, as real request handlers do.
          await new Promise((r) => setTimeout(r, 1));
          await tx.distTags.set(pkg.id, "n", String(n + 1));
        }),
      ),
    );
    expect(await stores[1]!.distTags.get(pkg.id)).toEqual({ n: "24" });
  });

  it("settings are shared: racing instances all get the first value written", async () => {
    const location = await storeLocation();
    const stores = [await location.open(), await location.open(), await location.open()];
    const values = await Promise.all(stores.map((s, i) => s.settings.getOrCreate("secret", `value-${i}`)));
    expect(new Set(values).size).toBe(1);
    expect(await stores[0]!.settings.get("secret")).toBe(values[0]);
    expect(await stores[0]!.domains.count({ account: ACCOUNT, region: REGION })).toBe(0);
  });

  it("ping answers; an unreachable server fails openStore with the driver error", async () => {
    const location = await storeLocation();
    const s = await location.open();
    await expect(s.ping()).resolves.toBeUndefined();
    expect(s.location).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/store_/);
    const { openStore } = await import("../../src/index.js");
    await expect(openStore({ databaseUrl: "postgres://postgres@127.0.0.1:1/none" })).rejects.toThrow(
      /^database postgres:\/\/postgres@127\.0\.0\.1:1\/none is not reachable: .*ECONNREFUSED/,
    );
  });
});
