import type { JsonValue, LicenseInfo, PackageDependency, VersionMetadata } from "@codeartifact-local/package-service";
import { splitDependencyName, type NpmName } from "./names";

// A version's manifest (its package.json as published, plus npm's `_id`, `dist`, ...) is kept in
// the version's format metadata as `{ manifest }`, without the readme (stored as the version's
// readme) and without `dist.tarball` (computed per request, since it points at the endpoint the
// client called). The API-visible fields are extracted once, at publish or retention time.

export type Manifest = Record<string, unknown>;

export interface StoredNpmMetadata {
  manifest: Manifest;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

/** The manifest kept in format metadata, or undefined for versions that have none. */
export function storedManifest(formatMetadata: JsonValue | undefined): Manifest | undefined {
  if (!isObject(formatMetadata) || !isObject(formatMetadata.manifest)) return undefined;
  return formatMetadata.manifest;
}

/** What the store keeps of a manifest. */
export function toFormatMetadata(manifest: Manifest): JsonValue {
  const { readme: _readme, ...rest } = manifest;
  const dist = isObject(rest.dist) ? { ...rest.dist } : {};
  delete dist.tarball;
  return { manifest: { ...rest, dist } } as unknown as JsonValue;
}

function licensesOf(manifest: Manifest): LicenseInfo[] | undefined {
  const license = manifest.license;
  if (typeof license === "string" && license !== "") return [{ name: license }];
  if (isObject(license)) return [{ name: str(license.type), url: str(license.url) }];
  if (Array.isArray(manifest.licenses)) {
    return manifest.licenses.filter(isObject).map((l) => ({ name: str(l.type), url: str(l.url) }));
  }
  return undefined;
}

function repositoryUrl(manifest: Manifest): string | undefined {
  const repository = manifest.repository;
  if (typeof repository === "string") return str(repository);
  return isObject(repository) ? str(repository.url) : undefined;
}

const DEPENDENCY_FIELDS: Array<[string, string]> = [
  ["dependencies", "regular"],
  ["devDependencies", "dev"],
  ["peerDependencies", "peer"],
  ["optionalDependencies", "optional"],
];

/** The dependency types CodeArtifact reports for npm: regular, dev, peer and optional. */
export function dependenciesOf(manifest: Manifest): PackageDependency[] {
  const optional = isObject(manifest.optionalDependencies) ? manifest.optionalDependencies : {};
  const out: PackageDependency[] = [];
  for (const [field, dependencyType] of DEPENDENCY_FIELDS) {
    const entries = manifest[field];
    if (!isObject(entries)) continue;
    for (const [key, requirement] of Object.entries(entries)) {
      // npm copies optional dependencies into `dependencies`; report them once, as optional.
      if (dependencyType === "regular" && key in optional) continue;
      out.push({ ...splitDependencyName(key), dependencyType, versionRequirement: typeof requirement === "string" ? requirement : undefined });
    }
  }
  return out;
}

/** npm before v7 wrote this placeholder when a package had no README. */
const NO_README = "ERROR: No README data found!";

export function readmeOf(manifest: Manifest, fallback?: unknown): string | undefined {
  const readme = str(manifest.readme) ?? str(fallback);
  return readme === NO_README ? undefined : readme;
}

/** The version metadata DescribePackageVersion, GetPackageVersionReadme and ListPackageVersionDependencies answer from. */
export function versionMetadataOf(name: NpmName, manifest: Manifest, readme: string | undefined): VersionMetadata {
  return {
    displayName: name.full,
    summary: str(manifest.description),
    homePage: str(manifest.homepage),
    sourceCodeRepository: repositoryUrl(manifest),
    licenses: licensesOf(manifest),
    readme,
    dependencies: dependenciesOf(manifest),
    formatMetadata: toFormatMetadata(manifest),
  };
}

/** Fields of a manifest kept in abbreviated ("corgi") packuments: what installers need. */
const ABBREVIATED_FIELDS = [
  "name",
  "version",
  "deprecated",
  "dependencies",
  "optionalDependencies",
  "devDependencies",
  "bundleDependencies",
  "bundledDependencies",
  "peerDependencies",
  "peerDependenciesMeta",
  "acceptDependencies",
  "bin",
  "directories",
  "engines",
  "os",
  "cpu",
  "libc",
  "funding",
  "license",
  "_hasShrinkwrap",
  "hasInstallScript",
  "dist",
];

const INSTALL_SCRIPTS = ["preinstall", "install", "postinstall"];

export function abbreviate(manifest: Manifest): Manifest {
  const out: Manifest = {};
  for (const field of ABBREVIATED_FIELDS) if (manifest[field] !== undefined) out[field] = manifest[field];
  const scripts = isObject(manifest.scripts) ? manifest.scripts : {};
  if (out.hasInstallScript === undefined && INSTALL_SCRIPTS.some((s) => s in scripts)) out.hasInstallScript = true;
  return out;
}

/**
 * A manifest as served: `dist.tarball` pointing at this endpoint, integrity from what was stored,
 * and registry signatures of other registries dropped (they would not verify against this one).
 */
export function servedManifest(manifest: Manifest, tarballUrl: string, digests: { integrity?: string; shasum?: string }): Manifest {
  const dist = isObject(manifest.dist) ? { ...manifest.dist } : {};
  delete dist.signatures;
  delete dist["npm-signature"];
  delete dist.attestations;
  if (digests.integrity) dist.integrity = digests.integrity;
  if (digests.shasum) dist.shasum = digests.shasum;
  dist.tarball = tarballUrl;
  const { readme: _readme, ...rest } = manifest;
  return { ...rest, dist };
}

export { isObject };
