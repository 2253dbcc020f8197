import type { EndpointCall, RenderedCache } from "@codeartifact-local/format-kit";
import type { PackageRef, VersionRef } from "@codeartifact-local/package-service";
import type { Artifact } from "./routes";

/** One authenticated request to a repository's Maven endpoint. */
export interface MavenCall extends EndpointCall {
  /** Rendered maven-metadata.xml documents, reused until the store changes. */
  documents: RenderedCache;
  /** Standard-set imports from external repositories in progress, by repository and version. */
  imports: Map<string, Promise<void>>;
}

/** The artifact as a package of the called repository: namespace = groupId, name = artifactId. */
export function packageRef(call: MavenCall, artifact: Artifact): PackageRef {
  return { domain: call.domain, repository: call.repository, format: "maven", namespace: artifact.groupId, name: artifact.artifactId };
}

export function versionRef(call: MavenCall, artifact: Artifact, version: string): VersionRef {
  return { ...packageRef(call, artifact), version };
}
