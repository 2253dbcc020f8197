import type { FastifyBaseLogger } from "fastify";
import type { RepositoryRecord } from "@codeartifact-local/store";
import type { PackageRef } from "../../packages/context";
import type { PackageService } from "../../packages/service";
import type { Services } from "../../services";
import type { Authorized } from "../auth";
import type { RepositoryAddress } from "../endpoint";
import { tarballFileName, type NpmName } from "./names";
import type { RenderedCache } from "../rendered-cache";
import type { UpstreamRegistry } from "./upstream-registry";

/** One authenticated request to a repository's npm endpoint, with what its handlers need. */
export interface NpmCall {
  services: Services;
  packages: PackageService;
  upstream: UpstreamRegistry;
  /** Rendered packuments, reused until the store changes. */
  packuments: RenderedCache;
  address: RepositoryAddress;
  auth: Authorized;
  /** `scheme://host[:port]` the client used, for links back to this endpoint. */
  origin: string;
  log: FastifyBaseLogger;
}

/** The package in the called repository (or in `repository` of the same domain). */
export function packageRef(call: NpmCall, name: NpmName, repository: RepositoryRecord = call.auth.repository): PackageRef {
  return {
    partition: { account: call.auth.claims.account, region: call.auth.domain.region },
    domain: call.auth.domain.name,
    domainOwner: call.auth.domain.account,
    repository: repository.name,
    format: "npm",
    namespace: name.scope,
    name: name.name,
  };
}

/** Where clients download a version's tarball: this endpoint, the way npmjs lays tarballs out. */
export function tarballUrl(call: NpmCall, name: NpmName, version: string): string {
  const path = name.scope === undefined ? encodeURIComponent(name.name) : `@${encodeURIComponent(name.scope)}/${encodeURIComponent(name.name)}`;
  return `${call.origin}${call.address.basePath}${path}/-/${encodeURIComponent(tarballFileName(name, version))}`;
}
