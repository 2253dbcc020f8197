import {
  blobDomainKey,
  type AllowPublish,
  type AllowUpstream,
  type PackageFormat,
  type PackageOriginRestrictions,
  type PackageRecord,
  type PackageVersionRecord,
} from "@codeartifact-local/store";
import { paginate, listingSigning, type PageInput, type PageOutput } from "./pagination";
import type { Services } from "./environment";
import { FormatRegistry, type FormatAdapter, type StoredAsset } from "./formats";
import { authorizeToken, type AddressedRepository, type RepositoryAction } from "./access/token-access";
import { packageGraph } from "./graph";
import { checkPublish, packageView, resolveAsset } from "./resolution";
import { deleteVersions, disposeVersions, updateVersionsStatus, type BatchInput, type BatchResult } from "./batch";
import {
  createContext,
  domainKeyOf,
  locatePackage,
  type LocatedPackage,
  type LocatedRepository,
  type PackageRef,
  type ServiceContext,
  type VersionRef,
} from "./context";
import { copyVersions, type CopyInput } from "./copy";
import { PackageGroups } from "./groups";
import { normalizeCoordinate, normalizeName, normalizeNamespace } from "./names";
import { loadEffectiveRestrictions } from "./origin";
import { ensurePackage, publishVersion, type PublishInput, type PublishResult } from "./publish";
import type { EffectiveRestrictions } from "./restrictions";
import { retainVersion, type RetainInput, type RetainResult } from "./retain";
import { upstreamSearchOrder, type SearchedRepository } from "./upstream-graph";
import { recordReadme, updateFormatMetadata } from "./metadata-update";
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

  constructor(services: Services, formats: readonly FormatAdapter[] = []) {
    this.ctx = createContext(services, new FormatRegistry(formats));
    this.groups = new PackageGroups(this.ctx);
  }

  // ---- packages -----------------------------------------------------------------------------

  async listPackages({ repository }: LocatedRepository, filter: PackageFilter, page: PageInput): Promise<PageOutput<PackageRecord>> {
    const namePrefix = filter.namePrefix !== undefined && filter.format ? normalizeName(filter.format, filter.namePrefix) : filter.namePrefix;
    // Swift namespaces are stored lowercased; a prefix for that format is matched the same way.
    const namespacePrefix =
      filter.namespacePrefix !== undefined && filter.format ? normalizeNamespace(filter.format, filter.namespacePrefix) : filter.namespacePrefix;
    return paginate(
      (request) =>
        this.ctx.store.packages.list(
          repository.id,
          {
            format: filter.format,
            namespacePrefix,
            namePrefix,
            publish: filter.publish,
            upstream: filter.upstream,
          },
          request,
        ),
      page,
      listingSigning(this.ctx, "ListPackages", [repository.id, filter.format, namespacePrefix, namePrefix, filter.publish, filter.upstream]),
    );
  }

  /** ResourceNotFoundException when the domain, repository or package does not exist. */
  async getPackage(ref: PackageRef): Promise<LocatedPackage> {
    return locatePackage(this.ctx, ref);
  }

  /** The package, or undefined when it is not in the repository (the repository must exist). */
  async findPackage(ref: PackageRef): Promise<PackageRecord | undefined> {
    return this.ctx.store.packages.get(ref.repository.id, normalizeCoordinate(ref));
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
    return this.ctx.store.transaction(async (tx) => {
      const pkg = await ensurePackage(tx, ref.repository.id, coordinate, {
        originRestrictions: restrictions,
        displayName: undefined,
        createdTime: this.ctx.services.now(),
      });
      return (await tx.packages.update(pkg.id, { originRestrictions: restrictions }))!;
    });
  }

  // ---- versions -----------------------------------------------------------------------------

  /** Publishes, then lets the format read what it records from the stored assets (`assetStored`). */
  async publishVersion(input: PublishInput): Promise<PublishResult> {
    const result = await publishVersion(this.ctx, this.groups, input);
    for (const asset of result.assets) await this.recordAssetMetadata(input, asset.name);
    return result;
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
    const pkg = await this.ctx.store.packages.get(ref.repository.id, coordinate);
    if (!pkg) return { versions: [] };
    return { package: pkg, versions: await allVersions(this.ctx, { domain: ref.domain, repository: ref.repository, coordinate, package: pkg }, filter) };
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
    return loadEffectiveRestrictions(this.ctx, this.groups, { domain: ref.domain, repository: ref.repository, coordinate: normalizeCoordinate(ref) });
  }

  /** The repository and its upstreams in AWS's search order (depth-first, at most the quota). */
  async upstreamSearchOrder({ repository }: LocatedRepository): Promise<SearchedRepository[]> {
    return upstreamSearchOrder(this.ctx.store, repository.id, this.ctx.services.config.quotas.upstreamRepositoriesSearched);
  }

  retainVersion(input: RetainInput): Promise<RetainResult> {
    return retainVersion(this.ctx, this.groups, input);
  }

  // ---- package endpoints ----------------------------------------------------------------------

  /** Locates and authorizes a package-endpoint request by its authorization token (token-access.ts). */
  authorizeToken(token: string, address: AddressedRepository, action: RepositoryAction) {
    return authorizeToken(this.ctx.services, token, address, action);
  }

  /** The repositories of the called repository's graph that may hold the package, with their versions (graph.ts). */
  graph(ref: PackageRef) {
    return packageGraph(this, ref);
  }

  /** The package as a client of the called repository sees it (graph, then external registry). */
  view(ref: PackageRef) {
    return packageView(this, ref);
  }

  /** An asset resolved through the graph and the external connections, retained where AWS retains it. */
  resolveAsset(ref: VersionRef, assetName: string) {
    return resolveAsset(this, ref, assetName);
  }

  /** Origin controls and upstream conflicts checked before a format endpoint publishes. */
  checkPublish(ref: VersionRef) {
    return checkPublish(this, ref);
  }

  /** Runs the format's `assetStored` and `assetReadme` hooks for a stored asset and records what they return. */
  async recordAssetMetadata(ref: VersionRef, assetName: string): Promise<void> {
    const adapter = this.ctx.formats.get(ref.format);
    if (!adapter?.assetStored && !adapter?.assetReadme) return;
    const located = await getVersion(this.ctx, ref);
    const asset = await this.readAsset(located, assetName);
    if (!asset) return;
    if (adapter.assetStored) {
      const next = await adapter.assetStored(asset, located.version.formatMetadata);
      await updateFormatMetadata(this, ref, () => next);
    }
    if (adapter.assetReadme && (await this.readmeOf(located.version)) === undefined) {
      const readme = await adapter.assetReadme(asset);
      if (readme !== undefined) await recordReadme(this, ref, readme);
    }
  }

  /** Random access to a stored asset of a located version, or undefined when it has no such asset. */
  async readAsset(located: LocatedAssetVersion, name: string): Promise<StoredAsset | undefined> {
    const asset = await this.ctx.store.assets.get(located.version.id, name);
    if (!asset) return undefined;
    const key = blobDomainKey(located.domain);
    return { name, size: asset.size, read: (start, end) => this.ctx.blobs.get(key, asset.blobSha256, { start, end }) };
  }

  /** The asset records of many versions at once (packuments, project pages), by version id. */
  assetsOfVersions(versionIds: readonly number[], name?: string) {
    return this.ctx.store.assets.listAllForVersions(versionIds, name);
  }

  /** A version's asset record, or undefined. */
  findAsset(version: PackageVersionRecord, name: string) {
    return this.ctx.store.assets.get(version.id, name);
  }

  /** A version's readme, or undefined. */
  readmeOf(version: PackageVersionRecord) {
    return this.ctx.store.versions.getReadme(version.id);
  }

  /**
   * Moves whenever stored packages may have changed (here or in another process sharing the
   * store): what endpoints derive from reads made after taking it is current while it holds.
   */
  changeToken(): string {
    return this.ctx.store.changeToken();
  }
}
