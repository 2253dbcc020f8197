import { Readable } from "node:stream";
import type { StoredAsset } from "@codeartifact-local/package-service";
import yauzl from "yauzl";

// The `*.dist-info/METADATA` of a stored wheel (PEP 658 serves it as `<file>.metadata`), read with
// range reads of the zip's end records, central directory and that one entry, never the whole
// wheel; yauzl reads Zip64 archives too. Entries over the limit are not read (no metadata is
// offered then).

const MAX_METADATA = 16 * 1024 * 1024;
const METADATA = /^[^/]+\.dist-info\/METADATA$/;

/** Bytes read from the asset per range request: yauzl asks for each central directory entry alone. */
const BLOCK = 256 * 1024;

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
    yauzl.fromRandomAccessReader(new AssetReader(asset), asset.size, { lazyEntries: true, autoClose: true }, (error, zip) =>
      error ? reject(error) : resolve(zip),
    );
  });
}

/** The wheel's METADATA, or undefined when the archive has none readable. */
export async function readWheelMetadata(asset: StoredAsset): Promise<Buffer | undefined> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(asset);
  } catch {
    return undefined;
  }
  return new Promise((resolve) => {
    const done = (result: Buffer | undefined) => {
      zip.close();
      resolve(result);
    };
    zip.on("error", () => done(undefined));
    zip.on("end", () => done(undefined));
    zip.on("entry", (entry: yauzl.Entry) => {
      if (!METADATA.test(entry.fileName)) return zip.readEntry();
      if (entry.uncompressedSize > MAX_METADATA) return done(undefined);
      zip.openReadStream(entry, async (error, stream) => {
        if (error) return done(undefined);
        try {
          done(await collect(stream));
        } catch {
          done(undefined);
        }
      });
    });
    zip.readEntry();
  });
}
