import type { RegistryConfig } from "@codeartifact-local/format-kit";
import type { FormatAdapter } from "@codeartifact-local/package-service";
import semver from "semver";
import type { Manifest } from "./manifest";
import { NpmRegistry, type UpstreamPackument } from "./upstream-registry";

/** npm for the package service: SemVer 2.0 precedence (the `semver` package npm itself uses), and the npm registry. */
export function npmFormat(config: RegistryConfig): FormatAdapter<UpstreamPackument, Manifest> {
  return {
    format: "npm",
    compareVersions: compareNpmVersions,
    registry: new NpmRegistry(config),
  };
}

/** SemVer precedence; strings that are not SemVer (legacy data) sort before those that are, by text. */
export function compareNpmVersions(a: string, b: string): number {
  const x = semver.valid(a, { loose: true });
  const y = semver.valid(b, { loose: true });
  if (x && y) return semver.compare(x, y, { loose: true });
  if (x || y) return x ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}
