import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import {
  PublishPackageVersionCommand,
  type CodeartifactClient,
  type PackageFormat,
  type PublishPackageVersionCommandInput,
} from "@aws-sdk/client-codeartifact";

export const sha256 = (data: Buffer | string) => createHash("sha256").update(data).digest("hex");

/**
 * A large asset that exists only as a generator: each 1 MiB chunk is a digest of its index,
 * repeated, so the bytes vary and can be produced again for hashing without being kept.
 */
export function* generatedBytes(totalBytes: number, chunkBytes = 1024 * 1024): Generator<Buffer> {
  for (let offset = 0, index = 0; offset < totalBytes; offset += chunkBytes, index++) {
    const size = Math.min(chunkBytes, totalBytes - offset);
    const chunk = Buffer.alloc(size);
    chunk.fill(createHash("sha512").update(`chunk-${index}`).digest());
    yield chunk;
  }
}

/** All four digests of a byte stream, reading it once. */
export async function digestsOf(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>) {
  const hashes = { md5: createHash("md5"), sha1: createHash("sha1"), sha256: createHash("sha256"), sha512: createHash("sha512") };
  let size = 0;
  for await (const chunk of source) {
    size += chunk.byteLength;
    for (const hash of Object.values(hashes)) hash.update(chunk);
  }
  return {
    size,
    MD5: hashes.md5.digest("hex"),
    "SHA-1": hashes.sha1.digest("hex"),
    "SHA-256": hashes.sha256.digest("hex"),
    "SHA-512": hashes.sha512.digest("hex"),
  };
}

/** Publishes small in-memory content as one generic asset. */
export function publishBytes(
  client: CodeartifactClient,
  input: Omit<PublishPackageVersionCommandInput, "assetContent" | "assetSHA256" | "format"> & { data: Buffer | string; format?: PackageFormat },
) {
  const { data, format = "generic", ...rest } = input;
  const bytes = Buffer.from(data);
  return client.send(new PublishPackageVersionCommand({ ...rest, format, assetContent: Readable.from([bytes]), assetSHA256: sha256(bytes) }));
}

/** Reads a streamed SDK response body completely (small assets only). */
export async function bodyOf(stream: unknown): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Uint8Array>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}
