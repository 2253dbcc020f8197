import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { afterEach, inject } from "vitest";
import type { Database } from "../src/db/schema.js";
import { DATABASE_FILE, openStore, type NewPackageVersion, type Store, type StoreOps } from "../src/index.js";

/** The engine this run tests (vitest.config.ts runs the suite once per engine). */
export const BACKEND = (process.env.STORE_BACKEND ?? "sqlite") as "sqlite" | "postgres";

// Keyed by the schema type, so the compiler rejects this table list when a table is added or
// renamed and the tests forget it.
const TABLE_SET: Record<keyof Database, true> = {
  domains: true,
  repositories: true,
  repository_upstreams: true,
  external_connections: true,
  resource_policies: true,
  tags: true,
  packages: true,
  package_dist_tags: true,
  package_versions: true,
  package_version_assets: true,
  package_version_dependencies: true,
  package_groups: true,
  package_group_allowed_repositories: true,
  settings: true,
};
/** Every table of the current schema. */
export const TABLES = Object.keys(TABLE_SET) as (keyof Database)[];

const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

/** A fresh temp directory, removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ca-store-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

const FIXED_NOW = () => new Date("2024-01-02T03:04:05.000Z");
let databases = 0;
/** A migrated, empty database this worker copies for each test (faster than migrating each one). */
let template: Promise<string> | undefined;

function migratedTemplate(server: string): Promise<string> {
  template ??= (async () => {
    const name = `store_template_${process.pid}`;
    await pgQuery(server, `create database ${name}`);
    await (await openStore({ databaseUrl: server.replace(/\/[^/]*$/, `/${name}`) })).close();
    return name;
  })();
  return template;
}

/** Runs one SQL statement on the throwaway PostgreSQL server (see test/postgres-setup.ts). */
async function pgQuery<R extends pg.QueryResultRow>(url: string, text: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text)).rows;
  } finally {
    await client.end();
  }
}

/** Where a store's data lives: each open() is another process or instance on the same data. */
export interface StoreLocation {
  open(options?: { now?: () => Date }): Promise<Store>;
  /** Rows per table, read around the store. */
  rowCounts(tables: readonly string[]): Promise<Record<string, number>>;
}

/** A fresh, empty location for this run's engine: a data dir, or a new PostgreSQL database. */
export async function storeLocation(): Promise<StoreLocation> {
  const opened: Store[] = [];
  cleanups.push(async () => {
    for (const s of opened) await s.close().catch(() => undefined);
  });
  const track = (s: Store) => (opened.push(s), s);
  if (BACKEND === "postgres") {
    const server = inject("postgresUrl");
    const name = `store_${process.pid}_${++databases}`;
    await pgQuery(server, `create database ${name} template ${await migratedTemplate(server)}`);
    const url = server.replace(/\/[^/]*$/, `/${name}`);
    return {
      open: async (o = {}) => track(await openStore({ databaseUrl: url, now: o.now })),
      async rowCounts(tables) {
        const counts: Record<string, number> = {};
        for (const t of tables) counts[t] = Number((await pgQuery<{ n: string }>(url, `select count(*) as n from ${t}`))[0].n);
        return counts;
      },
    };
  }
  const dir = await tempDir();
  return {
    open: async (o = {}) => track(await openStore({ dataDir: dir, now: o.now })),
    async rowCounts(tables) {
      const db = new BetterSqlite3(join(dir, DATABASE_FILE), { readonly: true });
      try {
        return Object.fromEntries(tables.map((t) => [t, (db.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n]));
      } finally {
        db.close();
      }
    },
  };
}

/** A fresh store with a fixed clock, closed after the test: in memory on SQLite, a new database on PostgreSQL. */
export async function memoryStore(): Promise<Store> {
  if (BACKEND === "postgres") return (await storeLocation()).open({ now: FIXED_NOW });
  const store = await openStore({ inMemory: true, now: FIXED_NOW });
  cleanups.push(() => store.close());
  return store;
}

export const ACCOUNT = "111122223333";
export const REGION = "us-west-2";

export const domainArn = (name: string, account = ACCOUNT) => `arn:aws:codeartifact:${REGION}:${account}:domain/${name}`;
export const repoArn = (domain: string, name: string, account = ACCOUNT) => `arn:aws:codeartifact:${REGION}:${account}:repository/${domain}/${name}`;
export const groupArn = (domain: string, pattern: string, account = ACCOUNT) =>
  `arn:aws:codeartifact:${REGION}:${account}:package-group/${domain}${encodeURIComponent(pattern)}`;

export async function makeDomain(s: StoreOps, name = "acme", account = ACCOUNT) {
  return s.domains.create({ account, region: REGION, name, arn: domainArn(name, account) });
}

export async function makeRepo(s: StoreOps, domainId: number, domainName: string, name: string) {
  return s.repositories.create({ domainId, name, arn: repoArn(domainName, name), administratorAccount: ACCOUNT });
}

const hex = (n: number, c: string) => c.repeat(n);
export const fakeHashes = (c = "a") => ({ md5: hex(32, c), sha1: hex(40, c), sha256: hex(64, c), sha512: hex(128, c) });

/** Domain → repository → npm package → version 1.0.0 with one asset; `versionFields` override the version's. */
export async function seedPackage(s: StoreOps, versionFields: Partial<NewPackageVersion> = {}) {
  const domain = await makeDomain(s);
  const repo = await makeRepo(s, domain.id, domain.name, "repo");
  const pkg = await s.packages.create({
    repositoryId: repo.id,
    format: "npm",
    namespace: "scope",
    name: "lib",
    originRestrictions: { publish: "ALLOW", upstream: "BLOCK" },
  });
  const version = await s.versions.create({
    packageId: pkg.id,
    version: "1.0.0",
    status: "Published",
    revision: "rev-1",
    origin: { type: "INTERNAL", domainEntryPoint: { repositoryName: repo.name } },
    ...versionFields,
  });
  await s.assets.add(version.id, { name: "lib-1.0.0.tgz", size: 100, hashes: fakeHashes("a") });
  return { domain, repo, pkg, version };
}
