import type { RegistryConfig } from "@codeartifact-local/format-kit";
import type { FormatAdapter, JsonValue, StoredAsset } from "@codeartifact-local/package-service";
import { readGemSpec } from "./gem-archive";
import { withGem } from "./gem-records";
import { RubyGemsIndex } from "./upstream-index";
import { compareGemVersions } from "./version-order";

/** RubyGems for the package service: Gem::Version order, each gem's specification, the registry behind `public:ruby-gems-org`. */
export interface RubyFormat extends FormatAdapter {
  readonly registry: RubyGemsIndex;
}

export function rubyFormat(config: RegistryConfig): RubyFormat {
  return { format: "ruby", compareVersions: compareGemVersions, assetStored: recordGemSpec, registry: new RubyGemsIndex(config) };
}

/** Records the specification in a stored gem's metadata.gz, so indexes and quick gemspecs never open archives. */
async function recordGemSpec(asset: StoredAsset, current: JsonValue | undefined): Promise<JsonValue | undefined> {
  if (!asset.name.endsWith(".gem") || asset.size === 0) return current;
  try {
    return withGem(current, asset.name, await readGemSpec(asset.read(0, asset.size - 1)));
  } catch {
    // Not a readable gem (an asset published through the API): listed without dependencies.
    return current;
  }
}
