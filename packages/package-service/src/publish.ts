import {
  BlobDigestMismatchError,
  BlobTooLargeError,
  type AssetRecord,
  type BlobInfo,
  type BlobSource,
  type JsonValue,
  type NewPackageVersion,
  type PackageDependency,
  type PackageRecord,
  type PackageVersionPatch,
  type PackageVersionRecord,
  type PackageVersionStatus,
  type StoreOps,
} from "@codeartifact-local/store";
import { conflict, invalid, quotaExceeded } from "./errors";
import { checkAssetName } from "./asset-names";
import { describeCoordinate, domainKeyOf, type LocatedRepository, type PackageRef, type ServiceContext } from "./context";
import type { PackageGroups } from "./groups";
import { checkAddressable, displayNameOf, normalizeCoordinate, normalizeVersion, type Coordinate } from "./names";
import { loadEffectiveRestrictions, PUBLISHED_FIRST, requireAllowed } from "./origin";

/**
 * Descriptive data of a version, as package formats extract it from their manifests: the
 * descriptive fields of the stored version record, plus its dependencies.
 */
export interface VersionMetadata extends Pick<NewPackageVersion, "summary" | "homePage" | "sourceCodeRepository" | "licenses" | "readme"> {
  /** The package name as the publisher spelled it (before normalization). */
  displayName?: string;
  dependencies?: PackageDependency[];
  /** Format-specific data an endpoint wants back later (npm manifest fields, ...). */
  formatMetadata?: JsonValue;
}

export interface AssetUpload {
  name: string;
  /** Streamed to the blob store, never buffered. */
  content: BlobSource;
  /** Hex SHA-256 the content must have (the x-amz-content-sha256 of PublishPackageVersion). */
  expectedSha256?: string;
}

export interface PublishInput extends PackageRef {
  version: string;
  assets: readonly AssetUpload[];
  /** Keep (or leave) the version Unfinished; otherwise it becomes Published. */
  unfinished?: boolean;
  metadata?: VersionMetadata;
}

export interface PublishResult {
  package: PackageRecord;
  version: PackageVersionRecord;
  /** The asset records of this call's uploads, in input order. */
  assets: AssetRecord[];
}

/** Statuses a version can receive new assets in. */
const OPEN_STATUSES: ReadonlySet<PackageVersionStatus> = new Set(["Unfinished", "Published"]);

function closedVersion(coordinate: Coordinate, version: PackageVersionRecord) {
  return conflict(
    "package-version",
    version.version,
    `Version ${version.version} of the ${describeCoordinate(coordinate)} has status ${version.status}; assets can be added only to Unfinished or Published versions.`,
  );
}

function externalVersion(coordinate: Coordinate, version: PackageVersionRecord) {
  return conflict(
    "package-version",
    version.version,
    `Version ${version.version} of the ${describeCoordinate(coordinate)} was retained from outside this repository and cannot be published to.`,
  );
}

function assetConflict(name: string, version: string) {
  return conflict("asset", name, `Asset ${name} of version ${version} already exists with different content.`);
}

function tooManyAssets(version: string, limit: number) {
  return quotaExceeded("package-version", version, `A package version can have at most ${limit} assets.`);
}

