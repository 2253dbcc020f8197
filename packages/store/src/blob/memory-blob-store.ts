// Blobs in process memory, for --in-memory. Chunks are kept as received (no
// concatenation), so a blob costs its own size once.
import { Readable } from "node:stream";
import { BlobNotFoundError, checkDomainKey, checkExpectedDigest, checkPutOptions, checkSha256, type BlobRange, type BlobStore } from "./blob-store.js";
import { DigestAccumulator, toBytes } from "./hashing.js";

interface StoredBlob {
  chunks: Uint8Array[];
  size: number;
}

export function createMemoryBlobStore(): BlobStore {
  const domains = new Map<string, Map<string, StoredBlob>>();
  const domainOf = (domainKey: string) => {
    checkDomainKey(domainKey);
    return domains.get(domainKey);
  };
  const find = (domainKey: string, sha256: string) => {
    checkSha256(sha256); // validate even when the domain has no blobs yet
    return domainOf(domainKey)?.get(sha256);
  };

  return {
    async put(domainKey, body, opts = {}) {
      checkPutOptions(opts);
      checkDomainKey(domainKey);
      const acc = new DigestAccumulator(opts.maxBytes);
      const chunks: Uint8Array[] = [];
      // Throwing out of for-await destroys a Readable source, which is what an
      // over-limit upload should do.
      for await (const chunk of body as AsyncIterable<Uint8Array | string>) {
        const bytes = toBytes(chunk);
        acc.update(bytes);
        // Copy: producers may reuse their buffers after handing them over.
        chunks.push(new Uint8Array(bytes));
      }
      const info = checkExpectedDigest(opts, acc.digests());
      let blobs = domains.get(domainKey);
      if (!blobs) domains.set(domainKey, (blobs = new Map()));
      if (!blobs.has(info.sha256)) blobs.set(info.sha256, { chunks, size: info.size });
      return info;
    },

    get(domainKey, sha256, range = {}) {
      const blob = find(domainKey, sha256);
      return Readable.from(slices(blob, sha256, range), { objectMode: false });
    },

    async has(domainKey, sha256) {
      return find(domainKey, sha256) !== undefined;
    },

    async size(domainKey, sha256) {
      return find(domainKey, sha256)?.size;
    },

    async delete(domainKey, sha256) {
      checkSha256(sha256);
      return domainOf(domainKey)?.delete(sha256) ?? false;
    },

    async *list(domainKey) {
      yield* [...(domainOf(domainKey)?.keys() ?? [])];
    },

    async deleteDomain(domainKey) {
      checkDomainKey(domainKey);
      domains.delete(domainKey);
    },

    ping: async () => undefined,
  };
}

/** Yields the chunks overlapping [start, end] (inclusive), trimmed to the range. */
async function* slices(blob: StoredBlob | undefined, sha256: string, range: BlobRange): AsyncGenerator<Buffer> {
  if (!blob) throw new BlobNotFoundError(sha256);
  const start = range.start ?? 0;
  const end = Math.min(range.end ?? blob.size - 1, blob.size - 1);
  let offset = 0;
  for (const chunk of blob.chunks) {
    const chunkEnd = offset + chunk.byteLength - 1;
    if (chunkEnd >= start && offset <= end) {
      const from = Math.max(start - offset, 0);
      const to = Math.min(end - offset, chunk.byteLength - 1) + 1;
      yield Buffer.from(chunk.buffer, chunk.byteOffset + from, to - from);
    }
    offset += chunk.byteLength;
    if (offset > end) break;
  }
}
