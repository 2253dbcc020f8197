import type { JsonValue } from "@codeartifact-local/package-service";

// What the endpoint remembers about a version between the requests of one `mvn deploy`, in the
// version's format metadata: the assets whose uploaded checksum did not match (a later
// maven-metadata.xml upload is refused while any is left, and the version stays Unfinished).

export interface MavenVersionState {
  badChecksums: string[];
}

export function readState(value: JsonValue | undefined): MavenVersionState {
  const bad = (value as { badChecksums?: unknown } | undefined)?.badChecksums;
  return { badChecksums: Array.isArray(bad) ? bad.filter((b): b is string => typeof b === "string") : [] };
}

/** The format metadata with `asset`'s checksum marked bad (or good again). */
export function withChecksum(value: JsonValue | undefined, asset: string, matched: boolean): JsonValue {
  const base = value && typeof value === "object" && !Array.isArray(value) ? value : {};
  const bad = new Set(readState(value).badChecksums);
  if (matched) bad.delete(asset);
  else bad.add(asset);
  return { ...base, badChecksums: [...bad].sort() };
}
