import type { Services } from "./environment";
import type { FormatAdapter } from "./formats";
import { PackageService } from "./service";

export { PackageService, type PackageFilter } from "./service";
export type { LocatedRepository, LocatedPackage, PackageRef, VersionRef } from "./context";
export type { AssetUpload, PublishInput, PublishResult, VersionMetadata } from "./publish";
export type { BatchInput, BatchResult, PackageVersionErrorCode } from "./batch";
export type { CopyInput } from "./copy";
export type { RetainInput, RetainResult, RetainSource } from "./retain";
export type { VersionFilter, OpenAssetInput } from "./versions";
export type { EffectiveRestrictions, OriginDecision } from "./restrictions";
export type { GroupView, AssociatedPackageView } from "./groups";
export { normalizeCoordinate, normalizeName, normalizeVersion, displayNameOf, pep503 } from "./names";
export { assetNameProblem } from "./asset-names";

// One package service per Services: handlers and format endpoints must share it (it tracks blobs
// being uploaded so concurrent deletes do not remove them). The server creates it with the format
// adapters first; everything else asks for that one.
const instances = new WeakMap<Services, PackageService>();

export function createPackageService(services: Services, formats: readonly FormatAdapter[]): PackageService {
  if (instances.has(services)) throw new Error("The package service of these services exists already");
  const service = new PackageService(services, formats);
  instances.set(services, service);
  return service;
}

export function packageService(services: Services): PackageService {
  let service = instances.get(services);
  if (!service) instances.set(services, (service = new PackageService(services)));
  return service;
}

export {
  ServiceError,
  notFound,
  conflict,
  quotaExceeded,
  invalid,
  accessDenied,
  upstreamUnavailable,
  type ServiceErrorCode,
  type ResourceType,
  type ValidationReason,
} from "./errors";
export { defaultQuotas, defaultServiceConfig, type Quotas, type ServiceConfig, type Services } from "./environment";
export * from "./access/access";
export { evaluatePolicyText, parsePolicyDocument, PolicyDocumentError, type PolicyDecision } from "./access/iam-policy";
export { issueToken, verifyToken, type TokenClaims, type TokenVerification } from "./access/token";
export { arnPartition, domainArn, repositoryArn, packageGroupArn, packageArn, parseResourceArn, type CodeArtifactResource } from "./arns";
export { paginate, DEFAULT_PAGE_SIZE, type PaginationSigning } from "./pagination";
export { upstreamSearchOrder, externalConnectionsInSearchOrder, type SearchedRepository } from "./upstream-graph";
export { EXTERNAL_CONNECTIONS, externalConnection, type ExternalConnectionInfo } from "./external-connections";
export { blobsOfRepository } from "./blob-cleanup";
export * from "./graph";
export { mergeDistTags, getDistTags, setDistTag, ensureLatestTag, removeDistTag } from "./dist-tags";
export { updateFormatMetadata } from "./metadata-update";
export { requireAllowed, loadEffectiveRestrictions } from "./origin";
export { DOWNLOADABLE } from "./versions";
export { authorizeToken, type AddressedRepository, type RepositoryAction, type TokenAuthorization, type TokenCall } from "./access/token-access";
export {
  FormatRegistry,
  type ExternalAsset,
  type ExternalPackage,
  type ExternalVersion,
  type FormatAdapter,
  type RegistryClient,
  type StoredAsset,
  type UpstreamResult,
} from "./formats";
export { IntegrityCheck, IntegrityError, type ExpectedDigest } from "./integrity-check";
export type { PackageView, PublishCheck, ResolvedAsset } from "./resolution";
export type { Coordinate } from "./names";
export type {
  AssetRecord,
  DomainRecord,
  JsonValue,
  LicenseInfo,
  PackageDependency,
  PackageFormat,
  PackageRecord,
  PackageVersionRecord,
  PackageVersionStatus,
  RepositoryRecord,
} from "@codeartifact-local/store";
