import type { RegistryConfig } from "@codeartifact-local/format-kit";
import type { FormatAdapter } from "@codeartifact-local/package-service";
import { MavenRepository } from "./upstream-repository";
import { compareMavenVersions } from "./version-order";

/** Maven for the package service: ComparableVersion ordering and the public repositories behind `public:maven-*`. */
export interface MavenFormat extends FormatAdapter {
  readonly registry: MavenRepository;
}

export function mavenFormat(config: RegistryConfig): MavenFormat {
  return { format: "maven", compareVersions: compareMavenVersions, registry: new MavenRepository(config) };
}
