import type {
  AllowPublish,
  AllowUpstream,
  PackageFormat,
  PackageOriginRestrictions,
  PackageRecord,
  PackageVersionRecord,
} from "@codeartifact-local/store";
import { paginate } from "../control/pagination";
import type { Services } from "../services";
import { deleteVersions, disposeVersions, updateVersionsStatus, type BatchInput, type BatchResult } from "./batch";
import {
  createContext,
  domainKeyOf,
  locatePackage,
  locateRepository,
  type LocatedPackage,
  type PackageRef,
  type RepositoryRef,
  type ServiceContext,
  type VersionRef,
} from "./context";
import { copyVersions, type CopyInput } from "./copy";
import { PackageGroups } from "./groups";
import { normalizeCoordinate, normalizeName } from "./names";
import { loadEffectiveRestrictions } from "./origin";
import { listingSigning, type PageInput, type PageOutput } from "./paging";
import { ensurePackage, publishVersion, type PublishInput, type PublishResult } from "./publish";
import type { EffectiveRestrictions } from "./restrictions";
import { retainVersion, type RetainInput, type RetainResult } from "./retain";
import { upstreamSearchOrder, type SearchedRepository } from "../control/upstream-graph";
import {
  allVersions,
  getReadme,
  getVersion,
  listAssets,
  listDependencies,
  listVersions,
  openAsset,
  openLocatedAsset,
  type LocatedAssetVersion,
  type OpenAssetInput,
  type VersionFilter,
} from "./versions";

export interface PackageFilter {
  format?: PackageFormat;
  /** Prefix match, as ListPackages' `namespace` is. */
  namespacePrefix?: string;
  namePrefix?: string;
  publish?: AllowPublish;
  upstream?: AllowUpstream;
}

/**
 * The package service: the one owner of package semantics (names, versions, statuses, revisions,
 * assets, origin restrictions, package groups, upstream search and retention). The control-plane
 * handlers and every package-format endpoint go through it; errors are the API's modeled
 * exceptions (ResourceNotFound → 404, Conflict → 409, AccessDenied → 403, Validation → 400,
 * ServiceQuotaExceeded → 402 in AWS's mapping), which endpoints translate to their clients' idiom.
 */
export class PackageService {
  readonly ctx: ServiceContext;
  readonly groups: PackageGroups;

  constructor(services: Services) {
    this.ctx = createContext(services);
    this.groups = new PackageGroups(this.ctx);
  }

  // ---- packages -----------------------------------------------------------------------------

  async listPackages(ref: RepositoryRef, filter: PackageFilter, page: PageInput): Promise<PageOutput<PackageRecord>> {
    const { repository } = await locateRepository(this.ctx, ref);
    const namePrefix = filter.namePrefix !== undefined && filter.format ? normalizeName(filter.format, filter.namePrefix) : filter.namePrefix;
    return paginate(
      (request) =>
        this.ctx.store.packages.list(
          repository.id,
          {
            format: filter.format,
            namespacePrefix: filter.namespacePrefix,
            namePrefix,
            publish: filter.publish,
            upstream: filter.upstream,
          },
          request,
        ),
      page,
      listingSigning(this.ctx, "ListPackages", [repository.id, filter.format, filter.namespacePrefix, namePrefix, filter.publish, filter.upstream]),
    );
  }

  /** ResourceNotFoundException when the domain, repository or package does not exist. */
  async getPackage(ref: PackageRef): Promise<LocatedPackage> {
    return locatePackage(this.ctx, ref);
  }

  /** The package, or undefined when it is not in the repository (the repository must exist). */
  async findPackage(ref: PackageRef): Promise<PackageRecord | undefined> {
    const coordinate = normalizeCoordinate(ref);
    const { repository } = await locateRepository(this.ctx, ref);
    return this.ctx.store.packages.get(repository.id, coordinate);
  }

  /** Deletes a package with all its versions; their bytes go unless used elsewhere in the domain. */
  async deletePackage(ref: PackageRef): Promise<PackageRecord> {
    const located = await locatePackage(this.ctx, ref);
    const blobs: string[] = [];
    await this.ctx.store.transaction(async (tx) => {
      for (const version of await tx.versions.listAll(located.package.id)) {
        blobs.push(...(await tx.assets.listAll(version.id)).map((a) => a.blobSha256));
      }
      await tx.packages.delete(located.package.id);
    });
    await this.ctx.janitor.collect(this.ctx.store, domainKeyOf(located.domain), blobs);
    return located.package;
  }

