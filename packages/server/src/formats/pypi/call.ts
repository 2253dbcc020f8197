import type { FastifyBaseLogger } from "fastify";
import type { RepositoryRecord } from "@codeartifact-local/store";
import type { PackageRef } from "../../packages/context";
import type { PackageService } from "../../packages/service";
import type { Services } from "../../services";
import type { Authorized } from "../auth";
import type { RepositoryAddress } from "../endpoint";
import type { RenderedCache } from "../rendered-cache";
import type { UpstreamIndex } from "./upstream-index";

/** One authenticated request to a repository's PyPI endpoint, with what its handlers need. */
export interface PypiCall {
  services: Services;
  packages: PackageService;
  index: UpstreamIndex;
  /** Rendered project pages, reused until the store changes. */
  pages: RenderedCache;
  address: RepositoryAddress;
  auth: Authorized;
  log: FastifyBaseLogger;
}

/** The project in the called repository (or in `repository` of the same domain). */
export function packageRef(call: PypiCall, project: string, repository: RepositoryRecord = call.auth.repository): PackageRef {
  return {
    partition: { account: call.auth.claims.account, region: call.auth.domain.region },
    domain: call.auth.domain.name,
    domainOwner: call.auth.domain.account,
    repository: repository.name,
    format: "pypi",
    name: project,
  };
}

/** A file's link from the project's simple page (`simple/<project>/`): relative, so any host works. */
export function fileHref(version: string, filename: string): string {
  return `${encodeURIComponent(version)}/${encodeURIComponent(filename)}`;
}
