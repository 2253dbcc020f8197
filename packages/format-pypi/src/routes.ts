import { normalizeProject } from "./names";

// The PyPI API under a repository endpoint: the legacy upload API at the root (twine, uv,
// poetry), the simple index at `simple/<project>/`, and distribution files (and their PEP 658
// core metadata) at `simple/<project>/<version>/<file>`, where the simple page links them.

export type PypiRoute =
  | { kind: "upload" }
  | { kind: "project"; project: string }
  | { kind: "redirect"; location: string }
  | { kind: "file"; project: string; version: string; file: string }
  | { kind: "core-metadata"; project: string; version: string; file: string }
  | { kind: "index-root" }
  | { kind: "not-found" }
  | { kind: "method-not-allowed"; allow: string };

export function isWrite(route: PypiRoute): boolean {
  return route.kind === "upload";
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** Routes `rest` (the path after the repository endpoint) for `method`; `basePath` builds redirects. */
export function parsePypiRoute(method: string, rest: string, basePath: string): PypiRoute {
  const m = method === "HEAD" ? "GET" : method;
  // twine posts to the endpoint itself; some clients add `legacy/` as on PyPI.
  if (rest === "" || rest === "legacy/" || rest === "legacy") {
    return m === "POST" ? { kind: "upload" } : { kind: "method-not-allowed", allow: "POST" };
  }
  const segments = rest.split("/");
  if (segments[0] !== "simple") return { kind: "not-found" };
  if (segments.length === 1 || (segments.length === 2 && segments[1] === "")) return { kind: "index-root" };

  const name = decode(segments[1]);
  if (name === undefined || name === "") return { kind: "not-found" };
  const project = normalizeProject(name);
  const after = segments.slice(2);
  if (m !== "GET") return { kind: "method-not-allowed", allow: "GET" };
  if (after.length === 0 || (after.length === 1 && after[0] === "")) {
    // PEP 503: clients may ask with any spelling; the normalized URL (with its slash) is canonical.
    if (project !== name || after.length === 0) return { kind: "redirect", location: `${basePath}simple/${encodeURIComponent(project)}/` };
    return { kind: "project", project };
  }
  if (after.length !== 2) return { kind: "not-found" };
  const version = decode(after[0]);
  const file = decode(after[1]);
  if (!version || !file) return { kind: "not-found" };
  if (file.endsWith(".metadata")) return { kind: "core-metadata", project, version, file: file.slice(0, -".metadata".length) };
  return { kind: "file", project, version, file };
}
