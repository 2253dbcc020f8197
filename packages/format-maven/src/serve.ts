import { createHash } from "node:crypto";
import type { FastifyReply } from "fastify";
import { sendAsset } from "@codeartifact-local/format-kit";
import { DOWNLOADABLE, findInGraph, ServiceError, type AssetRecord, type PackageVersionRecord, type ResolvedAsset } from "@codeartifact-local/package-service";
import { packageRef, versionRef, type MavenCall } from "./call";
import { renderArtifactMetadata, renderSnapshotMetadata, snapshotFileOf, type SnapshotFile } from "./metadata-xml";
import { MavenError } from "./replies";
import { isSnapshot, parseBuild, versionOfFile, type Artifact, type ChecksumAlgorithm } from "./routes";

// Reads: files resolved by the package service (the called repository, its upstreams in search
// order, then the external connections, retained where AWS retains them), checksums computed from
// the stored digests, and maven-metadata.xml generated from what the client may see.

const XML_TYPE = "text/xml; charset=utf-8";

const notFound = (call: MavenCall, what: string) =>
  new MavenError(404, `${what} was not found in repository ${call.repository.name}, its upstream repositories or external connections.`);

function sendText(reply: FastifyReply, head: boolean, body: string, type: string): FastifyReply {
  reply
    .code(200)
    .header("content-type", type)
    .header("content-length", String(Buffer.byteLength(body)));
  return head ? reply.send() : reply.send(body);
}

function sendDocument(reply: FastifyReply, head: boolean, body: string, checksum: ChecksumAlgorithm | undefined): FastifyReply {
  if (checksum) return sendText(reply, head, createHash(checksum).update(body).digest("hex"), "text/plain; charset=utf-8");
  return sendText(reply, head, body, XML_TYPE);
}

/** The artifact's versions as the called repository lets the client see them, merged across upstreams and the external connection. */
export async function serveArtifactMetadata(call: MavenCall, reply: FastifyReply, head: boolean, artifact: Artifact, checksum?: ChecksumAlgorithm) {
  const key = [call.repository.id, artifact.groupId, artifact.artifactId].join("\n");
  const body = await call.documents.get(key, async () => {
    const view = await call.packages.view(packageRef(call, artifact));
    // Builds of a SNAPSHOT are versions of their own in the API, never in the client's list.
    const held = view.listed.filter((hit) => !parseBuild(hit.version.version));
    const versions = [...held.map((hit) => hit.version.version), ...(view.external?.versions.map((v) => v.version) ?? [])];
    if (view.externalProblem) call.log.warn({ problem: view.externalProblem }, "external repository unreachable");
    if (versions.length === 0) {
      if (view.externalProblem) throw new MavenError(502, `No version of ${artifact.groupId}:${artifact.artifactId} is held, and ${view.externalProblem}`);
      throw notFound(call, `${artifact.groupId}:${artifact.artifactId}`);
    }
    const times = held.map((hit) => (hit.version.publishedTime ?? hit.version.createdTime).getTime());
    const updated = new Date(times.length > 0 && !view.external ? Math.max(...times) : Date.now());
    return { body: renderArtifactMetadata(artifact, versions, updated), cacheable: !view.external && !view.externalProblem };
  });
  return sendDocument(reply, head, body, checksum);
}

/** The SNAPSHOT-level document of the Published SNAPSHOT version: its build and that build's files. */
export async function serveSnapshotMetadata(
  call: MavenCall,
  reply: FastifyReply,
  head: boolean,
  artifact: Artifact,
  snapshot: string,
  checksum?: ChecksumAlgorithm,
) {
  const key = [call.repository.id, artifact.groupId, artifact.artifactId, snapshot].join("\n");
  const body = await call.documents.get(key, async () => {
    const graph = await call.packages.graph(packageRef(call, artifact));
    const hit = findInGraph(graph, snapshot);
    if (!hit || hit.version.status !== "Published") throw notFound(call, `${artifact.groupId}:${artifact.artifactId}:${snapshot}`);
    const assets = (await call.packages.assetsOfVersions([hit.version.id])).get(hit.version.id) ?? [];
    const files: SnapshotFile[] = [];
    let newest: ReturnType<typeof parseBuild>;
    for (const asset of assets) {
      const build = versionOfFile(artifact.artifactId, snapshot, asset.name);
      const parsed = build ? parseBuild(build) : undefined;
      const file = build && parsed ? snapshotFileOf(artifact.artifactId, build, asset.name) : undefined;
      if (!build || !parsed || !file) continue;
      if (!newest || parsed.buildNumber > newest.buildNumber) newest = parsed;
      files.push({ ...file, value: build, updated: asset.createdTime });
    }
    if (!newest) throw notFound(call, `A build of ${artifact.groupId}:${artifact.artifactId}:${snapshot}`);
    const value = `${snapshot.slice(0, -"SNAPSHOT".length)}${newest.timestamp}-${newest.buildNumber}`;
    const current = files.filter((f) => f.value === value);
    const updated = hit.version.publishedTime ?? hit.version.createdTime;
    return { body: renderSnapshotMetadata(artifact, snapshot, newest, current, updated), cacheable: true };
  });
  return sendDocument(reply, head, body, checksum);
}

