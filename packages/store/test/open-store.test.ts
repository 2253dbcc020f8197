import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { DATABASE_FILE, openStore } from "../src/index.js";
import { ACCOUNT, REGION, TABLES, makeDomain, makeRepo, memoryStore, seedPackage, tempDir } from "./helpers.js";

function inspect(file: string) {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const tables = db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[];
    const migrations = db.prepare("select name from kysely_migration order by name").all() as { name: string }[];
    const journal = db.pragma("journal_mode", { simple: true });
    return { tables: tables.map((t) => t.name), migrations: migrations.map((m) => m.name), journal };
  } finally {
    db.close();
  }
}

describe("openStore", () => {
  it("creates the database file and applies every migration on a fresh data dir", async () => {
    const dir = join(await tempDir(), "nested", "data");
    const store = await openStore({ dataDir: dir });
    expect(store.location).toBe(join(dir, DATABASE_FILE));
    await store.close();

    const info = inspect(join(dir, DATABASE_FILE));
    expect(info.tables).toEqual(expect.arrayContaining(TABLES));
    expect(info.migrations).toEqual(["001_initial_schema", "002_settings_and_change_notices"]);
    expect(info.journal).toBe("wal");
  });

  it("reopening an up-to-date database applies nothing twice", async () => {
    const dir = await tempDir();
    await (await openStore({ dataDir: dir })).close();
    await (await openStore({ dataDir: dir })).close();
    expect(inspect(join(dir, DATABASE_FILE)).migrations).toEqual(["001_initial_schema", "002_settings_and_change_notices"]);
  });

  it("keeps data across close and reopen of the same data dir", async () => {
    const dir = await tempDir();
    const first = await openStore({ dataDir: dir });
    const {
      domain,
      repo,
      pkg,
      version: v,
    } = await seedPackage(first, {
      origin: { type: "EXTERNAL", domainEntryPoint: { externalConnectionName: "public:npmjs" } },
      readme: "# hi",
    });
    await first.tags.put(domain.arn, [{ key: "team", value: "core" }]);
    await first.close();

    const second = await openStore({ dataDir: dir });
    try {
      const again = await second.domains.get({ account: ACCOUNT, region: REGION, name: domain.name });
      expect(again).toEqual(domain);
      expect(await second.repositories.get(domain.id, "repo")).toEqual(repo);
      expect(await second.packages.get(repo.id, { format: "npm", namespace: "scope", name: "lib" })).toEqual(pkg);
      expect(await second.versions.get(pkg.id, "1.0.0")).toEqual(v);
      expect(await second.versions.getReadme(v.id)).toBe("# hi");
      expect((await second.assets.listAll(v.id)).map((a) => a.name)).toEqual(["lib-1.0.0.tgz"]);
      expect(await second.tags.list(domain.arn)).toEqual([{ key: "team", value: "core" }]);
    } finally {
      await second.close();
    }
  });

  it("two stores on one data dir see each other's commits (shared deployment on one file)", async () => {
    const dir = await tempDir();
    const a = await openStore({ dataDir: dir });
    const b = await openStore({ dataDir: dir });
    try {
      const d = await a.transaction((tx) => makeDomain(tx, "from-a"));
      expect(await b.domains.getById(d.id)).toEqual(d);
      await b.transaction(async (tx) => {
        await makeRepo(tx, d.id, d.name, "from-b");
      });
      expect((await a.repositories.get(d.id, "from-b"))?.name).toBe("from-b");
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("in-memory mode writes nothing to disk", async () => {
    const before = readdirSync(process.cwd());
    const store = await memoryStore();
    expect(store.location).toBe(":memory:");
    const domain = await makeDomain(store);
    await makeRepo(store, domain.id, domain.name, "repo");
    expect(await store.repositories.count(domain.id)).toBe(1);
    await store.close();
    expect(readdirSync(process.cwd())).toEqual(before);
    expect(existsSync(join(process.cwd(), DATABASE_FILE))).toBe(false);
  });

  it("two in-memory stores are independent", async () => {
    const a = await memoryStore();
    const b = await memoryStore();
    await makeDomain(a);
    expect(await b.domains.count({ account: ACCOUNT, region: REGION })).toBe(0);
  });
});
