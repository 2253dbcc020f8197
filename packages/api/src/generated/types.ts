// GENERATED FILE - DO NOT EDIT.
// Written by @codeartifact-local/codegen from the Smithy model:
//   codeartifact-2018-09-22.json (sha256 ddaa1ab37a6433f825060f8495fe901900c3646b0fbdceeef48b738712896ee9)
// Service com.amazonaws.codeartifact#CodeArtifactControlPlaneService, version 2018-09-22.
// Change the generator or the model instead and regenerate (`pnpm codegen`); `pnpm codegen:check` detects drift.

import type { Readable } from "node:stream";

export interface AccessDeniedExceptionFields {
  message: string;
}

export type AccountId = string;

export type AllowPublish = "ALLOW" | "BLOCK";
export const AllowPublish = {
  ALLOW: "ALLOW",
  BLOCK: "BLOCK",
} as const;

export type AllowUpstream = "ALLOW" | "BLOCK";
export const AllowUpstream = {
  ALLOW: "ALLOW",
  BLOCK: "BLOCK",
} as const;

export type Arn = string;

export type Asset = Readable | Uint8Array | string;

export type AssetHashes = Record<string, string>;

export type AssetName = string;

export interface AssetSummary {
  name: string;
  size?: number;
  hashes?: AssetHashes;
}

export type AssetSummaryList = AssetSummary[];

export interface AssociateExternalConnectionRequest {
  domain: string;
  domainOwner?: string;
  repository: string;
  externalConnection: string;
}

export interface AssociateExternalConnectionResult {
  repository?: RepositoryDescription;
}

export interface AssociatedPackage {
  format?: PackageFormat;
  namespace?: string;
  package?: string;
  associationType?: PackageGroupAssociationType;
}

export type AssociatedPackageList = AssociatedPackage[];

export type AuthorizationTokenDurationSeconds = number;

export type BooleanOptional = boolean;

export interface ConflictExceptionFields {
  message: string;
  resourceId?: string;
  resourceType?: ResourceType;
}

export interface CopyPackageVersionsRequest {
  domain: string;
  domainOwner?: string;
  sourceRepository: string;
  destinationRepository: string;
  format: PackageFormat;
  namespace?: string;
  package: string;
  versions?: PackageVersionList;
  versionRevisions?: PackageVersionRevisionMap;
  allowOverwrite?: boolean;
  includeFromUpstream?: boolean;
}

export interface CopyPackageVersionsResult {
  successfulVersions?: SuccessfulPackageVersionInfoMap;
  failedVersions?: PackageVersionErrorMap;
}

export interface CreateDomainRequest {
  domain: string;
  encryptionKey?: string;
  tags?: TagList;
}

export interface CreateDomainResult {
  domain?: DomainDescription;
}

export interface CreatePackageGroupRequest {
  domain: string;
  domainOwner?: string;
  packageGroup: string;
  contactInfo?: string;
  description?: string;
  tags?: TagList;
}

export interface CreatePackageGroupResult {
  packageGroup?: PackageGroupDescription;
}

export interface CreateRepositoryRequest {
  domain: string;
  domainOwner?: string;
  repository: string;
  description?: string;
  upstreams?: UpstreamRepositoryList;
  tags?: TagList;
}

export interface CreateRepositoryResult {
  repository?: RepositoryDescription;
}

export interface DeleteDomainPermissionsPolicyRequest {
  domain: string;
  domainOwner?: string;
  policyRevision?: string;
}

export interface DeleteDomainPermissionsPolicyResult {
  policy?: ResourcePolicy;
}

export interface DeleteDomainRequest {
  domain: string;
  domainOwner?: string;
}

export interface DeleteDomainResult {
  domain?: DomainDescription;
}

export interface DeletePackageGroupRequest {
  domain: string;
  domainOwner?: string;
  packageGroup: string;
}

export interface DeletePackageGroupResult {
  packageGroup?: PackageGroupDescription;
}

export interface DeletePackageRequest {
  domain: string;
  domainOwner?: string;
  repository: string;
  format: PackageFormat;
  namespace?: string;
  package: string;
}

export interface DeletePackageResult {
  deletedPackage?: PackageSummary;
}

