import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, stat, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import {
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  ListMultipartUploadsCommand,
  PutObjectCommand,
  S3Client,
  paginateListObjectsV2,
} from "@aws-sdk/client-s3";
import { afterEach, describe, expect, inject, it, vi } from "vitest";
import {
  BLOB_DIR,
  BlobDigestMismatchError,
  BlobNotFoundError,
  BlobTooLargeError,
  InvalidBlobKeyError,
  blobDomainKey,
  createMemoryBlobStore,
  openBlobStore,
  openFsBlobStore,
  openS3BlobStore,
  type BlobStore,
  type S3BlobStoreOptions,
} from "../src/index.js";
import { tempDir } from "./helpers.js";

const DOMAIN = blobDomainKey({ account: "111122223333", region: "us-west-2", name: "acme" });
const OTHER = blobDomainKey({ account: "111122223333", region: "us-west-2", name: "other" });
const MiB = 1024 * 1024;

function digests(...parts: Buffer[]) {
  const out: Record<string, string> = {};
  for (const alg of ["md5", "sha1", "sha256", "sha512"]) {
    const h = createHash(alg);
    for (const p of parts) h.update(p);
    out[alg.replace("-", "")] = h.digest("hex");
  }
  return { md5: out.md5!, sha1: out.sha1!, sha256: out.sha256!, sha512: out.sha512! };
}

async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}

/** A source that delivers some chunks, then fails like a dropped connection. */
function failingSource(chunks: Buffer[], error: Error): Readable {
  let i = 0;
  return new Readable({
    read() {
      if (i < chunks.length) this.push(chunks[i++]);
      else this.destroy(error);
    },
  });
}

async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

let buckets = 0;
const s3Client = () =>
  new S3Client({
    endpoint: inject("s3Endpoint"),
    region: "us-east-1",
    forcePathStyle: true,
    // As defaultS3Client: moto's multipart objects carry checksums the SDK would misread.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    credentials: { accessKeyId: "testing", secretAccessKey: "testing" },
  });

/** A new bucket on the test's moto_server, and what is in it (objects and unfinished multipart uploads). */
async function s3Bucket() {
  const client = s3Client();
  const bucket = `blobs-${process.pid}-${++buckets}`;
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
  const open = (o: Omit<S3BlobStoreOptions, "url" | "client"> = {}) =>
    openS3BlobStore({ url: `s3://${bucket}/some/prefix`, client, writeGraceMs: 0, partSize: 5 * MiB, ...o });
  const files = async () => {
    const keys: string[] = [];
    for await (const page of paginateListObjectsV2({ client }, { Bucket: bucket })) keys.push(...(page.Contents ?? []).map((o) => o.Key!));
    const uploads = await client.send(new ListMultipartUploadsCommand({ Bucket: bucket }));
    return [...keys, ...(uploads.Uploads ?? []).map((u) => `(unfinished) ${u.Key}`)];
  };
  return { client, bucket, open, files };
}

const implementations: Array<[string, () => Promise<{ blobs: BlobStore; files: () => Promise<string[]> }>]> = [
  [
    "filesystem",
    async () => {
      const dataDir = await tempDir();
      const blobs = await openBlobStore({ dataDir });
      return { blobs, files: () => filesUnder(join(dataDir, BLOB_DIR)) };
    },
  ],
  ["memory", async () => ({ blobs: await openBlobStore({ inMemory: true }), files: async () => [] })],
  [
    "s3",
    async () => {
      const { open, files } = await s3Bucket();
      const blobs = await open();
      // Only temporary leftovers count as "files" here; stored blobs are checked through the API.
      return { blobs, files: async () => (await files()).filter((k) => k.includes("/.tmp/")) };
    },
  ],
];

