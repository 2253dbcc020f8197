import { createHash, type Hash } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";

// Tarball integrity as npm declares it: `dist.integrity` (Subresource Integrity, usually sha512)
// and the legacy `dist.shasum` (hex SHA-1). Bytes are checked while they stream to the blob
// store; a mismatch fails the stream, so the blob store keeps nothing and no version is recorded.

const ALGORITHMS: Record<string, string> = { sha512: "sha512", sha384: "sha384", sha256: "sha256", sha1: "sha1" };

export interface ExpectedDigest {
  algorithm: string;
  /** Base64 digest. */
  digest: string;
}

export class IntegrityError extends Error {
  override name = "IntegrityError";
}

/** Every digest the dist object declares in a known algorithm. */
export function expectedDigests(dist: { integrity?: unknown; shasum?: unknown } | undefined): ExpectedDigest[] {
  const out: ExpectedDigest[] = [];
  if (typeof dist?.integrity === "string") {
    for (const entry of dist.integrity.trim().split(/\s+/)) {
      const dash = entry.indexOf("-");
      const algorithm = ALGORITHMS[entry.slice(0, dash)];
      // SRI allows `?options` after the digest.
      const digest = entry.slice(dash + 1).split("?")[0];
      if (dash > 0 && algorithm && digest) out.push({ algorithm, digest });
    }
  }
  if (typeof dist?.shasum === "string" && /^[0-9a-f]{40}$/i.test(dist.shasum)) {
    out.push({ algorithm: "sha1", digest: Buffer.from(dist.shasum, "hex").toString("base64") });
  }
  return out;
}

/** SRI string for a hex digest, e.g. an asset's stored sha512. */
export function sriOf(algorithm: string, hex: string): string {
  return `${algorithm}-${Buffer.from(hex, "hex").toString("base64")}`;
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
        done(new IntegrityError(`Integrity check failed for ${this.what}: ${expected.algorithm} is ${actual}, but ${expected.algorithm}-${expected.digest} was declared.`));
        return;
      }
    }
    done();
  }
}