/** Checks that need no bytes: refused publishes never store anything. */
async function precheck(
  ctx: ServiceContext,
  groups: PackageGroups,
  located: LocatedRepository,
  coordinate: Coordinate,
  version: string,
  assets: readonly AssetUpload[],
): Promise<void> {
  requireAllowed(await loadEffectiveRestrictions(ctx, groups, { ...located, coordinate }), "publish", coordinate, located.repository.name);
  const pkg = await ctx.store.packages.get(located.repository.id, coordinate);
  const existing = pkg && (await ctx.store.versions.get(pkg.id, version));
  if (!existing) {
    if (new Set(assets.map((a) => a.name)).size > ctx.services.config.quotas.assetsPerPackageVersion) {
      throw tooManyAssets(version, ctx.services.config.quotas.assetsPerPackageVersion);
    }
    return;
  }
  if (existing.origin.type === "EXTERNAL") throw externalVersion(coordinate, existing);
  if (!OPEN_STATUSES.has(existing.status)) throw closedVersion(coordinate, existing);
  const current = await ctx.store.assets.listAll(existing.id);
  const names = new Set(current.map((a) => a.name));
  for (const asset of assets) {
    const same = current.find((a) => a.name === asset.name);
    // A different declared digest under an existing name can be refused before reading the body.
    if (same && asset.expectedSha256 !== undefined && same.hashes.sha256 !== asset.expectedSha256) {
      throw assetConflict(asset.name, version);
    }
    names.add(asset.name);
  }
  if (names.size > ctx.services.config.quotas.assetsPerPackageVersion) {
    throw tooManyAssets(version, ctx.services.config.quotas.assetsPerPackageVersion);
  }
}

async function storeBlob(ctx: ServiceContext, domainKey: string, upload: AssetUpload): Promise<BlobInfo> {
  try {
    return await ctx.blobs.put(domainKey, upload.content, {
      expectedSha256: upload.expectedSha256,
      maxBytes: ctx.services.config.quotas.assetSizeBytes,
    });
  } catch (error) {
    if (error instanceof BlobDigestMismatchError) {
      throw invalid(`The SHA256 of the content of asset ${upload.name} is ${error.actualSha256}, not ${error.expectedSha256}.`);
    }
    if (error instanceof BlobTooLargeError) {
      throw quotaExceeded("asset", upload.name, `Asset ${upload.name} is larger than the limit of ${error.maxBytes} bytes.`);
    }
    throw error;
  }
}

function metadataPatch(metadata: VersionMetadata | undefined): PackageVersionPatch {
  if (!metadata) return {};
  const patch: PackageVersionPatch = {};
  if (metadata.displayName !== undefined) patch.displayName = metadata.displayName;
  if (metadata.summary !== undefined) patch.summary = metadata.summary;
  if (metadata.homePage !== undefined) patch.homePage = metadata.homePage;
  if (metadata.sourceCodeRepository !== undefined) patch.sourceCodeRepository = metadata.sourceCodeRepository;
  if (metadata.licenses !== undefined) patch.licenses = metadata.licenses;
  if (metadata.readme !== undefined) patch.readme = metadata.readme;
  if (metadata.formatMetadata !== undefined) patch.formatMetadata = metadata.formatMetadata;
  return patch;
}

/** The package record, created with publish-first defaults when this is its first version. */
export async function ensurePackage(
  tx: StoreOps,
  repositoryId: number,
  coordinate: Coordinate,
  defaults: { originRestrictions: PackageRecord["originRestrictions"]; displayName?: string; createdTime: Date },
): Promise<PackageRecord> {
  const existing = await tx.packages.get(repositoryId, coordinate);
  if (existing) return existing;
  return tx.packages.create({
    repositoryId,
    ...coordinate,
    displayName: defaults.displayName ?? displayNameOf(coordinate),
    originRestrictions: defaults.originRestrictions,
    createdTime: defaults.createdTime,
  });
}

/**
 * Publishes assets (and metadata) into a version of a package, creating both when needed. Asset
 * bodies stream into the domain's blob store while their digests are computed; identical
 * re-uploads succeed, different bytes under an existing asset name are a ConflictException.
 */
export async function publishVersion(ctx: ServiceContext, groups: PackageGroups, input: PublishInput): Promise<PublishResult> {
  const coordinate = normalizeCoordinate(input);
  const versionName = normalizeVersion(coordinate.format, input.version);
  checkAddressable(coordinate, versionName);
  for (const asset of input.assets) checkAssetName(asset.name);
  const located = { domain: input.domain, repository: input.repository };
  await precheck(ctx, groups, located, coordinate, versionName, input.assets);

  const domain = domainKeyOf(located.domain);
  return ctx.janitor.writing(ctx.store, domain, async (track) => {
    const stored: BlobInfo[] = [];
    for (const upload of input.assets) {
      if (upload.expectedSha256) track(upload.expectedSha256, false);
      const info = await storeBlob(ctx, domain.key, upload);
      track(info.sha256);
      stored.push(info);
    }
    return ctx.store.transaction((tx) => record(ctx, tx, located, coordinate, versionName, input, stored));
  });
}

