import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import type { StoredAsset } from "@codeartifact-local/package-service";
import { nuspecOfAsset, nuspecOfFile } from "../src/nupkg";
import { nuspecXml, zipOf } from "./zip";

const dir = mkdtempSync(join(tmpdir(), "nupkg-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function onDisk(bytes: Buffer): string {
  const path = join(dir, `${++files}.nupkg`);
  writeFileSync(path, bytes);
  return path;
}

/** A stored asset over bytes, counting how much is read. */
function asset(bytes: Buffer): StoredAsset & { readBytes: number } {
  const stored = {
    name: "a.nupkg",
    size: bytes.length,
    readBytes: 0,
    read(start: number, end: number) {
      stored.readBytes += end - start + 1;
      return Readable.from([bytes.subarray(start, end + 1)]);
    },
  };
  return stored;
}

describe("the nuspec of a package", () => {
  it("is the one .nuspec at the root, compressed or stored, from disk or from storage", async () => {
    const xml = nuspecXml("Lib.Core", "1.0.0");
    for (const compress of [true, false]) {
      const bytes = await zipOf(
        [
          ["_rels/.rels", "<x/>"],
          ["content/inner.nuspec", "<no/>"],
          ["Lib.Core.nuspec", xml],
          ["content/a.txt", "a"],
        ],
        compress,
      );
      expect((await nuspecOfFile(onDisk(bytes))).toString()).toBe(xml);
      expect((await nuspecOfAsset(asset(bytes))).toString()).toBe(xml);
    }
  });

  it("is read from storage without reading the whole package", async () => {
    const big = Buffer.alloc(4 * 1024 * 1024, 7);
    const bytes = await zipOf(
      [
        ["Lib.Core.nuspec", nuspecXml("Lib.Core", "1.0.0")],
        ["lib/big.bin", big],
      ],
      false,
    );
    const stored = asset(bytes);
    await nuspecOfAsset(stored);
    expect(stored.readBytes).toBeLessThan(bytes.length / 4);
  });

  it("is refused when missing, doubled, too large, or when the file is not a zip", async () => {
    const cases: Array<[Buffer, RegExp]> = [
      [await zipOf([["content/a.nuspec", "<x/>"]]), /no \.nuspec at its root/],
      [
        await zipOf([
          ["a.nuspec", "<x/>"],
          ["b.NUSPEC", "<y/>"],
        ]),
        /more than one \.nuspec/,
      ],
      [await zipOf([["a.nuspec", Buffer.alloc(5 * 1024 * 1024, 32)]]), /larger than/],
      [Buffer.from("not a zip at all"), /not a readable zip/],
      [Buffer.alloc(0), /not a readable zip/],
    ];
    const truncated = await zipOf([["a.nuspec", nuspecXml("A", "1.0")]]);
    cases.push([truncated.subarray(0, truncated.length - 10), /not a readable zip/]);
    for (const [bytes, message] of cases) {
      await expect(nuspecOfFile(onDisk(bytes))).rejects.toThrow(message);
      await expect(nuspecOfAsset(asset(bytes))).rejects.toThrow(message);
    }
  });
});
