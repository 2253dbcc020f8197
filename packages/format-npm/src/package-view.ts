import { mergeDistTags, type GraphHit, type PackageView as ServiceView } from "@codeartifact-local/package-service";
import { packageRef, type NpmCall } from "./call";
import { compareNpmVersions } from "./format";
import { isObject, storedManifest, type Manifest } from "./manifest";
import type { NpmName } from "./names";
import type { ExternalNpmPackage } from "./upstream-registry";

// A package as the npm endpoint shows it: the package service's view (the versions listed across
// the repository, its upstreams and the external connection), as manifests, with dist-tags merged
// the upstream's way.

export interface VersionEntry {
  version: string;
  /** The stored or upstream manifest (no `dist.tarball` for stored ones). */
  manifest: Manifest;
  /** ISO time the version was published, when known. */
  time?: string;
  /** Set for versions held in the repository graph. */
  hit?: GraphHit;
}

export interface PackageView {
  name: NpmName;
  service: ServiceView;
  /** Listed versions, lowest first. */
  entries: VersionEntry[];
  distTags: Record<string, string>;
  /** The external registry's packument, when one was consulted and had the package. */
  external?: ExternalNpmPackage;
}

export async function loadPackageView(call: NpmCall, name: NpmName): Promise<PackageView> {
  const service = await call.packages.view(packageRef(call, name));
  const entries: VersionEntry[] = service.listed.map((hit) => ({
    version: hit.version.version,
    manifest: storedManifest(hit.version.formatMetadata) ?? { name: name.full, version: hit.version.version },
    time: hit.version.publishedTime?.toISOString(),
    hit,
  }));
  const external = service.external?.package as ExternalNpmPackage | undefined;
  for (const version of service.external?.versions ?? []) {
    entries.push({ version: version.version, manifest: version.data as Manifest, time: version.publishedTime });
  }
  if (service.externalProblem) call.log.warn({ problem: service.externalProblem }, "external registry unreachable");

  entries.sort((a, b) => compareNpmVersions(a.version, b.version));
  const listed = new Set(entries.map((e) => e.version));
  const layers = service.graph.repositories.map((r) => r.distTags);
  if (external && isObject(external.data["dist-tags"])) layers.push(external.data["dist-tags"] as Record<string, string>);
  const distTags = mergeDistTags(layers, (version) => listed.has(version));
  // npm resolves a bare name through `latest`; versions retained without their tags (or whose
  // tags' source is gone) still need one, so it falls back to the highest release listed.
  if (distTags.latest === undefined && entries.length > 0) {
    const releases = entries.filter((e) => !e.version.includes("-"));
    distTags.latest = (releases.at(-1) ?? entries.at(-1)!).version;
  }
  return { name, service, entries, distTags, external };
}

/** The entry a dist-tag or exact version names. */
export function entryFor(view: PackageView, spec: string): VersionEntry | undefined {
  const version = view.distTags[spec] ?? spec;
  return view.entries.find((e) => e.version === version);
}
