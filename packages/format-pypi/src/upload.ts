import type { IncomingHttpHeaders } from "node:http";
import type { Readable } from "node:stream";
import busboy from "busboy";
import { IntegrityCheck, IntegrityError, updateFormatMetadata, type ExpectedDigest } from "@codeartifact-local/package-service";
import { packageRef, type PypiCall } from "./call";
import { versionMetadataOf } from "./core-metadata";
import { withFile } from "./file-records";
import { distributionKind, isProjectName, normalizeProject, versionOfFile } from "./names";
import { PypiError } from "./replies";

// The legacy upload API, as twine, uv and poetry use it: a multipart POST to the repository
// endpoint with `:action=file_upload`, the core metadata fields, the digests, and the file last
// (`content`). Everything before the file is checked first (names, origin restrictions, the
// version in reachable upstreams and the external index, an existing file under the same name),
// so a refused upload stores nothing; the file then streams through the digest checks straight
// into the blob store. A version gains one file per upload.

const MAX_FIELD_BYTES = 64 * 1024 * 1024;

type Fields = Map<string, string[]>;

function one(fields: Fields, key: string): string | undefined {
  const value = fields.get(key)?.[0]?.trim();
  return value === "" ? undefined : value;
}

function hexDigest(fields: Fields, key: string, algorithm: string, length: number): ExpectedDigest | undefined {
  const value = one(fields, key)?.toLowerCase();
  if (value === undefined) return undefined;
  if (!new RegExp(`^[0-9a-f]{${length}}$`).test(value)) throw new PypiError(400, `Invalid ${key}: expected ${length} hexadecimal digits.`);
  return { algorithm, digest: Buffer.from(value, "hex").toString("base64") };
}

/** Checks the form up to the file and publishes the file; resolves once it is stored. */
async function publishFile(call: PypiCall, fields: Fields, content: Readable, rawFilename: string): Promise<void> {
  const action = one(fields, ":action");
  if (action !== "file_upload") throw new PypiError(400, `Unsupported :action ${action ?? "(none)"}; only file_upload is supported.`);
  const name = one(fields, "name");
  const version = one(fields, "version");
  if (!name || !isProjectName(name)) throw new PypiError(400, `Invalid or missing project name${name ? ` '${name}'` : ""}.`);
  if (!version) throw new PypiError(400, "Missing version.");
  const project = normalizeProject(name);
  const filename = rawFilename.split(/[\\/]/).pop() ?? "";
  if (!distributionKind(filename)) throw new PypiError(400, `Invalid file name ${filename}: expected a wheel (.whl) or an sdist (.tar.gz, .zip).`);
  if (versionOfFile(project, filename) !== version) {
    throw new PypiError(400, `The file name ${filename} does not match project ${name} version ${version}.`);
  }
  const sha256 = hexDigest(fields, "sha256_digest", "sha256", 64);
  const md5 = hexDigest(fields, "md5_digest", "md5", 32);

  const ref = { ...packageRef(call, project), version };
  const { existing, skipped } = await call.packages.checkPublish(ref);
  for (const problem of skipped) call.log.warn({ problem }, "upload check skipped an unreachable external index");
  const stored = existing && (await call.packages.findAsset(existing, filename));
  // Without a declared digest the bytes decide (the package service compares them once stored).
  if (stored && sha256 && Buffer.from(sha256.digest, "base64").toString("hex") !== stored.hashes.sha256) {
    throw new PypiError(
      409,
      `File ${filename} already exists in version ${version} of ${project} with different content; a file cannot be overwritten. Upload it under a new version.`,
    );
  }

  const checked = new IntegrityCheck(
    [sha256, md5].filter((d): d is ExpectedDigest => d !== undefined),
    `${filename}`,
  );
  // A small file can fail its check before the blob store starts reading; the store still sees the
  // error (the stream stays errored), this only keeps it from being an unhandled event.
  checked.on("error", () => undefined);
  content.pipe(checked);
  content.once("error", (error) => checked.destroy(error));
  const metadata = versionMetadataOf(fields);
  const { requiresPython, ...versionMetadata } = metadata;
  await call.packages.publishVersion({
    ...ref,
    assets: [{ name: filename, content: checked, expectedSha256: sha256 && Buffer.from(sha256.digest, "base64").toString("hex") }],
    metadata: { ...versionMetadata, displayName: name },
  });
  await updateFormatMetadata(call.packages, ref, (current) => withFile(current, filename, { requiresPython }));
}

export async function handleUpload(call: PypiCall, headers: IncomingHttpHeaders, body: Readable): Promise<void> {
  if (!/^multipart\/form-data/i.test(headers["content-type"] ?? "")) {
    throw new PypiError(400, "Uploads must be multipart/form-data (the legacy upload API).");
  }
  const fields: Fields = new Map();
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers, limits: { fieldSize: MAX_FIELD_BYTES, files: 1 } });
  } catch (error) {
    throw new PypiError(400, `Malformed upload: ${(error as Error).message}`);
  }
  let upload: Promise<void> | undefined;
  let failure: unknown;
  const finished = new Promise<void>((resolve, reject) => {
    parser.on("field", (key, value) => {
      const values = fields.get(key) ?? [];
      values.push(value);
      fields.set(key, values);
    });
    parser.on("file", (key, stream, info) => {
      if (key !== "content" || upload || failure !== undefined) return void stream.resume();
      upload = publishFile(call, fields, stream, info.filename ?? "");
      // A refusal before the file was read: discard the rest so the answer can be sent. Unpiped
      // first: the failed consumer's own unpipe, coming later, would pause the stream again.
      upload.catch((error: unknown) => {
        failure ??= error;
        stream.unpipe();
        stream.resume();
      });
    });
    parser.once("close", resolve);
    parser.once("error", (error) => reject(new PypiError(400, `Malformed upload: ${(error as Error).message}`)));
  });
  body.pipe(parser);
  try {
    await finished;
    if (!upload) throw new PypiError(400, "The upload has no file (the `content` field is missing).");
    await upload;
  } catch (error) {
    throw error instanceof IntegrityError ? new PypiError(400, error.message) : error;
  }
}
