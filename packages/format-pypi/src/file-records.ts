import type { JsonValue } from "@codeartifact-local/package-service";

// What the PyPI endpoint keeps about a version in its format metadata: per file, the
// `Requires-Python` it was uploaded with and the SHA-256 of the wheel's METADATA file (PEP 658),
// so simple pages need no archive reads. The METADATA itself is read from the wheel on request.

export interface FileRecord {
  requiresPython?: string;
  coreMetadataSha256?: string;
}

export interface PypiVersionData {
  requiresPython?: string;
  files: Record<string, FileRecord>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function readVersionData(value: JsonValue | undefined): PypiVersionData {
  const data: PypiVersionData = { files: {} };
  if (!isObject(value)) return data;
  if (typeof value.requiresPython === "string") data.requiresPython = value.requiresPython;
  if (isObject(value.files)) {
    for (const [name, record] of Object.entries(value.files)) {
      if (!isObject(record)) continue;
      data.files[name] = {
        requiresPython: typeof record.requiresPython === "string" ? record.requiresPython : undefined,
        coreMetadataSha256: typeof record.coreMetadataSha256 === "string" ? record.coreMetadataSha256 : undefined,
      };
    }
  }
  return data;
}

/** The format metadata with what `record` says of `file` added (and the version's Requires-Python, if given). */
export function withFile(current: JsonValue | undefined, file: string, record: FileRecord): JsonValue {
  const data = readVersionData(current);
  const files: Record<string, JsonValue> = {};
  const merged = { ...data.files[file] };
  for (const [key, value] of Object.entries(record)) if (value !== undefined) merged[key as keyof FileRecord] = value;
  for (const [name, r] of Object.entries({ ...data.files, [file]: merged })) {
    const out: Record<string, JsonValue> = {};
    if (r.requiresPython !== undefined) out.requiresPython = r.requiresPython;
    if (r.coreMetadataSha256 !== undefined) out.coreMetadataSha256 = r.coreMetadataSha256;
    files[name] = out;
  }
  const requiresPython = record.requiresPython ?? data.requiresPython;
  return requiresPython === undefined ? { files } : { requiresPython, files };
}
