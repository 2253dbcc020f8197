// Public record and input types of the store. Names follow the CodeArtifact API shapes
// (DomainDescription, RepositoryDescription, ...) so handlers can map them one-to-one.
// `id`s are internal surrogate keys: never show them to API clients.

export type PackageFormat = "npm" | "pypi" | "maven" | "nuget" | "generic" | "ruby" | "swift" | "cargo";
export type DomainStatus = "Active" | "Deleted";
export type ExternalConnectionStatus = "Available";
export type PackageVersionStatus = "Published" | "Unfinished" | "Unlisted" | "Archived" | "Disposed" | "Deleted";
export type PackageVersionOriginType = "INTERNAL" | "EXTERNAL" | "UNKNOWN";
export type AllowPublish = "ALLOW" | "BLOCK";
export type AllowUpstream = "ALLOW" | "BLOCK";
export type PackageGroupOriginRestrictionType = "PUBLISH" | "EXTERNAL_UPSTREAM" | "INTERNAL_UPSTREAM";
export type PackageGroupOriginRestrictionMode = "ALLOW" | "BLOCK" | "ALLOW_SPECIFIC_REPOSITORIES" | "INHERIT";

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Every resource lives in one (account, region) partition. */
export interface Partition {
  account: string;
  region: string;
}

// ---- pagination -------------------------------------------------------------------

export interface PageRequest {
  /** Maximum number of items to return (>= 1). */
  limit: number;
  /** Opaque cursor from a previous page's `next`. */
  after?: string;
}

export interface Page<T> {
  items: T[];
  /** Present when more items may follow; pass it back as `after`. */
  next?: string;
}

// ---- domains ----------------------------------------------------------------------

export interface DomainKey extends Partition {
  name: string;
}

export interface DomainRecord extends DomainKey {
  id: number;
  arn: string;
  status: DomainStatus;
  encryptionKey?: string;
  s3BucketArn?: string;
  createdTime: Date;
}

export interface NewDomain extends DomainKey {
  arn: string;
  status?: DomainStatus; // default 'Active'
  encryptionKey?: string;
  s3BucketArn?: string;
  createdTime?: Date; // default: the store clock
}

/** `null` clears a field; an absent key leaves it unchanged. */
export interface DomainPatch {
  status?: DomainStatus;
  encryptionKey?: string | null;
  s3BucketArn?: string | null;
}

export interface DomainStats {
  repositoryCount: number;
  /** Sum of sizes of the distinct blobs referenced by assets anywhere in the domain. */
  assetSizeBytes: number;
}

// ---- repositories -----------------------------------------------------------------

export interface RepositoryRecord {
  id: number;
  domainId: number;
  domainName: string;
  /** The domain's owner account. */
  domainOwner: string;
  region: string;
  name: string;
  arn: string;
  description?: string;
  administratorAccount: string;
  createdTime: Date;
}

export interface NewRepository {
  domainId: number;
  name: string;
  arn: string;
  description?: string;
  administratorAccount: string;
  createdTime?: Date;
}

export interface RepositoryPatch {
  description?: string | null;
}

export interface RepositoryFilter {
  namePrefix?: string;
  administratorAccount?: string;
}

/** Repositories across all domains of a region (ListRepositories). */
export interface RegionRepositoryFilter extends RepositoryFilter {
  region: string;
  domainOwner?: string;
}

/** A repository referenced by name within its domain (upstreams, allowed repositories). */
export interface RepositoryRef {
  repositoryId: number;
  repositoryName: string;
}

// ---- external connections ---------------------------------------------------------

export interface ExternalConnectionRecord {
  repositoryId: number;
  name: string;
  packageFormat: PackageFormat;
  status: ExternalConnectionStatus;
  createdTime: Date;
}

export interface NewExternalConnection {
  name: string;
  packageFormat: PackageFormat;
  status?: ExternalConnectionStatus; // default 'Available'
  createdTime?: Date;
}

// ---- policies and tags ------------------------------------------------------------

export interface ResourcePolicyRecord {
  resourceArn: string;
  document: string;
  revision: string;
  updatedTime: Date;
}

export interface NewResourcePolicy {
  resourceArn: string;
  document: string;
  revision: string;
  updatedTime?: Date;
}

export interface Tag {
  key: string;
  value: string;
}

// ---- packages ---------------------------------------------------------------------

export interface PackageCoordinate {
  format: PackageFormat;
  /** Absent for formats/packages without a namespace. */
  namespace?: string;
  /** Normalized name (the caller normalizes per format). */
  name: string;
}

