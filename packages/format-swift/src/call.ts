import type { EndpointCall, RenderedCache } from "@codeartifact-local/format-kit";
import type { PackageRef, RepositoryRecord } from "@codeartifact-local/package-service";

/** One authenticated request to a repository's Swift endpoint. */
export interface SwiftCall extends EndpointCall {
  /** Rendered release lists and identifier lookups, reused until the store changes. */
  documents: RenderedCache;
}

/** The package `scope.name` in the called repository (or `repository` of the same domain); the service lowercases both. */
export function packageRef(call: SwiftCall, scope: string, name: string, repository: RepositoryRecord = call.repository): PackageRef {
  return { domain: call.domain, repository, format: "swift", namespace: scope, name };
}

/** Absolute URL of `path` under the called repository endpoint, as the client addressed it. */
export function endpointUrl(call: SwiftCall, path: string): string {
  return `${call.origin}${call.address.basePath}${path}`;
}

/** The path of a release under the endpoint. */
export function releasePath(scope: string, name: string, version: string): string {
  return [scope, name, version].map(encodeURIComponent).join("/");
}
