// Blobs on the local filesystem: <root>/<domainKey>/<aa>/<sha256>, where <aa> is the
// first two hex digits (keeps directories small). Writes go to <root>/.tmp and are
// renamed into place only once complete, hashed, verified and fsynced, so a reader never
// sees a partial blob and a failed write leaves nothing behind.
import { randomUUID } from "node:crypto";
import { mkdir, open, readdir, rename, rm, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { BlobNotFoundError, checkDomainKey, checkExpectedDigest, checkPutOptions, checkSha256, type BlobRange, type BlobStore } from "./blob-store.js";
import { HashingTransform } from "./hashing.js";

const TEMP_DIR = ".tmp";
const TEMP_SUFFIX = ".part";

export interface FsBlobStoreOptions {
  /** Blob root directory, e.g. <dataDir>/blobs. */
  root: string;
  /**
   * Temp files older than this are removed at open: they belong to writes that died
   * with their process. Younger ones may be another live process's uploads.
   */
  staleTempMs?: number;
}

const isNotFound = (err: unknown) => (err as NodeJS.ErrnoException | null)?.code === "ENOENT";

export async function openFsBlobStore(options: FsBlobStoreOptions): Promise<BlobStore> {
  const { root } = options;
  const tempDir = join(root, TEMP_DIR);
  await mkdir(tempDir, { recursive: true });
  await sweepTemp(tempDir, options.staleTempMs ?? 60 * 60 * 1000);

  const domainDir = (domainKey: string) => join(root, ...checkDomainKey(domainKey));
  const blobPath = (domainKey: string, sha256: string) => join(domainDir(domainKey), checkSha256(sha256).slice(0, 2), sha256);
  const size = async (domainKey: string, sha256: string): Promise<number | undefined> => {
    try {
      const s = await stat(blobPath(domainKey, sha256));
      return s.isFile() ? s.size : undefined;
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  };

  return {
    async put(domainKey, body, opts = {}) {
      checkPutOptions(opts);
      domainDir(domainKey); // validate before consuming the body
      const temp = join(tempDir, `${randomUUID()}${TEMP_SUFFIX}`);
      const hasher = new HashingTransform(opts.maxBytes);
      let placed = false;
      try {
        // Opening the file ourselves (rather than letting a write stream open it lazily)
        // means it exists before the pipeline can fail, so the cleanup below always sees it.
        const file = await open(temp, "wx");
        try {
          // flush: fsync before close, so the rename below never publishes unwritten data.
          await pipeline(body, hasher, file.createWriteStream({ flush: true }));
        } finally {
          await file.close(); // no-op when the stream already closed it
        }
        const info = checkExpectedDigest(opts, hasher.digests());
        const target = blobPath(domainKey, info.sha256);
        await mkdir(dirname(target), { recursive: true });
        // Same name means same content, so replacing an existing copy is harmless.
        await rename(temp, target);
        placed = true;
        return info;
      } finally {
        if (!placed) await rm(temp, { force: true });
      }
    },

    get(domainKey, sha256, range = {}) {
      const path = blobPath(domainKey, sha256);
      return Readable.from(readFile(path, sha256, range), { objectMode: false });
    },

    has: async (domainKey, sha256) => (await size(domainKey, sha256)) !== undefined,

    size,

    async delete(domainKey, sha256) {
      const path = blobPath(domainKey, sha256);
      try {
        await rm(path);
        return true;
      } catch (err) {
        if (isNotFound(err)) return false;
        throw err;
      }
    },

    async *list(domainKey) {
      const dir = domainDir(domainKey);
      for (const prefix of await readdirOrEmpty(dir)) {
        if (!/^[0-9a-f]{2}$/.test(prefix)) continue;
        for (const name of await readdirOrEmpty(join(dir, prefix))) {
          if (/^[0-9a-f]{64}$/.test(name) && name.startsWith(prefix)) yield name;
        }
      }
    },

    async deleteDomain(domainKey) {
      await rm(domainDir(domainKey), { recursive: true, force: true });
    },

    async ping() {
      await stat(tempDir);
    },
  };
}

async function* readFile(path: string, sha256: string, range: BlobRange): AsyncGenerator<Buffer> {
  let file;
  try {
    file = await open(path, "r");
  } catch (err) {
    throw isNotFound(err) ? new BlobNotFoundError(sha256) : err;
  }
  try {
    // autoClose off: the finally below owns the handle, also when the reader stops early.
    yield* file.createReadStream({ start: range.start, end: range.end, autoClose: false });
  } finally {
    await file.close();
  }
}

async function readdirOrEmpty(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (err) {
    if (isNotFound(err)) return [];
    throw err;
  }
}

async function sweepTemp(tempDir: string, staleMs: number): Promise<void> {
  const cutoff = Date.now() - staleMs;
  for (const name of await readdirOrEmpty(tempDir)) {
    if (!name.endsWith(TEMP_SUFFIX)) continue;
    const path = join(tempDir, name);
    try {
      if ((await stat(path)).mtimeMs < cutoff) await rm(path, { force: true });
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  }
}
