import type { PackageFormat } from "@codeartifact-local/store";
import { invalid } from "./errors";

// Package coordinates as CodeArtifact stores them. API inputs may use the non-normalized spelling;
// the service normalizes before every lookup, so "Newtonsoft.JSON" and "newtonsoft.json" are one
// NuGet package, as in AWS.

/** Formats whose packages never have a namespace. */
const WITHOUT_NAMESPACE: ReadonlySet<PackageFormat> = new Set(["pypi", "nuget", "ruby", "cargo"]);
/** Formats whose packages always have one (Maven groupId, Swift scope, generic namespace). */
const NAMESPACE_REQUIRED: ReadonlySet<PackageFormat> = new Set(["maven", "swift", "generic"]);

export interface Coordinate {
  format: PackageFormat;
  namespace?: string;
  name: string;
}

export function hasNamespaces(format: PackageFormat): boolean {
  return !WITHOUT_NAMESPACE.has(format);
}

export function namespaceRequired(format: PackageFormat): boolean {
  return NAMESPACE_REQUIRED.has(format);
}

/** PEP 503: lowercase, and every run of `-`, `_` and `.` becomes one `-`. */
export function pep503(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

export function normalizeName(format: PackageFormat, name: string): string {
  switch (format) {
    case "pypi":
      return pep503(name);
    case "nuget":
    case "swift":
      return name.toLowerCase();
    default:
      return name;
  }
}

export function normalizeNamespace(format: PackageFormat, namespace: string | undefined): string | undefined {
  if (namespace === undefined) return undefined;
  return format === "swift" ? namespace.toLowerCase() : namespace;
}

/**
 * Validates namespace presence for the format and returns the normalized coordinate. An empty
 * namespace counts as none (the store encodes "none" as '').
 */
export function normalizeCoordinate(input: { format: PackageFormat; namespace?: string; name: string }): Coordinate {
  const namespace = input.namespace === "" ? undefined : input.namespace;
  if (namespace !== undefined && !hasNamespaces(input.format)) {
    throw invalid(`Packages of format ${input.format} do not have a namespace.`);
  }
  if (namespace === undefined && namespaceRequired(input.format)) {
    throw invalid(`A namespace is required for packages of format ${input.format}.`);
  }
  return {
    format: input.format,
    namespace: normalizeNamespace(input.format, namespace),
    name: normalizeName(input.format, input.name),
  };
}

/**
 * The API's limits on what addresses a package version (the model's PackageNamespace, PackageName
 * and PackageVersion: 1 to 255 characters, none of them `#`, `/` or whitespace). Every format
 * stores only what passes, so everything stored can be read back through the API.
 */
const ADDRESSABLE = /^[^#/\s]{1,255}$/u;

export function checkAddressable(coordinate: Coordinate, version: string): void {
  const parts: Array<[string, string | undefined]> = [
    ["namespace", coordinate.namespace],
    ["name", coordinate.name],
    ["version", version],
  ];
  for (const [what, value] of parts) {
    if (value !== undefined && !ADDRESSABLE.test(value)) {
      throw invalid(
        `Invalid package ${what} "${value.length > 300 ? `${value.slice(0, 300)}…` : value}": it must be 1 to 255 characters, none of them #, / or whitespace.`,
      );
    }
  }
}

/**
 * NuGet's version normalization (leading zeros dropped per part, a zero fourth part dropped, build
 * metadata dropped); every other format keeps versions as given.
 */
export function normalizeVersion(format: PackageFormat, version: string): string {
  if (format !== "nuget") return version;
  const match = /^(\d+(?:\.\d+){0,3})(-[^+]*)?(\+.*)?$/.exec(version);
  if (!match) return version;
  const parts = match[1].split(".").map((part) => String(Number.parseInt(part, 10)));
  while (parts.length < 3) parts.push("0");
  if (parts.length === 4 && parts[3] === "0") parts.pop();
  return parts.join(".") + (match[2] ?? "");
}

/** The name clients know the package by: `@scope/name` for scoped npm packages. */
export function displayNameOf(coordinate: Coordinate, published?: string): string {
  if (coordinate.format === "npm" && coordinate.namespace) return `@${coordinate.namespace}/${coordinate.name}`;
  return published ?? coordinate.name;
}

/** `/format/namespace/name`, the package path package-group patterns are matched against. */
export function packagePath(coordinate: Coordinate): string {
  return `/${coordinate.format}/${coordinate.namespace ?? ""}/${coordinate.name}`;
}
