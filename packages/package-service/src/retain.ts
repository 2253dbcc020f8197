import type { BlobInfo, PackageRecord, PackageVersionRecord, RepositoryRecord } from "@codeartifact-local/store";
import { conflict } from "./errors";
import { checkAssetName } from "./asset-names";
import { copyVersionRecords } from "./version-records";
import { domainKeyOf, packageNotFound, versionNotFound, type PackageRef, type ServiceContext } from "./context";
import type { PackageGroups } from "./groups";
import { checkAddressable, displayNameOf, normalizeCoordinate, normalizeVersion } from "./names";
import { loadEffectiveRestrictions, requireAllowed, RETAINED_FIRST } from "./origin";
import { addAssets, ensurePackage, type AssetUpload, type VersionMetadata } from "./publish";

// Copy-on-read. When a format endpoint serves a version found in an upstream repository, or
// fetched through an external connection, the version is retained in the repository the client
// called (and, for external connections, also in the repository owning the connection, which the
// endpoint does by calling this for that repository too). Retained versions keep their origin.

export type RetainSource =
  | { repository: RepositoryRecord }
  | {
      externalConnection: string;
      /** The assets fetched from the public registry, streamed into the blob store. */
      assets: readonly AssetUpload[];
      metadata?: VersionMetadata;
    };

export interface RetainInput extends PackageRef {
  version: string;
  from: RetainSource;
}

export interface RetainResult {
  package: PackageRecord;
  version: PackageVersionRecord;
  /** False when the repository already had the version. */
  created: boolean;
}

/**
 * Retains a version in the target repository. Honors the origin restrictions of the target
 * (INTERNAL_UPSTREAM or EXTERNAL_UPSTREAM, package `upstream`): AccessDeniedException when blocked.
 * A version the target already has is returned unchanged; for an external source, assets it does
 * not have yet are added (Maven imports assets on demand).
 */
export async function retainVersion(ctx: ServiceContext, groups: PackageGroups, input: RetainInput): Promise<RetainResult> {
  const coordinate = normalizeCoordinate(input);
  const versionName = normalizeVersion(coordinate.format, input.version);
  const target = { domain: input.domain, repository: input.repository };
  const targetPackage = await ctx.store.packages.get(target.repository.id, coordinate);
  const existing = targetPackage && (await ctx.store.versions.get(targetPackage.id, versionName));
  if (existing && "repository" in input.from) {
    // A version ingested from outside gains its other assets on demand (Maven imports them one by
    // one): the called repository's copy takes the ones the connection's repository got since.
    if (existing.origin.type === "EXTERNAL") return addIngestedAssets(ctx, input.from.repository, targetPackage!, existing);
    return { package: targetPackage!, version: existing, created: false };
  }

  const kind = "repository" in input.from ? "internalUpstream" : "externalUpstream";
  requireAllowed(await loadEffectiveRestrictions(ctx, groups, { ...target, coordinate }), kind, coordinate, target.repository.name);
  const now = ctx.services.now();

  if ("repository" in input.from) {
    const upstream = input.from.repository;
    const sourcePackage = await ctx.store.packages.get(upstream.id, coordinate);
    if (!sourcePackage) throw packageNotFound(coordinate, upstream.name);
    const source = await ctx.store.versions.get(sourcePackage.id, versionName);
    if (!source) throw versionNotFound(coordinate, versionName, upstream.name);
    return ctx.store.transaction(async (tx) => {
      const pkg = await ensurePackage(tx, target.repository.id, coordinate, {
        originRestrictions: RETAINED_FIRST,
        displayName: sourcePackage.displayName,
        createdTime: now,
      });
      const raced = await tx.versions.get(pkg.id, versionName);
      if (raced) return { package: pkg, version: raced, created: false };
      const version = await copyVersionRecords(tx, source, pkg.id, { revision: ctx.revision(), now });
      return { package: pkg, version, created: true };
    });
  }

  const from = input.from;
  checkAddressable(coordinate, versionName);
  for (const asset of from.assets) checkAssetName(asset.name);
  if (existing && existing.origin.type !== "EXTERNAL") {
    throw conflict(
      "package-version",
      versionName,
      `Version ${versionName} was published to repository ${target.repository.name} and cannot be replaced from ${from.externalConnection}.`,
    );
  }
  const domain = domainKeyOf(target.domain);
  return ctx.janitor.writing(ctx.store, domain, async (track) => {
    const stored: BlobInfo[] = [];
    for (const upload of from.assets) {
      const info = await ctx.blobs.put(domain.key, upload.content, {
        expectedSha256: upload.expectedSha256,
        maxBytes: ctx.services.config.quotas.assetSizeBytes,
      });
      track(info.sha256);
      stored.push(info);
    }
    return ctx.store.transaction(async (tx) => {
      const pkg = await ensurePackage(tx, target.repository.id, coordinate, {
        originRestrictions: RETAINED_FIRST,
        displayName: displayNameOf(coordinate, from.metadata?.displayName ?? input.name),
        createdTime: now,
      });
      let version = await tx.versions.get(pkg.id, versionName);
      const created = !version;
      version ??= await tx.versions.create({
        packageId: pkg.id,
        version: versionName,
        status: "Published",
        revision: ctx.revision(),
        origin: { type: "EXTERNAL", domainEntryPoint: { externalConnectionName: from.externalConnection } },
        publishedTime: now,
        displayName: from.metadata?.displayName,
        summary: from.metadata?.summary,
        homePage: from.metadata?.homePage,
        sourceCodeRepository: from.metadata?.sourceCodeRepository,
        licenses: from.metadata?.licenses,
        readme: from.metadata?.readme,
        formatMetadata: from.metadata?.formatMetadata,
        createdTime: now,
      });
      if (created && from.metadata?.dependencies) await tx.dependencies.set(version.id, from.metadata.dependencies);
      const { added } = await addAssets(tx, version.id, versionName, from.assets, stored, now);
      if (added && !created) version = (await tx.versions.update(version.id, { revision: ctx.revision() }))!;
      return { package: pkg, version, created };
    });
  });
}

/** Adds to a retained copy of an externally ingested version the assets its source has gained since (records only, same blobs). */
async function addIngestedAssets(ctx: ServiceContext, upstream: RepositoryRecord, pkg: PackageRecord, existing: PackageVersionRecord): Promise<RetainResult> {
  const sourcePackage = await ctx.store.packages.get(upstream.id, { format: pkg.format, namespace: pkg.namespace, name: pkg.name });
  const source = sourcePackage && (await ctx.store.versions.get(sourcePackage.id, existing.version));
  if (!source || source.origin.type !== "EXTERNAL") return { package: pkg, version: existing, created: false };
  return ctx.store.transaction(async (tx) => {
    const held = new Set((await tx.assets.listAll(existing.id)).map((a) => a.name));
    const missing = (await tx.assets.listAll(source.id)).filter((a) => !held.has(a.name));
    if (missing.length === 0) return { package: pkg, version: existing, created: false };
    const now = ctx.services.now();
    for (const asset of missing) {
      await tx.assets.add(existing.id, { name: asset.name, size: asset.size, hashes: asset.hashes, blobSha256: asset.blobSha256, createdTime: now });
    }
    const version = (await tx.versions.update(existing.id, { revision: ctx.revision() }))!;
    return { package: pkg, version, created: false };
  });
}
