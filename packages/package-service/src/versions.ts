import type { Readable } from "node:stream";
import {
  blobDomainKey,
  type AssetRecord,
  type DomainRecord,
  type PackageDependency,
  type PackageRecord,
  type PackageVersionOriginType,
  type PackageVersionRecord,
  type PackageVersionStatus,
} from "@codeartifact-local/store";
import { conflict, notFound } from "./errors";
import { paginate, listingSigning, pageOf, type PageInput, type PageOutput } from "./pagination";
import { describeCoordinate, locatePackage, locateVersion, type LocatedPackage, type PackageRef, type ServiceContext, type VersionRef } from "./context";
import type { Coordinate } from "./names";

export interface VersionFilter {
  status?: PackageVersionStatus;
  originType?: PackageVersionOriginType;
  /** "version" (default): highest version first; "publishedTime": most recently published first. */
  sortBy?: "version" | "publishedTime";
}

/** AWS's default page size for ListPackageVersions (User Guide: "Its default is 50"). */
export const VERSIONS_PAGE_SIZE = 50;

/** Statuses whose assets can be downloaded: Unlisted versions stay installable by exact version. */
export const DOWNLOADABLE: ReadonlySet<PackageVersionStatus> = new Set(["Published", "Unlisted"]);

function byVersionDescending(ctx: ServiceContext, located: LocatedPackage) {
  return (a: PackageVersionRecord, b: PackageVersionRecord) => ctx.formats.compareVersions(located.coordinate.format, b.version, a.version);
}

function byPublishedDescending(ctx: ServiceContext, located: LocatedPackage) {
  const versionOrder = byVersionDescending(ctx, located);
  return (a: PackageVersionRecord, b: PackageVersionRecord) => {
    const ta = a.publishedTime?.getTime() ?? -Infinity;
    const tb = b.publishedTime?.getTime() ?? -Infinity;
    return ta === tb ? versionOrder(a, b) : tb - ta;
  };
}

/** Every version of a package matching the filter, in the requested order. */
export async function allVersions(ctx: ServiceContext, located: LocatedPackage, filter: VersionFilter = {}) {
  const versions = await ctx.store.versions.listAll(located.package.id, { status: filter.status, originType: filter.originType });
  return versions.sort(filter.sortBy === "publishedTime" ? byPublishedDescending(ctx, located) : byVersionDescending(ctx, located));
}

/**
 * The version clients should show: for npm the one the `latest` dist-tag names, otherwise (and
 * when that tag is missing) the most recently published Published version.
 */
export async function defaultDisplayVersion(ctx: ServiceContext, located: LocatedPackage): Promise<string | undefined> {
  const published = await allVersions(ctx, located, { status: "Published", sortBy: "publishedTime" });
  if (located.coordinate.format === "npm") {
    const latest = (await ctx.store.distTags.get(located.package.id)).latest;
    if (latest !== undefined && published.some((v) => v.version === latest)) return latest;
  }
  return published[0]?.version;
}

export async function listVersions(
  ctx: ServiceContext,
  ref: PackageRef,
  filter: VersionFilter,
  page: PageInput,
): Promise<PageOutput<PackageVersionRecord> & { package: PackageRecord; defaultDisplayVersion?: string }> {
  const located = await locatePackage(ctx, ref);
  const versions = await allVersions(ctx, located, filter);
  const signing = listingSigning(ctx, "ListPackageVersions", [located.package.id, filter.status, filter.originType, filter.sortBy]);
  const result = pageOf(versions, (v) => v.version, { maxResults: page.maxResults ?? VERSIONS_PAGE_SIZE, nextToken: page.nextToken }, signing);
  return { ...result, package: located.package, defaultDisplayVersion: await defaultDisplayVersion(ctx, located) };
}

export async function getVersion(ctx: ServiceContext, ref: VersionRef) {
  return locateVersion(ctx, ref);
}

export async function listAssets(ctx: ServiceContext, ref: VersionRef, page: PageInput) {
  const located = await locateVersion(ctx, ref);
  const signing = listingSigning(ctx, "ListPackageVersionAssets", [located.version.id]);
  const result = await paginate((request) => ctx.store.assets.list(located.version.id, request), page, signing);
  return { ...located, assets: result.items, nextToken: result.nextToken };
}

export async function getReadme(ctx: ServiceContext, ref: VersionRef) {
  const located = await locateVersion(ctx, ref);
  return { ...located, readme: await ctx.store.versions.getReadme(located.version.id) };
}

export async function listDependencies(ctx: ServiceContext, ref: VersionRef, page: PageInput) {
  const located = await locateVersion(ctx, ref);
  const signing = listingSigning(ctx, "ListPackageVersionDependencies", [located.version.id]);
  const result = await paginate((request) => ctx.store.dependencies.list(located.version.id, request), page, signing);
  return { ...located, dependencies: result.items as PackageDependency[], nextToken: result.nextToken };
}

export interface OpenAssetInput extends VersionRef {
  asset: string;
  /** Only serve the asset of this revision of the version. */
  revision?: string;
  /** Statuses the bytes may be served in (default: Published and Unlisted). */
  allowStatuses?: ReadonlySet<PackageVersionStatus>;
}

/**
 * An asset's record and a stream of its bytes. Archived, Unfinished and Disposed versions do not
 * serve assets (ConflictException; a disposed version has no assets left at all).
 */
export async function openAsset(ctx: ServiceContext, input: OpenAssetInput) {
  const located = await locateVersion(ctx, input);
  const { version, coordinate } = located;
  if (input.revision !== undefined && input.revision !== version.revision) {
    throw notFound(
      "package-version",
      version.version,
      `Version ${version.version} of the ${describeCoordinate(coordinate)} does not have revision ${input.revision}.`,
    );
  }
  return { ...located, ...(await openLocatedAsset(ctx, located, input.asset, input.allowStatuses)) };
}

/** The version of an asset to open, already found (package endpoints find it through the package graph). */
export interface LocatedAssetVersion {
  domain: DomainRecord;
  coordinate: Coordinate;
  version: PackageVersionRecord;
}

/** `openAsset` for a version already located. */
export async function openLocatedAsset(
  ctx: ServiceContext,
  located: LocatedAssetVersion,
  name: string,
  allowStatuses: ReadonlySet<PackageVersionStatus> = DOWNLOADABLE,
) {
  const { version, coordinate } = located;
  const asset: AssetRecord | undefined = await ctx.store.assets.get(version.id, name);
  if (!asset) {
    throw notFound("asset", name, `Asset ${name} does not exist in version ${version.version} of the ${describeCoordinate(coordinate)}.`);
  }
  if (!allowStatuses.has(version.status)) {
    throw conflict(
      "package-version",
      version.version,
      `The assets of version ${version.version} of the ${describeCoordinate(coordinate)} cannot be downloaded while its status is ${version.status}.`,
    );
  }
  const stream: Readable = ctx.blobs.get(blobDomainKey(located.domain), asset.blobSha256);
  return { asset, stream };
}
