import type { IncomingHttpHeaders } from "node:http";
import { pipeline, type Readable } from "node:stream";
import Busboy, { type BusboyInstance } from "@fastify/busboy";
import { updateFormatMetadata } from "@codeartifact-local/package-service";
import { Base64Decoder } from "./base64-stream";
import { endpointUrl, packageRef, releasePath, type SwiftCall } from "./call";
import { archiveAssetName } from "./names";
import { MAX_METADATA_BYTES, parseReleaseMetadata, versionMetadataOf } from "./release-metadata";
import { SwiftError } from "./replies";
import type { ReleaseAddress } from "./routes";
import { readVersionData, writeVersionData, type Signature } from "./version-data";

// 4.6: creating a release. SwiftPM (`swift package-registry publish`) and curl send a multipart
// body: `source-archive` (the zip, required), `source-archive-signature`, `metadata` (JSON) and
// `metadata-signature`. Origin controls and upstream conflicts are checked before the body is
// read. The archive streams into the package service as an Unfinished version; the package
// service's `assetStored` hook reads its manifests; once the whole body has arrived and the
// archive and metadata are acceptable, the version becomes Published (201). Otherwise the
// Unfinished version is deleted again and the publish refused, so a refused release leaves
// nothing behind.

/** Largest signature part kept (CMS signatures are a few kilobytes). */
const MAX_SIGNATURE_BYTES = 64 * 1024;
const PARTS = new Set(["source-archive", "source-archive-signature", "metadata", "metadata-signature"]);

type SmallPart = "source-archive-signature" | "metadata" | "metadata-signature";

