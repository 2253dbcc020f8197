import type { GraphHit, PackageGraph, PackageView } from "@codeartifact-local/package-service";
import { packageRef, type NugetCall } from "./call";
import type { GalleryVersion } from "./gallery";
import { readVersionData, type NugetVersionData } from "./version-data";
import { compareNugetVersions } from "./versions";

// A package as the feed's documents show it: the versions the repository and its upstreams hold
// (first hit per version, as the package service's graph orders them), then those only the
// public feed has (with the feed's own `listed` flag). Published versions are listed; Unlisted
// ones stay in the documents with `listed: false`, which is what unlisting means to NuGet: hidden
// from search and from resolving ranges, still restorable by exact version (NuGet's restore looks
// the version up in the flat container's list). Every document links back through this endpoint,
// so a download is resolved (and retained) by the package service.

export interface FeedVersion {
  /** The package id as published. */
  id: string;
  /** Normalized, as stored (case kept). */
  version: string;
  listed: boolean;
  description?: string;
  summary?: string;
  projectUrl?: string;
  published?: string;
  data: NugetVersionData;
}

export interface FeedPackage {
  id: string;
  service: PackageView;
  /** Ascending, NuGet's order. */
  versions: FeedVersion[];
}

/** The first hit of every version in the graph whose status lists it or keeps it restorable (Published, Unlisted). */
function heldHits(graph: PackageGraph): GraphHit[] {
  const seen = new Set<string>();
  const hits: GraphHit[] = [];
  for (const source of graph.repositories) {
    for (const version of source.versions) {
      if (seen.has(version.version)) continue;
      seen.add(version.version);
      if (version.status === "Published" || version.status === "Unlisted") hits.push({ source, version });
    }
  }
  return hits;
}

export async function loadFeedPackage(call: NugetCall, id: string): Promise<FeedPackage> {
  const service = await call.packages.view(packageRef(call, id));
  const versions: FeedVersion[] = [];
  for (const hit of heldHits(service.graph)) {
    const data = readVersionData(hit.version.formatMetadata);
    versions.push({
      id: data.id ?? hit.version.displayName ?? hit.source.package?.displayName ?? id,
      version: hit.version.version,
      listed: hit.version.status === "Published",
      description: hit.version.summary,
      projectUrl: hit.version.homePage,
      published: hit.version.publishedTime?.toISOString(),
      data,
    });
  }
  for (const external of service.external?.versions ?? []) {
    const entry = external.data as GalleryVersion;
    versions.push({
      id: entry.data.id ?? id,
      version: external.version,
      listed: entry.listed,
      description: entry.description,
      summary: entry.summary,
      projectUrl: entry.projectUrl,
      published: entry.published,
      data: entry.data,
    });
  }
  if (service.externalProblem) call.log.warn({ problem: service.externalProblem }, "NuGet feed behind the external connection unreachable");
  versions.sort((a, b) => compareNugetVersions(a.version, b.version));
  return { id: versions.at(-1)?.id ?? id, service, versions };
}

/** The version of `versions` a client addressed in any case, or undefined. */
export function findVersion(versions: readonly string[], requested: string): string | undefined {
  const lower = requested.toLowerCase();
  return versions.find((v) => v.toLowerCase() === lower);
}
