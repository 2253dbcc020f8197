// Blobs in an S3-compatible bucket, for several server instances sharing one store:
// s3://bucket[/prefix]/<domainKey>/<aa>/<sha256>. The client is configured the standard AWS way
// (AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL, AWS_REGION, credentials from the environment, profile or
// instance role).
//
// A body streams through the hasher into a multipart upload under <prefix>/.tmp/ (the key is the
// digest, unknown until the last byte), then is copied to its content address and the temporary
// object removed. Nothing is ever visible under a content address before it was verified, and
// copying renews the object's LastModified, which is what keeps cleanup away from fresh writes:
// another instance may have put a blob whose asset row it has not committed yet, so delete()
// leaves alone any blob written within `writeGraceMs`. The cost of that rule is a blob kept
// (never one lost) when a version is removed right after its content was written.
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  AbortMultipartUploadCommand,
  CopyObjectCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  S3Client,
  paginateListObjectsV2,
  type S3ClientConfig,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { BlobNotFoundError, checkDomainKey, checkExpectedDigest, checkPutOptions, checkSha256, type BlobRange, type BlobStore } from "./blob-store.js";
import { HashingTransform } from "./hashing.js";

const TEMP_DIR = ".tmp";
const MiB = 1024 * 1024;

export interface S3BlobStoreOptions {
  /** `s3://bucket` or `s3://bucket/prefix`. */
  url: string;
  /** A configured client; by default one is made from the standard AWS configuration. */
  client?: S3Client;
  /** delete() keeps blobs (re)written more recently than this (default 15 minutes). */
  writeGraceMs?: number;
  /** Temporary objects and multipart uploads older than this are removed at open (default 1 hour). */
  staleTempMs?: number;
  /** Multipart part size (default 8 MiB; S3's minimum is 5 MiB). At most two parts are buffered at once. */
  partSize?: number;
}

export interface S3Location {
  bucket: string;
  /** '' or a prefix ending in '/'. */
  prefix: string;
}

/** Parses `s3://bucket[/prefix]`; throws a one-line error otherwise. */
export function parseS3Url(url: string): S3Location {
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(url);
  const prefix = (match?.[2] ?? "").replace(/^\/+|\/+$/g, "");
  if (!match || prefix.split("/").some((s) => s === "." || s === "..")) {
    throw new Error(`invalid blob store "${url}": expected s3://bucket or s3://bucket/prefix`);
  }
  return { bucket: match[1]!, prefix: prefix ? `${prefix}/` : "" };
}

/**
 * The standard client, plus two settings S3-compatible servers need: path-style addressing when an
 * endpoint is configured (most of them do not resolve bucket subdomains), and checksums only where
 * the API requires them (several of them reject the SDK's default trailing checksums).
 */
export function defaultS3Client(env: NodeJS.ProcessEnv = process.env): S3Client {
  const customEndpoint = Boolean(env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL);
  const config: S3ClientConfig = {
    forcePathStyle: customEndpoint,
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  };
  return new S3Client(config);
}

const errorName = (err: unknown) => (err as { name?: string } | null)?.name;
const isMissing = (err: unknown) => ["NoSuchKey", "NotFound"].includes(errorName(err) ?? "");

