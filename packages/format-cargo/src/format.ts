import semver from "semver";
import type { RegistryConfig } from "@codeartifact-local/format-kit";
import type { FormatAdapter } from "@codeartifact-local/package-service";
import { readCrateReadme } from "./crate-archive";
import { CratesIndex } from "./crates-index";

/** Cargo for the package service: SemVer ordering, the readme inside a `.crate`, the index behind `public:crates-io`. */
export interface CargoFormat extends FormatAdapter {
  readonly registry: CratesIndex;
}

export function cargoFormat(config: RegistryConfig): CargoFormat {
  return {
    format: "cargo",
    compareVersions: compareCrateVersions,
    assetReadme: async (asset) => (asset.name.endsWith(".crate") && asset.size > 0 ? readCrateReadme(asset.read(0, asset.size - 1)) : undefined),
    registry: new CratesIndex(config),
  };
}

/** SemVer 2.0 precedence, build metadata breaking ties; strings that are not SemVer sort first, by text. */
export function compareCrateVersions(a: string, b: string): number {
  const x = semver.valid(a) !== null;
  const y = semver.valid(b) !== null;
  if (x && y) return semver.compareBuild(a, b);
  if (x || y) return x ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}
