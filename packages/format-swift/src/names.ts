import semver from "semver";

// Package identity as the registry specification (section 3.6) defines it: a scope of
// alphanumerics and single inner hyphens (at most 39 characters), a name that may also use
// underscores (at most 100), both compared case-insensitively; release versions are SemVer 2.0,
// as CodeArtifact accepts no other version form for Swift.

const SCOPE = /^[a-zA-Z0-9](?:[a-zA-Z0-9]|-(?=[a-zA-Z0-9])){0,38}$/;
const NAME = /^[a-zA-Z0-9](?:[a-zA-Z0-9]|[-_](?=[a-zA-Z0-9])){0,99}$/;

export function isScope(scope: string): boolean {
  return SCOPE.test(scope);
}

export function isPackageName(name: string): boolean {
  return NAME.test(name);
}

/** Exactly a SemVer 2.0 version: `semver` alone also takes `v1.2.3` and `=1.2.3`, which SwiftPM never sends. */
export function isReleaseVersion(version: string): boolean {
  if (version.length > 255 || !/^[0-9][^\s]*$/.test(version)) return false;
  const parsed = semver.parse(version);
  return parsed !== null && parsed.raw === version;
}

/** The stored asset holding a release's source archive (CodeArtifact's asset name is not documented). */
export function archiveAssetName(name: string, version: string): string {
  return `${name.toLowerCase()}-${version}.zip`;
}

/** `scope.name`, the identity SwiftPM resolves (`.package(id:)`). */
export function packageIdentifier(scope: string, name: string): string {
  return `${scope}.${name}`;
}
