// All four digests in one pass over the stream, so a body is read exactly once.
import { createHash, type Hash } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";
import { BlobTooLargeError, type BlobInfo } from "./blob-store.js";

export class DigestAccumulator {
  readonly #hashes: Record<"md5" | "sha1" | "sha256" | "sha512", Hash> = {
    md5: createHash("md5"),
    sha1: createHash("sha1"),
    sha256: createHash("sha256"),
    sha512: createHash("sha512"),
  };
  #size = 0;

  constructor(private readonly maxBytes?: number) {}

  /** Throws BlobTooLargeError as soon as the running size passes maxBytes. */
  update(chunk: Uint8Array): void {
    this.#size += chunk.byteLength;
    if (this.maxBytes !== undefined && this.#size > this.maxBytes) throw new BlobTooLargeError(this.maxBytes);
    for (const h of Object.values(this.#hashes)) h.update(chunk);
  }

  digests(): BlobInfo {
    const h = this.#hashes;
    return {
      sha256: h.sha256.digest("hex"),
      md5: h.md5.digest("hex"),
      sha1: h.sha1.digest("hex"),
      sha512: h.sha512.digest("hex"),
      size: this.#size,
    };
  }
}

export const toBytes = (chunk: Uint8Array | string): Uint8Array => (typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk);

/** Pass-through stage of a pipeline that hashes and enforces maxBytes. */
export class HashingTransform extends Transform {
  readonly #acc: DigestAccumulator;

  constructor(maxBytes?: number) {
    super();
    this.#acc = new DigestAccumulator(maxBytes);
  }

  override _transform(chunk: Uint8Array | string, _enc: BufferEncoding, done: TransformCallback): void {
    const bytes = toBytes(chunk);
    try {
      this.#acc.update(bytes);
    } catch (err) {
      done(err as Error);
      return;
    }
    done(null, bytes);
  }

  /** Call once, after the pipeline has finished. */
  digests(): BlobInfo {
    return this.#acc.digests();
  }
}