describe.each(implementations)("%s blob store", (_name, make) => {
  it("stores content under its digests, which match node:crypto", async () => {
    const { blobs } = await make();
    const parts = [randomBytes(1000), randomBytes(70_000), Buffer.from("tail")];
    const info = await blobs.put(DOMAIN, Readable.from(parts));
    expect(info).toEqual({ ...digests(...parts), size: 71_004 });
    expect(await blobs.has(DOMAIN, info.sha256)).toBe(true);
    expect(await blobs.size(DOMAIN, info.sha256)).toBe(71_004);
    expect(await readAll(blobs.get(DOMAIN, info.sha256))).toEqual(Buffer.concat(parts));
  });

  it("accepts async iterables and string chunks; empty bodies are blobs too", async () => {
    const { blobs } = await make();
    async function* gen() {
      yield "hello ";
      yield new TextEncoder().encode("world");
    }
    const info = await blobs.put(DOMAIN, gen());
    expect(info.sha256).toBe(digests(Buffer.from("hello world")).sha256);
    const empty = await blobs.put(DOMAIN, Readable.from([]));
    expect(empty).toEqual({ ...digests(), size: 0 });
    expect(await readAll(blobs.get(DOMAIN, empty.sha256))).toEqual(Buffer.alloc(0));
  });

  it("serves inclusive byte ranges", async () => {
    const { blobs } = await make();
    const body = Buffer.from("0123456789abcdef");
    const { sha256 } = await blobs.put(DOMAIN, Readable.from([body.subarray(0, 5), body.subarray(5)]));
    expect((await readAll(blobs.get(DOMAIN, sha256, { start: 3, end: 7 }))).toString()).toBe("34567");
    expect((await readAll(blobs.get(DOMAIN, sha256, { start: 10 }))).toString()).toBe("abcdef");
    expect((await readAll(blobs.get(DOMAIN, sha256, { end: 1 }))).toString()).toBe("01");
  });

  it("keeps one copy per domain key, separately per domain", async () => {
    const { blobs } = await make();
    const body = Buffer.from("same content");
    const a = await blobs.put(DOMAIN, Readable.from([body]));
    const b = await blobs.put(DOMAIN, Readable.from([body]));
    expect(b).toEqual(a);
    expect(await blobs.has(OTHER, a.sha256)).toBe(false);
    await blobs.put(OTHER, Readable.from([body]));
    const listed: string[] = [];
    for await (const sha of blobs.list(DOMAIN)) listed.push(sha);
    expect(listed).toEqual([a.sha256]);

    expect(await blobs.delete(DOMAIN, a.sha256)).toBe(true);
    expect(await blobs.delete(DOMAIN, a.sha256)).toBe(false);
    expect(await blobs.has(DOMAIN, a.sha256)).toBe(false);
    expect(await blobs.has(OTHER, a.sha256)).toBe(true);
    await blobs.deleteDomain(OTHER);
    expect(await blobs.size(OTHER, a.sha256)).toBeUndefined();
  });

  it("a missing blob streams a BlobNotFoundError", async () => {
    const { blobs } = await make();
    await expect(readAll(blobs.get(DOMAIN, "f".repeat(64)))).rejects.toBeInstanceOf(BlobNotFoundError);
  });

  it("verifies expectedSha256 and keeps nothing on mismatch", async () => {
    const { blobs, files } = await make();
    const body = Buffer.from("payload");
    const good = digests(body).sha256;
    expect((await blobs.put(DOMAIN, Readable.from([body]), { expectedSha256: good })).sha256).toBe(good);
    await blobs.delete(DOMAIN, good);

    const wrong = "e".repeat(64);
    const err = await blobs.put(DOMAIN, Readable.from([body]), { expectedSha256: wrong }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BlobDigestMismatchError);
    expect((err as BlobDigestMismatchError).actualSha256).toBe(good);
    expect(await blobs.has(DOMAIN, good)).toBe(false);
    expect(await blobs.has(DOMAIN, wrong)).toBe(false);
    expect(await files()).toEqual([]);
  });

  it("aborts with BlobTooLargeError past maxBytes and keeps nothing", async () => {
    const { blobs, files } = await make();
    const chunk = Buffer.alloc(1000, 1);
    const exact = await blobs.put(DOMAIN, Readable.from([chunk, chunk]), { maxBytes: 2000 });
    expect(exact.size).toBe(2000);
    await blobs.delete(DOMAIN, exact.sha256);

    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield chunk;
      }
    }
    const err = await blobs.put(DOMAIN, endless(), { maxBytes: 2500 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BlobTooLargeError);
    expect((err as BlobTooLargeError).maxBytes).toBe(2500);
    expect(pulled).toBeLessThan(10); // stopped reading right away
    expect(await files()).toEqual([]);
  });

  it("an interrupted source leaves no partial blob or temp file", async () => {
    const { blobs, files } = await make();
    const boom = new Error("connection reset");
    const chunks = [randomBytes(64 * 1024), randomBytes(64 * 1024), randomBytes(64 * 1024)];
    await expect(blobs.put(DOMAIN, failingSource(chunks, boom))).rejects.toBe(boom);
    // Failing before the first byte, too.
    await expect(blobs.put(DOMAIN, failingSource([], boom))).rejects.toBe(boom);
    expect(await files()).toEqual([]);
    const listed: string[] = [];
    for await (const sha of blobs.list(DOMAIN)) listed.push(sha);
    expect(listed).toEqual([]);
  });

  it("rejects keys that could escape the blob root", async () => {
    const { blobs } = await make();
    await expect(blobs.put("../escape", Readable.from(["x"]))).rejects.toBeInstanceOf(InvalidBlobKeyError);
    await expect(blobs.put("a/.tmp/b", Readable.from(["x"]))).rejects.toBeInstanceOf(InvalidBlobKeyError);
    await expect(blobs.has(DOMAIN, "../../etc/passwd")).rejects.toBeInstanceOf(InvalidBlobKeyError);
    expect(() => blobs.get(DOMAIN, "ABC")).toThrow(InvalidBlobKeyError);
    await expect(blobs.put(DOMAIN, Readable.from(["x"]), { expectedSha256: "nothex" })).rejects.toBeInstanceOf(InvalidBlobKeyError);
  });
});

