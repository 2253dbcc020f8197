import { createHash } from "node:crypto";
import { requirementText, type GemSpec } from "./gem-spec";

// The compact index (the protocol rubygems.org serves and Bundler and RubyGems read):
//   versions        `created_at: <time>`, `---`, then `<gem> <v>[-<platform>],... <md5 of its info>`
//   info/<gem>      `---`, then `<v>[-<platform>] <dep>:<req>&<req>,...|checksum:<sha256>,ruby:<req>,rubygems:<req>`
//   names           `---`, then one gem name a line
// Clients compare the MD5 in `versions` with their cached info file, and the ETag of an answer
// with the MD5 of what they stored, so both are computed from the bytes rendered here.

export interface IndexEntry {
  version: string;
  platform: string;
  /** `[name, requirement text]` of each runtime dependency. */
  dependencies: Array<[string, string]>;
  /** Hex SHA-256 of the gem file. */
  checksum?: string;
  ruby?: string;
  rubygems?: string;
}

const ANY = ">= 0";

export function entryOfSpec(spec: GemSpec, checksum?: string): IndexEntry {
  const ruby = requirementText(spec.requiredRubyVersion);
  const rubygems = requirementText(spec.requiredRubygemsVersion);
  return {
    version: spec.version,
    platform: spec.platform,
    dependencies: spec.dependencies.filter((d) => d.type === "runtime").map((d) => [d.name, requirementText(d.requirement)]),
    checksum,
    ...(ruby !== ANY ? { ruby } : {}),
    ...(rubygems !== ANY ? { rubygems } : {}),
  };
}

/** `1.0.0` or `1.0.0-java`, as versions and info lines name an entry. */
export function entryVersion(entry: Pick<IndexEntry, "version" | "platform">): string {
  return entry.platform === "ruby" ? entry.version : `${entry.version}-${entry.platform}`;
}

const amp = (requirement: string) => requirement.split(", ").join("&");

export function infoLine(entry: IndexEntry): string {
  const deps = entry.dependencies.map(([name, requirement]) => `${name}:${amp(requirement)}`).join(",");
  const extra = [entry.checksum && `checksum:${entry.checksum}`, entry.ruby && `ruby:${amp(entry.ruby)}`, entry.rubygems && `rubygems:${amp(entry.rubygems)}`];
  return `${entryVersion(entry)} ${deps}|${extra.filter(Boolean).join(",")}`;
}

export function renderInfo(entries: IndexEntry[]): string {
  return `---\n${entries.map((e) => `${infoLine(e)}\n`).join("")}`;
}

/** Splits `1.0.0-x86_64-linux` at the first `-` (versions have none). */
function splitVersion(text: string): { version: string; platform: string } {
  const dash = text.indexOf("-");
  return dash < 0 ? { version: text, platform: "ruby" } : { version: text.slice(0, dash), platform: text.slice(dash + 1) };
}

/** Entries of an info file as a registry serves it; lines that do not parse are left out. */
export function parseInfo(text: string): IndexEntry[] {
  const entries: IndexEntry[] = [];
  for (const line of text.split("\n")) {
    if (line === "" || line === "---") continue;
    const space = line.indexOf(" ");
    if (space <= 0) continue;
    const { version, platform } = splitVersion(line.slice(0, space));
    const [deps = "", extra = ""] = line.slice(space + 1).split("|", 2);
    const dependencies: Array<[string, string]> = [];
    for (const dep of deps ? deps.split(",") : []) {
      const colon = dep.indexOf(":");
      if (colon > 0)
        dependencies.push([
          dep.slice(0, colon),
          dep
            .slice(colon + 1)
            .split("&")
            .join(", "),
        ]);
    }
    const entry: IndexEntry = { version, platform, dependencies };
    for (const pair of extra ? extra.split(",") : []) {
      const colon = pair.indexOf(":");
      const key = pair.slice(0, colon);
      const value = pair
        .slice(colon + 1)
        .split("&")
        .join(", ");
      if (key === "checksum" && /^[0-9a-f]{64}$/i.test(value)) entry.checksum = value.toLowerCase();
      else if (key === "ruby") entry.ruby = value;
      else if (key === "rubygems") entry.rubygems = value;
    }
    entries.push(entry);
  }
  return entries;
}

export interface VersionsLine {
  name: string;
  /** Entry versions (`1.0.0`, `1.0.0-java`) in the order listed. */
  versions: string[];
  /** MD5 of the gem's info file. */
  md5: string;
}

/**
 * A registry's versions file. It is append-only: a gem may have several lines (later ones add
 * versions, `-1.0.0` removes a yanked one, and carry the current MD5), merged here into one.
 */
export function parseVersions(text: string): Map<string, VersionsLine> {
  const gems = new Map<string, VersionsLine>();
  const body = text.indexOf("\n---\n");
  for (const line of (body < 0 ? text : text.slice(body + 5)).split("\n")) {
    const [name, list, md5] = line.split(" ");
    if (!name || list === undefined || !md5) continue;
    const current = gems.get(name) ?? { name, versions: [], md5 };
    for (const version of list.split(",")) {
      if (version.startsWith("-")) current.versions = current.versions.filter((v) => v !== version.slice(1));
      else if (version && !current.versions.includes(version)) current.versions.push(version);
    }
    current.md5 = md5;
    gems.set(name, current);
  }
  return gems;
}

export function renderVersions(lines: VersionsLine[], createdAt: string): string {
  const body = lines.filter((l) => l.versions.length > 0).map((l) => `${l.name} ${l.versions.join(",")} ${l.md5}\n`);
  return `created_at: ${createdAt}\n---\n${body.join("")}`;
}

export function renderNames(names: string[]): string {
  return `---\n${names.map((n) => `${n}\n`).join("")}`;
}

export const md5Hex = (text: string) => createHash("md5").update(text).digest("hex");
