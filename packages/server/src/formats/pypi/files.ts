import { createHash } from "node:crypto";
import { pipeline } from "node:stream";
import type { FastifyReply } from "fastify";
import { blobDomainKey, type PackageVersionRecord } from "@codeartifact-local/store";
import { updateFormatMetadata } from "../../packages/format-metadata";
import { findInGraph, packageGraph, retainHit, type PackageGraph } from "../../packages/graph";
import type { RetainResult } from "../../packages/retain";
import { DOWNLOADABLE } from "../../packages/versions";
import { IntegrityCheck } from "../integrity-check";
import { packageRef, type PypiCall } from "./call";
import { parseCoreMetadata, versionMetadataOf } from "./core-metadata";
import { withFile } from "./file-records";
import { versionOfFile } from "./names";
import { PypiError } from "./replies";
import type { IndexFile } from "./upstream-index";
import { readWheelMetadata } from "./wheel-metadata";

// Distribution files and their core metadata. A file is resolved like the simple page lists it:
// the called repository, its upstreams in search order, then the external index. A version found
// upstream is retained in the called repository before it is served (copy on read); a file fetched
// from the external index is retained in the repository owning the connection and then in the
// called one. Unlisted versions still serve their files to clients that know the exact URL.

const notFound = (call: PypiCall, project: string, file: string) =>
  new PypiError(404, `File ${file} of project ${project} was not found in repository ${call.auth.repository.name}, its upstream repositories or external connections.`);

/** Records the SHA-256 of a stored wheel's METADATA (PEP 658) in the version's format metadata. */
export async function recordCoreMetadata(call: PypiCall, project: string, version: string, file: string, requiresPython: string | undefined, repository = call.auth.repository): Promise<void> {
  const ref = { ...packageRef(call, project, repository), version };
  let coreMetadataSha256: string | undefined;
  if (file.endsWith(".whl")) {
    const located = await call.packages.getVersion(ref);
    const asset = await call.services.store.assets.get(located.version.id, file);
    const metadata = asset && (await readWheelMetadata(call.services.blobs, blobDomainKey(located.domain), asset.blobSha256, asset.size).catch(() => undefined));
    if (metadata) coreMetadataSha256 = createHash("sha256").update(metadata).digest("hex");
  }
  await updateFormatMetadata(call.packages, ref, (current) => withFile(current, file, { requiresPython, coreMetadataSha256 }));
}

/** Makes `file` of `version` available in the called repository (the version there); 404 when nothing has it. */
async function resolveFile(call: PypiCall, graph: PackageGraph, project: string, version: string, file: string): Promise<PackageVersionRecord> {
  const hit = findInGraph(graph, version);
  if (hit) {
    if (!DOWNLOADABLE.has(hit.version.status)) {
      throw new PypiError(404, `Version ${version} of project ${project} has status ${hit.version.status}; its files cannot be downloaded.`);
    }
    const has = await call.services.store.assets.get(hit.version.id, file);
    // A version ingested from outside may gain its other files on demand, as AWS imports them.
    if (!has && hit.version.origin.type === "EXTERNAL" && graph.externalConnections.length > 0) return ingestFromExternal(call, graph, project, version, file);
    if (!has) throw notFound(call, project, file);
    return retainHit(call.packages, graph, hit);
  }
  return ingestFromExternal(call, graph, project, version, file);
}

export async function serveFile(call: PypiCall, reply: FastifyReply, project: string, version: string, file: string): Promise<FastifyReply> {
  if (versionOfFile(project, file) !== version) throw notFound(call, project, file);
  const graph = await packageGraph(call.packages, packageRef(call, project), call.auth);
  const served = await resolveFile(call, graph, project, version, file);
  const opened = await call.packages.openLocatedAsset({ domain: graph.domain, coordinate: graph.coordinate, version: served }, file);
  reply
    .code(200)
    .header("content-type", "application/octet-stream")
    .header("content-length", String(opened.asset.size))
    .header("etag", `"${opened.asset.hashes.sha256}"`);
  return reply.send(opened.stream);
}

