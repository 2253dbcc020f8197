import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { PublishBodyError, PublishBodyReader } from "../src/publish-body";

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};
const body = (json: string, crate: Buffer, extra = Buffer.alloc(0)) =>
  Buffer.concat([u32(Buffer.byteLength(json)), Buffer.from(json), u32(crate.length), crate, extra]);

/** The body in chunks of `size` bytes, as a request might arrive. */
const chunked = (bytes: Buffer, size: number) =>
  Readable.from(Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size)));

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe("the publish body", () => {
  const crate = Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251));

  it("reads the metadata and streams the crate, whatever the chunking", async () => {
    for (const size of [3, 7, 4096, 100_000]) {
      const reader = new PublishBodyReader(chunked(body('{"name":"a","vers":"1.0.0"}', crate), size));
      expect(await reader.metadata(1024)).toEqual({ name: "a", vers: "1.0.0" });
      const length = await reader.crateLength();
      expect(length).toBe(crate.length);
      expect((await readAll(reader.crate(length))).equals(crate)).toBe(true);
    }
  });

  it("accepts an empty crate", async () => {
    const reader = new PublishBodyReader(chunked(body("{}", Buffer.alloc(0)), 2));
    await reader.metadata(10);
    expect((await readAll(reader.crate(await reader.crateLength()))).length).toBe(0);
  });

  it("refuses metadata over the limit before reading it", async () => {
    const reader = new PublishBodyReader(chunked(Buffer.concat([u32(0xffffffff), Buffer.from("{")]), 8));
    await expect(reader.metadata(1024)).rejects.toThrow(/4294967295 bytes long; at most 1024/);
  });

  it("refuses metadata that is not JSON", async () => {
    await expect(new PublishBodyReader(chunked(body("{nope", crate), 16)).metadata(1024)).rejects.toThrow(PublishBodyError);
  });

  it("refuses bodies that end early, anywhere", async () => {
    const whole = body('{"a":1}', crate);
    for (const cut of [0, 2, 4, 8, 12, 14, 100, whole.length - 1]) {
      const reader = new PublishBodyReader(chunked(whole.subarray(0, cut), 5));
      const read = async () => {
        await reader.metadata(1024);
        await readAll(reader.crate(await reader.crateLength()));
      };
      await expect(read(), `cut at ${cut}`).rejects.toThrow(/ends inside/);
    }
  });

  it("refuses bytes after the crate", async () => {
    const reader = new PublishBodyReader(chunked(body("{}", crate, Buffer.from("x")), 4096));
    await reader.metadata(10);
    await expect(readAll(reader.crate(await reader.crateLength()))).rejects.toThrow(/goes on after the crate/);
  });
});