export interface PackageOriginRestrictions {
  publish: AllowPublish;
  upstream: AllowUpstream;
}

export interface PackageRecord extends PackageCoordinate {
  id: number;
  repositoryId: number;
  displayName: string;
  originRestrictions: PackageOriginRestrictions;
  createdTime: Date;
}

export interface NewPackage extends PackageCoordinate {
  repositoryId: number;
  displayName?: string; // default: name
  originRestrictions: PackageOriginRestrictions;
  createdTime?: Date;
}

export interface PackagePatch {
  displayName?: string;
  originRestrictions?: PackageOriginRestrictions;
}

export interface PackageFilter {
  format?: PackageFormat;
  /** Exact namespace; `null` selects packages without one. */
  namespace?: string | null;
  namespacePrefix?: string;
  namePrefix?: string;
  publish?: AllowPublish;
  upstream?: AllowUpstream;
}

// ---- package versions -------------------------------------------------------------

export interface LicenseInfo {
  name?: string;
  url?: string;
}

export interface DomainEntryPoint {
  repositoryName?: string;
  externalConnectionName?: string;
}

export interface PackageVersionOrigin {
  type: PackageVersionOriginType;
  domainEntryPoint?: DomainEntryPoint;
}

/** The fields a version is created with and keeps. */
interface PackageVersionFields {
  packageId: number;
  version: string;
  status: PackageVersionStatus;
  revision: string;
  origin: PackageVersionOrigin;
  publishedTime?: Date;
  displayName?: string;
  summary?: string;
  homePage?: string;
  sourceCodeRepository?: string;
  formatMetadata?: JsonValue;
}

/** A version without its readme (fetch that with `versions.getReadme`). */
export interface PackageVersionRecord extends PackageVersionFields {
  id: number;
  licenses: LicenseInfo[];
  createdTime: Date;
  updatedTime: Date;
}

export interface NewPackageVersion extends PackageVersionFields {
  licenses?: LicenseInfo[];
  readme?: string;
  createdTime?: Date;
}

export interface PackageVersionPatch {
  status?: PackageVersionStatus;
  revision?: string;
  origin?: PackageVersionOrigin;
  publishedTime?: Date | null;
  displayName?: string | null;
  summary?: string | null;
  homePage?: string | null;
  sourceCodeRepository?: string | null;
  licenses?: LicenseInfo[];
  readme?: string | null;
  formatMetadata?: JsonValue | null;
}

export interface PackageVersionFilter {
  status?: PackageVersionStatus | PackageVersionStatus[];
  originType?: PackageVersionOriginType;
  /** 'version' (default) orders by the version string, byte-wise; 'publishedTime' puts unpublished first. */
  sortBy?: "version" | "publishedTime";
}

// ---- assets and dependencies ------------------------------------------------------

export interface AssetHashes {
  md5: string;
  sha1: string;
  sha256: string;
  sha512: string;
}

export interface AssetRecord {
  versionId: number;
  name: string;
  size: number;
  hashes: AssetHashes;
  /** Key of the content in the blob store (normally equal to hashes.sha256). */
  blobSha256: string;
  createdTime: Date;
}

export interface NewAsset {
  name: string;
  size: number;
  hashes: AssetHashes;
  blobSha256?: string; // default: hashes.sha256
  createdTime?: Date;
}

export interface PackageDependency {
  namespace?: string;
  package: string;
  dependencyType?: string;
  versionRequirement?: string;
}

// ---- package groups ---------------------------------------------------------------

export type PackageGroupOriginModes = Record<PackageGroupOriginRestrictionType, PackageGroupOriginRestrictionMode>;

export interface PackageGroupRef {
  id: number;
  arn: string;
  pattern: string;
}

export interface PackageGroupRecord {
  id: number;
  domainId: number;
  domainName: string;
  domainOwner: string;
  pattern: string;
  arn: string;
  description?: string;
  contactInfo?: string;
  parent?: PackageGroupRef;
  originModes: PackageGroupOriginModes;
  createdTime: Date;
}

export interface NewPackageGroup {
  domainId: number;
  pattern: string;
  arn: string;
  description?: string;
  contactInfo?: string;
  parentId?: number;
  originModes: PackageGroupOriginModes;
  createdTime?: Date;
}

export interface PackageGroupPatch {
  description?: string | null;
  contactInfo?: string | null;
  parentId?: number | null;
  originModes?: Partial<PackageGroupOriginModes>;
}

export interface PackageGroupFilter {
  patternPrefix?: string;
  /** Only direct children of this group. */
  parentId?: number;
}
