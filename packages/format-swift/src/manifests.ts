// Package manifests inside a source archive. `swift package archive-source` puts the package in
// one top-level directory, which SwiftPM strips when it extracts a download, so the manifests a
// client will use are `<top>/Package.swift` and `<top>/Package@swift-X[.Y[.Z]].swift` (section
// 4.3 of the registry specification). Each declares its tools version on its first line
// (`// swift-tools-version:5.9`), which the `Link` header of the manifest endpoint repeats.

export const MANIFEST = "Package.swift";

/** A manifest of a release: its file name, declared tools version and text. */
export interface Manifest {
  filename: string;
  toolsVersion?: string;
  content: string;
}

const VARIANT = /^Package@swift-(\d+)(?:\.(\d+))?(?:\.(\d+))?\.swift$/;
const TOOLS_VERSION = /^\uFEFF?\s*\/\/\s*swift-tools-version\s*:\s*(\d+(?:\.\d+){0,2})\b/i;

/** Whether `filename` (no directory) is the manifest or one of its Swift-version variants. */
export function isManifestFile(filename: string): boolean {
  return filename === MANIFEST || VARIANT.test(filename);
}

/** The Swift version a variant is for (`Package@swift-5.8.swift` → [5, 8, 0]); undefined for Package.swift. */
export function variantVersion(filename: string): [number, number, number] | undefined {
  const match = VARIANT.exec(filename);
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)];
}

/** The tools version a manifest declares on its first line, or undefined. */
export function declaredToolsVersion(content: string): string | undefined {
  const firstLine = content.split(/\r?\n/, 1)[0] ?? "";
  return TOOLS_VERSION.exec(firstLine)?.[1];
}

/** What a `Link` entry says of a variant: its declared tools version, else the version its name is for. */
export function linkToolsVersion(manifest: Manifest): string {
  if (manifest.toolsVersion) return manifest.toolsVersion;
  const v = variantVersion(manifest.filename);
  return v ? `${v[0]}.${v[1]}${v[2] ? `.${v[2]}` : ""}` : "";
}

/**
 * The variant a `swift-version` query asks for: `Package@swift-{swift-version}.swift`, where `5.9`
 * and `5.9.0` name the same version (SwiftPM asks with the tools version it read from the `Link`
 * header, which may have more or fewer components than the file name).
 */
export function variantFor(manifests: readonly Manifest[], swiftVersion: string): Manifest | undefined {
  const match = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(swiftVersion.trim());
  if (!match) return undefined;
  const wanted = [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)];
  return manifests.find((m) => {
    const v = variantVersion(m.filename);
    return v !== undefined && v[0] === wanted[0] && v[1] === wanted[1] && v[2] === wanted[2];
  });
}
