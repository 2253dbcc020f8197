import { isPackageName, isReleaseVersion, isScope } from "./names";

// The registry API under a repository endpoint (section 4 of the registry specification):
//   GET  {scope}/{name}[.json]                        list releases
//   GET  {scope}/{name}/{version}[.json]              release metadata
//   GET  {scope}/{name}/{version}/Package.swift       manifest (?swift-version=)
//   GET  {scope}/{name}/{version}.zip                 source archive
//   PUT  {scope}/{name}/{version}                     publish
//   GET  identifiers?url=                             identifiers for a repository URL
//   POST login                                        `swift package-registry login` checks credentials
// HEAD is answered like GET.

export interface ReleaseAddress {
  scope: string;
  name: string;
  version: string;
}

export type SwiftRoute =
  | { kind: "releases"; scope: string; name: string }
  | ({ kind: "release" } & ReleaseAddress)
  | ({ kind: "manifest"; swiftVersion?: string } & ReleaseAddress)
  | ({ kind: "archive" } & ReleaseAddress)
  | ({ kind: "publish" } & ReleaseAddress)
  | { kind: "identifiers"; url?: string }
  | { kind: "login" }
  | { kind: "invalid"; detail: string }
  | { kind: "not-found" }
  | { kind: "method-not-allowed"; allow: string };

export function isWrite(route: SwiftRoute): boolean {
  return route.kind === "publish";
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** Checks the identity and version of a release path, or says what is wrong with it. */
function address(scope: string, name: string, version: string | undefined): { detail: string } | undefined {
  if (!isScope(scope)) return { detail: `invalid scope "${scope}": alphanumerics and single inner hyphens, at most 39 characters` };
  if (!isPackageName(name)) return { detail: `invalid package name "${name}": alphanumerics and single inner hyphens or underscores, at most 100 characters` };
  if (version !== undefined && !isReleaseVersion(version))
    return { detail: `invalid version "${version}": release versions are Semantic Versioning 2.0 versions` };
  return undefined;
}

/** Routes `rest` (the path after the repository endpoint, still encoded) and `query` for `method`. */
export function parseSwiftRoute(method: string, rest: string, query: string): SwiftRoute {
  const m = method === "HEAD" ? "GET" : method;
  const segments = rest.split("/").map(decode);
  if (segments.some((s) => s === undefined)) return { kind: "not-found" };
  const path = segments as string[];

  if (path.length === 1 && path[0] === "login") return m === "POST" ? { kind: "login" } : { kind: "method-not-allowed", allow: "POST" };
  if (path.length === 1 && path[0] === "identifiers") {
    if (m !== "GET") return { kind: "method-not-allowed", allow: "GET, HEAD" };
    const url = new URLSearchParams(query).get("url");
    return { kind: "identifiers", url: url ?? undefined };
  }

  if (path.length === 2) {
    const [scope, file] = path;
    const name = file.endsWith(".json") ? file.slice(0, -".json".length) : file;
    if (m !== "GET") return { kind: "method-not-allowed", allow: "GET, HEAD" };
    const invalid = address(scope, name, undefined);
    return invalid ? { kind: "invalid", ...invalid } : { kind: "releases", scope, name };
  }

  if (path.length === 3) {
    const [scope, name, last] = path;
    if (m === "PUT") {
      const invalid = address(scope, name, last);
      return invalid ? { kind: "invalid", ...invalid } : { kind: "publish", scope, name, version: last };
    }
    if (m !== "GET") return { kind: "method-not-allowed", allow: "GET, HEAD, PUT" };
    // A `.zip` or `.json` suffix names the archive or the metadata document, as the specification has it.
    const kind = last.endsWith(".zip") ? "archive" : "release";
    const version = last.endsWith(".zip") || last.endsWith(".json") ? last.slice(0, last.lastIndexOf(".")) : last;
    const invalid = address(scope, name, version);
    return invalid ? { kind: "invalid", ...invalid } : { kind, scope, name, version };
  }

  if (path.length === 4 && path[3] === "Package.swift") {
    const [scope, name, version] = path;
    if (m !== "GET") return { kind: "method-not-allowed", allow: "GET, HEAD" };
    const invalid = address(scope, name, version);
    if (invalid) return { kind: "invalid", ...invalid };
    const swiftVersion = new URLSearchParams(query).get("swift-version") ?? undefined;
    return { kind: "manifest", scope, name, version, swiftVersion };
  }
  return { kind: "not-found" };
}
