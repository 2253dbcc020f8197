import { describe, expect, it } from "vitest";
import { StoreConflictError, StoreReferenceError } from "../src/index.js";
import { ACCOUNT, BACKEND, REGION, makeDomain, makeRepo, memoryStore, seedPackage, storeLocation } from "./helpers.js";

const partition = { account: ACCOUNT, region: REGION };

describe("store.transaction", () => {
  it("commits when the callback resolves and returns its value", async () => {
    const s = await memoryStore();
    const id = await s.transaction(async (tx) => {
      const d = await makeDomain(tx);
      await makeRepo(tx, d.id, d.name, "r");
      return d.id;
    });
    expect(await s.repositories.count(id)).toBe(1);
  });

  it("rolls back everything and rethrows when the callback throws", async () => {
    const s = await memoryStore();
    const existing = await makeDomain(s, "existing");
    const boom = new Error("boom");
    await expect(
      s.transaction(async (tx) => {
        const d = await makeDomain(tx, "new");
        await makeRepo(tx, d.id, d.name, "r");
        await tx.domains.update(existing.id, { status: "Deleted" });
        await tx.tags.put(existing.arn, [{ key: "k", value: "v" }]);
        // Multi-statement operations nest as savepoints and are undone with the rest.
        await tx.domains.delete(existing.id);
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(await s.domains.get({ ...partition, name: "new" })).toBeUndefined();
    expect((await s.domains.getById(existing.id))?.status).toBe("Active");
    expect(await s.tags.list(existing.arn)).toEqual([]);
  });

  it("rolls back when a constraint fails inside, if the callback lets it escape", async () => {
    const s = await memoryStore();
    await expect(
      s.transaction(async (tx) => {
        await makeDomain(tx, "a");
        await makeDomain(tx, "a");
      }),
    ).rejects.toBeInstanceOf(StoreConflictError);
    expect(await s.domains.count(partition)).toBe(0);
  });

  it("a failed store operation inside a transaction can be caught without losing earlier work", async () => {
    const s = await memoryStore();
    await s.transaction(async (tx) => {
      const d = await makeDomain(tx);
      const r = await makeRepo(tx, d.id, d.name, "app");
      await makeRepo(tx, d.id, d.name, "up");
      await tx.upstreams.set(r.id, ["up"]);
      // upstreams.set is atomic on its own: its delete-then-insert is undone on failure.
      await expect(tx.upstreams.set(r.id, ["up", "missing"])).rejects.toBeInstanceOf(StoreReferenceError);
      expect((await tx.upstreams.list(r.id)).map((u) => u.repositoryName)).toEqual(["up"]);
    });
    const d = (await s.domains.get({ ...partition, name: "acme" }))!;
    const app = (await s.repositories.get(d.id, "app"))!;
    expect((await s.upstreams.list(app.id)).map((u) => u.repositoryName)).toEqual(["up"]);
  });

  it("nested transactions are savepoints: an inner failure undoes only the inner work", async () => {
    const s = await memoryStore();
    await s.transaction(async (tx) => {
      await makeDomain(tx, "outer");
      await expect(
        tx.transaction(async (inner) => {
          await makeDomain(inner, "inner");
          throw new Error("inner failed");
        }),
      ).rejects.toThrow("inner failed");
      await tx.transaction(async (inner) => {
        await makeDomain(inner, "inner-ok");
      });
    });
    const names = (await s.domains.list(partition, { limit: 10 })).items.map((d) => d.name);
    expect(names).toEqual(["inner-ok", "outer"]);
  });

  it("an outer rollback also undoes committed inner savepoints", async () => {
    const s = await memoryStore();
    await expect(
      s.transaction(async (tx) => {
        await tx.transaction(async (inner) => makeDomain(inner, "inner"));
        throw new Error("outer failed");
      }),
    ).rejects.toThrow("outer failed");
    expect(await s.domains.count(partition)).toBe(0);
  });

  // SQLite has one connection, so outside callers queue behind the transaction; PostgreSQL
  // readers do not wait and see the last committed state. Neither ever sees uncommitted work.
  it("other callers never see uncommitted work", async () => {
    const s = await memoryStore();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const order: string[] = [];
    const tx = s.transaction(async (t) => {
      await makeDomain(t, "slow");
      await gate;
      order.push("commit");
    });
    // Let the transaction start before the outside read is issued.
    await new Promise((r) => setTimeout(r, 10));
    const read = s.domains.count(partition).then((n) => {
      order.push("read");
      return n;
    });
    if (BACKEND === "postgres") {
      // The read completes while the transaction is still open.
      expect(await read).toBe(0);
      release();
      await tx;
      expect(await s.domains.count(partition)).toBe(1);
      return;
    }
    await new Promise((r) => setTimeout(r, 10));
    release();
    await tx;
    expect(await read).toBe(1);
    expect(order).toEqual(["commit", "read"]);
  });

  it("root-store calls made inside the callback join the transaction instead of deadlocking", async () => {
    const s = await memoryStore();
    await expect(
      s.transaction(async () => {
        const d = await makeDomain(s, "via-root"); // s, not tx
        await s.tags.put(d.arn, [{ key: "k", value: "v" }]); // multi-statement op → savepoint
        expect(await s.domains.count(partition)).toBe(1);
        throw new Error("undo");
      }),
    ).rejects.toThrow("undo");
    expect(await s.domains.count(partition)).toBe(0);
  });

  it("an outer tx used inside a nested callback joins the nested savepoint", async () => {
    const s = await memoryStore();
    await s.transaction(async (tx) => {
      const d = await makeDomain(tx);
      await expect(
        tx.transaction(async () => {
          await tx.tags.put(d.arn, [{ key: "inner", value: "1" }]);
          throw new Error("inner");
        }),
      ).rejects.toThrow("inner");
      expect(await tx.tags.list(d.arn)).toEqual([]);
    });
    expect(await s.domains.count(partition)).toBe(1);
  });

  it("concurrent atomic operations inside one transaction are serialized safely", async () => {
    const s = await memoryStore();
    const d = await makeDomain(s);
    await s.transaction(async (tx) => {
      await Promise.all(["a", "b", "c", "d"].map((k) => tx.tags.put(d.arn, [{ key: k, value: k }])));
      await Promise.all([
        tx.transaction(async (inner) => inner.tags.put(d.arn, [{ key: "e", value: "e" }])),
        tx
          .transaction(async () => {
            throw new Error("sibling fails alone");
          })
          .catch(() => undefined),
      ]);
    });
    expect((await s.tags.list(d.arn)).map((t) => t.key)).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("does not leak into another store, nor outlive the transaction", async () => {
    const a = await memoryStore();
    const b = await memoryStore();
    let later!: Promise<number>;
    await a.transaction(async (tx) => {
      await makeDomain(tx);
      expect(await b.domains.count(partition)).toBe(0);
      // Work started inside but finishing after commit uses the root store again.
      later = new Promise((r) => setTimeout(r, 20)).then(() => a.domains.count(partition));
    });
    expect(await later).toBe(1);
  });

  it("rolled-back work never reaches the database file", async () => {
    const location = await storeLocation();
    const s1 = await location.open();
    await s1.transaction(async (tx) => {
      await seedPackage(tx);
    });
    await s1
      .transaction(async (tx) => {
        await makeDomain(tx, "ghost");
        throw new Error("no");
      })
      .catch(() => undefined);
    await s1.close();
    const s2 = await location.open();
    expect((await s2.domains.list(partition, { limit: 10 })).items.map((d) => d.name)).toEqual(["acme"]);
    await s2.close();
  });
});
