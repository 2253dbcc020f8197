import type { PackageDependency, VersionMetadata } from "@codeartifact-local/package-service";
import { normalizeProject } from "./names";

// Core metadata (the METADATA / PKG-INFO file, and the same fields as twine's upload form) turned
// into what the package service records: summary, readme (the description), license, home page,
// `Requires-Dist` as dependencies; `Requires-Python` is kept in the version's format metadata.

/** Header fields of a core metadata file (lowercased names, every value) and its body. */
export function parseCoreMetadata(text: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  let last: { key: string; index: number } | undefined;
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line === "") break;
    if (/^[ \t]/.test(line) && last) {
      const values = fields.get(last.key)!;
      values[last.index] += `\n${line.replace(/^ {7}\|?/, "").trimStart()}`;
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const values = fields.get(key) ?? [];
    values.push(line.slice(colon + 1).trim());
    fields.set(key, values);
    last = { key, index: values.length - 1 };
  }
  const body = lines.slice(i + 1).join("\n");
  if (body.trim() !== "" && !fields.has("description")) fields.set("description", [body]);
  return fields;
}

/** `requests[socks] (>=2.0) ; python_version < "3.8"` → package `requests`, requirement `>=2.0`. */
export function dependencyOf(requirement: string): PackageDependency | undefined {
  const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*\(?([^;()]*)\)?\s*(?:;\s*(.*))?$/.exec(requirement);
  if (!match) return undefined;
  const specifier = match[2].trim();
  const marker = match[3]?.trim();
  const extra = marker && /extra\s*==\s*["']([^"']+)["']/.exec(marker);
  return {
    package: normalizeProject(match[1]),
    versionRequirement: specifier === "" ? undefined : specifier,
    // Requirements that only apply with an extra are optional, as PyPI shows them.
    dependencyType: extra ? `extra:${extra[1]}` : undefined,
  };
}

const first = (fields: Map<string, string[]>, key: string) => fields.get(key)?.find((v) => v.trim() !== "" && v !== "UNKNOWN");

/** Version metadata from core metadata fields (lowercased names, `_` or `-` separated). */
export function versionMetadataOf(fields: Map<string, string[]>): VersionMetadata & { requiresPython?: string } {
  const get = (key: string) => first(fields, key) ?? first(fields, key.replace(/-/g, "_"));
  const all = (key: string) => [...(fields.get(key) ?? []), ...(fields.get(key.replace(/-/g, "_")) ?? [])];
  const license = get("license-expression") ?? get("license");
  const dependencies = all("requires-dist")
    .map(dependencyOf)
    .filter((d): d is PackageDependency => d !== undefined);
  const homePage =
    get("home-page") ??
    all("project-url")
      .map((u) => u.split(",").slice(1).join(",").trim())
      .find((u) => u !== "");
  return {
    displayName: get("name"),
    summary: get("summary"),
    readme: get("description"),
    homePage,
    // A long license text is not a license name; only short values are recorded.
    licenses: license && license.length <= 200 && !license.includes("\n") ? [{ name: license }] : undefined,
    dependencies,
    requiresPython: get("requires-python"),
  };
}
