import { parseNpmName, type NpmName } from "./names";

// The npm registry API under a repository endpoint, as npm, pnpm and yarn call it. Paths arrive
// percent-encoded; a scoped name comes as `@scope%2fname` or as `@scope/name`.

export type NpmRoute =
  | { kind: "ping" }
  | { kind: "packument"; name: NpmName }
  | { kind: "version-manifest"; name: NpmName; spec: string }
  | { kind: "tarball"; name: NpmName; file: string }
  | { kind: "publish"; name: NpmName }
  | { kind: "dist-tags"; name: NpmName }
  | { kind: "dist-tag-set"; name: NpmName; tag: string }
  | { kind: "dist-tag-remove"; name: NpmName; tag: string }
  | { kind: "unsupported"; command: string; alternative?: string }
  | { kind: "not-found" }
  | { kind: "method-not-allowed"; allow: string };

/** Whether a route changes the repository (needs PublishPackageVersion rather than ReadFromRepository). */
export function isWrite(route: NpmRoute): boolean {
  return route.kind === "publish" || route.kind === "dist-tag-set" || route.kind === "dist-tag-remove";
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** Reads a package name from the start of `segments`: one segment, or two for an unescaped scope. */
function takeName(segments: string[]): { name: NpmName; rest: string[] } | undefined {
  const first = decode(segments[0] ?? "");
  if (first === undefined) return undefined;
  if (first.startsWith("@") && !first.includes("/") && segments.length > 1) {
    const second = decode(segments[1]);
    const name = second === undefined ? undefined : parseNpmName(`${first}/${second}`);
    return name && { name, rest: segments.slice(2) };
  }
  const name = parseNpmName(first);
  return name && { name, rest: segments.slice(1) };
}

const UNSUPPORTED: Array<[RegExp, string, string?]> = [
  [/^v1\/search$/, "npm search", "use `aws codeartifact list-packages`"],
  [/^npm\/v1\/security\//, "npm audit", "CodeArtifact provides no vulnerability data"],
  [/^whoami$/, "npm whoami"],
  [/^(user\/|v1\/login)/, "npm login / adduser", "use `aws codeartifact login --tool npm`"],
  [/^npm\/v1\/tokens/, "npm token", "use `aws codeartifact get-authorization-token`"],
  [/^(org|team)\//, "npm org / team"],
  [/^package\/[^/]+\/(access|collaborators|visibility)/, "npm access / owner"],
  [/^npm\/v1\/hooks/, "npm hook"],
  [/^_view\/|^user\/.*\/package/, "npm star / stars"],
];

function unsupported(path: string): NpmRoute {
  for (const [pattern, command, alternative] of UNSUPPORTED) {
    if (pattern.test(path)) return { kind: "unsupported", command, alternative };
  }
  return { kind: "not-found" };
}

/** Routes `rest` (the path after the repository endpoint) for `method`. */
export function parseNpmRoute(method: string, rest: string): NpmRoute {
  const m = method === "HEAD" ? "GET" : method;
  if (rest.startsWith("-/")) {
    const path = rest.slice(2);
    if (path === "ping") return m === "GET" ? { kind: "ping" } : { kind: "method-not-allowed", allow: "GET" };
    const tags = /^package\/(.+?)\/dist-tags(?:\/([^/]+))?\/?$/.exec(path);
    if (tags) {
      const taken = takeName(tags[1].split("/"));
      if (!taken || taken.rest.length > 0) return { kind: "not-found" };
      if (tags[2] === undefined) return m === "GET" ? { kind: "dist-tags", name: taken.name } : { kind: "method-not-allowed", allow: "GET" };
      const tag = decode(tags[2]);
      if (tag === undefined) return { kind: "not-found" };
      if (m === "PUT" || m === "POST") return { kind: "dist-tag-set", name: taken.name, tag };
      if (m === "DELETE") return { kind: "dist-tag-remove", name: taken.name, tag };
      return { kind: "method-not-allowed", allow: "PUT, DELETE" };
    }
    return unsupported(path);
  }

  const segments = rest.split("/").filter((s, i, all) => s !== "" || i < all.length - 1);
  if (segments.length === 0 || segments[0] === "") return { kind: "not-found" };
  const taken = takeName(segments);
  if (!taken) return { kind: "not-found" };
  const { name, rest: after } = taken;

  if (after.includes("-rev")) return { kind: "unsupported", command: "npm unpublish", alternative: "use `aws codeartifact delete-package-versions`" };
  if (after.length === 0) {
    if (m === "GET") return { kind: "packument", name };
    if (m === "PUT") return { kind: "publish", name };
    if (m === "DELETE") return { kind: "unsupported", command: "npm unpublish", alternative: "use `aws codeartifact delete-package-versions`" };
    return { kind: "method-not-allowed", allow: "GET, PUT" };
  }
  if (after[0] === "-" && after.length === 2) {
    const file = decode(after[1]);
    if (file === undefined) return { kind: "not-found" };
    if (m === "GET") return { kind: "tarball", name, file };
    if (m === "DELETE") return { kind: "unsupported", command: "npm unpublish", alternative: "use `aws codeartifact delete-package-versions`" };
    return { kind: "method-not-allowed", allow: "GET" };
  }
  if (after.length === 1 && m === "GET") {
    const spec = decode(after[0]);
    return spec === undefined ? { kind: "not-found" } : { kind: "version-manifest", name, spec };
  }
  return { kind: "not-found" };
}
