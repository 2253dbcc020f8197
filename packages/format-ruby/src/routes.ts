import { parseFullName, type FullName } from "./names";

// The RubyGems API under a repository endpoint:
//   (root)                                   HEAD/GET: RubyGems checks the source answers
//   versions, info/<gem>, names              the compact index (Bundler, RubyGems >= 3.x)
//   api/v1/dependencies[?gems=a,b]           the dependency API (Ruby Marshal; older Bundler)
//   quick/Marshal.4.8/<full name>.gemspec.rz the quick gemspec (deflated Marshal)
//   gems/<full name>.gem                     downloads
//   api/v1/gems                              POST: gem push
//   api/v1/gems/yank                         DELETE: gem yank (not supported by CodeArtifact)

export type RubyRoute =
  | { kind: "root" }
  | { kind: "versions" }
  | { kind: "names" }
  | { kind: "info"; gem: string }
  | { kind: "dependencies"; gems: string[] }
  | { kind: "quick-spec"; file: FullName }
  | { kind: "gem"; file: FullName; fileName: string }
  | { kind: "push" }
  | { kind: "yank" }
  | { kind: "spec-index"; name: string }
  | { kind: "not-found" }
  | { kind: "method-not-allowed"; allow: string };

export function isWrite(route: RubyRoute): boolean {
  return route.kind === "push" || route.kind === "yank";
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

const SPEC_INDEXES = new Set(["specs.4.8.gz", "latest_specs.4.8.gz", "prerelease_specs.4.8.gz", "specs.4.8", "latest_specs.4.8", "prerelease_specs.4.8"]);

/** Routes `rest` (the path after the repository endpoint, percent-encoded) with its query for `method`. */
export function parseRubyRoute(method: string, path: string, query: string): RubyRoute {
  // RubyGems joins the source URL (ending in `/`) and `/api/v1/...` with a slash of its own.
  const rest = path.replace(/^\/+/, "");
  const m = method === "HEAD" ? "GET" : method;
  const get = (route: RubyRoute): RubyRoute => (m === "GET" ? route : { kind: "method-not-allowed", allow: "GET, HEAD" });
  if (rest === "") return get({ kind: "root" });
  if (rest === "api/v1/gems") return m === "POST" ? { kind: "push" } : { kind: "method-not-allowed", allow: "POST" };
  if (rest === "api/v1/gems/yank") return m === "DELETE" ? { kind: "yank" } : { kind: "method-not-allowed", allow: "DELETE" };
  if (rest === "versions") return get({ kind: "versions" });
  if (rest === "names") return get({ kind: "names" });
  if (SPEC_INDEXES.has(rest)) return get({ kind: "spec-index", name: rest });
  if (rest === "api/v1/dependencies") {
    const raw = new URLSearchParams(query).get("gems") ?? "";
    const gems = [
      ...new Set(
        raw
          .split(",")
          .map((g) => g.trim())
          .filter((g) => g !== ""),
      ),
    ];
    return get({ kind: "dependencies", gems });
  }
  const slash = rest.lastIndexOf("/");
  const dir = rest.slice(0, slash + 1);
  const last = decode(rest.slice(slash + 1));
  if (!last) return { kind: "not-found" };
  if (dir === "info/") return get({ kind: "info", gem: last });
  if (dir === "quick/Marshal.4.8/" && last.endsWith(".gemspec.rz")) {
    const file = parseFullName(last.slice(0, -".gemspec.rz".length));
    return file ? get({ kind: "quick-spec", file }) : { kind: "not-found" };
  }
  if (dir === "gems/" && last.endsWith(".gem")) {
    const file = parseFullName(last.slice(0, -".gem".length));
    return file ? get({ kind: "gem", file, fileName: last }) : { kind: "not-found" };
  }
  return { kind: "not-found" };
}
