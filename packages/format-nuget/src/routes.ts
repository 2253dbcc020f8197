// The NuGet V3 feed under a repository endpoint. Clients start at `v3/index.json` (the source URL
// `aws codeartifact login` configures) and follow the resources it lists:
//   v3/registration4/<id>/index.json        registration index (every version, pages inlined)
//   v3/registration4/<id>/<version>.json    registration leaf
//   v3/flatcontainer/<id>/index.json        versions (PackageBaseAddress)
//   v3/flatcontainer/<id>/<version>/<id>.<version>.nupkg, …/<id>.nuspec
//   v3/search                               SearchQueryService
//   v2/package[/]                           PackagePublish: PUT a package; DELETE (unlist) or POST (relist) …/<id>/<version>
// Ids and versions in paths are matched case-insensitively (clients send them lowercased). A
// path whose id or version NuGet would not accept names no package: it is not found, and never
// asked of the public feed.

import { isPackageId } from "./names";
import { isNugetVersion } from "./versions";

export const PATHS = {
  serviceIndex: "v3/index.json",
  registrations: "v3/registration4/",
  flatContainer: "v3/flatcontainer/",
  search: "v3/search",
  publish: "v2/package",
} as const;

export type NugetRoute =
  | { kind: "service-index" }
  | { kind: "registration-index"; id: string }
  | { kind: "registration-leaf"; id: string; version: string }
  | { kind: "versions"; id: string }
  | { kind: "nupkg"; id: string; version: string }
  | { kind: "nuspec"; id: string; version: string }
  | { kind: "search" }
  | { kind: "push" }
  | { kind: "unlist"; id: string; version: string }
  | { kind: "relist"; id: string; version: string }
  | { kind: "method-not-allowed"; allow: string }
  | { kind: "not-found" };

export function isWrite(route: NugetRoute): boolean {
  return route.kind === "push" || route.kind === "unlist" || route.kind === "relist";
}

function decode(segment: string): string | undefined {
  try {
    const value = decodeURIComponent(segment);
    return value === "" || value.includes("/") ? undefined : value;
  } catch {
    return undefined;
  }
}

/** A path segment that is a package id, or undefined. */
function idOf(segment: string | undefined): string | undefined {
  const id = segment === undefined ? undefined : decode(segment);
  return id !== undefined && isPackageId(id) ? id : undefined;
}

/** A path segment (or a part of one) that is a NuGet version, or undefined. */
function versionOf(segment: string | undefined): string | undefined {
  const version = segment === undefined ? undefined : decode(segment);
  return version !== undefined && isNugetVersion(version) ? version : undefined;
}

const notFound: NugetRoute = { kind: "not-found" };

function reads(method: string, route: NugetRoute): NugetRoute {
  return method === "GET" ? route : { kind: "method-not-allowed", allow: "GET, HEAD" };
}

function flatContainer(method: string, segments: string[]): NugetRoute {
  const id = idOf(segments[0]);
  if (!id) return notFound;
  if (segments.length === 2 && segments[1] === "index.json") return reads(method, { kind: "versions", id: id.toLowerCase() });
  if (segments.length !== 3) return notFound;
  const version = versionOf(segments[1]);
  const file = decode(segments[2])?.toLowerCase();
  if (!version || !file) return notFound;
  const lowerId = id.toLowerCase();
  if (file === `${lowerId}.${version.toLowerCase()}.nupkg`) return reads(method, { kind: "nupkg", id: lowerId, version });
  if (file === `${lowerId}.nuspec`) return reads(method, { kind: "nuspec", id: lowerId, version });
  return notFound;
}

function registrations(method: string, segments: string[]): NugetRoute {
  const id = idOf(segments[0]);
  if (!id || segments.length !== 2) return notFound;
  if (segments[1] === "index.json") return reads(method, { kind: "registration-index", id: id.toLowerCase() });
  const version = segments[1].endsWith(".json") ? versionOf(segments[1].slice(0, -".json".length)) : undefined;
  if (!version) return notFound;
  return reads(method, { kind: "registration-leaf", id: id.toLowerCase(), version });
}

function publish(method: string, segments: string[]): NugetRoute {
  // Clients PUT to the resource with a trailing slash; both spellings are accepted.
  if (segments.length === 0 || (segments.length === 1 && segments[0] === "")) {
    return method === "PUT" ? { kind: "push" } : { kind: "method-not-allowed", allow: "PUT" };
  }
  const id = idOf(segments[0]);
  const version = versionOf(segments[1]);
  if (!id || !version || segments.length !== 2) return notFound;
  if (method === "DELETE") return { kind: "unlist", id: id.toLowerCase(), version };
  if (method === "POST") return { kind: "relist", id: id.toLowerCase(), version };
  return { kind: "method-not-allowed", allow: "DELETE, POST" };
}

/** Routes `rest` (the path after the repository endpoint, still encoded) for `method`. */
export function parseNugetRoute(method: string, rest: string): NugetRoute {
  const m = method === "HEAD" ? "GET" : method;
  const under = (prefix: string) => (rest.startsWith(prefix) ? rest.slice(prefix.length).split("/") : undefined);
  if (rest === PATHS.serviceIndex) return reads(m, { kind: "service-index" });
  if (rest === PATHS.search || rest === `${PATHS.search}/`) return reads(m, { kind: "search" });
  const flat = under(PATHS.flatContainer);
  if (flat) return flatContainer(m, flat);
  const registration = under(PATHS.registrations);
  if (registration) return registrations(m, registration);
  if (rest === PATHS.publish) return publish(m, []);
  const published = under(`${PATHS.publish}/`);
  if (published) return publish(m, published);
  return notFound;
}
