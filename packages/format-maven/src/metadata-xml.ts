import { XMLBuilder, XMLParser } from "fast-xml-parser";
import type { Artifact } from "./routes";
import { compareMavenVersions } from "./version-order";

// maven-metadata.xml, read (uploads by mvn deploy, the public repository's) and written (what this
// endpoint serves), with fast-xml-parser. Served documents are generated from the versions the
// repository lets the client see; an uploaded document only says which versions to publish.

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (name) => name === "version" || name === "snapshotVersion",
});
const builder = new XMLBuilder({ format: true, indentBy: "  ", suppressEmptyNode: true });

/** What an uploaded or fetched maven-metadata.xml says. */
export interface ParsedMetadata {
  groupId?: string;
  artifactId?: string;
  /** `<version>` (SNAPSHOT-level documents) */
  version?: string;
  versions: string[];
  /** SNAPSHOT-level: the build the document points at. */
  snapshot?: { timestamp: string; buildNumber: number };
}

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value !== "" ? value : typeof value === "number" ? String(value) : undefined;

/** Parses a maven-metadata.xml; throws with a readable message when it is not one. */
export function parseMetadata(xml: string): ParsedMetadata {
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml, true) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`maven-metadata.xml is not well-formed XML: ${(error as Error).message}`);
  }
  const metadata = doc.metadata as Record<string, unknown> | undefined;
  if (!metadata || typeof metadata !== "object") throw new Error("maven-metadata.xml has no <metadata> element");
  const versioning = (typeof metadata.versioning === "object" && metadata.versioning) || {};
  const versionsElement = (versioning as Record<string, unknown>).versions as { version?: unknown[] } | undefined;
  const versions = (typeof versionsElement === "object" && Array.isArray(versionsElement?.version) ? versionsElement.version : [])
    .map(text)
    .filter((v): v is string => v !== undefined);
  const snapshotElement = (versioning as Record<string, unknown>).snapshot as Record<string, unknown> | undefined;
  let snapshot: ParsedMetadata["snapshot"];
  const timestamp = text(snapshotElement?.timestamp);
  const buildNumber = Number(text(snapshotElement?.buildNumber));
  if (timestamp && Number.isInteger(buildNumber)) snapshot = { timestamp, buildNumber };
  const version = Array.isArray(metadata.version) ? text(metadata.version[0]) : text(metadata.version);
  return { groupId: text(metadata.groupId), artifactId: text(metadata.artifactId), version, versions, snapshot };
}

/** `yyyyMMddHHmmss` in UTC, as Maven writes lastUpdated. */
export function lastUpdated(time: Date): string {
  return time.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/**
 * Artifact-level maven-metadata.xml: the versions in Maven's order, `latest` the highest,
 * `release` the highest that is not a SNAPSHOT.
 */
export function renderArtifactMetadata(artifact: Artifact, versions: readonly string[], updated: Date): string {
  const sorted = [...new Set(versions)].sort(compareMavenVersions);
  const releases = sorted.filter((v) => !v.endsWith("-SNAPSHOT"));
  const versioning: Record<string, unknown> = {};
  if (sorted.length > 0) versioning.latest = sorted[sorted.length - 1];
  if (releases.length > 0) versioning.release = releases[releases.length - 1];
  versioning.versions = { version: sorted };
  versioning.lastUpdated = lastUpdated(updated);
  return XML_DECLARATION + builder.build({ metadata: { groupId: artifact.groupId, artifactId: artifact.artifactId, versioning } });
}

/** One file of a SNAPSHOT build, as snapshotVersions lists it. */
export interface SnapshotFile {
  classifier?: string;
  extension: string;
  /** The build version (`1.0-20240101.120000-3`). */
  value: string;
  updated: Date;
}

/** SNAPSHOT-level maven-metadata.xml: the newest build and its files. */
export function renderSnapshotMetadata(
  artifact: Artifact,
  version: string,
  build: { timestamp: string; buildNumber: number },
  files: readonly SnapshotFile[],
  updated: Date,
): string {
  const snapshotVersions = files.map((f) => ({
    ...(f.classifier ? { classifier: f.classifier } : {}),
    extension: f.extension,
    value: f.value,
    updated: lastUpdated(f.updated),
  }));
  const metadata = {
    groupId: artifact.groupId,
    artifactId: artifact.artifactId,
    version,
    versioning: {
      snapshot: { timestamp: build.timestamp, buildNumber: build.buildNumber },
      lastUpdated: lastUpdated(updated),
      snapshotVersions: { snapshotVersion: snapshotVersions },
    },
  };
  return XML_DECLARATION + builder.build({ metadata });
}

/**
 * Classifier and extension of a build's file (`app-1.0-20240101.120000-3-sources.jar` with build
 * `1.0-20240101.120000-3` → sources, jar), or undefined for a file that is not the build's.
 */
export function snapshotFileOf(artifactId: string, build: string, file: string): { classifier?: string; extension: string } | undefined {
  const prefix = `${artifactId}-${build}`;
  if (!file.startsWith(prefix)) return undefined;
  const rest = file.slice(prefix.length);
  const match = /^(?:-([^.]+))?\.(.+)$/.exec(rest);
  if (!match) return undefined;
  return { classifier: match[1], extension: match[2] };
}
