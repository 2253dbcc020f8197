import { posix } from "node:path";
import { Transform, type Readable, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { parse as parseToml } from "smol-toml";
import { extract, type Headers } from "tar-stream";

// The readme inside a `.crate` (a gzipped tar of `<name>-<version>/...`), for versions whose
// registry index carries none (ingested from crates.io). The package's Cargo.toml names it
// (`readme = "path"`, or `false` for none); otherwise cargo's defaults apply: README.md, README.txt
// or README at the package root. A readme outside the package (`../README.md`) is packaged by
// cargo at the root under its file name. The archive is streamed: only Cargo.toml and
// readme-like files are kept, each bounded, and reading stops past a bound on unpacked bytes.

const MAX_FILE = 1024 * 1024;
const MAX_UNPACKED = 256 * 1024 * 1024;
const DEFAULT_READMES = ["README.md", "README.txt", "README"];

/** Stops the stream once more than `limit` bytes went through. */
class ByteLimit extends Transform {
  #seen = 0;
  constructor(private readonly limit: number) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.#seen += chunk.length;
    if (this.#seen > this.limit) done(new Error(`the crate unpacks to more than ${this.limit} bytes`));
    else done(null, chunk);
  }
}

/** `<root>/<path>` → `<path>`, for entries inside the package directory. */
function inPackage(header: Headers): string | undefined {
  if (header.type !== "file") return undefined;
  const name = header.name.replace(/^\.\//, "");
  const slash = name.indexOf("/");
  return slash <= 0 ? undefined : name.slice(slash + 1);
}

function readmeField(manifest: string | undefined): string | false | undefined {
  if (manifest === undefined) return undefined;
  try {
    const pkg = (parseToml(manifest) as { package?: { readme?: unknown } }).package;
    if (pkg?.readme === false) return false;
    return typeof pkg?.readme === "string" ? pkg.readme : undefined;
  } catch {
    return undefined;
  }
}

/** The crate's readme text, or undefined when it has none (or cannot be read). */
export async function readCrateReadme(crate: Readable): Promise<string | undefined> {
  const files = new Map<string, string>();
  const unpack = extract();
  unpack.on("entry", (header, stream, next) => {
    const path = inPackage(header);
    const keep = path !== undefined && (path === "Cargo.toml" || /readme/i.test(path)) && (header.size ?? 0) <= MAX_FILE;
    if (!keep) {
      stream.on("end", next);
      stream.resume();
      return;
    }
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      files.set(path, Buffer.concat(chunks).toString("utf8"));
      next();
    });
  });
  try {
    await pipeline(crate, createGunzip(), new ByteLimit(MAX_UNPACKED), unpack);
  } catch {
    crate.destroy();
    return undefined;
  }
  const field = readmeField(files.get("Cargo.toml"));
  if (field === false) return undefined;
  if (typeof field === "string") {
    const path = posix.normalize(field.replace(/\\/g, "/"));
    return files.get(path.startsWith("../") ? posix.basename(path) : path);
  }
  for (const name of DEFAULT_READMES) if (files.has(name)) return files.get(name);
  return undefined;
}
