import { useEffect, useState } from "react";

// Hash routes (`#/d/<domain>/r/<repository>?…`): the server serves one index.html and needs no
// fallback route, and every page has a link that can be bookmarked.

export interface Route {
  segments: string[];
  query: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [path, search = ""] = hash.replace(/^#/, "").split("?", 2);
  return { segments: path.split("/").filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(search) };
}

export function useRoute(): Route {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return parseRoute(hash);
}

/** `#/d/acme/r/repo?namespace=x`: segments are encoded, empty query values are left out. */
export function href(segments: string[], query: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const search = params.toString();
  return `#/${segments.map(encodeURIComponent).join("/")}${search ? `?${search}` : ""}`;
}

export function navigate(to: string): void {
  window.location.hash = to.replace(/^#/, "");
}

export interface PackageRef {
  domain: string;
  repository: string;
  format: string;
  namespace?: string;
  package: string;
}

export const links = {
  domains: () => href([]),
  domain: (domain: string) => href(["d", domain]),
  repository: (domain: string, repository: string) => href(["d", domain, "r", repository]),
  connect: (domain: string, repository: string, format?: string) => href(["d", domain, "r", repository, "connect"], { format }),
  package: (ref: PackageRef) => href(["d", ref.domain, "r", ref.repository, "p", ref.format, ref.package], { namespace: ref.namespace }),
  version: (ref: PackageRef, version: string) =>
    href(["d", ref.domain, "r", ref.repository, "p", ref.format, ref.package, "v", version], { namespace: ref.namespace }),
};
