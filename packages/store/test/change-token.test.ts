import { describe, expect, it } from "vitest";
import { makeDomain, makeRepo, memoryStore, storeLocation } from "./helpers.js";

/** Queries until the store's token differs from `token`, for at most 2 seconds. */
async function movedFrom(store: { ping(): Promise<void>; changeToken(): string }, token: string): Promise<void> {
  const deadline = Date.now() + 2000;
  do await store.ping();
  while (store.changeToken() === token && Date.now() < deadline);
  expect(store.changeToken()).not.toBe(token);
}

describe("changeToken", () => {
  it("stays put across reads and moves with every write, commit and rollback", async () => {
    const s = await memoryStore();
    const domain = await makeDomain(s);
    const before = s.changeToken();
    await s.domains.get({ account: domain.account, region: domain.region, name: domain.name });
    await s.repositories.list(domain.id, {}, { limit: 10 });
    expect(s.changeToken()).toBe(before);

    await makeRepo(s, domain.id, domain.name, "repo");
    const afterWrite = s.changeToken();
    expect(afterWrite).not.toBe(before);

    await expect(
      s.transaction(async (tx) => {
        await makeRepo(tx, domain.id, domain.name, "doomed");
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(s.changeToken()).not.toBe(afterWrite);
    expect(await s.repositories.get(domain.id, "doomed")).toBeUndefined();
  });

  it("moves when another process commits to the same database", async () => {
    const location = await storeLocation();
    const a = await location.open();
    const b = await location.open();
    const before = a.changeToken();
    await makeDomain(b);
    // PostgreSQL sends the notice as the writer commits, on the listening connection; it usually
    // arrives before the reader's next query returns (a request reads the token after its first
    // query), but on a busy machine it can come a moment later: allow it 2 seconds.
    await movedFrom(a, before);
    const afterAutocommit = a.changeToken();
    await b.transaction(async (tx) => {
      const d = await tx.domains.get({ account: "111122223333", region: "us-west-2", name: "acme" });
      await makeRepo(tx, d!.id, d!.name, "repo");
    });
    await movedFrom(a, afterAutocommit);
  });
});
