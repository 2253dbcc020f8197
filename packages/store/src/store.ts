// The store facade: one object per resource, the same shape at the root and inside a
// transaction. store.transaction runs a callback in one database transaction (a
// savepoint when nested) and rolls everything back if the callback throws.
import { AsyncLocalStorage } from "node:async_hooks";
import type { ControlledTransaction } from "kysely";
import type { SqlBackend } from "./db/backend.js";
import type { Database } from "./db/schema.js";
import { assetsApi } from "./resources/assets.js";
import { guardWith, type Ctx } from "./resources/context.js";
import { dependenciesApi } from "./resources/dependencies.js";
import { distTagsApi } from "./resources/dist-tags.js";
import { domainsApi } from "./resources/domains.js";
import { externalConnectionsApi } from "./resources/external-connections.js";
import { groupAllowedRepositoriesApi } from "./resources/group-allowed-repositories.js";
import { groupsApi } from "./resources/groups.js";
import { packagesApi } from "./resources/packages.js";
import { policiesApi } from "./resources/policies.js";
import { repositoriesApi } from "./resources/repositories.js";
import { settingsApi } from "./resources/settings.js";
import { tagsApi } from "./resources/tags.js";
import { upstreamsApi } from "./resources/upstreams.js";
import { versionsApi } from "./resources/versions.js";

/** Every resource API, under the name it has on the store. */
const RESOURCES = {
  domains: domainsApi,
  repositories: repositoriesApi,
  upstreams: upstreamsApi,
  externalConnections: externalConnectionsApi,
  policies: policiesApi,
  tags: tagsApi,
  packages: packagesApi,
  distTags: distTagsApi,
  versions: versionsApi,
  assets: assetsApi,
  dependencies: dependenciesApi,
  groups: groupsApi,
  groupAllowedRepositories: groupAllowedRepositoriesApi,
  settings: settingsApi,
};

type Resources = { readonly [K in keyof typeof RESOURCES]: ReturnType<(typeof RESOURCES)[K]> };

export interface StoreOps extends Resources {
  /**
   * Runs fn atomically: commits when it resolves, rolls back when it throws (and
   * rethrows). Nested calls open savepoints. Calls made inside fn through the root store
   * or an outer `tx` join the innermost transaction of that async flow. Keep blob I/O and
   * other slow work outside: with SQLite the transaction holds the only connection, so
   * other requests wait until it ends.
   */
  transaction<T>(fn: (tx: StoreOps) => Promise<T>): Promise<T>;
}

export interface Store extends StoreOps {
  readonly backend: SqlBackend["kind"];
  /** Database file path, ':memory:', or the PostgreSQL URL without its password. */
  readonly location: string;
  /**
   * Changes whenever committed data may have changed (any write, commit or rollback here, or a
   * commit by another process). Read it before reading data: what is derived from those reads
   * is current as long as the token is unchanged.
   */
  changeToken(): string;
  /** Resolves when the database answers a trivial query (health checks); rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface StoreContextOptions {
  /** Clock for default timestamps (architecture: time comes from one injectable place). */
  now?: () => Date;
}

type Trx = ControlledTransaction<Database, []>;

function opsFor(ctx: Ctx): StoreOps {
  const resources = Object.fromEntries(Object.entries(RESOURCES).map(([name, api]) => [name, api(ctx)]));
  return {
    ...(resources as Resources),
    transaction: (fn) => ctx.atomic((inner) => fn(opsFor(inner))),
  };
}

async function settle<T>(work: () => Promise<T>, commit: () => Promise<unknown>, rollback: () => Promise<unknown>) {
  let result: T;
  try {
    result = await work();
    await commit();
  } catch (err) {
    // The original failure matters more than a failed rollback.
    await rollback().catch(() => undefined);
    throw err;
  }
  return result;
}

