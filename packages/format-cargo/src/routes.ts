import { indexPath, isLooseCrateName } from "./names";

// The Cargo registry under a repository endpoint: the sparse index at the root (`config.json` and
// the index files), the web API below `api/v1/crates` (publish, download, yank, unyank; owners and
// search are not supported, as on AWS), and `me`, where the 401 challenge's login_url points.

export type CargoRoute =
  | { kind: "config" }
  | { kind: "index"; name: string }
  | { kind: "publish" }
  | { kind: "download"; name: string; version: string }
  | { kind: "yank"; name: string; version: string; yanked: boolean }
  | { kind: "me" }
  | { kind: "unsupported"; command: string }
  | { kind: "method-not-allowed"; allow: string }
  | { kind: "not-found" };

export function isWrite(route: CargoRoute): boolean {
  return route.kind === "publish" || route.kind === "yank";
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

const only = (method: string, wanted: string, route: CargoRoute): CargoRoute => (method === wanted ? route : { kind: "method-not-allowed", allow: wanted });

/** The index file a path names, when the path is where that name's file lives (any case). */
function indexRoute(segments: string[]): CargoRoute | undefined {
  const name = segments.at(-1)!;
  if (!isLooseCrateName(name) || indexPath(name) !== segments.join("/").toLowerCase()) return undefined;
  return { kind: "index", name };
}

function apiRoute(method: string, segments: string[]): CargoRoute {
  // segments after `api/v1/crates`
  if (segments.length === 0 || (segments.length === 1 && segments[0] === "")) return { kind: "unsupported", command: "cargo search" };
  if (segments.length === 1 && segments[0] === "new") return only(method, "PUT", { kind: "publish" });
  const name = decode(segments[0]);
  if (name === undefined || !isLooseCrateName(name)) return { kind: "not-found" };
  if (segments[1] === "owners" && segments.length === 2) return { kind: "unsupported", command: "cargo owner" };
  if (segments.length !== 3) return { kind: "not-found" };
  const version = decode(segments[1]);
  if (!version) return { kind: "not-found" };
  switch (segments[2]) {
    case "download":
      return only(method, "GET", { kind: "download", name, version });
    case "yank":
      return only(method, "DELETE", { kind: "yank", name, version, yanked: true });
    case "unyank":
      return only(method, "PUT", { kind: "yank", name, version, yanked: false });
    default:
      return { kind: "not-found" };
  }
}

/** Routes `rest` (the path after the repository endpoint, still percent-encoded) for `method`. */
export function parseCargoRoute(method: string, rest: string): CargoRoute {
  const m = method === "HEAD" ? "GET" : method;
  const segments = rest.split("/");
  if (segments[0] === "api" && segments[1] === "v1" && segments[2] === "crates") return apiRoute(m, segments.slice(3));
  if (rest === "config.json") return only(m, "GET", { kind: "config" });
  if (rest === "me") return only(m, "GET", { kind: "me" });
  if (segments.length >= 2 && segments.length <= 3) {
    const index = indexRoute(segments);
    if (index) return only(m, "GET", index);
  }
  return { kind: "not-found" };
}