describe("filesystem blob store specifics", () => {
  afterEach(() => vi.restoreAllMocks());

  it("lays blobs out as <dataDir>/blobs/<account>/<region>/<domain>/<aa>/<sha256>", async () => {
    const dataDir = await tempDir();
    const blobs = await openBlobStore({ dataDir });
    const { sha256 } = await blobs.put(DOMAIN, Readable.from([Buffer.from("layout")]));
    const expected = join(dataDir, "blobs", "111122223333", "us-west-2", "acme", sha256.slice(0, 2), sha256);
    expect(await filesUnder(join(dataDir, BLOB_DIR))).toEqual([expected]);
  });

  it("streams 50 MiB to disk with bounded buffering and no whole-body concatenation", async () => {
    const dataDir = await tempDir();
    const root = join(dataDir, BLOB_DIR);
    const blobs = await openFsBlobStore({ root });
    const concat = vi.spyOn(Buffer, "concat");

    const independent = ["md5", "sha1", "sha256", "sha512"].map((alg) => createHash(alg));
    const lag: number[] = [];
    async function* source() {
      for (let i = 0; i < 50; i++) {
        if (i >= 8) {
          // Bytes already on disk in the temp file while chunk i is requested: if the
          // store buffered instead of streaming, this would stay near zero.
          const [temp] = await readdir(join(root, ".tmp"));
          const written = temp ? (await stat(join(root, ".tmp", temp))).size : 0;
          lag.push(i * MiB - written);
        }
        const chunk = randomBytes(MiB); // a fresh buffer each time, like a socket
        for (const h of independent) h.update(chunk);
        yield chunk;
      }
    }

    const info = await blobs.put(DOMAIN, source());
    expect(info.size).toBe(50 * MiB);
    expect(info).toEqual({
      md5: independent[0]!.digest("hex"),
      sha1: independent[1]!.digest("hex"),
      sha256: independent[2]!.digest("hex"),
      sha512: independent[3]!.digest("hex"),
      size: 50 * MiB,
    });
    // At most a few chunks are ever in flight between source and disk.
    expect(Math.max(...lag)).toBeLessThanOrEqual(4 * MiB);
    // Structural check: nothing ever concatenated more than a chunk's worth.
    const largest = Math.max(0, ...concat.mock.calls.map(([list]) => list.reduce((n, b) => n + b.length, 0)));
    expect(largest).toBeLessThan(2 * MiB);
    expect(await blobs.size(DOMAIN, info.sha256)).toBe(50 * MiB);
    expect(await readdir(join(root, ".tmp"))).toEqual([]);
  });

  it("removes stale temp files at open and leaves fresh ones alone", async () => {
    const root = join(await tempDir(), BLOB_DIR);
    await openFsBlobStore({ root });
    const stale = join(root, ".tmp", "old.part");
    const fresh = join(root, ".tmp", "new.part");
    await writeFile(stale, "x");
    await writeFile(fresh, "y");
    const past = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(stale, past, past);
    await openFsBlobStore({ root });
    expect(await readdir(join(root, ".tmp"))).toEqual(["new.part"]);
  });
});

