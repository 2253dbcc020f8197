// Content-addressed blob storage. Blobs are keyed by sha256 inside a domain key
// (`account/region/domain`): AWS bills and stores assets per domain, so identical
// content is kept once per domain, not once per asset or once globally.
import type { Readable } from "node:stream";

export interface BlobInfo {
  sha256: string;
  md5: string;
  sha1: string;
  sha512: string;
  size: number;
}

export interface PutBlobOptions {
  /** Hex sha256 the content must have; otherwise put fails with BlobDigestMismatchError and keeps nothing. */
  expectedSha256?: string;
  /** Upper bound on the body size; exceeding it aborts with BlobTooLargeError and keeps nothing. */
  maxBytes?: number;
}

/** Byte range to read, both ends inclusive as in an HTTP Range header. */
export interface BlobRange {
  start?: number;
  end?: number;
}

export type BlobSource = Readable | AsyncIterable<Uint8Array | string>;

export interface BlobStore {
  /** Streams the body in, hashing as it goes; resolves once the blob is durably in place. */
  put(domainKey: string, body: BlobSource, options?: PutBlobOptions): Promise<BlobInfo>;
  /** Streams the blob out; the stream errors with BlobNotFoundError if it does not exist. */
  get(domainKey: string, sha256: string, range?: BlobRange): Readable;
  has(domainKey: string, sha256: string): Promise<boolean>;
  /** Size in bytes, or undefined when absent. */
  size(domainKey: string, sha256: string): Promise<number | undefined>;
  delete(domainKey: string, sha256: string): Promise<boolean>;
  /** Every blob digest stored under the domain key (for garbage collection). */
  list(domainKey: string): AsyncIterable<string>;
  /** Removes every blob of the domain key. */
  deleteDomain(domainKey: string): Promise<void>;
  /** Resolves when the storage answers (health checks); rejects with the reason otherwise. */
  ping(): Promise<void>;
}

export class BlobError extends Error {
  override name = "BlobError";
}

export class BlobNotFoundError extends BlobError {
  override name = "BlobNotFoundError";
  constructor(readonly sha256: string) {
    super(`blob ${sha256} not found`);
  }
}

export class BlobTooLargeError extends BlobError {
  override name = "BlobTooLargeError";
  constructor(readonly maxBytes: number) {
    super(`blob exceeds the limit of ${maxBytes} bytes`);
  }
}

export class BlobDigestMismatchError extends BlobError {
  override name = "BlobDigestMismatchError";
  constructor(
    readonly expectedSha256: string,
    readonly actualSha256: string,
  ) {
    super(`blob sha256 ${actualSha256} does not match expected ${expectedSha256}`);
  }
}

export class InvalidBlobKeyError extends BlobError {
  override name = "InvalidBlobKeyError";
}

/** The conventional domain key: one directory level per partition component. */
export function blobDomainKey(domain: { account: string; region: string; name: string }): string {
  return `${domain.account}/${domain.region}/${domain.name}`;
}

// Domain keys become path segments, so they are restricted to characters that cannot
// climb out of the blob root or collide with the store's own dot-directories.
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const SHA256 = /^[0-9a-f]{64}$/;

export function checkDomainKey(domainKey: string): string[] {
  const segments = domainKey.split("/");
  if (!segments.every((s) => SEGMENT.test(s))) throw new InvalidBlobKeyError(`invalid blob domain key: ${domainKey}`);
  return segments;
}

export function checkSha256(sha256: string): string {
  if (!SHA256.test(sha256)) throw new InvalidBlobKeyError(`invalid sha256: ${sha256}`);
  return sha256;
}

export function checkPutOptions(options: PutBlobOptions): void {
  if (options.expectedSha256 !== undefined) checkSha256(options.expectedSha256);
  const max = options.maxBytes;
  if (max !== undefined && !(Number.isSafeInteger(max) && max >= 0)) {
    throw new RangeError(`maxBytes must be a non-negative integer, got ${max}`);
  }
}

/** Throws BlobDigestMismatchError when the content read is not what the caller said it would be. */
export function checkExpectedDigest(options: PutBlobOptions, info: BlobInfo): BlobInfo {
  if (options.expectedSha256 !== undefined && options.expectedSha256 !== info.sha256) {
    throw new BlobDigestMismatchError(options.expectedSha256, info.sha256);
  }
  return info;
}
