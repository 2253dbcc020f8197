import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { comparePypiVersions } from "../src/format";
import { parseHtmlPage } from "../src/upstream-index";
import { readWheelMetadata } from "../src/wheel-metadata";

describe("PyPI version order (PEP 440)", () => {
  it("puts development and pre-releases before the release, post-releases after", () => {
    const versions = ["1.0.post1", "2.0", "1.0", "1.0rc1", "0.9", "1.0a1", "1.0.dev0", "1.0b2", "1!0.1"];
    expect([...versions].sort(comparePypiVersions)).toEqual(["0.9", "1.0.dev0", "1.0a1", "1.0b2", "1.0rc1", "1.0", "1.0.post1", "2.0", "1!0.1"]);
  });

  it("ranks equal versions written differently as equal, and non-PEP 440 strings first", () => {
    expect(comparePypiVersions("1.0", "1.0.0")).toBe(0);
    expect(comparePypiVersions("not a version", "0.1")).toBeLessThan(0);
  });
});

describe("PEP 503 project pages", () => {
  it("reads every anchor with an HTML parser: entities, quoting, attribute case, fragments", () => {
    const html = `<!DOCTYPE html><html><body>
      <a href="../../files/demo-1.0.tar.gz#sha256=${"a".repeat(64)}" data-requires-python="&gt;=3.8">demo-1.0.tar.gz</a><br>
      <A HREF='https://files.example/demo-1.1-py3-none-any.whl' Data-Core-Metadata="sha256=${"b".repeat(64)}" data-yanked>demo-1.1</A>
      <a href=demo-1.2.zip data-yanked="broken &amp; withdrawn">demo-1.2.zip</a>
      <a>no link</a>
    </body></html>`;
    expect(parseHtmlPage(html, "https://index.example/simple/demo/")).toEqual([
      {
        filename: "demo-1.0.tar.gz",
        url: "https://index.example/files/demo-1.0.tar.gz",
        sha256: "a".repeat(64),
        requiresPython: ">=3.8",
        coreMetadata: undefined,
        yanked: undefined,
      },
      {
        filename: "demo-1.1-py3-none-any.whl",
        url: "https://files.example/demo-1.1-py3-none-any.whl",
        sha256: undefined,
        requiresPython: undefined,
        coreMetadata: "b".repeat(64),
        yanked: true,
      },
      {
        filename: "demo-1.2.zip",
        url: "https://index.example/simple/demo/demo-1.2.zip",
        sha256: undefined,
        requiresPython: undefined,
        coreMetadata: undefined,
        yanked: "broken & withdrawn",
      },
    ]);
  });
});

describe("wheel METADATA", () => {
  const dir = mkdtempSync(join(tmpdir(), "wheels-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /**
   * A wheel written by Python's zipfile. With `zip64`, zipfile's limits are lowered so that every
   * offset goes in Zip64 extra fields and the Zip64 end records are written, as for an archive
   * over 4 GiB or 65,535 entries.
   */
  function wheel(name: string, zip64: boolean): Buffer {
    const file = join(dir, name);
    const script = `
import sys, zipfile
if sys.argv[2] == "1":
    zipfile.ZIP64_LIMIT = 16
    zipfile.ZIP_FILECOUNT_LIMIT = 1
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for i in range(3):
        z.writestr(f"demo/f{i}.py", "print(%d)" % i)
    z.writestr("demo-1.0.dist-info/METADATA", "Metadata-Version: 2.1\\nName: demo\\nVersion: 1.0\\n")
`;
    const run = spawnSync("python3", ["-c", script, file, zip64 ? "1" : "0"]);
    if (run.status !== 0) throw new Error(run.stderr.toString());
    const bytes = readFileSync(file);
    if (zip64) {
      // As large archives have it: the classic end record defers to the Zip64 one.
      const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
      bytes.writeUInt16LE(0xffff, eocd + 8);
      bytes.writeUInt16LE(0xffff, eocd + 10);
      bytes.writeUInt32LE(0xffffffff, eocd + 12);
      bytes.writeUInt32LE(0xffffffff, eocd + 16);
    }
    return bytes;
  }

  const stored = (name: string, bytes: Buffer) => ({
    name,
    size: bytes.length,
    read: (start: number, end: number) => Readable.from([bytes.subarray(start, end + 1)]),
  });

  it("reads it from a wheel", async () => {
    const bytes = wheel("small.whl", false);
    expect((await readWheelMetadata(stored("demo-1.0-py3-none-any.whl", bytes)))?.toString()).toContain("Name: demo");
  });

  it("reads it from a Zip64 wheel", async () => {
    const bytes = wheel("zip64.whl", true);
    expect(bytes.includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(true); // the Zip64 end record
    expect((await readWheelMetadata(stored("demo-1.0-py3-none-any.whl", bytes)))?.toString()).toContain("Version: 1.0");
  });

  it("answers undefined for an archive that is not a zip", async () => {
    expect(await readWheelMetadata(stored("x.whl", Buffer.from("not a zip at all, not even close")))).toBeUndefined();
  });
});