/** Serializes sibling savepoints opened from one transaction level. */
function makeLock() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>): Promise<T> => {
    const run = tail.then(fn, fn);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** One open transaction or savepoint. */
interface Level {
  trx: Trx;
  parent?: Level;
  /** Held while a child savepoint of this level is open. */
  lock: ReturnType<typeof makeLock>;
  done: boolean;
}

export function createStore(backend: SqlBackend, options: StoreContextOptions = {}): Store {
  const now = options.now ?? (() => new Date());
  const guarded = guardWith(backend);
  // PostgreSQL aborts the whole transaction on a failed statement; SQLite fails only the
  // statement. A savepoint around each guarded statement gives both SQLite's behaviour.
  const guardFor = (atomic: Ctx["atomic"], inTransaction: () => boolean): Ctx["guard"] =>
    backend.failedStatementAbortsTransaction ? (entity, op) => (inTransaction() ? atomic(() => guarded(entity, op)) : guarded(entity, op)) : guarded;
  let savepointSeq = 0;

  // The transaction level the current async flow runs in, per store instance. It lets a
  // call made through an outer object (the root store, or an outer `tx`) from inside a
  // nested callback join the innermost transaction instead of waiting for a connection
  // or lock that its own caller holds.
  const active = new AsyncLocalStorage<Level>();
  const current = (): Level | undefined => {
    let l = active.getStore();
    while (l?.done) l = l.parent; // flows that outlive their transaction fall back outward
    return l;
  };
  const innermostWithin = (level: Level): Level => {
    const cur = current();
    for (let l = cur; l; l = l.parent) if (l === level) return cur!;
    return level;
  };

  const openLevel = async <T>(level: Level, fn: (ctx: Ctx) => Promise<T>, end: (ok: boolean) => Promise<unknown>) => {
    try {
      return await settle(
        () => active.run(level, () => fn(txCtx(level))),
        () => end(true),
        () => end(false),
      );
    } finally {
      level.done = true;
    }
  };

  const savepoint =
    (parent: Level) =>
    <T>(fn: (ctx: Ctx) => Promise<T>) =>
      parent.lock(async () => {
        const name = `sp_${++savepointSeq}`;
        const sp = (await parent.trx.savepoint(name).execute()) as unknown as ControlledTransaction<Database, [string]>;
        const level: Level = { trx: sp as unknown as Trx, parent, lock: makeLock(), done: false };
        // ROLLBACK TO keeps the savepoint open, so release it afterwards as well.
        return openLevel(level, fn, async (ok) => {
          if (!ok) await sp.rollbackToSavepoint(name).execute();
          await sp.releaseSavepoint(name).execute();
        });
      });

  const txCtx = (level: Level): Ctx => {
    const atomic: Ctx["atomic"] = (fn) => savepoint(innermostWithin(level))(fn);
    return { db: level.trx, now, guard: guardFor(atomic, () => true), atomic };
  };

  // Root queries go to the current flow's transaction when there is one.
  const rootDb = new Proxy(backend.db, {
    get(target, prop) {
      const real: object = current()?.trx ?? target;
      const value: unknown = Reflect.get(real, prop, real);
      return typeof value === "function" ? value.bind(real) : value;
    },
  });

  const rootAtomic: Ctx["atomic"] = async (fn) => {
    const cur = current();
    if (cur) return savepoint(cur)(fn);
    const trx = await backend.db.startTransaction().execute();
    const level: Level = { trx, lock: makeLock(), done: false };
    return openLevel(level, fn, (ok) => (ok ? trx.commit().execute() : trx.rollback().execute()));
  };
  const rootCtx: Ctx = {
    db: rootDb,
    now,
    guard: guardFor(rootAtomic, () => current() !== undefined),
    atomic: rootAtomic,
  };

  return {
    ...opsFor(rootCtx),
    backend: backend.kind,
    location: backend.location,
    changeToken: () => backend.changeToken(),
    ping: () => backend.ping(),
    close: () => backend.close(),
  };
}
