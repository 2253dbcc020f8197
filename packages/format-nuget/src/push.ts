import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import type { IncomingHttpHeaders } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import busboy from "busboy";
import { quotaExceeded } from "@codeartifact-local/package-service";
import { packageRef, type NugetCall } from "./call";
import { isPackageId, normalizeNugetVersion, nupkgName } from "./names";
import { nuspecOfFile } from "./nupkg";
import { licensesOf, NuspecError, packageDependencies, parseNuspec, type Nuspec } from "./nuspec";
import { NugetError } from "./replies";
import { toJson, versionDataOf } from "./version-data";
import { isNugetVersion } from "./versions";

// `nuget push` / `dotnet nuget push`: a PUT of multipart/form-data whose first file part is the
// .nupkg. The package's id and version are inside it (its .nuspec, found through the zip's central
// directory at the end of the file), so the upload is first streamed to a temporary file, never
// held in memory and bounded by the asset size quota; the nuspec is read from there, the package
// service checks origin controls and existing versions, and only then is the file streamed into
// the blob store. A refused push stores nothing. The temporary file is always removed.

/** Receives the first file part of the form into `path`; false when the form has none. */
export async function spoolPackage(headers: IncomingHttpHeaders, body: Readable, path: string, maxBytes: number): Promise<boolean> {
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers, limits: { files: 1, fileSize: maxBytes } });
  } catch (error) {
    throw new NugetError(400, `Malformed push: ${(error as Error).message}`);
  }
  let written: Promise<void> | undefined;
  let tooLarge = false;
  const parsed = new Promise<void>((resolve, reject) => {
    parser.on("file", (_field, stream) => {
      stream.once("limit", () => (tooLarge = true));
      written = pipeline(stream, createWriteStream(path));
      // Surfaced when awaited below; this only keeps an early failure from going unhandled.
      written.catch(() => undefined);
    });
    parser.once("close", resolve);
    parser.once("error", (error) => reject(new NugetError(400, `Malformed push: ${(error as Error).message}`)));
  });
  // A body that breaks off (the client went away) fails the parse instead of leaving it waiting.
  body.once("error", (error) => parser.destroy(error));
  body.pipe(parser);
  await parsed;
  if (!written) return false;
  await written;
  if (tooLarge) throw quotaExceeded("asset", "nupkg", `The package is larger than the limit of ${maxBytes} bytes.`);
  return true;
}

function checkedNuspec(bytes: Buffer): Nuspec {
  let nuspec: Nuspec;
  try {
    nuspec = parseNuspec(bytes);
  } catch (error) {
    throw error instanceof NuspecError ? new NugetError(400, `Invalid package: ${error.message}`) : error;
  }
  if (!isPackageId(nuspec.id)) throw new NugetError(400, `Invalid package: '${nuspec.id}' is not a valid package id.`);
  if (!isNugetVersion(nuspec.version)) throw new NugetError(400, `Invalid package: '${nuspec.version}' is not a valid NuGet version.`);
  return nuspec;
}

/** Publishes the pushed package; resolves with its id and normalized version once stored. */
export async function handlePush(call: NugetCall, headers: IncomingHttpHeaders, body: Readable): Promise<{ id: string; version: string }> {
  if (!/^multipart\/form-data/i.test(headers["content-type"] ?? "")) {
    throw new NugetError(400, "A push must be multipart/form-data with the .nupkg as its file part.");
  }
  const dir = await mkdtemp(join(tmpdir(), "ca-nuget-push-"));
  try {
    const path = join(dir, "package.nupkg");
    const maxBytes = call.packages.ctx.services.config.quotas.assetSizeBytes;
    if (!(await spoolPackage(headers, body, path, maxBytes))) throw new NugetError(400, "The push has no package file.");
    let bytes: Buffer;
    try {
      bytes = await nuspecOfFile(path);
    } catch (error) {
      throw error instanceof NuspecError ? new NugetError(400, `Invalid package: ${error.message}`) : error;
    }
    const nuspec = checkedNuspec(bytes);
    const version = normalizeNugetVersion(nuspec.version);
    const ref = { ...packageRef(call, nuspec.id.toLowerCase()), version };
    const { existing, skipped } = await call.packages.checkPublish(ref);
    for (const problem of skipped) call.log.warn({ problem }, "push check skipped an unreachable external feed");
    if (existing) {
      throw new NugetError(409, `The feed already contains '${nuspec.id} ${version}' (status ${existing.status}); a version cannot be pushed twice.`);
    }
    await call.packages.publishVersion({
      ...ref,
      assets: [{ name: nupkgName(nuspec.id, version), content: createReadStream(path) }],
      metadata: {
        displayName: nuspec.id,
        summary: nuspec.description ?? nuspec.summary,
        homePage: nuspec.projectUrl,
        sourceCodeRepository: nuspec.repositoryUrl,
        licenses: licensesOf(nuspec),
        dependencies: packageDependencies(nuspec.dependencyGroups),
        formatMetadata: toJson(versionDataOf(nuspec)),
      },
    });
    return { id: nuspec.id, version };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
