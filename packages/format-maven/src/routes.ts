// The Maven 2 repository layout under a repository endpoint:
//   {groupId with / for .}/{artifactId}/maven-metadata.xml                      artifact-level metadata
//   {groupId with / for .}/{artifactId}/{version}/maven-metadata.xml            SNAPSHOT-level metadata
//   {groupId with / for .}/{artifactId}/{version}/{artifactId}-{version}[-classifier].{ext}
// each also with a `.md5`, `.sha1`, `.sha256` or `.sha512` checksum suffix. A SNAPSHOT version's
// files carry the build (`1.0-20240101.120000-3`) instead of `SNAPSHOT` in their names; the build
// is a package version of its own, as in CodeArtifact.

export type ChecksumAlgorithm = "md5" | "sha1" | "sha256" | "sha512";

export const CHECKSUM_ALGORITHMS: readonly ChecksumAlgorithm[] = ["md5", "sha1", "sha256", "sha512"];

export interface Artifact {
  groupId: string;
  artifactId: string;
}

export type MavenRoute =
  | { kind: "artifact-metadata"; artifact: Artifact; checksum?: ChecksumAlgorithm }
  | { kind: "snapshot-metadata"; artifact: Artifact; version: string; checksum?: ChecksumAlgorithm }
  | { kind: "file"; artifact: Artifact; version: string; file: string; checksum?: ChecksumAlgorithm }
  | { kind: "not-found"; reason: string }
  | { kind: "method-not-allowed"; allow: string };

export const METADATA_FILE = "maven-metadata.xml";

/** `1.0-SNAPSHOT` style versions (the base version of timestamped builds). */
export function isSnapshot(version: string): boolean {
  return version.endsWith("-SNAPSHOT");
}

const BUILD = /^(.*)-(\d{8}\.\d{6})-(\d+)$/;

/** A SNAPSHOT build version (`1.0-20240101.120000-3`): its base version, timestamp and build number. */
export function parseBuild(version: string): { baseVersion: string; timestamp: string; buildNumber: number } | undefined {
  const match = BUILD.exec(version);
  if (!match || match[1] === "") return undefined;
  return { baseVersion: `${match[1]}-SNAPSHOT`, timestamp: match[2], buildNumber: Number(match[3]) };
}

/** The build version a snapshot's timestamp and build number name (`1.0-SNAPSHOT` → `1.0-20240101.120000-3`). */
export function buildVersion(snapshot: string, timestamp: string, buildNumber: number): string {
  return `${snapshot.slice(0, -"SNAPSHOT".length)}${timestamp}-${buildNumber}`;
}

/**
 * The package version a file in `{version}/` belongs to, or undefined when its name does not
 * start with `{artifactId}-{version}` (for a SNAPSHOT: `{artifactId}-{build}`), followed by the end,
 * `.` or `-`.
 */
export function versionOfFile(artifactId: string, version: string, file: string): string | undefined {
  const prefix = `${artifactId}-`;
  if (!file.startsWith(prefix)) return undefined;
  const rest = file.slice(prefix.length);
  const ends = (v: string) => rest.startsWith(v) && (rest.length === v.length || rest[v.length] === "." || rest[v.length] === "-");
  if (isSnapshot(version)) {
    const base = version.slice(0, -"SNAPSHOT".length);
    const match = rest.startsWith(base) ? /^(\d{8}\.\d{6})-(\d+)(?=$|[.-])/.exec(rest.slice(base.length)) : null;
    if (match) return `${base}${match[1]}-${match[2]}`;
  }
  return ends(version) ? version : undefined;
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

const SEGMENT = /^[^\s/\\#]+$/;

/** Routes `rest` (the path after the repository endpoint, still percent-encoded) for `method`. */
export function parseMavenRoute(method: string, rest: string): MavenRoute {
  const segments = rest.split("/").map(decode);
  if (segments.some((s) => s === undefined || !SEGMENT.test(s) || s === "." || s === "..")) {
    return { kind: "not-found", reason: "not a path of the Maven repository layout" };
  }
  const parts = segments as string[];
  if (method !== "GET" && method !== "HEAD" && method !== "PUT") return { kind: "method-not-allowed", allow: "GET, HEAD, PUT" };
  let file = parts[parts.length - 1] ?? "";
  let checksum: ChecksumAlgorithm | undefined;
  for (const algorithm of CHECKSUM_ALGORITHMS) {
    if (file.endsWith(`.${algorithm}`) && file.length > algorithm.length + 1) {
      checksum = algorithm;
      file = file.slice(0, -(algorithm.length + 1));
      break;
    }
  }
  const directories = parts.slice(0, -1);
  if (file === METADATA_FILE) {
    // `{g}/{a}/{v}/maven-metadata.xml` only for SNAPSHOT versions; otherwise the last directory is the artifactId.
    const last = directories[directories.length - 1];
    if (directories.length >= 3 && isSnapshot(last)) {
      const artifact = { groupId: directories.slice(0, -2).join("."), artifactId: directories[directories.length - 2] };
      return { kind: "snapshot-metadata", artifact, version: last, checksum };
    }
    if (directories.length < 2) return { kind: "not-found", reason: "group-level metadata (plugin prefixes) is not served" };
    return { kind: "artifact-metadata", artifact: { groupId: directories.slice(0, -1).join("."), artifactId: last }, checksum };
  }
  if (directories.length < 3) return { kind: "not-found", reason: "expected {groupId}/{artifactId}/{version}/{file}" };
  const version = directories[directories.length - 1];
  const artifact = { groupId: directories.slice(0, -2).join("."), artifactId: directories[directories.length - 2] };
  return { kind: "file", artifact, version, file, checksum };
}