/** PEP 658: the METADATA of a wheel, read from the stored wheel. */
export async function serveCoreMetadata(call: PypiCall, reply: FastifyReply, project: string, version: string, file: string): Promise<FastifyReply> {
  if (!file.endsWith(".whl")) throw new PypiError(404, `Core metadata is served for wheels only; ${file} is not one.`);
  const graph = await packageGraph(call.packages, packageRef(call, project), call.auth);
  const hit = findInGraph(graph, version);
  if (!hit) {
    // Not retained yet: pass the external index's metadata through (pip resolves before it downloads).
    for (const connection of graph.externalConnections) {
      const listed = await call.index.project(connection.name, project);
      const entry = listed.ok ? listed.value.find((f) => f.filename === file) : undefined;
      if (!entry?.coreMetadata) continue;
      const download = await call.index.download(`${entry.url}.metadata`);
      if (!download.ok) continue;
      reply.code(200).header("content-type", "text/plain; charset=utf-8");
      return reply.send(download.value);
    }
    throw notFound(call, project, `${file}.metadata`);
  }
  if (!DOWNLOADABLE.has(hit.version.status)) throw new PypiError(404, `Version ${version} of project ${project} has status ${hit.version.status}.`);
  const asset = await call.services.store.assets.get(hit.version.id, file);
  if (!asset) throw notFound(call, project, `${file}.metadata`);
  const metadata = await readWheelMetadata(call.services.blobs, blobDomainKey(graph.domain), asset.blobSha256, asset.size);
  if (!metadata) throw new PypiError(404, `${file} has no readable .dist-info/METADATA.`);
  reply.code(200).header("content-type", "text/plain; charset=utf-8").header("etag", `"${createHash("sha256").update(metadata).digest("hex")}"`);
  return reply.send(metadata);
}

/** Core metadata the index offers for a file, as version metadata (best effort). */
async function indexMetadata(call: PypiCall, entry: IndexFile) {
  if (!entry.coreMetadata) return undefined;
  const download = await call.index.download(`${entry.url}.metadata`);
  if (!download.ok) return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of download.value) chunks.push(chunk as Buffer);
  return versionMetadataOf(parseCoreMetadata(Buffer.concat(chunks).toString("utf8")));
}

/** Fetches `file` from the first external index that lists it and retains it; the called repository's copy. */
async function ingestFromExternal(call: PypiCall, graph: PackageGraph, project: string, version: string, file: string): Promise<PackageVersionRecord> {
  let problem: string | undefined;
  for (const connection of graph.externalConnections) {
    const listed = await call.index.project(connection.name, project);
    if (!listed.ok) {
      if ("unreachable" in listed) problem = `${connection.name} could not be reached: ${listed.unreachable}`;
      continue;
    }
    const entry = listed.value.find((f) => f.filename === file);
    if (!entry) continue;
    const metadata = await indexMetadata(call, entry);
    const download = await call.index.download(entry.url);
    if (!download.ok) {
      problem = "unreachable" in download ? `${connection.name} could not be reached: ${download.unreachable}` : `${connection.name} lists ${file} but does not have it`;
      continue;
    }
    const expected = entry.sha256 ? [{ algorithm: "sha256", digest: Buffer.from(entry.sha256, "hex").toString("base64") }] : [];
    const checked = new IntegrityCheck(expected, `${file} from ${connection.name}`);
    // pipeline destroys both streams on failure, so the blob store sees the error and keeps nothing.
    pipeline(download.value, checked, () => undefined);
    const requiresPython = entry.requiresPython ?? metadata?.requiresPython;
    let retained: RetainResult;
    try {
      retained = await call.packages.retainVersion({
        ...packageRef(call, project, connection.owner),
        version,
        from: {
          externalConnection: connection.name,
          assets: [{ name: file, content: checked }],
          metadata: metadata && { ...metadata, formatMetadata: withFile(undefined, file, { requiresPython }) },
        },
      });
    } catch (error) {
      download.value.destroy();
      if (error instanceof Error && (error.name === "IntegrityError" || /stalled|terminated|aborted/i.test(error.message))) {
        throw new PypiError(502, `Fetching ${file} from ${connection.name} failed: ${error.message}`);
      }
      throw error;
    }
    await recordCoreMetadata(call, project, version, file, requiresPython, connection.owner);
    if (connection.owner.id === graph.repository.id) return retained.version;
    return (await call.packages.retainVersion({ ...packageRef(call, project), version, from: { repository: connection.owner.name } })).version;
  }
  if (problem) throw new PypiError(502, `File ${file} of project ${project} is not in repository ${graph.repository.name} or its upstreams, and ${problem}.`);
  throw notFound(call, project, file);
}