  /**
   * Sets a package's origin restrictions, creating an empty package record when the package is not
   * in the repository yet (so ingestion can be blocked before it happens).
   */
  async putOriginConfiguration(ref: PackageRef, restrictions: PackageOriginRestrictions): Promise<PackageRecord> {
    const coordinate = normalizeCoordinate(ref);
    const { repository } = await locateRepository(this.ctx, ref);
    return this.ctx.store.transaction(async (tx) => {
      const pkg = await ensurePackage(tx, repository.id, coordinate, {
        originRestrictions: restrictions,
        displayName: undefined,
        createdTime: this.ctx.services.now(),
      });
      return (await tx.packages.update(pkg.id, { originRestrictions: restrictions }))!;
    });
  }

  // ---- versions -----------------------------------------------------------------------------

  publishVersion(input: PublishInput): Promise<PublishResult> {
    return publishVersion(this.ctx, this.groups, input);
  }

  getVersion(ref: VersionRef) {
    return getVersion(this.ctx, ref);
  }

  listVersions(ref: PackageRef, filter: VersionFilter, page: PageInput) {
    return listVersions(this.ctx, ref, filter, page);
  }

  /** Every version of a package (for packuments and simple pages), highest first by default. */
  async listAllVersions(ref: PackageRef, filter: VersionFilter = {}): Promise<{ package?: PackageRecord; versions: PackageVersionRecord[] }> {
    const coordinate = normalizeCoordinate(ref);
    const located = await locateRepository(this.ctx, ref);
    const pkg = await this.ctx.store.packages.get(located.repository.id, coordinate);
    if (!pkg) return { versions: [] };
    return { package: pkg, versions: await allVersions(this.ctx, { ...located, coordinate, package: pkg }, filter) };
  }

  listAssets(ref: VersionRef, page: PageInput) {
    return listAssets(this.ctx, ref, page);
  }

  openAsset(input: OpenAssetInput) {
    return openAsset(this.ctx, input);
  }

  openLocatedAsset(located: LocatedAssetVersion, name: string) {
    return openLocatedAsset(this.ctx, located, name);
  }

  getReadme(ref: VersionRef) {
    return getReadme(this.ctx, ref);
  }

  listDependencies(ref: VersionRef, page: PageInput) {
    return listDependencies(this.ctx, ref, page);
  }

  updateVersionsStatus(input: BatchInput & { targetStatus: PackageVersionRecord["status"] }): Promise<BatchResult> {
    return updateVersionsStatus(this.ctx, input);
  }

  disposeVersions(input: BatchInput): Promise<BatchResult> {
    return disposeVersions(this.ctx, input);
  }

  deleteVersions(input: BatchInput): Promise<BatchResult> {
    return deleteVersions(this.ctx, input);
  }

  copyVersions(input: CopyInput): Promise<BatchResult> {
    return copyVersions(this.ctx, input);
  }

  // ---- origins and upstreams ----------------------------------------------------------------

  /**
   * Whether versions of a package may enter a repository by publishing, from internal upstreams
   * or from external connections: the package's own configuration and its package-group chain.
   * Every publish and retention path calls this.
   */
  async effectiveRestrictions(ref: PackageRef): Promise<EffectiveRestrictions> {
    const coordinate = normalizeCoordinate(ref);
    const located = await locateRepository(this.ctx, ref);
    return loadEffectiveRestrictions(this.ctx, this.groups, { ...located, coordinate });
  }

  /** The repository and its upstreams in AWS's search order (depth-first, at most the quota). */
  async upstreamSearchOrder(ref: RepositoryRef): Promise<SearchedRepository[]> {
    const { repository } = await locateRepository(this.ctx, ref);
    return upstreamSearchOrder(this.ctx.store, repository.id, this.ctx.services.config.quotas.upstreamRepositoriesSearched);
  }

  retainVersion(input: RetainInput): Promise<RetainResult> {
    return retainVersion(this.ctx, this.groups, input);
  }
}
