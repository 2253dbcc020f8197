import { PassThrough, type Readable } from "node:stream";
import { updateFormatMetadata, type JsonValue, type StoredAsset, type VersionMetadata, type VersionRef } from "@codeartifact-local/package-service";
import { packageRef, versionRef, type MavenCall } from "./call";
import { parseMetadata } from "./metadata-xml";
import { versionMetadataOfPom } from "./pom";
import { MavenError } from "./replies";
import { buildVersion, isSnapshot, parseBuild, versionOfFile, type Artifact, type ChecksumAlgorithm } from "./routes";
import { readSmallText } from "./small-body";
import { readState, withChecksum } from "./version-state";

// `mvn deploy` as CodeArtifact takes it: each file PUT adds an asset to a version that stays
// Unfinished; each checksum PUT is checked against the stored asset (never stored itself); the
// maven-metadata.xml PUT publishes. For a release, the artifact-level document publishes the
// Unfinished versions it lists. For a SNAPSHOT, files go to the build version their names carry
// (`1.0-20240101.120000-3`), and the SNAPSHOT-level document makes that build the content of
// `1.0-SNAPSHOT` (Published) while the build itself becomes Unlisted, as AWS keeps builds.

const MAX_CHECKSUM_BYTES = 1024;
const MAX_METADATA_BYTES = 4 * 1024 * 1024;
const MAX_POM_BYTES = 8 * 1024 * 1024;

/** The version a file PUT goes to, or 400 for a file name that does not belong in its directory. */
function targetVersion(artifact: Artifact, directory: string, file: string): string {
  const version = versionOfFile(artifact.artifactId, directory, file);
  if (version === undefined) {
    throw new MavenError(
      400,
      `File ${file} does not belong to version ${directory} of ${artifact.groupId}:${artifact.artifactId}: expected ${artifact.artifactId}-${directory}[-classifier].ext.`,
    );
  }
  if (isSnapshot(version)) {
    throw new MavenError(400, `Non-unique snapshot files (${file}) are not supported; deploy with timestamped snapshot builds (Maven 3 does by default).`);
  }
  return version;
}

/** A file of a version: stored as an asset of a version that stays Unfinished until metadata is uploaded. */
export async function putFile(call: MavenCall, artifact: Artifact, directory: string, file: string, body: Readable): Promise<void> {
  const version = targetVersion(artifact, directory, file);
  const ref = versionRef(call, artifact, version);
  const { skipped } = await call.packages.checkPublish(ref);
  for (const problem of skipped) call.log.warn({ problem }, "publish check skipped an unreachable external repository");
  await call.packages.publishVersion({ ...ref, assets: [{ name: file, content: body }], unfinished: true });
  // The main POM describes the version: summary, licenses, dependencies.
  if (file === `${artifact.artifactId}-${version}.pom`) {
    const metadata = await storedPomMetadata(call, ref, file);
    if (metadata) await call.packages.publishVersion({ ...ref, assets: [], unfinished: true, metadata });
  }
}

/** Version metadata from a stored POM, read back from the store (it is never held in memory while uploading). */
async function storedPomMetadata(call: MavenCall, ref: VersionRef, file: string): Promise<VersionMetadata | undefined> {
  const located = await call.packages.getVersion(ref);
  const asset = await call.packages.readAsset(located, file);
  if (!asset || asset.size > MAX_POM_BYTES || asset.size === 0) return undefined;
  return versionMetadataOfPom(await readAll(asset));
}

async function readAll(asset: StoredAsset): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of asset.read(0, asset.size - 1)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * A checksum of a file: compared with the digest of the stored asset (404 when the asset is not
 * there yet, 400 when it differs; lowercase hex only, as AWS compares). Never stored.
 */
export async function putChecksum(
  call: MavenCall,
  artifact: Artifact,
  directory: string,
  file: string,
  algorithm: ChecksumAlgorithm,
  body: Readable,
): Promise<void> {
  const declared = (await readSmallText(body, MAX_CHECKSUM_BYTES, "A checksum file")).trim().split(/\s+/)[0] ?? "";
  const version = versionOfFile(artifact.artifactId, directory, file);
  if (version === undefined) throw new MavenError(404, `File ${file} does not exist in version ${directory}.`);
  const ref = versionRef(call, artifact, version);
  const located = await call.packages.getVersion(ref);
  const asset = await call.packages.findAsset(located.version, file);
  if (!asset)
    throw new MavenError(
      404,
      `File ${file} does not exist in version ${version} of ${artifact.groupId}:${artifact.artifactId}; upload it before its checksum.`,
    );
  const actual = asset.hashes[algorithm];
  const matched = declared === actual;
  const state = readState(located.version.formatMetadata);
  if (!matched || state.badChecksums.includes(file)) {
    await updateFormatMetadata(call.packages, ref, (current) => withChecksum(current, file, matched));
  }
  if (!matched) {
    throw new MavenError(400, `The ${algorithm} checksum of ${file} is ${actual}, not ${declared.slice(0, 128)}.`);
  }
}

/** 400 while one of the version's uploaded checksums did not match: the version stays Unfinished. */
function checkChecksums(version: string, formatMetadata: JsonValue | undefined): void {
  const bad = readState(formatMetadata).badChecksums;
  if (bad.length > 0) {
    throw new MavenError(400, `Version ${version} cannot be published: the uploaded checksums of ${bad.join(", ")} did not match; upload those files again.`);
  }
}