describe("memory blob store specifics", () => {
  it("copies chunks, so a producer reusing its buffer cannot corrupt a stored blob", async () => {
    const blobs = createMemoryBlobStore();
    const buf = Buffer.from("original");
    const { sha256 } = await blobs.put(DOMAIN, Readable.from([buf]));
    buf.fill(0);
    expect((await readAll(blobs.get(DOMAIN, sha256))).toString()).toBe("original");
  });
});

describe("S3 blob store specifics", () => {
  it("lays blobs out as <prefix>/<account>/<region>/<domain>/<aa>/<sha256> and leaves no temporary object", async () => {
    const { open, files } = await s3Bucket();
    const blobs = await open();
    const { sha256 } = await blobs.put(DOMAIN, Readable.from([Buffer.from("layout")]));
    expect(await files()).toEqual([`some/prefix/111122223333/us-west-2/acme/${sha256.slice(0, 2)}/${sha256}`]);
  });

  it("streams a multipart upload (22 MiB in 5 MiB parts) and ranges across part boundaries", async () => {
    const { open } = await s3Bucket();
    const blobs = await open();
    const parts = Array.from({ length: 22 }, () => randomBytes(MiB));
    const info = await blobs.put(DOMAIN, Readable.from(parts));
    expect(info).toEqual({ ...digests(...parts), size: 22 * MiB });
    const whole = Buffer.concat(parts);
    const slice = await readAll(blobs.get(DOMAIN, info.sha256, { start: 5 * MiB - 10, end: 5 * MiB + 9 }));
    expect(slice).toEqual(whole.subarray(5 * MiB - 10, 5 * MiB + 10));
    expect(
      createHash("sha256")
        .update(await readAll(blobs.get(DOMAIN, info.sha256)))
        .digest("hex"),
    ).toBe(info.sha256);
  });

  it("keeps a blob written within the grace period: another instance may not have recorded its asset yet", async () => {
    const { open } = await s3Bucket();
    const blobs = await open({ writeGraceMs: 60_000 });
    const { sha256 } = await blobs.put(DOMAIN, Readable.from([Buffer.from("in flight elsewhere")]));
    expect(await blobs.delete(DOMAIN, sha256)).toBe(false);
    expect(await blobs.has(DOMAIN, sha256)).toBe(true);
    // The same store with no grace (an old blob) deletes it.
    const later = await open({ writeGraceMs: 0 });
    expect(await later.delete(DOMAIN, sha256)).toBe(true);
    expect(await blobs.has(DOMAIN, sha256)).toBe(false);
  });

  it("removes stale temporary objects and unfinished uploads at open, and leaves fresh ones alone", async () => {
    const { client, bucket, open, files } = await s3Bucket();
    await client.send(new PutObjectCommand({ Bucket: bucket, Key: "some/prefix/.tmp/dead", Body: "x" }));
    await client.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: "some/prefix/.tmp/dead-upload" }));
    await open();
    // (moto reports a fixed 2010 start date for every multipart upload, so only the object's
    // freshness can be checked here.)
    expect(await files()).toContain("some/prefix/.tmp/dead");
    await open({ staleTempMs: -1000 });
    expect(await files()).toEqual([]);
  });

  it("fails to open with a one-line reason when the bucket is missing or the endpoint unreachable", async () => {
    const missing = openS3BlobStore({ url: "s3://no-such-bucket-here", client: s3Client() });
    await expect(missing).rejects.toThrow(/^blob store s3:\/\/no-such-bucket-here\/ is not reachable: no such bucket$/);
    const nowhere = new S3Client({
      endpoint: "http://127.0.0.1:1",
      region: "us-east-1",
      forcePathStyle: true,
      maxAttempts: 1,
      credentials: { accessKeyId: "x", secretAccessKey: "y" },
    });
    const err = await openS3BlobStore({ url: "s3://bucket/p", client: nowhere }).catch((e: Error) => e);
    expect((err as Error).message).toMatch(/^blob store s3:\/\/bucket\/p\/ is not reachable: .*ECONNREFUSED/);
    expect((err as Error).message).not.toContain("\n");
    expect(() => openS3BlobStore({ url: "s3://Bad_Bucket" })).rejects.toThrow(/invalid blob store/);
  });
});
