import type { EndpointCall, RenderedCache } from "@codeartifact-local/format-kit";
import type { PackageRef } from "@codeartifact-local/package-service";
import type { NugetGallery } from "./gallery";
import { PATHS } from "./routes";

/** One authenticated request to a repository's NuGet endpoint. */
export interface NugetCall extends EndpointCall {
  gallery: NugetGallery;
  /** Rendered registration and version documents, reused until the store changes. */
  documents: RenderedCache;
}

/** The package `id` (lowercase) in the called repository. */
export function packageRef(call: NugetCall, id: string): PackageRef {
  return { domain: call.domain, repository: call.repository, format: "nuget", name: id };
}

/** Absolute URLs of this endpoint's resources, on the host and path style the client used. */
export function feedUrls(call: Pick<NugetCall, "origin" | "address">) {
  const base = `${call.origin}${call.address.basePath}`;
  const registrations = `${base}${PATHS.registrations}`;
  const flat = `${base}${PATHS.flatContainer}`;
  const seg = (text: string) => encodeURIComponent(text.toLowerCase());
  return {
    base,
    registrations,
    flat,
    serviceIndex: `${base}${PATHS.serviceIndex}`,
    search: `${base}${PATHS.search}`,
    publish: `${base}${PATHS.publish}`,
    registrationIndex: (id: string) => `${registrations}${seg(id)}/index.json`,
    registrationLeaf: (id: string, version: string) => `${registrations}${seg(id)}/${seg(version)}.json`,
    nupkg: (id: string, version: string) => `${flat}${seg(id)}/${seg(version)}/${seg(id)}.${seg(version)}.nupkg`,
  };
}