function checkArtifact(artifact: Artifact, parsed: { groupId?: string; artifactId?: string }): void {
  if ((parsed.groupId !== undefined && parsed.groupId !== artifact.groupId) || (parsed.artifactId !== undefined && parsed.artifactId !== artifact.artifactId)) {
    throw new MavenError(
      400,
      `The maven-metadata.xml names ${parsed.groupId}:${parsed.artifactId}, but was uploaded for ${artifact.groupId}:${artifact.artifactId}.`,
    );
  }
}

async function readMetadataBody(body: Readable) {
  const xml = await readSmallText(body, MAX_METADATA_BYTES, "maven-metadata.xml");
  try {
    return parseMetadata(xml);
  } catch (error) {
    throw new MavenError(400, (error as Error).message);
  }
}

/** Artifact-level maven-metadata.xml: publishes the Unfinished release versions it lists. Not stored: it is generated on GET. */
export async function putArtifactMetadata(call: MavenCall, artifact: Artifact, body: Readable): Promise<void> {
  const parsed = await readMetadataBody(body);
  checkArtifact(artifact, parsed);
  const listed = new Set(parsed.versions);
  const { versions } = await call.packages.listAllVersions(packageRef(call, artifact), { status: "Unfinished" });
  const due = versions.filter((v) => listed.has(v.version) && !parseBuild(v.version) && !isSnapshot(v.version));
  // Refused whole when one version has a bad checksum: nothing is published then.
  for (const version of due) checkChecksums(version.version, version.formatMetadata);
  for (const version of due) await call.packages.publishVersion({ ...versionRef(call, artifact, version.version), assets: [] });
}

/**
 * SNAPSHOT-level maven-metadata.xml: the build it names becomes the content of the SNAPSHOT
 * version (Published, its assets replaced by the build's), and the build becomes Unlisted.
 */
export async function putSnapshotMetadata(call: MavenCall, artifact: Artifact, snapshot: string, body: Readable): Promise<void> {
  const parsed = await readMetadataBody(body);
  checkArtifact(artifact, parsed);
  if (parsed.version !== undefined && parsed.version !== snapshot) {
    throw new MavenError(400, `The maven-metadata.xml is for version ${parsed.version}, but was uploaded for ${snapshot}.`);
  }
  if (!parsed.snapshot) throw new MavenError(400, "The SNAPSHOT maven-metadata.xml names no build (<versioning><snapshot> with timestamp and buildNumber).");
  const build = buildVersion(snapshot, parsed.snapshot.timestamp, parsed.snapshot.buildNumber);
  const buildRef = versionRef(call, artifact, build);
  let located = await call.packages.getVersion(buildRef);
  if (located.version.status === "Unfinished") {
    checkChecksums(build, located.version.formatMetadata);
    await call.packages.publishVersion({ ...buildRef, assets: [] });
    located = await call.packages.getVersion(buildRef);
  }
  const assets = (await call.packages.assetsOfVersions([located.version.id])).get(located.version.id) ?? [];
  const snapshotRef = versionRef(call, artifact, snapshot);
  const current = await findVersion(call, snapshotRef);
  if (current) {
    const held = (await call.packages.assetsOfVersions([current.id])).get(current.id) ?? [];
    const same = held.length === assets.length && held.every((a) => assets.some((b) => b.name === a.name && b.hashes.sha256 === a.hashes.sha256));
    if (same && current.status === "Published") return;
    // The SNAPSHOT version refers to the newest build only: its records are replaced (the bytes stay, the builds use them).
    await call.packages.deleteVersions({ ...packageRef(call, artifact), versions: [snapshot] });
  }
  const pom = assets.find((a) => a.name === `${artifact.artifactId}-${build}.pom`);
  const metadata = pom ? await storedPomMetadata(call, buildRef, pom.name) : undefined;
  await call.packages.publishVersion({
    ...snapshotRef,
    assets: assets.map((a) => ({ name: a.name, content: streamOf(call, located, a.name, a.size), expectedSha256: a.hashes.sha256 })),
    metadata,
  });
  if (located.version.status === "Published") {
    await call.packages.updateVersionsStatus({ ...packageRef(call, artifact), versions: [build], targetStatus: "Unlisted" });
  }
}

async function findVersion(call: MavenCall, ref: VersionRef) {
  try {
    return (await call.packages.getVersion(ref)).version;
  } catch (error) {
    if ((error as { code?: string }).code === "ResourceNotFoundException") return undefined;
    throw error;
  }
}

/** The stored bytes of a build's asset, streamed into the SNAPSHOT version (deduplicated by the blob store). */
function streamOf(call: MavenCall, located: Awaited<ReturnType<MavenCall["packages"]["getVersion"]>>, name: string, size: number): Readable {
  const key = { domain: located.domain, coordinate: located.coordinate, version: located.version };
  // readAsset is async; a PassThrough hands the stream over once it is open.
  const out = new PassThrough();
  call.packages
    .readAsset(key, name)
    .then((asset) => {
      if (!asset) return out.destroy(new Error(`asset ${name} vanished`));
      if (size === 0) return out.end();
      const source = asset.read(0, size - 1);
      source.once("error", (error) => out.destroy(error));
      source.pipe(out);
    })
    .catch((error: Error) => out.destroy(error));
  return out;
}
