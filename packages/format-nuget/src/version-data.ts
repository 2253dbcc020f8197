import type { JsonValue } from "@codeartifact-local/package-service";
import type { DependencyGroup, Nuspec } from "./nuspec";

// What the NuGet endpoint keeps about a version in its format metadata: the nuspec fields that
// registration documents show and the version record has no column for (authors, title, tags,
// license URL, dependency groups with their frameworks), so documents are rendered without
// opening archives. Written at push (from the nuspec) and at ingestion (from the public
// registry's catalog entry).

export interface NugetVersionData {
  /** The package id as the publisher spelled it. */
  id?: string;
  title?: string;
  authors?: string;
  tags?: string;
  licenseUrl?: string;
  licenseExpression?: string;
  dependencyGroups: DependencyGroup[];
}

const isObject = (value: unknown): value is Record<string, JsonValue> => typeof value === "object" && value !== null && !Array.isArray(value);
const str = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);

export function versionDataOf(nuspec: Nuspec): NugetVersionData {
  return {
    id: nuspec.id,
    title: nuspec.title,
    authors: nuspec.authors,
    tags: nuspec.tags,
    licenseUrl: nuspec.licenseUrl,
    licenseExpression: nuspec.licenseExpression,
    dependencyGroups: nuspec.dependencyGroups,
  };
}

/** The stored form: only the fields that are set. */
export function toJson(data: NugetVersionData): JsonValue {
  const out: Record<string, JsonValue> = {};
  for (const key of ["id", "title", "authors", "tags", "licenseUrl", "licenseExpression"] as const) {
    if (data[key] !== undefined) out[key] = data[key]!;
  }
  out.dependencyGroups = data.dependencyGroups.map((group): JsonValue => {
    const dependencies = group.dependencies.map((d): JsonValue => (d.range === undefined ? { id: d.id } : { id: d.id, range: d.range }));
    return group.targetFramework === undefined ? { dependencies } : { targetFramework: group.targetFramework, dependencies };
  });
  return out;
}

/** Reads stored format metadata back, ignoring anything malformed. */
export function readVersionData(value: JsonValue | undefined): NugetVersionData {
  if (!isObject(value)) return { dependencyGroups: [] };
  const groups = Array.isArray(value.dependencyGroups) ? value.dependencyGroups : [];
  return {
    id: str(value.id),
    title: str(value.title),
    authors: str(value.authors),
    tags: str(value.tags),
    licenseUrl: str(value.licenseUrl),
    licenseExpression: str(value.licenseExpression),
    dependencyGroups: groups.filter(isObject).map((group) => ({
      targetFramework: str(group.targetFramework),
      dependencies: (Array.isArray(group.dependencies) ? group.dependencies : [])
        .filter(isObject)
        .filter((d) => str(d.id) !== undefined)
        .map((d) => ({ id: d.id as string, range: str(d.range) })),
    })),
  };
}
