import type { RenderedDocument } from "@codeartifact-local/format-kit";
import type { GraphHit } from "@codeartifact-local/package-service";
import { crateRef, type CargoCall } from "./call";
import { compareCrateVersions } from "./format";
import { servedLine, storedLineOf, type IndexLine } from "./index-line";
import { crateAssetName } from "./names";
import { CargoError } from "./replies";

// A crate's index file as the called repository serves it: the versions the repository graph holds
// (first hit per version), then those only the external registry lists. Statuses map to what
// cargo knows: Published versions are listed, Unlisted ones are listed as yanked (cargo then
// keeps them for lockfiles that name them but never picks them anew, which is what Unlisted
// means), Archived, Disposed and Unfinished ones are left out.

/** First hit per version of the graph whose status cargo sees: Published, or Unlisted (yanked). */
function servedHits(hits: GraphHit[][]): GraphHit[] {
  const seen = new Set<string>();
  const served: GraphHit[] = [];
  for (const hit of hits.flat()) {
    if (seen.has(hit.version.version)) continue;
    seen.add(hit.version.version);
    if (hit.version.status === "Published" || hit.version.status === "Unlisted") served.push(hit);
  }
  return served;
}

export async function renderIndexFile(call: CargoCall, name: string): Promise<RenderedDocument> {
  const ref = crateRef(call, name);
  const view = await call.packages.view(ref);
  const graph = view.graph;
  const hits = servedHits(graph.repositories.map((source) => source.versions.map((version) => ({ source, version }))));
  const assets = await call.packages.assetsOfVersions(hits.map((hit) => hit.version.id));
  const lines: IndexLine[] = [];
  for (const { source, version } of hits) {
    const crate = assets.get(version.id)?.find((a) => a.name === crateAssetName(ref.name, version.version));
    if (!crate) continue;
    const stored = storedLineOf(version.formatMetadata) ?? {
      name: source.package?.displayName ?? ref.name,
      vers: version.version,
      deps: [],
      features: {},
    };
    lines.push(servedLine(stored, crate.hashes.sha256, version.status === "Unlisted"));
  }
  for (const external of view.external?.versions ?? []) lines.push(external.data as IndexLine);
  if (view.externalProblem) call.log.warn({ problem: view.externalProblem }, "external index unreachable");

  if (lines.length === 0) {
    if (view.externalProblem)
      throw new CargoError(502, `Crate ${name} is not in repository ${call.repository.name} or its upstreams, and ${view.externalProblem}.`);
    throw new CargoError(404, `Crate ${name} was not found in repository ${call.repository.name}, its upstream repositories or external connections.`);
  }
  lines.sort((a, b) => compareCrateVersions(a.vers, b.vers));
  const body = lines.map((line) => JSON.stringify(line)).join("\n") + "\n";
  return { body, cacheable: graph.externalConnections.length === 0 };
}
