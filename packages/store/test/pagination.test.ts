import { describe, expect, it } from "vitest";
import { StoreInvalidCursorError, type Page, type PageRequest } from "../src/index.js";
import { ACCOUNT, REGION, makeDomain, makeRepo, memoryStore } from "./helpers.js";

const partition = { account: ACCOUNT, region: REGION };

async function collect<T>(fetch: (page: PageRequest) => Promise<Page<T>>, limit: number) {
  const pages: T[][] = [];
  let after: string | undefined;
  do {
    const page = await fetch({ limit, after });
    pages.push(page.items);
    after = page.next;
  } while (after !== undefined);
  return pages;
}

const pad = (i: number) => String(i).padStart(2, "0");

describe("keyset pagination", () => {
  it("walks every item once, in name order, across several pages", async () => {
    const s = await memoryStore();
    // Insert out of order so the result order comes from the query, not insertion.
    for (const i of [...Array(23).keys()].reverse()) await makeDomain(s, `d-${pad(i)}`);
    const pages = await collect((p) => s.domains.list(partition, p), 5);
    expect(pages.map((p) => p.length)).toEqual([5, 5, 5, 5, 3]);
    expect(pages.flat().map((d) => d.name)).toEqual([...Array(23).keys()].map((i) => `d-${pad(i)}`));
  });

  it("an exactly full last page carries no cursor", async () => {
    const s = await memoryStore();
    for (let i = 0; i < 10; i++) await makeDomain(s, `d-${pad(i)}`);
    const pages = await collect((p) => s.domains.list(partition, p), 5);
    expect(pages.map((p) => p.length)).toEqual([5, 5]);
  });

  it("cursors survive inserts and deletes between pages", async () => {
    const s = await memoryStore();
    const d = await makeDomain(s);
    for (const n of ["a", "b", "c", "d", "e"]) await makeRepo(s, d.id, d.name, n);
    const first = await s.repositories.list(d.id, {}, { limit: 2 });
    expect(first.items.map((r) => r.name)).toEqual(["a", "b"]);
    await s.repositories.delete(first.items[1]!.id); // the cursor's own row
    await makeRepo(s, d.id, d.name, "bb");
    await makeRepo(s, d.id, d.name, "aa"); // sorts before the cursor: not seen again
    const second = await s.repositories.list(d.id, {}, { limit: 10, after: first.next });
    expect(second.items.map((r) => r.name)).toEqual(["bb", "c", "d", "e"]);
    expect(second.next).toBeUndefined();
  });

  it("breaks ties on composite keys (same repository name in many domains)", async () => {
    const s = await memoryStore();
    for (let i = 0; i < 7; i++) {
      const d = await makeDomain(s, `dom-${i}`);
      await makeRepo(s, d.id, d.name, "shared");
      await makeRepo(s, d.id, d.name, "z-last");
    }
    const pages = await collect((p) => s.repositories.listInRegion({ region: REGION }, p), 3);
    const seen = pages.flat().map((r) => `${r.name}@${r.domainName}`);
    expect(seen).toHaveLength(14);
    expect(new Set(seen).size).toBe(14);
    expect(seen.slice(0, 7).every((x) => x.startsWith("shared@"))).toBe(true);
  });

  it("pages packages on (name, namespace, format)", async () => {
    const s = await memoryStore();
    const d = await makeDomain(s);
    const r = await makeRepo(s, d.id, d.name, "r");
    const restrictions = { publish: "ALLOW", upstream: "ALLOW" } as const;
    for (const name of ["x", "y"]) {
      for (const namespace of [undefined, "ns1", "ns2"]) {
        for (const format of ["maven", "npm"] as const) {
          await s.packages.create({ repositoryId: r.id, format, namespace, name, originRestrictions: restrictions });
        }
      }
    }
    const all = (await collect((p) => s.packages.list(r.id, {}, p), 4)).flat();
    expect(all.map((p) => `${p.name}/${p.namespace ?? ""}/${p.format}`)).toEqual([
      "x//maven",
      "x//npm",
      "x/ns1/maven",
      "x/ns1/npm",
      "x/ns2/maven",
      "x/ns2/npm",
      "y//maven",
      "y//npm",
      "y/ns1/maven",
      "y/ns1/npm",
      "y/ns2/maven",
      "y/ns2/npm",
    ]);
    const inDomain = (await collect((p) => s.packages.listInDomain(d.id, { format: "npm" }, p), 5)).flat();
    expect(inDomain).toHaveLength(6);
  });

  it("pages versions, assets and groups", async () => {
    const s = await memoryStore();
    const d = await makeDomain(s);
    const r = await makeRepo(s, d.id, d.name, "r");
    const pkg = await s.packages.create({
      repositoryId: r.id,
      format: "generic",
      namespace: "ns",
      name: "p",
      originRestrictions: { publish: "ALLOW", upstream: "BLOCK" },
    });
    for (let i = 0; i < 9; i++) {
      await s.versions.create({ packageId: pkg.id, version: `1.0.${i}`, status: "Published", revision: "r", origin: { type: "INTERNAL" } });
    }
    expect((await collect((p) => s.versions.list(pkg.id, {}, p), 4)).map((x) => x.length)).toEqual([4, 4, 1]);
    const v = (await s.versions.get(pkg.id, "1.0.0"))!;
    for (let i = 0; i < 5; i++) {
      await s.assets.add(v.id, { name: `f${i}`, size: 1, hashes: { md5: "m", sha1: "s", sha256: "h", sha512: "x" } });
    }
    expect((await collect((p) => s.assets.list(v.id, p), 2)).flat().map((a) => a.name)).toEqual(["f0", "f1", "f2", "f3", "f4"]);
    const modes = { PUBLISH: "INHERIT", EXTERNAL_UPSTREAM: "INHERIT", INTERNAL_UPSTREAM: "INHERIT" } as const;
    for (let i = 0; i < 6; i++) await s.groups.create({ domainId: d.id, pattern: `/generic/g${i}/*`, arn: `arn:g${i}`, originModes: modes });
    expect((await collect((p) => s.groups.list(d.id, {}, p), 4)).map((x) => x.length)).toEqual([4, 2]);
  });

  it("rejects malformed cursors, cursors from another list and bad limits", async () => {
    const s = await memoryStore();
    const d = await makeDomain(s);
    for (const n of ["a", "b", "c"]) await makeRepo(s, d.id, d.name, n);
    const repoCursor = (await s.repositories.list(d.id, {}, { limit: 1 })).next!;
    await expect(s.domains.list(partition, { limit: 1, after: repoCursor })).rejects.toBeInstanceOf(StoreInvalidCursorError);
    await expect(s.domains.list(partition, { limit: 1, after: "not-a-cursor" })).rejects.toBeInstanceOf(StoreInvalidCursorError);
    const forged = Buffer.from(JSON.stringify({ k: "repositories", v: [{}] })).toString("base64url");
    await expect(s.repositories.list(d.id, {}, { limit: 1, after: forged })).rejects.toBeInstanceOf(StoreInvalidCursorError);
    await expect(s.domains.list(partition, { limit: 0 })).rejects.toBeInstanceOf(RangeError);
    await expect(s.domains.list(partition, { limit: 1.5 })).rejects.toBeInstanceOf(RangeError);
  });
});
