import { Readable } from "node:stream";
import type { StoredAsset } from "@codeartifact-local/package-service";
import yauzl from "yauzl";
import { MAX_NUSPEC_BYTES, NuspecError } from "./nuspec";

// The .nuspec inside a .nupkg (a zip whose root holds exactly one `*.nuspec`), read through the
// zip's central directory with yauzl: from a pushed package spooled to disk, or from a stored
// asset with range reads (never the whole package).

/** Bytes read from a stored asset per range request (yauzl asks for each directory entry alone). */
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
      this.#block = { start, bytes: collect(this.asset.read(start, Math.min(this.asset.size, start + BLOCK) - 1)) };
    }
    const { start: from, bytes } = this.#block;
    yield (await bytes).subarray(start - from, end - from);
  }
}

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function openFile(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, zip) => (error ? reject(error) : resolve(zip))));
}

function openAsset(asset: StoredAsset): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.fromRandomAccessReader(new StoredAssetReader(asset), asset.size, { lazyEntries: true, autoClose: false }, (error, zip) =>
      error ? reject(error) : resolve(zip),
    ),
  );
}

const isRootNuspec = (name: string) => !name.includes("/") && !name.includes("\\") && name.toLowerCase().endsWith(".nuspec");

/** The root `.nuspec` of an opened package; NuspecError when there is none, or more than one, or it is too large. */
function readNuspecEntry(zip: yauzl.ZipFile): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let found: yauzl.Entry | undefined;
    const fail = (error: Error) => {
      zip.close();
      reject(error);
    };
    zip.on("error", (error: Error) => fail(new NuspecError(`The package is not a readable zip archive: ${error.message}`)));
    zip.on("entry", (entry: yauzl.Entry) => {
      if (!isRootNuspec(entry.fileName)) return zip.readEntry();
      if (found) return fail(new NuspecError("The package has more than one .nuspec at its root."));
      found = entry;
      zip.readEntry();
    });
    zip.on("end", () => {
      if (!found) return fail(new NuspecError("The package has no .nuspec at its root."));
      if (found.uncompressedSize > MAX_NUSPEC_BYTES) return fail(new NuspecError(`The .nuspec is larger than ${MAX_NUSPEC_BYTES} bytes.`));
      // Opened without autoClose, so the entry can still be read after the directory's end.
      zip.openReadStream(found, (error, stream) => {
        if (error) return fail(new NuspecError(`The .nuspec cannot be read: ${error.message}`));
        collect(stream).then(
          (bytes) => {
            zip.close();
            resolve(bytes);
          },
          (failure: Error) => fail(new NuspecError(`The .nuspec cannot be read: ${failure.message}`)),
        );
      });
    });
    zip.readEntry();
  });
}

async function opened(open: () => Promise<yauzl.ZipFile>): Promise<yauzl.ZipFile> {
  try {
    return await open();
  } catch (error) {
    throw new NuspecError(`The package is not a readable zip archive: ${(error as Error).message}`);
  }
}

/** The nuspec bytes of a package file on disk. */
export async function nuspecOfFile(path: string): Promise<Buffer> {
  return readNuspecEntry(await opened(() => openFile(path)));
}

/** The nuspec bytes of a stored package. */
export async function nuspecOfAsset(asset: StoredAsset): Promise<Buffer> {
  return readNuspecEntry(await opened(() => openAsset(asset)));
}