async function record(
  ctx: ServiceContext,
  tx: StoreOps,
  located: LocatedRepository,
  coordinate: Coordinate,
  versionName: string,
  input: PublishInput,
  stored: readonly BlobInfo[],
): Promise<PublishResult> {
  const now = ctx.services.now();
  const pkg = await ensurePackage(tx, located.repository.id, coordinate, {
    originRestrictions: PUBLISHED_FIRST,
    displayName: displayNameOf(coordinate, input.metadata?.displayName ?? input.name),
    createdTime: now,
  });
  let version = await tx.versions.get(pkg.id, versionName);
  let changed = false;
  if (!version) {
    version = await tx.versions.create({
      packageId: pkg.id,
      version: versionName,
      status: "Unfinished",
      revision: ctx.revision(),
      origin: { type: "INTERNAL", domainEntryPoint: { repositoryName: located.repository.name } },
      displayName: displayNameOf(coordinate, input.metadata?.displayName ?? input.name),
      createdTime: now,
    });
    changed = true;
  } else {
    // Re-checked inside the transaction: another request may have changed it since the precheck.
    if (version.origin.type === "EXTERNAL") throw externalVersion(coordinate, version);
    if (!OPEN_STATUSES.has(version.status)) throw closedVersion(coordinate, version);
  }

  const limit = ctx.services.config.quotas.assetsPerPackageVersion;
  const { assets, added } = await addAssets(tx, version.id, versionName, input.assets, stored, now, limit);
  if (added) changed = true;

  // Once Published, a version never goes back to Unfinished.
  const status: PackageVersionStatus = version.status === "Published" || !input.unfinished ? "Published" : "Unfinished";
  const patch = metadataPatch(input.metadata);
  if (status !== version.status) {
    patch.status = status;
    if (status === "Published") patch.publishedTime = now;
  }
  if (input.metadata?.dependencies) await tx.dependencies.set(version.id, input.metadata.dependencies);
  if (Object.keys(patch).length > 0 || input.metadata?.dependencies) changed = true;
  if (changed) version = (await tx.versions.update(version.id, { ...patch, revision: ctx.revision() }))!;
  return { package: pkg, version, assets };
}

/**
 * Adds the stored blobs (one per upload, in order) as assets of a version, inside the caller's
 * transaction. An asset already there is kept when its content is the same, and is a conflict
 * otherwise; `limit`, when given, caps how many assets the version may have.
 */
export async function addAssets(
  tx: StoreOps,
  versionId: number,
  versionName: string,
  uploads: readonly AssetUpload[],
  blobs: readonly BlobInfo[],
  now: Date,
  limit?: number,
): Promise<{ assets: AssetRecord[]; added: boolean }> {
  const assets: AssetRecord[] = [];
  let added = false;
  for (const [i, upload] of uploads.entries()) {
    const blob = blobs[i];
    const existing = await tx.assets.get(versionId, upload.name);
    if (existing) {
      if (existing.hashes.sha256 !== blob.sha256) throw assetConflict(upload.name, versionName);
      assets.push(existing);
      continue;
    }
    if (limit !== undefined && (await tx.assets.listAll(versionId)).length >= limit) throw tooManyAssets(versionName, limit);
    assets.push(
      await tx.assets.add(versionId, {
        name: upload.name,
        size: blob.size,
        hashes: { md5: blob.md5, sha1: blob.sha1, sha256: blob.sha256, sha512: blob.sha512 },
        createdTime: now,
      }),
    );
    added = true;
  }
  return { assets, added };
}
