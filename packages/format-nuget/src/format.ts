import type { RegistryConfig } from "@codeartifact-local/format-kit";
import type { FormatAdapter } from "@codeartifact-local/package-service";
import { NugetGallery } from "./gallery";
import { compareNugetVersions } from "./versions";

/** NuGet for the package service: NuGet.Versioning's order and the V3 feed behind `public:nuget-org`. */
export interface NugetFormat extends FormatAdapter {
  readonly registry: NugetGallery;
}

export function nugetFormat(config: RegistryConfig): NugetFormat {
  return { format: "nuget", compareVersions: compareNugetVersions, registry: new NugetGallery(config) };
}
