// npm package names on the wire and in the package model. A scope is the package's namespace in
// CodeArtifact, without the `@` (`@babel/core` is namespace `babel`, name `core`). npm names are
// not normalized; legacy names with capitals stay as they are.

export interface NpmName {
  /** As clients write it: `@scope/name` or `name`. */
  full: string;
  scope?: string;
  name: string;
}

const PART = /^[A-Za-z0-9~-][A-Za-z0-9._~-]*$/;

export function parseNpmName(full: string): NpmName | undefined {
  if (full.length === 0 || full.length > 214) return undefined;
  if (full.startsWith("@")) {
    const slash = full.indexOf("/");
    if (slash < 0) return undefined;
    const scope = full.slice(1, slash);
    const name = full.slice(slash + 1);
    if (!PART.test(scope) || !PART.test(name)) return undefined;
    return { full, scope, name };
  }
  return PART.test(full) ? { full, name: full } : undefined;
}

/** The name as a URL path segment the way npm clients send it: `@scope%2fname`. */
export function escapedName(name: NpmName): string {
  return name.scope === undefined ? name.name : `@${name.scope}%2f${name.name}`;
}

/** The file name npm gives a version's tarball: the unscoped name and the version. */
export function tarballFileName(name: NpmName, version: string): string {
  return `${name.name}-${version}.tgz`;
}

/** CodeArtifact stores every npm version's tarball under this one asset name. */
export const NPM_ASSET = "package.tgz";

/** SemVer 2.0 (what npm accepts as a published version), with an optional leading `v` or `=` removed by npm beforehand. */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

export function isSemver(version: string): boolean {
  return version.length <= 256 && SEMVER.test(version);
}

/** `@scope/name` dependency keys split into the API's namespace and package. */
export function splitDependencyName(key: string): { namespace?: string; package: string } {
  if (key.startsWith("@")) {
    const slash = key.indexOf("/");
    if (slash > 1) return { namespace: key.slice(1, slash), package: key.slice(slash + 1) };
  }
  return { package: key };
}