export interface DeletePackageVersionsRequest {
  domain: string;
  domainOwner?: string;
  repository: string;
  format: PackageFormat;
  namespace?: string;
  package: string;
  versions: PackageVersionList;
  expectedStatus?: PackageVersionStatus;
}

export interface DeletePackageVersionsResult {
  successfulVersions?: SuccessfulPackageVersionInfoMap;
  failedVersions?: PackageVersionErrorMap;
}

export interface DeleteRepositoryPermissionsPolicyRequest {
  domain: string;
  domainOwner?: string;
  repository: string;
  policyRevision?: string;
}

export interface DeleteRepositoryPermissionsPolicyResult {
  policy?: ResourcePolicy;
}

export interface DeleteRepositoryRequest {
  domain: string;
  domainOwner?: string;
  repository: string;
}

export interface DeleteRepositoryResult {
  repository?: RepositoryDescription;
}

export interface DescribeDomainRequest {
  domain: string;
  domainOwner?: string;
}

export interface DescribeDomainResult {
  domain?: DomainDescription;
}

export interface DescribePackageGroupRequest {
  domain: string;
  domainOwner?: string;
  packageGroup: string;
}

export interface DescribePackageGroupResult {
  packageGroup?: PackageGroupDescription;
}

export interface DescribePackageRequest {
  domain: string;
  domainOwner?: string;
  repository: string;
  format: PackageFormat;
  namespace?: string;
  package: string;
}

export interface DescribePackageResult {
  package: PackageDescription;
}

export interface DescribePackageVersionRequest {
  domain: string;
  domainOwner?: string;
  repository: string;
  format: PackageFormat;
  namespace?: string;
  package: string;
  packageVersion: string;
}

export interface DescribePackageVersionResult {
  packageVersion: PackageVersionDescription;
}

export interface DescribeRepositoryRequest {
  domain: string;
  domainOwner?: string;
  repository: string;
}

export interface DescribeRepositoryResult {
  repository?: RepositoryDescription;
}

export type Description = string;

export interface DisassociateExternalConnectionRequest {
  domain: string;
  domainOwner?: string;
  repository: string;
  externalConnection: string;
}

export interface DisassociateExternalConnectionResult {
  repository?: RepositoryDescription;
}

export interface DisposePackageVersionsRequest {
  domain: string;
  domainOwner?: string;
  repository: string;
  format: PackageFormat;
  namespace?: string;
  package: string;
  versions: PackageVersionList;
  versionRevisions?: PackageVersionRevisionMap;
  expectedStatus?: PackageVersionStatus;
}

export interface DisposePackageVersionsResult {
  successfulVersions?: SuccessfulPackageVersionInfoMap;
  failedVersions?: PackageVersionErrorMap;
}

export interface DomainDescription {
  name?: string;
  owner?: string;
  arn?: string;
  status?: DomainStatus;
  createdTime?: Date;
  encryptionKey?: string;
  repositoryCount: number;
  assetSizeBytes: number;
  s3BucketArn?: string;
}

export interface DomainEntryPoint {
  repositoryName?: string;
  externalConnectionName?: string;
}

export type DomainName = string;

export type DomainStatus = "Active" | "Deleted";
export const DomainStatus = {
  ACTIVE: "Active",
  DELETED: "Deleted",
} as const;

export interface DomainSummary {
  name?: string;
  owner?: string;
  arn?: string;
  status?: DomainStatus;
  createdTime?: Date;
  encryptionKey?: string;
}

export type DomainSummaryList = DomainSummary[];

export type EndpointType = "dualstack" | "ipv4";
export const EndpointType = {
  DUALSTACK: "dualstack",
  IPV4: "ipv4",
} as const;

export type ErrorMessage = string;

export type ExternalConnectionName = string;

export type ExternalConnectionStatus = "Available";
export const ExternalConnectionStatus = {
  AVAILABLE: "Available",
} as const;

export interface GetAssociatedPackageGroupRequest {
  domain: string;
  domainOwner?: string;
  format: PackageFormat;
  namespace?: string;
  package: string;
}