/** Bytes of a small part, refused beyond `limit`; base64 decoded when the part says so. */
async function readSmallPart(stream: Readable, encoding: string, limit: number, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > (encoding === "base64" ? Math.ceil(limit / 3) * 4 + 1024 : limit)) {
      stream.resume();
      throw new SwiftError(413, `the ${name} part is larger than ${limit} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  const bytes = Buffer.concat(chunks);
  return encoding === "base64" ? Buffer.from(bytes.toString("latin1").replace(/\s/g, ""), "base64") : bytes;
}

interface Upload {
  archive?: Promise<void>;
  archiveEncodingFailed?: boolean;
  duplicate?: string;
  small: Partial<Record<SmallPart, Promise<Buffer>>>;
  /** Settles once the multipart body has been read, or failed (the archive stream then fails too). */
  parsed: Promise<void>;
}

/** Starts reading the multipart body: the archive goes to `publishArchive` as it arrives, small parts are collected. */
function readBody(headers: IncomingHttpHeaders, body: Readable, publishArchive: (content: Readable) => Promise<void>): Upload {
  let parser: BusboyInstance;
  try {
    parser = Busboy({
      headers: headers as IncomingHttpHeaders & { "content-type": string },
      // SwiftPM's parts have no file name; every registry part is read as a stream.
      isPartAFile: (field, contentType, filename) => PARTS.has(field ?? "") || contentType === "application/octet-stream" || filename !== undefined,
      limits: { parts: 16, fieldSize: 64 * 1024 },
    });
  } catch (error) {
    throw new SwiftError(400, `malformed multipart body: ${(error as Error).message}`);
  }
  const upload: Upload = { small: {}, parsed: Promise.resolve() };
  let archiveStream: Readable | undefined;
  let refused = false;
  upload.parsed = new Promise<void>((resolve, reject) => {
    const fail = (error: Error) => {
      // The archive may be waiting for bytes that will never come: fail it, so nothing is stored.
      archiveStream?.destroy(error);
      reject(new SwiftError(400, `malformed multipart body: ${error.message}`));
    };
    parser.on("file", (field: string, stream: Readable, _filename: string | undefined, encoding: string) => {
      if (field === "source-archive") {
        if (upload.archive || refused) {
          upload.duplicate ??= field;
          return void stream.resume();
        }
        archiveStream = stream;
        let content: Readable = stream;
        if (encoding === "base64") {
          const decoder = new Base64Decoder();
          pipeline(stream, decoder, (error) => {
            if (error) upload.archiveEncodingFailed = true;
          });
          content = decoder;
        }
        upload.archive = publishArchive(content);
        // A refusal before the archive was read: discard the rest so the answer can be sent.
        upload.archive.catch(() => {
          refused = true;
          stream.unpipe();
          stream.resume();
        });
        return;
      }
      if (field === "metadata" || field === "source-archive-signature" || field === "metadata-signature") {
        if (upload.small[field]) {
          upload.duplicate ??= field;
          return void stream.resume();
        }
        const read = readSmallPart(stream, encoding, field === "metadata" ? MAX_METADATA_BYTES : MAX_SIGNATURE_BYTES, field);
        read.catch(() => undefined);
        upload.small[field] = read;
        return;
      }
      stream.resume();
    });
    parser.on("field", () => undefined);
    parser.once("finish", () => resolve());
    parser.once("error", fail);
    body.once("error", (error) => {
      parser.destroy(error);
      fail(error);
    });
    body.pipe(parser);
  });
  upload.parsed.catch(() => undefined);
  return upload;
}

/** A signature format name such as `cms-1.0.0` (it is echoed in a response header). */
const SIGNATURE_FORMAT = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$/;

function signatureFrom(bytes: Buffer | undefined, format: string | undefined, part: string): Signature | undefined {
  if (!bytes) return undefined;
  if (!format) throw new SwiftError(400, `the ${part} part needs an X-Swift-Package-Signature-Format header naming its signature format`);
  if (!SIGNATURE_FORMAT.test(format)) throw new SwiftError(400, `"${format.slice(0, 100)}" is not a signature format name`);
  return { base64: bytes.toString("base64"), format };
}

export async function publishRelease(call: SwiftCall, address: ReleaseAddress, headers: IncomingHttpHeaders, body: Readable): Promise<string> {
  if (!/^multipart\/form-data/i.test(headers["content-type"] ?? "")) {
    throw new SwiftError(415, "a release is published as multipart/form-data with a source-archive part");
  }
  const ref = { ...packageRef(call, address.scope, address.name), version: address.version };
  const { graph, existing, skipped } = await call.packages.checkPublish(ref);
  for (const problem of skipped) call.log.warn({ problem }, "publish check skipped an unreachable registry");
  if (existing) throw new SwiftError(409, `a release with version ${address.version} already exists`);
  const packageExisted = graph.repositories[0].package !== undefined;

  let stored = false;
  const publishArchive = async (content: Readable) => {
    await call.packages.publishVersion({
      ...ref,
      assets: [{ name: archiveAssetName(address.name, address.version), content }],
      unfinished: true,
      metadata: { displayName: address.name },
    });
    stored = true;
  };
  // Removes what a refused publish stored: the Unfinished version, and the package if it came with it.
  const discard = async () => {
    if (!stored) return;
    await call.packages.deleteVersions({ ...ref, versions: [address.version], expectedStatus: "Unfinished" });
    if (!packageExisted && (await call.packages.listAllVersions(ref)).versions.length === 0) await call.packages.deletePackage(ref).catch(() => undefined);
  };

  const upload = readBody(headers, body, publishArchive);
  try {
    await upload.parsed;
    if (!upload.archive) throw new SwiftError(422, "the release has no source-archive part");
    try {
      await upload.archive;
    } catch (error) {
      if (upload.archiveEncodingFailed) throw new SwiftError(400, "the source-archive part is not valid base64");
      throw error;
    }
    if (upload.duplicate) throw new SwiftError(400, `the ${upload.duplicate} part appears more than once`);
    const [metadataBytes, signatureBytes, metadataSignatureBytes] = await Promise.all([
      upload.small.metadata,
      upload.small["source-archive-signature"],
      upload.small["metadata-signature"],
    ]);

    const version = await call.packages.getVersion(ref);
    const data = readVersionData(version.version.formatMetadata);
    if (data.archiveProblem || data.manifests.length === 0) {
      throw new SwiftError(422, `package doesn't contain a valid manifest (Package.swift) file: ${data.archiveProblem ?? "none was found"}`);
    }
    let release: ReturnType<typeof parseReleaseMetadata> | undefined;
    // SwiftPM labels the part quoted-printable but sends the JSON as it is: it is read verbatim.
    if (metadataBytes && metadataBytes.length > 0) release = parseReleaseMetadata(metadataBytes);
    if (release && !release.ok) throw new SwiftError(422, release.problem);
    const format = headers["x-swift-package-signature-format"] as string | undefined;
    const signature = signatureFrom(signatureBytes, format, "source-archive-signature");
    const metadataSignature = signatureFrom(metadataSignatureBytes, format, "metadata-signature");
    const document = release?.ok ? release.document : undefined;

    await updateFormatMetadata(call.packages, ref, (current) =>
      writeVersionData({ ...readVersionData(current), release: document, signature, metadataSignature }),
    );
    await call.packages.publishVersion({ ...ref, assets: [], metadata: { ...versionMetadataOf(document), displayName: address.name } });
  } catch (error) {
    // Whatever happened, the archive's publish must be over before its version can be removed.
    await upload.archive?.catch(() => undefined);
    await discard().catch((cleanup: unknown) => call.log.error({ err: cleanup }, "could not remove a refused Swift release"));
    throw error;
  }
  return endpointUrl(call, releasePath(address.scope, address.name, address.version));
}
