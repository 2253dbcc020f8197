import type { JsonValue } from "@codeartifact-local/package-service";
import type { GemSpec } from "./gem-spec";

// What the RubyGems endpoint keeps about a version in its format metadata: the specification of
// each of its gem files (one per platform), read from the gem's metadata.gz when the file was
// stored. The compact index, the dependency API and quick gemspecs are rendered from it, so no
// request opens an archive.

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The recorded specifications of a version's gem files, by file name. */
export function readGemRecords(value: JsonValue | undefined): Record<string, GemSpec> {
  const gems = isObject(value) && isObject(value.gems) ? value.gems : {};
  const out: Record<string, GemSpec> = {};
  for (const [file, spec] of Object.entries(gems)) {
    if (isObject(spec) && typeof spec.name === "string" && typeof spec.version === "string") out[file] = spec as unknown as GemSpec;
  }
  return out;
}

/** The format metadata with `spec` recorded for `file`. */
export function withGem(current: JsonValue | undefined, file: string, spec: GemSpec): JsonValue {
  const gems = { ...readGemRecords(current), [file]: spec };
  return JSON.parse(JSON.stringify({ gems })) as JsonValue;
}
