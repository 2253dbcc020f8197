import { createHash } from "node:crypto";
import { compare, valid } from "@renovatebot/pep440";
import type { RegistryConfig } from "@codeartifact-local/format-kit";
import type { FormatAdapter, JsonValue, StoredAsset } from "@codeartifact-local/package-service";
import { withFile } from "./file-records";
import { PypiIndex } from "./upstream-index";
import { readWheelMetadata } from "./wheel-metadata";

/** PyPI for the package service: PEP 440 ordering, the wheel's METADATA digest, the index behind `public:pypi`. */
export interface PypiFormat extends FormatAdapter {
  readonly registry: PypiIndex;
}

export function pypiFormat(config: RegistryConfig): PypiFormat {
  return { format: "pypi", compareVersions: comparePypiVersions, assetStored: recordWheelMetadata, registry: new PypiIndex(config) };
}

/** PEP 440 (`1.0rc1` < `1.0` < `1.0.post1`); versions that are not PEP 440 sort first, by text. */
export function comparePypiVersions(a: string, b: string): number {
  const x = valid(a) !== null;
  const y = valid(b) !== null;
  if (x && y) return compare(a, b);
  if (x || y) return x ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** PEP 658: records the SHA-256 of a stored wheel's METADATA, so project pages offer it without reading archives. */
async function recordWheelMetadata(asset: StoredAsset, current: JsonValue | undefined): Promise<JsonValue | undefined> {
  if (!asset.name.endsWith(".whl")) return current;
  const metadata = await readWheelMetadata(asset);
  if (!metadata) return current;
  return withFile(current, asset.name, { coreMetadataSha256: createHash("sha256").update(metadata).digest("hex") });
}
