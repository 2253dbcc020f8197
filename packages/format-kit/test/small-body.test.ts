import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readSmallBody } from "../src/small-body";

describe("readSmallBody", () => {
  it("reads a body up to the limit whole", async () => {
    const bytes = await readSmallBody(Readable.from([Buffer.from("abc"), Buffer.from("de")]), 5);
    expect(bytes?.toString()).toBe("abcde");
  });

  it("answers undefined past the limit and stops reading", async () => {
    let pulled = 0;
    const body = Readable.from(
      (function* () {
        for (let i = 0; i < 100; i++) {
          pulled++;
          yield Buffer.alloc(10);
        }
      })(),
    );
    expect(await readSmallBody(body, 25)).toBeUndefined();
    expect(pulled).toBeLessThan(10);
  });
});
