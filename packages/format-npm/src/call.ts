import type { EndpointCall, RenderedCache } from "@codeartifact-local/format-kit";
import type { PackageRef, RepositoryRecord } from "@codeartifact-local/package-service";
import { tarballFileName, type NpmName } from "./names";

/** One authenticated request to a repository's npm endpoint. */
export interface NpmCall extends EndpointCall {
  /** Rendered packuments, reused until the store changes. */
  packuments: RenderedCache;
}

/** The package in the called repository (or in `repository` of the same domain). */
export function packageRef(call: NpmCall, name: NpmName, repository: RepositoryRecord = call.repository): PackageRef {
  return { domain: call.domain, repository, format: "npm", namespace: name.scope, name: name.name };
}

/** Where clients download a version's tarball: this endpoint, the way npmjs lays tarballs out. */
export function tarballUrl(call: NpmCall, name: NpmName, version: string): string {
  const path = name.scope === undefined ? encodeURIComponent(name.name) : `@${encodeURIComponent(name.scope)}/${encodeURIComponent(name.name)}`;
  return `${call.origin}${call.address.basePath}${path}/-/${encodeURIComponent(tarballFileName(name, version))}`;
}