export interface GetAssociatedPackageGroupResult {
  packageGroup?: PackageGroupDescription;
  associationType?: PackageGroupAssociationType;
}

export interface GetAuthorizationTokenRequest {
  domain: string;
  domainOwner?: string;
  durationSeconds?: number;
}

export interface GetAuthorizationTokenResult {
  authorizationToken?: string;
  expiration?: Date;
}

export interface GetDomainPermissionsPolicyRequest {
  domain: string;
  domainOwner?: string;
}

export interface GetDomainPermissionsPolicyResult {
  policy?: ResourcePolicy;
}

export interface GetPackageVersionAssetRequest {
  domain: string;
  domainOwner?: string;
  repository: string;
  format: PackageFormat;
  namespace?: string;
  package: string;
  packageVersion: string;
  asset: string;
  packageVersionRevision?: string;
}

export interface GetPackageVersionAssetResult {
  asset: Readable | Uint8Array | string;
  assetName?: string;
  packageVersion?: string;
  packageVersionRevision?: string;
}

export interface GetPackageVersionReadmeRequest {
  domain: string;
  domainOwner?: string;
  repository: string;
  format: PackageFormat;
  namespace?: string;
  package: string;
  packageVersion: string;
}

export interface GetPackageVersionReadmeResult {
  format?: PackageFormat;
  namespace?: string;
  package?: string;
  version?: string;
  versionRevision?: string;
  readme?: string;
}

export interface GetRepositoryEndpointRequest {
  domain: string;
  domainOwner?: string;
  repository: string;
  format: PackageFormat;
  endpointType?: EndpointType;
}

export interface GetRepositoryEndpointResult {
  repositoryEndpoint?: string;
}

export interface GetRepositoryPermissionsPolicyRequest {
  domain: string;
  domainOwner?: string;
  repository: string;
}

export interface GetRepositoryPermissionsPolicyResult {
  policy?: ResourcePolicy;
}

export type HashAlgorithm = "MD5" | "SHA-1" | "SHA-256" | "SHA-512";
export const HashAlgorithm = {
  MD5: "MD5",
  SHA1: "SHA-1",
  SHA256: "SHA-256",
  SHA512: "SHA-512",
} as const;

export type HashValue = string;

export type Integer = number;

export interface InternalServerExceptionFields {
  message: string;
}

export interface LicenseInfo {
  name?: string;
  url?: string;
}

export type LicenseInfoList = LicenseInfo[];

export type ListAllowedRepositoriesForGroupMaxResults = number;

export interface ListAllowedRepositoriesForGroupRequest {
  domain: string;
  domainOwner?: string;
  packageGroup: string;
  originRestrictionType: PackageGroupOriginRestrictionType;
  maxResults?: number;
  nextToken?: string;
}

export interface ListAllowedRepositoriesForGroupResult {
  allowedRepositories?: RepositoryNameList;
  nextToken?: string;
}

export interface ListAssociatedPackagesRequest {
  domain: string;
  domainOwner?: string;
  packageGroup: string;
  maxResults?: number;
  nextToken?: string;
  preview?: boolean;
}

export interface ListAssociatedPackagesResult {
  packages?: AssociatedPackageList;
  nextToken?: string;
}

export type ListDomainsMaxResults = number;

export interface ListDomainsRequest {
  maxResults?: number;
  nextToken?: string;
}

export interface ListDomainsResult {
  domains?: DomainSummaryList;
  nextToken?: string;
}

export type ListPackageGroupsMaxResults = number;

export interface ListPackageGroupsRequest {
  domain: string;
  domainOwner?: string;
  maxResults?: number;
  nextToken?: string;
  prefix?: string;
}

export interface ListPackageGroupsResult {
  packageGroups?: PackageGroupSummaryList;
  nextToken?: string;
}

export type ListPackageVersionAssetsMaxResults = number;

export interface ListPackageVersionAssetsRequest {
  domain: string;
  domainOwner?: string;
  repository: string;
  format: PackageFormat;
  namespace?: string;
  package: string;
  packageVersion: string;
  maxResults?: number;
  nextToken?: string;
}

