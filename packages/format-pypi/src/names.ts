import { pep503 } from "@codeartifact-local/package-service";

// Project names and distribution file names. Storage and URLs use the PEP 503 form; the name a
// publisher spelled is kept as the display name. A file's version comes from its name: wheels
// escape `-` in the project name (PEP 427), sdists may not, so an sdist name is split at the dash
// after which the prefix normalizes to the project.

/** PEP 508 project name (core metadata `Name`). */
const PROJECT_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;

export function isProjectName(name: string): boolean {
  return PROJECT_NAME.test(name);
}

export { pep503 as normalizeProject };

const SDIST_SUFFIXES = [".tar.gz", ".zip", ".tar.bz2", ".tar.xz", ".tgz", ".tar"];

export type DistributionKind = "wheel" | "sdist";

export function distributionKind(filename: string): DistributionKind | undefined {
  if (filename.endsWith(".whl")) return "wheel";
  return SDIST_SUFFIXES.some((s) => filename.endsWith(s)) ? "sdist" : undefined;
}

/** The version a distribution file of `project` (normalized) carries, or undefined if it is not one. */
export function versionOfFile(project: string, filename: string): string | undefined {
  const kind = distributionKind(filename);
  if (kind === "wheel") {
    const parts = filename.slice(0, -".whl".length).split("-");
    if ((parts.length !== 5 && parts.length !== 6) || pep503(parts[0]) !== project) return undefined;
    return parts[1] || undefined;
  }
  if (kind === "sdist") {
    const stem = filename.slice(0, -SDIST_SUFFIXES.find((s) => filename.endsWith(s))!.length);
    for (let i = stem.indexOf("-"); i > 0; i = stem.indexOf("-", i + 1)) {
      if (pep503(stem.slice(0, i)) === project) return stem.slice(i + 1) || undefined;
    }
  }
  return undefined;
}
