import { createHash, type Hash } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";

// Digest checks on bytes streaming to the blob store (npm tarballs, PyPI files): a mismatch fails
// the stream, so the blob store keeps nothing and no version is recorded.

export interface ExpectedDigest {
  /** A node:crypto hash name, e.g. `sha512`. */
  algorithm: string;
  /** Base64 digest. */
  digest: string;
}

export class IntegrityError extends Error {
  override name = "IntegrityError";
}

/** Passes bytes through, counting them and failing at the end if a declared digest differs. */
export class IntegrityCheck extends Transform {
  #hashes: Array<{ expected: ExpectedDigest; hash: Hash }>;
  bytes = 0;

  constructor(
    expected: readonly ExpectedDigest[],
    private readonly what: string,
    private readonly expectedLength?: number,
  ) {
    super();
    this.#hashes = expected.map((e) => ({ expected: e, hash: createHash(e.algorithm) }));
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    for (const { hash } of this.#hashes) hash.update(chunk);
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.expectedLength !== undefined && this.bytes !== this.expectedLength) {
      done(new IntegrityError(`${this.what} is ${this.bytes} bytes long, but its declared length is ${this.expectedLength}.`));
      return;
    }
    for (const { expected, hash } of this.#hashes) {
      const actual = hash.digest("base64");
      if (actual !== expected.digest) {
        done(
          new IntegrityError(
            `Integrity check failed for ${this.what}: ${expected.algorithm} is ${actual}, but ${expected.algorithm}-${expected.digest} was declared.`,
          ),
        );
        return;
      }
    }
    done();
  }
}
