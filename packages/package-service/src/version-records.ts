import type { PackageVersionOrigin, PackageVersionRecord, StoreOps } from "@codeartifact-local/store";

// A version copied into another repository of its domain (by CopyPackageVersions, or retained on
// read from an upstream) is a copy of its records only: asset rows point at the same domain
// blobs, so no bytes move.

export interface VersionSnapshot {
  version: PackageVersionRecord;
  readme?: string;
  assets: Array<{ name: string; sha256: string }>;
}

export async function snapshot(store: StoreOps, version: PackageVersionRecord): Promise<VersionSnapshot> {
  const assets = await store.assets.listAll(version.id);
  return {
    version,
    readme: await store.versions.getReadme(version.id),
    assets: assets.map((a) => ({ name: a.name, sha256: a.hashes.sha256 })),
  };
}

/** Same assets (names and bytes) and same version-level metadata; status and revision aside. */
export function sameContent(a: VersionSnapshot, b: VersionSnapshot): boolean {
  const assets = (s: VersionSnapshot) => JSON.stringify([...s.assets].sort((x, y) => (x.name < y.name ? -1 : 1)));
  const meta = (s: VersionSnapshot) =>
    JSON.stringify([
      s.version.displayName ?? null,
      s.version.summary ?? null,
      s.version.homePage ?? null,
      s.version.sourceCodeRepository ?? null,
      s.version.licenses,
      s.readme ?? null,
    ]);
  return assets(a) === assets(b) && meta(a) === meta(b);
}

/** Creates `source` as a version of package `packageId`, with its assets, readme and dependencies. */
export async function copyVersionRecords(
  tx: StoreOps,
  source: PackageVersionRecord,
  packageId: number,
  options: { revision: string; origin?: PackageVersionOrigin; now: Date },
): Promise<PackageVersionRecord> {
  const created = await tx.versions.create({
    packageId,
    version: source.version,
    status: source.status,
    revision: options.revision,
    origin: options.origin ?? source.origin,
    publishedTime: source.publishedTime,
    displayName: source.displayName,
    summary: source.summary,
    homePage: source.homePage,
    sourceCodeRepository: source.sourceCodeRepository,
    licenses: source.licenses,
    readme: await tx.versions.getReadme(source.id),
    formatMetadata: source.formatMetadata,
    createdTime: options.now,
  });
  for (const asset of await tx.assets.listAll(source.id)) {
    await tx.assets.add(created.id, {
      name: asset.name,
      size: asset.size,
      hashes: asset.hashes,
      blobSha256: asset.blobSha256,
      createdTime: options.now,
    });
  }
  const dependencies = await tx.dependencies.listAll(source.id);
  if (dependencies.length > 0) await tx.dependencies.set(created.id, dependencies);
  return created;
}
