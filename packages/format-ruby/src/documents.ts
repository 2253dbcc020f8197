import type { RenderedDocument } from "@codeartifact-local/format-kit";
import { externalConnectionsInSearchOrder, type PackageRecord } from "@codeartifact-local/package-service";
import type { RubyCall } from "./call";
import { md5Hex, renderInfo, renderNames, renderVersions, entryVersion, type VersionsLine } from "./compact-index";
import { loadGemView } from "./gem-view";
import { dependenciesMarshal, type DependencyEntry } from "./marshal";
import { RubyError } from "./replies";

// The index documents: compact index files and the dependency API. `versions` must name every gem
// a client may need (Bundler skips info files of gems it does not list), so it covers the gems of
// the called repository and its upstreams, each with the MD5 of the info file this endpoint
// renders for it, and the external registry's gems with the registry's own line (their info
// files are then served verbatim).

/** Every ruby gem name held in the repository or its upstreams. */
async function graphGemNames(call: RubyCall): Promise<{ names: Set<string>; external: string[] }> {
  const order = await call.packages.upstreamSearchOrder({ domain: call.domain, repository: call.repository });
  const names = new Set<string>();
  for (const repository of order) {
    let nextToken: string | undefined;
    do {
      const page = await call.packages.listPackages({ domain: call.domain, repository }, { format: "ruby" }, { maxResults: 1000, nextToken });
      page.items.forEach((p: PackageRecord) => names.add(p.name));
      nextToken = page.nextToken;
    } while (nextToken);
  }
  const external = externalConnectionsInSearchOrder(order)
    .filter((c) => c.connection.packageFormat === "ruby")
    .map((c) => c.connection.name);
  return { names, external };
}

/** The info file of a gem; 404 when no version of it is visible. */
export async function renderInfoDocument(call: RubyCall, name: string): Promise<RenderedDocument> {
  const view = await loadGemView(call, name);
  if (view.entries.length === 0) {
    if (view.service.externalProblem)
      throw new RubyError(502, `Gem ${name} is not in repository ${call.repository.name} or its upstreams, and ${view.service.externalProblem}.`);
    throw new RubyError(404, `Gem ${name} was not found in repository ${call.repository.name}, its upstream repositories or external connections.`);
  }
  return { body: view.upstreamInfo ?? renderInfo(view.entries), cacheable: view.service.graph.externalConnections.length === 0 };
}

export async function renderVersionsDocument(call: RubyCall): Promise<RenderedDocument> {
  const { names, external } = await graphGemNames(call);
  const lines = new Map<string, VersionsLine>();
  for (const name of [...names].sort()) {
    const view = await loadGemView(call, name);
    if (view.entries.length === 0) continue;
    const info = view.upstreamInfo ?? renderInfo(view.entries);
    lines.set(name, { name, versions: view.entries.map(entryVersion), md5: md5Hex(info) });
  }
  for (const connection of external) {
    const listed = await call.index.versions(connection);
    if (!listed.ok) {
      call.log.warn({ connection, problem: "unreachable" in listed ? listed.unreachable : "not found" }, "external registry's versions file unavailable");
      continue;
    }
    for (const [name, line] of listed.value) if (!lines.has(name) && !names.has(name)) lines.set(name, line);
  }
  const sorted = [...lines.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { body: renderVersions(sorted, new Date().toISOString().replace(/\.\d+Z$/, "Z")), cacheable: external.length === 0 };
}

export async function renderNamesDocument(call: RubyCall): Promise<RenderedDocument> {
  const versions = await renderVersionsDocument(call);
  const names = versions.body
    .split("\n---\n")[1]
    .split("\n")
    .filter(Boolean)
    .map((line) => line.slice(0, line.indexOf(" ")));
  return { body: renderNames(names), cacheable: versions.cacheable };
}

/** The dependency API's entries for the named gems (unknown gems have none). */
export async function dependencyEntries(call: RubyCall, gems: string[]): Promise<Buffer> {
  const entries: DependencyEntry[] = [];
  for (const name of gems) {
    const view = await loadGemView(call, name);
    for (const e of view.entries) entries.push({ name, number: e.version, platform: e.platform, dependencies: e.dependencies });
  }
  return dependenciesMarshal(entries);
}
