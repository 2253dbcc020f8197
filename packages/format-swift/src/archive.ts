import { openStoredZip, readZipEntry } from "@codeartifact-local/format-kit";
import type { StoredAsset } from "@codeartifact-local/package-service";
import type yauzl from "yauzl";
import { declaredToolsVersion, isManifestFile, MANIFEST, type Manifest } from "./manifests";

// The manifests of a stored source archive, read with range reads of the zip's directory and the
// manifest entries only (the kit's stored zip), never the whole archive.

/** Largest manifest read; a manifest is source code a client compiles, never megabytes. */
export const MAX_MANIFEST_BYTES = 1024 * 1024;
/** Most manifest variants kept for one release. */
export const MAX_MANIFESTS = 32;

/** What a source archive holds for the registry: its manifests, or why it has none usable. */
export type ArchiveManifests = { ok: true; manifests: Manifest[] } | { ok: false; problem: string };

/**
 * The manifests in the archive's top-level directory, `Package.swift` first; a problem when the
 * archive cannot be read, has no `Package.swift` there, or has manifests in several top-level
 * directories (SwiftPM would not know which package it downloaded).
 */
export async function readArchiveManifests(asset: StoredAsset): Promise<ArchiveManifests> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openStoredZip(asset);
  } catch (error) {
    return { ok: false, problem: `the source archive is not a readable zip archive (${(error as Error).message})` };
  }
  try {
    const found: Array<{ top: string; entry: yauzl.Entry; filename: string }> = [];
    await new Promise<void>((resolve, reject) => {
      zip.on("error", reject);
      zip.on("end", resolve);
      zip.on("entry", (entry: yauzl.Entry) => {
        const parts = entry.fileName.split("/");
        if (parts.length === 2 && isManifestFile(parts[1])) found.push({ top: parts[0], entry, filename: parts[1] });
        zip.readEntry();
      });
      zip.readEntry();
    });
    const tops = new Set(found.map((f) => f.top));
    if (tops.size > 1) return { ok: false, problem: `the source archive has manifests in several top-level directories (${[...tops].join(", ")})` };
    if (!found.some((f) => f.filename === MANIFEST)) {
      return { ok: false, problem: "the source archive has no Package.swift in its top-level directory (create it with `swift package archive-source`)" };
    }
    if (found.length > MAX_MANIFESTS) return { ok: false, problem: `the source archive has more than ${MAX_MANIFESTS} manifests` };
    const manifests: Manifest[] = [];
    for (const { entry, filename } of found.sort((a, b) =>
      a.filename === MANIFEST ? -1 : b.filename === MANIFEST ? 1 : a.filename.localeCompare(b.filename),
    )) {
      if (entry.uncompressedSize > MAX_MANIFEST_BYTES) return { ok: false, problem: `${filename} is larger than ${MAX_MANIFEST_BYTES} bytes` };
      const content = (await readZipEntry(zip, entry)).toString("utf8");
      manifests.push({ filename, toolsVersion: declaredToolsVersion(content), content });
    }
    return { ok: true, manifests };
  } catch (error) {
    return { ok: false, problem: `the source archive could not be read (${(error as Error).message})` };
  } finally {
    zip.close();
  }
}
