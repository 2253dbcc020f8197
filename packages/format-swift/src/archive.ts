import { Readable } from "node:stream";
import type { StoredAsset } from "@codeartifact-local/package-service";
import yauzl from "yauzl";
import { declaredToolsVersion, isManifestFile, MANIFEST, type Manifest } from "./manifests";

// The manifests of a stored source archive, read with range reads of the zip's end records,
// central directory and the manifest entries only, never the whole archive (yauzl reads Zip64
// and refuses entry names that are absolute or climb out with `..`).

/** Largest manifest read; a manifest is source code a client compiles, never megabytes. */
export const MAX_MANIFEST_BYTES = 1024 * 1024;
/** Most manifest variants kept for one release. */
export const MAX_MANIFESTS = 32;

/** Bytes read from the asset per range request: yauzl asks for each central directory entry alone. */
const BLOCK = 256 * 1024;

/** What a source archive holds for the registry: its manifests, or why it has none usable. */
export type ArchiveManifests = { ok: true; manifests: Manifest[] } | { ok: false; problem: string };

/** yauzl's random access over a stored asset, reading whole blocks and keeping the last one. */
class AssetReader extends yauzl.RandomAccessReader {
  #block?: { start: number; bytes: Promise<Buffer> };

  constructor(private readonly asset: StoredAsset) {
    super();
  }

  // yauzl's `end` is exclusive, the asset's inclusive.
  override _readStreamForRange(start: number, end: number): Readable {
    return Readable.from(this.#slice(start, end));
  }

  async *#slice(start: number, end: number): AsyncGenerator<Buffer> {
    if (end <= start) return;
    if (end - start > BLOCK) {
      yield* this.asset.read(start, end - 1);
      return;
    }
    const block = this.#block;
    if (!block || start < block.start || end > block.start + BLOCK) {
      const blockEnd = Math.min(this.asset.size, start + BLOCK);
      this.#block = { start, bytes: collect(this.asset.read(start, blockEnd - 1)) };
    }
    const { start: from, bytes } = this.#block!;
    yield (await bytes).subarray(start - from, end - from);
  }
}

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function openZip(asset: StoredAsset): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromRandomAccessReader(new AssetReader(asset), asset.size, { lazyEntries: true, autoClose: false }, (error, zip) =>
      error ? reject(error) : resolve(zip),
    );
  });
}

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => (error ? reject(error) : collect(stream).then(resolve, reject)));
  });
}

/**
 * The manifests in the archive's top-level directory, `Package.swift` first; a problem when the
 * archive cannot be read, has no `Package.swift` there, or has manifests in several top-level
 * directories (SwiftPM would not know which package it downloaded).
 */
export async function readArchiveManifests(asset: StoredAsset): Promise<ArchiveManifests> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(asset);
  } catch (error) {
    return { ok: false, problem: `the source archive is not a readable zip archive (${(error as Error).message})` };
  }
  try {
    const found: Array<{ top: string; entry: yauzl.Entry; filename: string }> = [];
    await new Promise<void>((resolve, reject) => {
      zip.on("error", reject);
      zip.on("end", resolve);
      zip.on("entry", (entry: yauzl.Entry) => {
        const parts = entry.fileName.split("/");
        if (parts.length === 2 && isManifestFile(parts[1])) found.push({ top: parts[0], entry, filename: parts[1] });
        zip.readEntry();
      });
      zip.readEntry();
    });
    const tops = new Set(found.map((f) => f.top));
    if (tops.size > 1) return { ok: false, problem: `the source archive has manifests in several top-level directories (${[...tops].join(", ")})` };
    if (!found.some((f) => f.filename === MANIFEST)) {
      return { ok: false, problem: "the source archive has no Package.swift in its top-level directory (create it with `swift package archive-source`)" };
    }
    if (found.length > MAX_MANIFESTS) return { ok: false, problem: `the source archive has more than ${MAX_MANIFESTS} manifests` };
    const manifests: Manifest[] = [];
    for (const { entry, filename } of found.sort((a, b) =>
      a.filename === MANIFEST ? -1 : b.filename === MANIFEST ? 1 : a.filename.localeCompare(b.filename),
    )) {
      if (entry.uncompressedSize > MAX_MANIFEST_BYTES) return { ok: false, problem: `${filename} is larger than ${MAX_MANIFEST_BYTES} bytes` };
      const content = (await readEntry(zip, entry)).toString("utf8");
      manifests.push({ filename, toolsVersion: declaredToolsVersion(content), content });
    }
    return { ok: true, manifests };
  } catch (error) {
    return { ok: false, problem: `the source archive could not be read (${(error as Error).message})` };
  } finally {
    zip.close();
  }
}
