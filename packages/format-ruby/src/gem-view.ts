import type { PackageView } from "@codeartifact-local/package-service";
import { gemRef, type RubyCall } from "./call";
import { entryOfSpec, entryVersion, type IndexEntry } from "./compact-index";
import { readGemRecords } from "./gem-records";
import type { GemSpec } from "./gem-spec";
import { gemFileName, parseFullName } from "./names";
import type { ExternalGem } from "./upstream-index";
import { compareGemVersions } from "./version-order";

// A gem as the called repository's clients see it: one entry per gem file (version and
// platform) of every version the package service lists (the repository and its upstreams), then
// the entries of the versions only the external registry has. Every document (info file,
// dependency API, quick gemspec) is rendered from this one view.

export interface GemEntry extends IndexEntry {
  file: string;
  /** The recorded specification, for gems held in the graph. */
  spec?: GemSpec;
}

export interface GemView {
  name: string;
  service: PackageView;
  entries: GemEntry[];
  /** The registry's info file, when every entry comes from it unchanged (served verbatim). */
  upstreamInfo?: string;
}

export async function loadGemView(call: RubyCall, name: string): Promise<GemView> {
  const service = await call.packages.view(gemRef(call, name));
  const entries: GemEntry[] = [];
  const assets = await call.packages.assetsOfVersions(service.listed.map((hit) => hit.version.id));
  for (const hit of service.listed) {
    const records = readGemRecords(hit.version.formatMetadata);
    for (const asset of assets.get(hit.version.id) ?? []) {
      if (!asset.name.endsWith(".gem")) continue;
      const spec = records[asset.name];
      if (spec) {
        entries.push({ ...entryOfSpec(spec, asset.hashes.sha256), file: asset.name, spec });
        continue;
      }
      // A gem whose specification could not be read is still listed, without dependencies.
      const parsed = parseFullName(asset.name.slice(0, -".gem".length));
      if (parsed?.name === name && parsed.version === hit.version.version) {
        entries.push({ version: parsed.version, platform: parsed.platform, dependencies: [], checksum: asset.hashes.sha256, file: asset.name });
      }
    }
  }
  const external = service.external;
  for (const version of external?.versions ?? []) {
    for (const entry of version.data as IndexEntry[]) entries.push({ ...entry, file: gemFileName(name, entry.version, entry.platform) });
  }
  if (service.externalProblem) call.log.warn({ problem: service.externalProblem }, "external registry unreachable");
  entries.sort((a, b) => compareGemVersions(a.version, b.version) || (entryVersion(a) < entryVersion(b) ? -1 : entryVersion(a) > entryVersion(b) ? 1 : 0));
  const verbatim = external && service.listed.length === 0 && external.versions.length === external.package.versions.length;
  return { name, service, entries, upstreamInfo: verbatim ? (external.package as ExternalGem).data.info : undefined };
}
