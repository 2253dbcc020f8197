import type { EndpointCall, RenderedCache } from "@codeartifact-local/format-kit";
import type { PackageRef } from "@codeartifact-local/package-service";
import { crateKey } from "./names";

/** One authenticated request to a repository's Cargo endpoint. */
export interface CargoCall extends EndpointCall {
  /** Rendered index files, reused until the store changes. */
  indexFiles: RenderedCache;
}

/** The crate in the called repository (stored under its lowercased name). */
export function crateRef(call: CargoCall, name: string): PackageRef {
  return { domain: call.domain, repository: call.repository, format: "cargo", name: crateKey(name) };
}