export interface ListPackageVersionAssetsResult {
  format?: PackageFormat;
  namespace?: string;
  package?: string;
  version?: string;
  versionRevision?: string;
  nextToken?: string;
  assets?: AssetSummaryList;
}

export interface ListPackageVersionDependenciesRequest {
  domain: string;
  domainOwner?: string;
  repository: string;
  format: PackageFormat;
  namespace?: string;
  package: string;
  packageVersion: string;
  nextToken?: string;
}

export interface ListPackageVersionDependenciesResult {
  format?: PackageFormat;
  namespace?: string;
  package?: string;
  version?: string;
  versionRevision?: string;
  nextToken?: string;
  dependencies?: PackageDependencyList;
}

export type ListPackageVersionsMaxResults = number;

export interface ListPackageVersionsRequest {
  domain: string;
  domainOwner?: string;
  repository: string;
  format: PackageFormat;
  namespace?: string;
  package: string;
  status?: PackageVersionStatus;
  sortBy?: PackageVersionSortType;
  maxResults?: number;
  nextToken?: string;
  originType?: PackageVersionOriginType;
}

export interface ListPackageVersionsResult {
  defaultDisplayVersion?: string;
  format?: PackageFormat;
  namespace?: string;
  package?: string;
  versions?: PackageVersionSummaryList;
  nextToken?: string;
}

export type ListPackagesMaxResults = number;

export interface ListPackagesRequest {
  domain: string;
  domainOwner?: string;
  repository: string;
  format?: PackageFormat;
  namespace?: string;
  packagePrefix?: string;
  maxResults?: number;
  nextToken?: string;
  publish?: AllowPublish;
  upstream?: AllowUpstream;
}

export interface ListPackagesResult {
  packages?: PackageSummaryList;
  nextToken?: string;
}

export type ListRepositoriesInDomainMaxResults = number;

export interface ListRepositoriesInDomainRequest {
  domain: string;
  domainOwner?: string;
  administratorAccount?: string;
  repositoryPrefix?: string;
  maxResults?: number;
  nextToken?: string;
}

export interface ListRepositoriesInDomainResult {
  repositories?: RepositorySummaryList;
  nextToken?: string;
}

export type ListRepositoriesMaxResults = number;

export interface ListRepositoriesRequest {
  repositoryPrefix?: string;
  maxResults?: number;
  nextToken?: string;
}

export interface ListRepositoriesResult {
  repositories?: RepositorySummaryList;
  nextToken?: string;
}

export interface ListSubPackageGroupsRequest {
  domain: string;
  domainOwner?: string;
  packageGroup: string;
  maxResults?: number;
  nextToken?: string;
}

export interface ListSubPackageGroupsResult {
  packageGroups?: PackageGroupSummaryList;
  nextToken?: string;
}

export interface ListTagsForResourceRequest {
  resourceArn: string;
}

export interface ListTagsForResourceResult {
  tags?: TagList;
}

export type Long = number;

export type LongOptional = number;

export type OriginRestrictions = Record<string, PackageGroupOriginRestrictionMode>;

export interface PackageDependency {
  namespace?: string;
  package?: string;
  dependencyType?: string;
  versionRequirement?: string;
}

export type PackageDependencyList = PackageDependency[];

export interface PackageDescription {
  format?: PackageFormat;
  namespace?: string;
  name?: string;
  originConfiguration?: PackageOriginConfiguration;
}

export type PackageFormat = "npm" | "pypi" | "maven" | "nuget" | "generic" | "ruby" | "swift" | "cargo";
export const PackageFormat = {
  NPM: "npm",
  PYPI: "pypi",
  MAVEN: "maven",
  NUGET: "nuget",
  GENERIC: "generic",
  RUBY: "ruby",
  SWIFT: "swift",
  CARGO: "cargo",
} as const;

export interface PackageGroupAllowedRepository {
  repositoryName?: string;
  originRestrictionType?: PackageGroupOriginRestrictionType;
}

export type PackageGroupAllowedRepositoryList = PackageGroupAllowedRepository[];

export type PackageGroupAllowedRepositoryUpdate = Record<string, RepositoryNameList>;

export type PackageGroupAllowedRepositoryUpdateType = "ADDED" | "REMOVED";
export const PackageGroupAllowedRepositoryUpdateType = {
  ADDED: "ADDED",
  REMOVED: "REMOVED",
} as const;

