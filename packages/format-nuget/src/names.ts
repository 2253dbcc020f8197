import { normalizeVersion } from "@codeartifact-local/package-service";

// Package ids and file names. CodeArtifact stores a NuGet package under its lowercased id and a
// version normalized NuGet's way (the package service's names.ts); the flat container addresses
// both lowercased, and a version's one asset is named from them, as AWS names it.

/** NuGet's id rule: word characters in runs joined by single `.` or `-`, at most 100 characters. */
const PACKAGE_ID = /^[\p{L}\p{N}_]+(?:[.-][\p{L}\p{N}_]+)*$/u;

export function isPackageId(id: string): boolean {
  return id.length <= 100 && PACKAGE_ID.test(id);
}

export function normalizeNugetVersion(version: string): string {
  return normalizeVersion("nuget", version);
}

/** The .nupkg asset of a version: `<id>.<version>.nupkg`, lowercased, as the flat container names it. */
export function nupkgName(id: string, version: string): string {
  return `${id.toLowerCase()}.${normalizeNugetVersion(version).toLowerCase()}.nupkg`;
}
