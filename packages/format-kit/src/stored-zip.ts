import { Readable } from "node:stream";
import type { StoredAsset } from "@codeartifact-local/package-service";
import yauzl from "yauzl";

// Zip archives among stored assets (wheels, source archives, .nupkg) read with range reads of their
// end records, central directory and the entries wanted, never whole; yauzl reads Zip64 and refuses
// entry names that are absolute or climb out with `..`.

/** Bytes read from the asset per range request: yauzl asks for each central directory entry alone. */
const BLOCK = 256 * 1024;

/** yauzl's random access over a stored asset, reading whole blocks and keeping the last one. */
class StoredAssetReader extends yauzl.RandomAccessReader {
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
    if (!this.#block || start < this.#block.start || end > this.#block.start + BLOCK) {
      this.#block = { start, bytes: collectBytes(this.asset.read(start, Math.min(this.asset.size, start + BLOCK) - 1)) };
    }
    const { start: from, bytes } = this.#block;
    yield (await bytes).subarray(start - from, end - from);
  }
}

async function collectBytes(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Opens a stored zip archive for reading entry by entry (`lazyEntries`). It stays open after the
 * directory's end, so entries found while listing can be read then: the caller closes it.
 */
export function openStoredZip(asset: StoredAsset): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.fromRandomAccessReader(new StoredAssetReader(asset), asset.size, { lazyEntries: true, autoClose: false }, (error, zip) =>
      error ? reject(error) : resolve(zip),
    ),
  );
}

/** The uncompressed bytes of one entry (its size checked by the caller against its own limit first). */
export function readZipEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => zip.openReadStream(entry, (error, stream) => (error ? reject(error) : collectBytes(stream).then(resolve, reject))));
}
