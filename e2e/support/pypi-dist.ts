import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { crc32, deflateRawSync, gzipSync } from "node:zlib";
import { repoRoot } from "./server";

// Builds wheels and sdists from the fixture sources without any build backend (the machines have
// no `wheel`/`build` and no network): a wheel is a zip with a .dist-info (METADATA, WHEEL, RECORD),
// an sdist a gzipped ustar archive with PKG-INFO, which is all twine and pip read.

export const pypiFixtures = resolve(repoRoot, "e2e/fixtures/pypi");

export interface ProjectSpec {
  name: string;
  version: string;
  summary?: string;
  license?: string;
  home_page?: string;
  requires_python?: string;
  requires_dist?: string[];
  description?: string;
  /** Archive path → content. */
  sources: Record<string, string>;
}

export interface Distribution {
  filename: string;
  bytes: Buffer;
  sha256: string;
  /** The wheel's METADATA (its PEP 658 core metadata); undefined for sdists. */
  metadata?: Buffer;
}

const pep503 = (name: string) => name.toLowerCase().replace(/[-_.]+/g, "-");
const escaped = (name: string) => pep503(name).replace(/-/g, "_");
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

function readSources(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (path: string) => {
    for (const entry of readdirSync(path)) {
      const full = join(path, entry);
      if (statSync(full).isDirectory()) walk(full);
      else out[relative(dir, full).split("\\").join("/")] = readFileSync(full, "utf8");
    }
  };
  walk(dir);
  return out;
}

/** A fixture's project, optionally with other fields (another version, name, ...). */
export function loadFixture(fixture: string, changes: Partial<ProjectSpec> = {}): ProjectSpec {
  const dir = join(pypiFixtures, fixture);
  const project = JSON.parse(readFileSync(join(dir, "project.json"), "utf8")) as Omit<ProjectSpec, "sources">;
  return { ...project, sources: readSources(join(dir, "src")), ...changes };
}

export function coreMetadata(spec: ProjectSpec): string {
  const lines = ["Metadata-Version: 2.1", `Name: ${spec.name}`, `Version: ${spec.version}`];
  if (spec.summary) lines.push(`Summary: ${spec.summary}`);
  if (spec.home_page) lines.push(`Home-page: ${spec.home_page}`);
  if (spec.license) lines.push(`License: ${spec.license}`);
  if (spec.requires_python) lines.push(`Requires-Python: ${spec.requires_python}`);
  for (const requirement of spec.requires_dist ?? []) lines.push(`Requires-Dist: ${requirement}`);
  lines.push("Description-Content-Type: text/markdown");
  return `${lines.join("\n")}\n\n${spec.description ?? ""}`;
}

/**
 * Writes the run of fields a zip local header (from offset 4) and its central directory record
 * (from offset 6) have in common: version needed, flags, method, time and date, CRC, sizes and
 * name length.
 */
function writeEntryFields(header: Buffer, at: number, entry: { crc: number; compressedSize: number; size: number; nameLength: number }): void {
  header.writeUInt16LE(20, at); // version 2.0 needed (deflate)
  header.writeUInt16LE(0x0800, at + 2); // names are UTF-8
  header.writeUInt16LE(8, at + 4); // deflate
  header.writeUInt16LE(0, at + 6); // 00:00:00
  header.writeUInt16LE(0x21, at + 8); // 1980-01-01
  header.writeUInt32LE(entry.crc, at + 10);
  header.writeUInt32LE(entry.compressedSize, at + 14);
  header.writeUInt32LE(entry.size, at + 18);
  header.writeUInt16LE(entry.nameLength, at + 22);
}

/** A zip archive (deflated entries, fixed timestamps). */
export function zip(entries: Array<[string, Buffer]>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const nameBytes = Buffer.from(name, "utf8");
    const data = deflateRawSync(content);
    const crc = crc32(content);
    const entry = { crc, compressedSize: data.length, size: content.length, nameLength: nameBytes.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, entry);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x031e, 4);
    writeEntryFields(central, 6, entry);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A gzipped ustar archive of regular files. */
export function tarGz(entries: Array<[string, Buffer]>): Buffer {
  const blocks: Buffer[] = [];
  for (const [name, content] of entries) {
    const header = Buffer.alloc(512);
    header.write(name, 0, 100, "utf8");
    header.write("0000644\0", 100);
    header.write("0000000\0", 108);
    header.write("0000000\0", 116);
    header.write(`${content.length.toString(8).padStart(11, "0")}\0`, 124);
    header.write(`${(1_600_000_000).toString(8).padStart(11, "0")}\0`, 136);
    header.write("        ", 148);
    header.write("0", 156);
    header.write("ustar\0", 257);
    header.write("00", 263);
    let sum = 0;
    for (const byte of header) sum += byte;
    header.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148);
    blocks.push(header, content, Buffer.alloc((512 - (content.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

const recordHash = (bytes: Buffer) => createHash("sha256").update(bytes).digest("base64url");

export function buildWheel(spec: ProjectSpec): Distribution {
  const distInfo = `${escaped(spec.name)}-${spec.version}.dist-info`;
  const metadata = Buffer.from(coreMetadata(spec), "utf8");
  const entries: Array<[string, Buffer]> = Object.entries(spec.sources).map(([path, text]) => [path, Buffer.from(text, "utf8")]);
  entries.push([`${distInfo}/METADATA`, metadata]);
  entries.push([`${distInfo}/WHEEL`, Buffer.from("Wheel-Version: 1.0\nGenerator: codeartifact-local-e2e\nRoot-Is-Purelib: true\nTag: py3-none-any\n")]);
  const record = entries.map(([path, bytes]) => `${path},sha256=${recordHash(bytes)},${bytes.length}`);
  record.push(`${distInfo}/RECORD,,`);
  entries.push([`${distInfo}/RECORD`, Buffer.from(`${record.join("\n")}\n`)]);
  const bytes = zip(entries);
  return { filename: `${escaped(spec.name)}-${spec.version}-py3-none-any.whl`, bytes, sha256: sha256(bytes), metadata };
}

export function buildSdist(spec: ProjectSpec): Distribution {
  const base = `${escaped(spec.name)}-${spec.version}`;
  const entries: Array<[string, Buffer]> = [[`${base}/PKG-INFO`, Buffer.from(coreMetadata(spec), "utf8")]];
  for (const [path, text] of Object.entries(spec.sources)) entries.push([`${base}/src/${path}`, Buffer.from(text, "utf8")]);
  entries.push([`${base}/pyproject.toml`, Buffer.from(`[project]\nname = "${spec.name}"\nversion = "${spec.version}"\n`)]);
  const bytes = tarGz(entries);
  return { filename: `${base}.tar.gz`, bytes, sha256: sha256(bytes) };
}