/**
 * The asset when the called repository holds it: the version and asset records only, without
 * building the upstream graph (a version the called repository holds is never shadowed by an
 * upstream one). Undefined when the package service must resolve it (upstreams, ingestion).
 */
async function heldAsset(
  call: MavenCall,
  artifact: Artifact,
  version: string,
  file: string,
): Promise<{ version: PackageVersionRecord; asset: AssetRecord } | undefined> {
  let located;
  try {
    located = await call.packages.getVersion(versionRef(call, artifact, version));
  } catch (error) {
    if (error instanceof ServiceError && error.code === "ResourceNotFoundException") return undefined;
    throw error;
  }
  const asset = await call.packages.findAsset(located.version, file);
  if (!asset) return undefined;
  if (!DOWNLOADABLE.has(located.version.status)) {
    throw new MavenError(
      404,
      `Version ${version} of ${artifact.groupId}:${artifact.artifactId} has status ${located.version.status}; its files cannot be downloaded.`,
    );
  }
  return { version: located.version, asset };
}

/** A file's version and asset records, and its bytes unless only its checksum is wanted. */
async function openFile(call: MavenCall, artifact: Artifact, version: string, file: string, bytes: boolean) {
  const held = await heldAsset(call, artifact, version, file);
  if (held) {
    if (!bytes) return { ...held, stream: undefined };
    const opened = await call.packages.openLocatedAsset(
      { domain: call.domain, coordinate: { format: "maven", namespace: artifact.groupId, name: artifact.artifactId }, version: held.version },
      file,
    );
    return { version: held.version, ...opened };
  }
  const resolved: ResolvedAsset = await call.packages.resolveAsset(versionRef(call, artifact, version), file);
  if (!bytes) resolved.stream.destroy();
  return { version: resolved.version, asset: resolved.asset, stream: bytes ? resolved.stream : undefined };
}

/** The version a file in directory `directory` is an asset of: itself, or for a SNAPSHOT the build its name carries. */
async function resolveFile(call: MavenCall, artifact: Artifact, directory: string, file: string, bytes: boolean) {
  const version = versionOfFile(artifact.artifactId, directory, file);
  if (version === undefined) throw notFound(call, `File ${file}`);
  try {
    return await openFile(call, artifact, version, file, bytes);
  } catch (error) {
    // A build deleted after it was promoted is still the content of its SNAPSHOT version.
    if (error instanceof ServiceError && error.code === "ResourceNotFoundException" && isSnapshot(directory) && version !== directory) {
      return openFile(call, artifact, directory, file, bytes);
    }
    throw error;
  }
}

/** A file, or its checksum (from the stored digests). */
export async function serveFile(
  call: MavenCall,
  reply: FastifyReply,
  head: boolean,
  artifact: Artifact,
  directory: string,
  file: string,
  checksum?: ChecksumAlgorithm,
): Promise<FastifyReply> {
  const started = Date.now();
  // A file being imported with its version's standard set is served once that import is done (from the store).
  await call.imports.get(importKey(call, artifact, versionOfFile(artifact.artifactId, directory, file) ?? directory));
  const resolved = await resolveFile(call, artifact, directory, file, !checksum && !head);
  if (resolved.version.origin.type === "EXTERNAL" && resolved.asset.createdTime.getTime() >= started) {
    importStandardSet(call, artifact, resolved.version.version, file);
  }
  if (checksum) return sendText(reply, head, resolved.asset.hashes[checksum], "text/plain; charset=utf-8");
  if (!resolved.stream) {
    reply.code(200).header("content-type", "application/octet-stream").header("content-length", String(resolved.asset.size));
    return reply.header("etag", `"${resolved.asset.hashes.sha256}"`).send();
  }
  return sendAsset(reply, { asset: resolved.asset, stream: resolved.stream });
}

/**
 * CodeArtifact imports the standard files of a version (POM, jar, sources, javadoc) when one of
 * them is first fetched through an external connection; the others are fetched here after the
 * answer, without holding it up. Missing ones (a POM-only artifact has no jar) are skipped.
 */
function importStandardSet(call: MavenCall, artifact: Artifact, version: string, requested: string): void {
  const key = importKey(call, artifact, version);
  if (call.imports.has(key)) return;
  const base = `${artifact.artifactId}-${version}`;
  const names = [`${base}.pom`, `${base}.jar`, `${base}-sources.jar`, `${base}-javadoc.jar`].filter((n) => n !== requested);
  const done = (async () => {
    for (const name of names) {
      try {
        const resolved = await call.packages.resolveAsset(versionRef(call, artifact, version), name);
        resolved.stream.destroy();
      } catch (error) {
        call.log.debug({ err: error, asset: name }, "standard asset not imported");
      }
    }
  })().finally(() => call.imports.delete(key));
  call.imports.set(key, done);
}

const importKey = (call: MavenCall, artifact: Artifact, version: string) => [call.repository.id, artifact.groupId, artifact.artifactId, version].join("\n");