export async function openS3BlobStore(options: S3BlobStoreOptions): Promise<BlobStore> {
  const { bucket, prefix } = parseS3Url(options.url);
  const client = options.client ?? defaultS3Client();
  const graceMs = options.writeGraceMs ?? 15 * 60 * 1000;
  const partSize = Math.max(options.partSize ?? 8 * MiB, 5 * MiB);
  const tempPrefix = `${prefix}${TEMP_DIR}/`;

  try {
    await client.send(new HeadBucketCommand({ Bucket: bucket }));
  } catch (err) {
    const status = (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    const reason = status === 404 ? "no such bucket" : status === 403 ? "access denied" : (err as Error).message || errorName(err);
    throw new Error(`blob store s3://${bucket}/${prefix} is not reachable: ${reason}`, { cause: err });
  }
  await sweepTemp(client, bucket, tempPrefix, options.staleTempMs ?? 60 * 60 * 1000);

  const domainPrefix = (domainKey: string) => `${prefix}${checkDomainKey(domainKey).join("/")}/`;
  const blobKey = (domainKey: string, sha256: string) => `${domainPrefix(domainKey)}${checkSha256(sha256).slice(0, 2)}/${sha256}`;
  const head = async (key: string) => {
    try {
      return await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    } catch (err) {
      if (isMissing(err)) return undefined;
      throw err;
    }
  };
  const removeTemp = (key: string) => client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key })).catch(() => undefined);

  async function* keysUnder(keyPrefix: string): AsyncGenerator<string> {
    for await (const page of paginateListObjectsV2({ client }, { Bucket: bucket, Prefix: keyPrefix })) {
      for (const object of page.Contents ?? []) if (object.Key) yield object.Key;
    }
  }

  return {
    async put(domainKey, body, opts = {}) {
      checkPutOptions(opts);
      domainPrefix(domainKey); // validate before consuming the body
      const temp = `${tempPrefix}${randomUUID()}`;
      const hasher = new HashingTransform(opts.maxBytes);
      const upload = new Upload({ client, params: { Bucket: bucket, Key: temp, Body: hasher }, partSize, queueSize: 2 });
      const uploaded = upload.done();
      uploaded.catch(() => undefined);
      try {
        const piped = await pipeline(body, hasher).then(
          () => undefined,
          (err: unknown) => ({ err }),
        );
        if (piped) {
          await upload.abort().catch(() => undefined);
          throw piped.err;
        }
        await uploaded;
        const info = checkExpectedDigest(opts, hasher.digests());
        // Same key means same content: replacing an existing copy is harmless and renews its age.
        await client.send(new CopyObjectCommand({ Bucket: bucket, Key: blobKey(domainKey, info.sha256), CopySource: `${bucket}/${temp}` }));
        return info;
      } finally {
        await uploaded.catch(() => undefined);
        await removeTemp(temp);
      }
    },

    get(domainKey, sha256, range = {}) {
      const key = blobKey(domainKey, sha256);
      return Readable.from(readObject(client, bucket, key, sha256, range), { objectMode: false });
    },

    has: async (domainKey, sha256) => (await head(blobKey(domainKey, sha256))) !== undefined,

    size: async (domainKey, sha256) => (await head(blobKey(domainKey, sha256)))?.ContentLength,

    async delete(domainKey, sha256) {
      const key = blobKey(domainKey, sha256);
      const found = await head(key);
      if (!found) return false;
      // Possibly another instance's upload whose asset row is not committed yet: keep it.
      if (found.LastModified && Date.now() - found.LastModified.getTime() < graceMs) return false;
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
      return true;
    },

    async *list(domainKey) {
      const base = domainPrefix(domainKey);
      for await (const key of keysUnder(base)) {
        const rest = key.slice(base.length);
        if (/^[0-9a-f]{2}\/[0-9a-f]{64}$/.test(rest) && rest.slice(3, 5) === rest.slice(0, 2)) yield rest.slice(3);
      }
    },

    async deleteDomain(domainKey) {
      const base = domainPrefix(domainKey);
      let batch: string[] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true } }));
        batch = [];
      };
      for await (const key of keysUnder(base)) {
        batch.push(key);
        if (batch.length === 1000) await flush();
      }
      await flush();
    },

    async ping() {
      await client.send(new HeadBucketCommand({ Bucket: bucket }));
    },
  };
}

async function* readObject(client: S3Client, bucket: string, key: string, sha256: string, range: BlobRange) {
  const wanted = range.start !== undefined || range.end !== undefined ? `bytes=${range.start ?? 0}-${range.end ?? ""}` : undefined;
  let body: Readable;
  try {
    const res = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: wanted }));
    body = res.Body as Readable;
  } catch (err) {
    if (isMissing(err)) throw new BlobNotFoundError(sha256);
    // A range starting past the end reads as nothing, as it does from a file.
    if (errorName(err) === "InvalidRange") return;
    throw err;
  }
  yield* body;
}

/** Removes what writes that died with their process left: temporary objects and unfinished multipart uploads. */
async function sweepTemp(client: S3Client, bucket: string, tempPrefix: string, staleMs: number): Promise<void> {
  const cutoff = Date.now() - staleMs;
  for await (const page of paginateListObjectsV2({ client }, { Bucket: bucket, Prefix: tempPrefix })) {
    for (const object of page.Contents ?? []) {
      if (object.Key && object.LastModified && object.LastModified.getTime() < cutoff) {
        await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: object.Key }));
      }
    }
  }
  const uploads = await client.send(new ListMultipartUploadsCommand({ Bucket: bucket, Prefix: tempPrefix }));
  for (const u of uploads.Uploads ?? []) {
    if (u.Key && u.UploadId && u.Initiated && u.Initiated.getTime() < cutoff) {
      await client.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: u.Key, UploadId: u.UploadId }));
    }
  }
}
