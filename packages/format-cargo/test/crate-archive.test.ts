import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { pack } from "tar-stream";
import { describe, expect, it } from "vitest";
import { readCrateReadme } from "../src/crate-archive";

async function crate(files: Record<string, string>, root = "demo-1.0.0"): Promise<Buffer> {
  const tar = pack();
  const chunks: Buffer[] = [];
  tar.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => tar.on("end", resolve));
  for (const [path, text] of Object.entries(files)) tar.entry({ name: `${root}/${path}` }, text);
  tar.finalize();
  await ended;
  return gzipSync(Buffer.concat(chunks));
}

const readme = (bytes: Buffer) => readCrateReadme(Readable.from([bytes]));
const manifest = (extra = "") => `[package]\nname = "demo"\nversion = "1.0.0"\n${extra}\n`;

describe("the readme inside a .crate", () => {
  it("is README.md at the package root by default", async () => {
    expect(await readme(await crate({ "Cargo.toml": manifest(), "README.md": "# Demo\n", "src/lib.rs": "" }))).toBe("# Demo\n");
    expect(await readme(await crate({ "README.txt": "plain" }))).toBe("plain");
  });

  it("is the file Cargo.toml names, wherever it comes in the archive", async () => {
    const files = { "docs/Guide-readme.md": "guide", "Cargo.toml": manifest('readme = "docs/Guide-readme.md"'), "README.md": "root" };
    expect(await readme(await crate(files))).toBe("guide");
    expect(await readme(await crate({ "Cargo.toml": manifest('readme = "../README.md"'), "README.md": "from the workspace" }))).toBe("from the workspace");
  });

  it("is none when Cargo.toml says so or the crate has none", async () => {
    expect(await readme(await crate({ "Cargo.toml": manifest("readme = false"), "README.md": "ignored" }))).toBeUndefined();
    expect(await readme(await crate({ "Cargo.toml": manifest(), "src/lib.rs": "" }))).toBeUndefined();
    expect(await readme(await crate({ "Cargo.toml": "not [ toml", "README.md": "still found" }))).toBe("still found");
  });

  it("ignores files outside the package directory", async () => {
    expect(await readme(await crate({ "README.md": "top level" }, ""))).toBeUndefined();
  });

  it("survives archives that are not crates", async () => {
    expect(await readme(Buffer.from("not gzip at all"))).toBeUndefined();
    expect(await readme(gzipSync(Buffer.from("gzip, but not a tar")))).toBeUndefined();
    const whole = await crate({ "README.md": "x".repeat(10_000) });
    expect(await readme(whole.subarray(0, whole.length / 2))).toBeUndefined();
    expect(await readme(Buffer.alloc(0))).toBeUndefined();
  });
});
