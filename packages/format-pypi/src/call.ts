import type { EndpointCall, RenderedCache } from "@codeartifact-local/format-kit";
import type { PackageRef, RepositoryRecord } from "@codeartifact-local/package-service";
import type { PypiIndex } from "./upstream-index";

/** One authenticated request to a repository's PyPI endpoint. */
export interface PypiCall extends EndpointCall {
  index: PypiIndex;
  /** Rendered project pages, reused until the store changes. */
  pages: RenderedCache;
}

/** The project in the called repository (or in `repository` of the same domain). */
export function packageRef(call: PypiCall, project: string, repository: RepositoryRecord = call.repository): PackageRef {
  return { domain: call.domain, repository, format: "pypi", name: project };
}

/** A file's link from the project's simple page (`simple/<project>/`): relative, so any host works. */
export function fileHref(version: string, filename: string): string {
  return `${encodeURIComponent(version)}/${encodeURIComponent(filename)}`;
}