export type PackageGroupAllowedRepositoryUpdates = Record<string, PackageGroupAllowedRepositoryUpdate>;

export type PackageGroupAssociationType = "STRONG" | "WEAK";
export const PackageGroupAssociationType = {
  STRONG: "STRONG",
  WEAK: "WEAK",
} as const;

export type PackageGroupContactInfo = string;

export interface PackageGroupDescription {
  arn?: string;
  pattern?: string;
  domainName?: string;
  domainOwner?: string;
  createdTime?: Date;
  contactInfo?: string;
  description?: string;
  originConfiguration?: PackageGroupOriginConfiguration;
  parent?: PackageGroupReference;
}

export interface PackageGroupOriginConfiguration {
  restrictions?: PackageGroupOriginRestrictions;
}

export interface PackageGroupOriginRestriction {
  mode?: PackageGroupOriginRestrictionMode;
  effectiveMode?: PackageGroupOriginRestrictionMode;
  inheritedFrom?: PackageGroupReference;
  repositoriesCount?: number;
}

export type PackageGroupOriginRestrictionMode = "ALLOW" | "ALLOW_SPECIFIC_REPOSITORIES" | "BLOCK" | "INHERIT";
export const PackageGroupOriginRestrictionMode = {
  ALLOW: "ALLOW",
  ALLOW_SPECIFIC_REPOSITORIES: "ALLOW_SPECIFIC_REPOSITORIES",
  BLOCK: "BLOCK",
  INHERIT: "INHERIT",
} as const;

export type PackageGroupOriginRestrictionType = "EXTERNAL_UPSTREAM" | "INTERNAL_UPSTREAM" | "PUBLISH";
export const PackageGroupOriginRestrictionType = {
  EXTERNAL_UPSTREAM: "EXTERNAL_UPSTREAM",
  INTERNAL_UPSTREAM: "INTERNAL_UPSTREAM",
  PUBLISH: "PUBLISH",
} as const;

export type PackageGroupOriginRestrictions = Record<string, PackageGroupOriginRestriction>;

export type PackageGroupPattern = string;

export type PackageGroupPatternPrefix = string;

export interface PackageGroupReference {
  arn?: string;
  pattern?: string;
}

export interface PackageGroupSummary {
  arn?: string;
  pattern?: string;
  domainName?: string;
  domainOwner?: string;
  createdTime?: Date;
  contactInfo?: string;
  description?: string;
  originConfiguration?: PackageGroupOriginConfiguration;
  parent?: PackageGroupReference;
}

export type PackageGroupSummaryList = PackageGroupSummary[];

export type PackageName = string;

export type PackageNamespace = string;

export interface PackageOriginConfiguration {
  restrictions?: PackageOriginRestrictions;
}

export interface PackageOriginRestrictions {
  publish: AllowPublish;
  upstream: AllowUpstream;
}

export interface PackageSummary {
  format?: PackageFormat;
  namespace?: string;
  package?: string;
  originConfiguration?: PackageOriginConfiguration;
}

export type PackageSummaryList = PackageSummary[];

export type PackageVersion = string;

export interface PackageVersionDescription {
  format?: PackageFormat;
  namespace?: string;
  packageName?: string;
  displayName?: string;
  version?: string;
  summary?: string;
  homePage?: string;
  sourceCodeRepository?: string;
  publishedTime?: Date;
  licenses?: LicenseInfoList;
  revision?: string;
  status?: PackageVersionStatus;
  origin?: PackageVersionOrigin;
}

export interface PackageVersionError {
  errorCode?: PackageVersionErrorCode;
  errorMessage?: string;
}

export type PackageVersionErrorCode = "ALREADY_EXISTS" | "MISMATCHED_REVISION" | "MISMATCHED_STATUS" | "NOT_ALLOWED" | "NOT_FOUND" | "SKIPPED";
export const PackageVersionErrorCode = {
  ALREADY_EXISTS: "ALREADY_EXISTS",
  MISMATCHED_REVISION: "MISMATCHED_REVISION",
  MISMATCHED_STATUS: "MISMATCHED_STATUS",
  NOT_ALLOWED: "NOT_ALLOWED",
  NOT_FOUND: "NOT_FOUND",
  SKIPPED: "SKIPPED",
} as const;

