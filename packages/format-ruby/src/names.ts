// Gem names, versions and file names as RubyGems spells them. A gem file is
// `<name>-<version>.gem`, or `<name>-<version>-<platform>.gem` for a platform other than `ruby`;
// names may contain `-` and digits, so the split is found from the shapes of the parts: a version
// starts with a digit and has no `-` (Gem::Version turns `-` into `.pre.`), a platform never
// starts with a digit.

/** What rubygems.org accepts as a gem name. */
const GEM_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/;
/** A Gem::Version as found in file names (RubyGems' pattern without the `-` form). */
const VERSION = /^[0-9]+(?:\.[0-9A-Za-z]+)*$/;
const PLATFORM = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export function isGemName(name: string): boolean {
  return GEM_NAME.test(name);
}

export function isFileVersion(version: string): boolean {
  return VERSION.test(version);
}

export function isPlatform(platform: string): boolean {
  return platform === "ruby" || PLATFORM.test(platform);
}

/** `name-version[-platform]`, the spec's full name (the platform is left out for `ruby`). */
export function fullName(name: string, version: string, platform = "ruby"): string {
  return platform === "ruby" ? `${name}-${version}` : `${name}-${version}-${platform}`;
}

export interface FullName {
  name: string;
  version: string;
  platform: string;
}

/** Splits a full name (`rack-3.0.8`, `nokogiri-1.16.0-x86_64-linux`), or undefined when it has no valid split. */
export function parseFullName(text: string): FullName | undefined {
  for (let dash = text.indexOf("-"); dash > 0; dash = text.indexOf("-", dash + 1)) {
    const name = text.slice(0, dash);
    const rest = text.slice(dash + 1);
    const next = rest.indexOf("-");
    const version = next < 0 ? rest : rest.slice(0, next);
    const platform = next < 0 ? "ruby" : rest.slice(next + 1);
    if (isGemName(name) && isFileVersion(version) && (next < 0 || PLATFORM.test(platform))) return { name, version, platform };
  }
  return undefined;
}

/** The gem file name of a spec. */
export function gemFileName(name: string, version: string, platform = "ruby"): string {
  return `${fullName(name, version, platform)}.gem`;
}
