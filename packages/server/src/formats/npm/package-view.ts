import { mergeDistTags } from "../../packages/dist-tags";
import { heldVersions, listedVersions, packageGraph, type GraphExternalConnection, type GraphHit, type PackageGraph } from "../../packages/graph";
import { compareVersions } from "../../packages/version-order";
import { packageRef, type NpmCall } from "./call";
import { isObject, storedManifest, type Manifest } from "./manifest";
import type { NpmName } from "./names";
import type { UpstreamPackument } from "./upstream-registry";

// A package as the npm endpoint shows it: the versions listed across the repository, its upstreams
// and the external connection (package service rules: first hit wins, Published only, origin
// restrictions applied), with dist-tags merged the upstream's way.

export interface VersionEntry {
  version: string;
  /** The stored or upstream manifest (no `dist.tarball` for stored ones). */
  manifest: Manifest;
  /** ISO time the version was published, when known. */
  time?: string;
  /** Set for versions held in the repository graph. */
  hit?: GraphHit;
  /** Set for versions only the external registry has (not retained yet). */
  external?: GraphExternalConnection;
}

export interface PackageView {
  name: NpmName;
  graph: PackageGraph;
  /** Listed versions, lowest first. */
  entries: VersionEntry[];
  distTags: Record<string, string>;
  /** The external registry's packument, when one was consulted and had the package. */
  external?: { connection: GraphExternalConnection; packument: UpstreamPackument };
  /** Why no external registry could be consulted, when one should have been. */
  externalProblem?: string;
}

export async function loadPackageView(call: NpmCall, name: NpmName, options: { abbreviated: boolean }): Promise<PackageView> {
  const graph = await packageGraph(call.packages, packageRef(call, name), call.auth);
  const entries: VersionEntry[] = listedVersions(graph).map((hit) => ({
    version: hit.version.version,
    manifest: storedManifest(hit.version.formatMetadata) ?? { name: name.full, version: hit.version.version },
    time: hit.version.publishedTime?.toISOString(),
    hit,
  }));

  let external: PackageView["external"];
  let externalProblem: string | undefined;
  const held = heldVersions(graph);
  for (const connection of graph.externalConnections) {
    const result = await call.upstream.packument(connection.name, name, options.abbreviated);
    if (!result.ok) {
      if ("unreachable" in result) {
        externalProblem = `${connection.name} (${call.upstream.baseUrl(connection.name)}) could not be reached: ${result.unreachable}`;
        call.log.warn({ connection: connection.name, problem: result.unreachable }, "external registry unreachable");
      }
      continue;
    }
    external = { connection, packument: result.value };
    externalProblem = undefined;
    const times = isObject(result.value.time) ? result.value.time : {};
    for (const [version, manifest] of Object.entries(isObject(result.value.versions) ? result.value.versions : {})) {
      // A version the graph holds in any status is the graph's: never listed from outside.
      if (held.has(version) || !isObject(manifest)) continue;
      entries.push({ version, manifest, time: typeof times[version] === "string" ? times[version] : undefined, external: connection });
    }
    break;
  }

  entries.sort((a, b) => compareVersions("npm", a.version, b.version));
  const listed = new Set(entries.map((e) => e.version));
  const layers = graph.repositories.map((r) => r.distTags);
  if (external && isObject(external.packument["dist-tags"])) layers.push(external.packument["dist-tags"] as Record<string, string>);
  const distTags = mergeDistTags(layers, (version) => listed.has(version));
  // npm resolves a bare name through `latest`; versions retained without their tags (or whose
  // tags' source is gone) still need one, so it falls back to the highest release listed.
  if (distTags.latest === undefined && entries.length > 0) {
    const releases = entries.filter((e) => !e.version.includes("-"));
    distTags.latest = (releases.at(-1) ?? entries.at(-1)!).version;
  }
  return { name, graph, entries, distTags, external, externalProblem };
}

/** The entry a dist-tag or exact version names. */
export function entryFor(view: PackageView, spec: string): VersionEntry | undefined {
  const version = view.distTags[spec] ?? spec;
  return view.entries.find((e) => e.version === version);
}