export type PackageVersionErrorMap = Record<string, PackageVersionError>;

export type PackageVersionList = string[];

export interface PackageVersionOrigin {
  domainEntryPoint?: DomainEntryPoint;
  originType?: PackageVersionOriginType;
}

export type PackageVersionOriginType = "INTERNAL" | "EXTERNAL" | "UNKNOWN";
export const PackageVersionOriginType = {
  INTERNAL: "INTERNAL",
  EXTERNAL: "EXTERNAL",
  UNKNOWN: "UNKNOWN",
} as const;

export type PackageVersionRevision = string;

export type PackageVersionRevisionMap = Record<string, string>;

export type PackageVersionSortType = "PUBLISHED_TIME";
export const PackageVersionSortType = {
  PUBLISHED_TIME: "PUBLISHED_TIME",
} as const;

export type PackageVersionStatus = "Published" | "Unfinished" | "Unlisted" | "Archived" | "Disposed" | "Deleted";
export const PackageVersionStatus = {
  PUBLISHED: "Published",
  UNFINISHED: "Unfinished",
  UNLISTED: "Unlisted",
  ARCHIVED: "Archived",
  DISPOSED: "Disposed",
  DELETED: "Deleted",
} as const;

export interface PackageVersionSummary {
  version: string;
  revision?: string;
  status: PackageVersionStatus;
  origin?: PackageVersionOrigin;
}

export type PackageVersionSummaryList = PackageVersionSummary[];

export type PaginationToken = string;

export type PolicyDocument = string;

export type PolicyRevision = string;

export interface PublishPackageVersionRequest {
  domain: string;
  domainOwner?: string;
  repository: string;
  format: PackageFormat;
  namespace?: string;
  package: string;
  packageVersion: string;
  assetContent: Readable;
  assetName: string;
  assetSHA256: string;
  unfinished?: boolean;
}

export interface PublishPackageVersionResult {
  format?: PackageFormat;
  namespace?: string;
  package?: string;
  version?: string;
  versionRevision?: string;
  status?: PackageVersionStatus;
  asset?: AssetSummary;
}

export interface PutDomainPermissionsPolicyRequest {
  domain: string;
  domainOwner?: string;
  policyRevision?: string;
  policyDocument: string;
}

export interface PutDomainPermissionsPolicyResult {
  policy?: ResourcePolicy;
}

export interface PutPackageOriginConfigurationRequest {
  domain: string;
  domainOwner?: string;
  repository: string;
  format: PackageFormat;
  namespace?: string;
  package: string;
  restrictions: PackageOriginRestrictions;
}

export interface PutPackageOriginConfigurationResult {
  originConfiguration?: PackageOriginConfiguration;
}

export interface PutRepositoryPermissionsPolicyRequest {
  domain: string;
  domainOwner?: string;
  repository: string;
  policyRevision?: string;
  policyDocument: string;
}

export interface PutRepositoryPermissionsPolicyResult {
  policy?: ResourcePolicy;
}

export interface RepositoryDescription {
  name?: string;
  administratorAccount?: string;
  domainName?: string;
  domainOwner?: string;
  arn?: string;
  description?: string;
  upstreams?: UpstreamRepositoryInfoList;
  externalConnections?: RepositoryExternalConnectionInfoList;
  createdTime?: Date;
}

export interface RepositoryExternalConnectionInfo {
  externalConnectionName?: string;
  packageFormat?: PackageFormat;
  status?: ExternalConnectionStatus;
}

export type RepositoryExternalConnectionInfoList = RepositoryExternalConnectionInfo[];

export type RepositoryName = string;

export type RepositoryNameList = string[];

export interface RepositorySummary {
  name?: string;
  administratorAccount?: string;
  domainName?: string;
  domainOwner?: string;
  arn?: string;
  description?: string;
  createdTime?: Date;
}

export type RepositorySummaryList = RepositorySummary[];

