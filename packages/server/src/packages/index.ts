import type { Services } from "../services";
import { PackageService } from "./service";

export { PackageService, type PackageFilter } from "./service";
export type { DomainRef, RepositoryRef, PackageRef, VersionRef } from "./context";
export type { AssetUpload, PublishInput, PublishResult, VersionMetadata } from "./publish";
export type { BatchInput, BatchResult, PackageVersionErrorCode } from "./batch";
export type { CopyInput } from "./copy";
export type { RetainInput, RetainResult, RetainSource } from "./retain";
export type { VersionFilter, OpenAssetInput } from "./versions";
export type { EffectiveRestrictions, OriginDecision } from "./restrictions";
export type { GroupView, AssociatedPackageView } from "./groups";
export { normalizeCoordinate, normalizeName, normalizeVersion, displayNameOf, pep503 } from "./names";
export { assetNameProblem } from "./asset-names";
export { compareVersions } from "./version-order";

// One package service per Services: handlers and format endpoints must share it (it tracks blobs
// being uploaded so concurrent deletes do not remove them).
const instances = new WeakMap<Services, PackageService>();

export function packageService(services: Services): PackageService {
  let service = instances.get(services);
  if (!service) instances.set(services, (service = new PackageService(services)));
  return service;
}
