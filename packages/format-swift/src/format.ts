import semver from "semver";
import type { FormatAdapter, JsonValue, StoredAsset } from "@codeartifact-local/package-service";
import { readArchiveManifests } from "./archive";
import { withArchive } from "./version-data";

/** Swift for the package service: SemVer 2.0 precedence, and the manifests read from each stored source archive. */
export function swiftFormat(): FormatAdapter {
  return { format: "swift", compareVersions: compareSwiftVersions, assetStored: recordManifests };
}

/** SemVer precedence; strings that are not SemVer (never stored by this endpoint) sort first, by text. */
export function compareSwiftVersions(a: string, b: string): number {
  const x = semver.valid(a);
  const y = semver.valid(b);
  if (x && y) return semver.compare(a, b);
  if (x || y) return x ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Reads `Package.swift` and its `Package@swift-*.swift` variants from a stored source archive, once,
 * so manifests are served without opening the archive again; an archive without a usable manifest
 * is recorded as such (the publish is then refused).
 */
async function recordManifests(asset: StoredAsset, current: JsonValue | undefined): Promise<JsonValue | undefined> {
  if (!asset.name.endsWith(".zip")) return current;
  return withArchive(current, await readArchiveManifests(asset));
}