export interface ResourceNotFoundExceptionFields {
  message: string;
  resourceId?: string;
  resourceType?: ResourceType;
}

export interface ResourcePolicy {
  resourceArn?: string;
  revision?: string;
  document?: string;
}

export type ResourceType = "domain" | "repository" | "package" | "package-version" | "asset";
export const ResourceType = {
  DOMAIN: "domain",
  REPOSITORY: "repository",
  PACKAGE: "package",
  PACKAGE_VERSION: "package-version",
  ASSET: "asset",
} as const;

export type RetryAfterSeconds = number;

export type SHA256 = string;

export interface ServiceQuotaExceededExceptionFields {
  message: string;
  resourceId?: string;
  resourceType?: ResourceType;
}

export type String255 = string;

export type StringShape = string;

export interface SuccessfulPackageVersionInfo {
  revision?: string;
  status?: PackageVersionStatus;
}

export type SuccessfulPackageVersionInfoMap = Record<string, SuccessfulPackageVersionInfo>;

export interface Tag {
  key: string;
  value: string;
}

export type TagKey = string;

export type TagKeyList = string[];

export type TagList = Tag[];

export interface TagResourceRequest {
  resourceArn: string;
  tags: TagList;
}

export interface TagResourceResult {
}

export type TagValue = string;

export interface ThrottlingExceptionFields {
  message: string;
  retryAfterSeconds?: number;
}

export type Timestamp = Date;

export interface UntagResourceRequest {
  resourceArn: string;
  tagKeys: TagKeyList;
}

export interface UntagResourceResult {
}

export interface UpdatePackageGroupOriginConfigurationRequest {
  domain: string;
  domainOwner?: string;
  packageGroup: string;
  restrictions?: OriginRestrictions;
  addAllowedRepositories?: PackageGroupAllowedRepositoryList;
  removeAllowedRepositories?: PackageGroupAllowedRepositoryList;
}

export interface UpdatePackageGroupOriginConfigurationResult {
  packageGroup?: PackageGroupDescription;
  allowedRepositoryUpdates?: PackageGroupAllowedRepositoryUpdates;
}

export interface UpdatePackageGroupRequest {
  domain: string;
  domainOwner?: string;
  packageGroup: string;
  contactInfo?: string;
  description?: string;
}

export interface UpdatePackageGroupResult {
  packageGroup?: PackageGroupDescription;
}

export interface UpdatePackageVersionsStatusRequest {
  domain: string;
  domainOwner?: string;
  repository: string;
  format: PackageFormat;
  namespace?: string;
  package: string;
  versions: PackageVersionList;
  versionRevisions?: PackageVersionRevisionMap;
  expectedStatus?: PackageVersionStatus;
  targetStatus: PackageVersionStatus;
}

export interface UpdatePackageVersionsStatusResult {
  successfulVersions?: SuccessfulPackageVersionInfoMap;
  failedVersions?: PackageVersionErrorMap;
}

export interface UpdateRepositoryRequest {
  domain: string;
  domainOwner?: string;
  repository: string;
  description?: string;
  upstreams?: UpstreamRepositoryList;
}

export interface UpdateRepositoryResult {
  repository?: RepositoryDescription;
}

export interface UpstreamRepository {
  repositoryName: string;
}

export interface UpstreamRepositoryInfo {
  repositoryName?: string;
}

export type UpstreamRepositoryInfoList = UpstreamRepositoryInfo[];

export type UpstreamRepositoryList = UpstreamRepository[];

export interface ValidationExceptionFields {
  message: string;
  reason?: ValidationExceptionReason;
}

export type ValidationExceptionReason = "CANNOT_PARSE" | "ENCRYPTION_KEY_ERROR" | "FIELD_VALIDATION_FAILED" | "UNKNOWN_OPERATION" | "OTHER";
export const ValidationExceptionReason = {
  CANNOT_PARSE: "CANNOT_PARSE",
  ENCRYPTION_KEY_ERROR: "ENCRYPTION_KEY_ERROR",
  FIELD_VALIDATION_FAILED: "FIELD_VALIDATION_FAILED",
  UNKNOWN_OPERATION: "UNKNOWN_OPERATION",
  OTHER: "OTHER",
} as const;
