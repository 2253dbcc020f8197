import type { JsonValue } from "@codeartifact-local/package-service";
import type { ArchiveManifests } from "./archive";
import type { Manifest } from "./manifests";

// What the Swift endpoint keeps in a release's format metadata: the manifests read from its source
// archive at publish time (or why there were none), the release metadata document the publisher
// sent, and the signatures that came with the archive and the metadata. Retention and
// CopyPackageVersions carry it along with the version.

export interface Signature {
  /** The signature bytes, base64. */
  base64: string;
  /** `X-Swift-Package-Signature-Format` (e.g. `cms-1.0.0`). */
  format: string;
}

export interface SwiftVersionData {
  manifests: Manifest[];
  /** Why the archive has no usable manifest (the publish is refused). */
  archiveProblem?: string;
  /** The publisher's release metadata document (registry specification, appendix B). */
  release?: Record<string, JsonValue>;
  signature?: Signature;
  metadataSignature?: Signature;
}

function isObject(value: unknown): value is Record<string, JsonValue> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function signatureOf(value: unknown): Signature | undefined {
  if (!isObject(value) || typeof value.base64 !== "string" || typeof value.format !== "string") return undefined;
  return { base64: value.base64, format: value.format };
}

export function readVersionData(value: JsonValue | undefined): SwiftVersionData {
  const data: SwiftVersionData = { manifests: [] };
  if (!isObject(value)) return data;
  if (Array.isArray(value.manifests)) {
    for (const m of value.manifests) {
      if (!isObject(m) || typeof m.filename !== "string" || typeof m.content !== "string") continue;
      data.manifests.push({ filename: m.filename, content: m.content, toolsVersion: typeof m.toolsVersion === "string" ? m.toolsVersion : undefined });
    }
  }
  if (typeof value.archiveProblem === "string") data.archiveProblem = value.archiveProblem;
  if (isObject(value.release)) data.release = value.release;
  data.signature = signatureOf(value.signature);
  data.metadataSignature = signatureOf(value.metadataSignature);
  return data;
}

export function writeVersionData(data: SwiftVersionData): JsonValue {
  const out: Record<string, JsonValue> = {
    manifests: data.manifests.map((m) =>
      m.toolsVersion === undefined ? { filename: m.filename, content: m.content } : { ...m, toolsVersion: m.toolsVersion },
    ),
  };
  if (data.archiveProblem !== undefined) out.archiveProblem = data.archiveProblem;
  if (data.release !== undefined) out.release = data.release;
  if (data.signature) out.signature = { ...data.signature };
  if (data.metadataSignature) out.metadataSignature = { ...data.metadataSignature };
  return out;
}

/** The format metadata with what the source archive holds recorded. */
export function withArchive(current: JsonValue | undefined, archive: ArchiveManifests): JsonValue {
  const data = readVersionData(current);
  if (archive.ok) return writeVersionData({ ...data, manifests: archive.manifests, archiveProblem: undefined });
  return writeVersionData({ ...data, manifests: [], archiveProblem: archive.problem });
}
