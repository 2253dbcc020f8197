import { compare, valid } from "@snyk/ruby-semver";

// Gem::Version order (`1.0.a` < `1.0` = `1.0.0` < `1.10`), from a port of RubyGems' own class.
// Strings Gem::Version rejects sort first, by text; the package service breaks ties ("1.0" and
// "1.0.0") by byte order, as pagination needs a total order.

export function isGemVersion(version: string): boolean {
  return valid(version) !== null;
}

export function compareGemVersions(a: string, b: string): number {
  const x = isGemVersion(a);
  const y = isGemVersion(b);
  if (x && y) return compare(a, b) ?? 0;
  if (x || y) return x ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}
