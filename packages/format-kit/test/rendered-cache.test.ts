import { describe, expect, it } from "vitest";
import { RenderedCache, type RenderedDocument } from "../src/rendered-cache";

/** A cache over a token the test moves, counting renders. */
function setup(limits?: { entries: number; bytes: number }) {
  let token = 0;
  let renders = 0;
  const cache = new RenderedCache(() => String(token), limits);
  const render =
    (body: string, cacheable = true) =>
    async (): Promise<RenderedDocument> => {
      renders++;
      return { body, cacheable };
    };
  return { cache, render, change: () => token++, renders: () => renders };
}

describe("RenderedCache", () => {
  it("serves a kept document until the store changes", async () => {
    const { cache, render, change, renders } = setup();
    expect(await cache.get("a", render("one"))).toBe("one");
    expect(await cache.get("a", render("two"))).toBe("one");
    expect(renders()).toBe(1);
    change();
    expect(await cache.get("a", render("three"))).toBe("three");
    expect(await cache.get("a", render("four"))).toBe("three");
    expect(renders()).toBe(2);
  });

  it("does not keep documents that are not cacheable, nor failures", async () => {
    const { cache, render, renders } = setup();
    expect(await cache.get("live", render("x", false))).toBe("x");
    expect(await cache.get("live", render("y", false))).toBe("y");
    await expect(cache.get("missing", () => Promise.reject(new Error("not found")))).rejects.toThrow("not found");
    expect(await cache.get("missing", render("now here"))).toBe("now here");
    expect(renders()).toBe(3);
  });

  it("keeps a document rendered while the store changed under the old token only", async () => {
    const { cache, render, change, renders } = setup();
    const during = async (): Promise<RenderedDocument> => {
      change(); // a write lands while the document is being read
      return render("mixed")();
    };
    expect(await cache.get("a", during)).toBe("mixed");
    expect(await cache.get("a", render("fresh"))).toBe("fresh");
    expect(renders()).toBe(2);
  });

  it("evicts the least recently used entries beyond its limits", async () => {
    const { cache, render, renders } = setup({ entries: 2, bytes: 10 });
    await cache.get("a", render("aaa"));
    await cache.get("b", render("bbb"));
    await cache.get("a", render("-")); // a is now the most recent
    await cache.get("c", render("ccc")); // over 2 entries: b goes
    expect(renders()).toBe(3);
    expect(await cache.get("a", render("-"))).toBe("aaa");
    expect(await cache.get("b", render("bbb2"))).toBe("bbb2");
    expect(renders()).toBe(4);
    await cache.get("big", render("x".repeat(11))); // larger than the whole budget: never kept
    await cache.get("big", render("x".repeat(11)));
    expect(renders()).toBe(6);
    await cache.get("d", render("dddddddd")); // 8 + 4 more bytes than 10: older entries go
    expect(await cache.get("d", render("-"))).toBe("dddddddd");
    expect(renders()).toBe(7);
  });
});
