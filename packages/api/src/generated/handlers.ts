// GENERATED FILE - DO NOT EDIT.
// Written by @codeartifact-local/codegen from the Smithy model:
//   codeartifact-2018-09-22.json (sha256 ddaa1ab37a6433f825060f8495fe901900c3646b0fbdceeef48b738712896ee9)
// Service com.amazonaws.codeartifact#CodeArtifactControlPlaneService, version 2018-09-22.
// Change the generator or the model instead and regenerate (`pnpm codegen`); `pnpm codegen:check` detects drift.

import type { RequestContext } from "@codeartifact-local/smithy-runtime";
import type {
  AssociateExternalConnectionRequest,
  AssociateExternalConnectionResult,
  CopyPackageVersionsRequest,
  CopyPackageVersionsResult,
  CreateDomainRequest,
  CreateDomainResult,
  CreatePackageGroupRequest,
  CreatePackageGroupResult,
  CreateRepositoryRequest,
  CreateRepositoryResult,
  DeleteDomainPermissionsPolicyRequest,
  DeleteDomainPermissionsPolicyResult,
  DeleteDomainRequest,
  DeleteDomainResult,
  DeletePackageGroupRequest,
  DeletePackageGroupResult,
  DeletePackageRequest,
  DeletePackageResult,
  DeletePackageVersionsRequest,
  DeletePackageVersionsResult,
  DeleteRepositoryPermissionsPolicyRequest,
  DeleteRepositoryPermissionsPolicyResult,
  DeleteRepositoryRequest,
  DeleteRepositoryResult,
  DescribeDomainRequest,
  DescribeDomainResult,
  DescribePackageGroupRequest,
  DescribePackageGroupResult,
  DescribePackageRequest,
  DescribePackageResult,
  DescribePackageVersionRequest,
  DescribePackageVersionResult,
  DescribeRepositoryRequest,
  DescribeRepositoryResult,
  DisassociateExternalConnectionRequest,
  DisassociateExternalConnectionResult,
  DisposePackageVersionsRequest,
  DisposePackageVersionsResult,
  GetAssociatedPackageGroupRequest,
  GetAssociatedPackageGroupResult,
  GetAuthorizationTokenRequest,
  GetAuthorizationTokenResult,
  GetDomainPermissionsPolicyRequest,
  GetDomainPermissionsPolicyResult,
  GetPackageVersionAssetRequest,
  GetPackageVersionAssetResult,
  GetPackageVersionReadmeRequest,
  GetPackageVersionReadmeResult,
  GetRepositoryEndpointRequest,
  GetRepositoryEndpointResult,
  GetRepositoryPermissionsPolicyRequest,
  GetRepositoryPermissionsPolicyResult,
  ListAllowedRepositoriesForGroupRequest,
  ListAllowedRepositoriesForGroupResult,
  ListAssociatedPackagesRequest,
  ListAssociatedPackagesResult,
  ListDomainsRequest,
  ListDomainsResult,
  ListPackageGroupsRequest,
  ListPackageGroupsResult,
  ListPackageVersionAssetsRequest,
  ListPackageVersionAssetsResult,
  ListPackageVersionDependenciesRequest,
  ListPackageVersionDependenciesResult,
  ListPackageVersionsRequest,
  ListPackageVersionsResult,
  ListPackagesRequest,
  ListPackagesResult,
  ListRepositoriesInDomainRequest,
  ListRepositoriesInDomainResult,
  ListRepositoriesRequest,
  ListRepositoriesResult,
  ListSubPackageGroupsRequest,
  ListSubPackageGroupsResult,
  ListTagsForResourceRequest,
  ListTagsForResourceResult,
  PublishPackageVersionRequest,
  PublishPackageVersionResult,
  PutDomainPermissionsPolicyRequest,
  PutDomainPermissionsPolicyResult,
  PutPackageOriginConfigurationRequest,
  PutPackageOriginConfigurationResult,
  PutRepositoryPermissionsPolicyRequest,
  PutRepositoryPermissionsPolicyResult,
  TagResourceRequest,
  TagResourceResult,
  UntagResourceRequest,
  UntagResourceResult,
  UpdatePackageGroupOriginConfigurationRequest,
  UpdatePackageGroupOriginConfigurationResult,
  UpdatePackageGroupRequest,
  UpdatePackageGroupResult,
  UpdatePackageVersionsStatusRequest,
  UpdatePackageVersionsStatusResult,
  UpdateRepositoryRequest,
  UpdateRepositoryResult,
} from "./types";

/** Operation implementations; operations without one answer with the runtime's not-implemented error. */
export interface CodeArtifactControlPlaneServiceHandlers<Ctx extends RequestContext = RequestContext> {
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_AssociateExternalConnection.html */
  associateExternalConnection?(input: AssociateExternalConnectionRequest, context: Ctx): Promise<AssociateExternalConnectionResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_CopyPackageVersions.html */
  copyPackageVersions?(input: CopyPackageVersionsRequest, context: Ctx): Promise<CopyPackageVersionsResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_CreateDomain.html */
  createDomain?(input: CreateDomainRequest, context: Ctx): Promise<CreateDomainResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_CreatePackageGroup.html */
  createPackageGroup?(input: CreatePackageGroupRequest, context: Ctx): Promise<CreatePackageGroupResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_CreateRepository.html */
  createRepository?(input: CreateRepositoryRequest, context: Ctx): Promise<CreateRepositoryResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_DeleteDomain.html */
  deleteDomain?(input: DeleteDomainRequest, context: Ctx): Promise<DeleteDomainResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_DeleteDomainPermissionsPolicy.html */
  deleteDomainPermissionsPolicy?(input: DeleteDomainPermissionsPolicyRequest, context: Ctx): Promise<DeleteDomainPermissionsPolicyResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_DeletePackage.html */
  deletePackage?(input: DeletePackageRequest, context: Ctx): Promise<DeletePackageResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_DeletePackageGroup.html */
  deletePackageGroup?(input: DeletePackageGroupRequest, context: Ctx): Promise<DeletePackageGroupResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_DeletePackageVersions.html */
  deletePackageVersions?(input: DeletePackageVersionsRequest, context: Ctx): Promise<DeletePackageVersionsResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_DeleteRepository.html */
  deleteRepository?(input: DeleteRepositoryRequest, context: Ctx): Promise<DeleteRepositoryResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_DeleteRepositoryPermissionsPolicy.html */
  deleteRepositoryPermissionsPolicy?(input: DeleteRepositoryPermissionsPolicyRequest, context: Ctx): Promise<DeleteRepositoryPermissionsPolicyResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_DescribeDomain.html */
  describeDomain?(input: DescribeDomainRequest, context: Ctx): Promise<DescribeDomainResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_DescribePackage.html */
  describePackage?(input: DescribePackageRequest, context: Ctx): Promise<DescribePackageResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_DescribePackageGroup.html */
  describePackageGroup?(input: DescribePackageGroupRequest, context: Ctx): Promise<DescribePackageGroupResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_DescribePackageVersion.html */
  describePackageVersion?(input: DescribePackageVersionRequest, context: Ctx): Promise<DescribePackageVersionResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_DescribeRepository.html */
  describeRepository?(input: DescribeRepositoryRequest, context: Ctx): Promise<DescribeRepositoryResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_DisassociateExternalConnection.html */
  disassociateExternalConnection?(input: DisassociateExternalConnectionRequest, context: Ctx): Promise<DisassociateExternalConnectionResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_DisposePackageVersions.html */
  disposePackageVersions?(input: DisposePackageVersionsRequest, context: Ctx): Promise<DisposePackageVersionsResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetAssociatedPackageGroup.html */
  getAssociatedPackageGroup?(input: GetAssociatedPackageGroupRequest, context: Ctx): Promise<GetAssociatedPackageGroupResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetAuthorizationToken.html */
  getAuthorizationToken?(input: GetAuthorizationTokenRequest, context: Ctx): Promise<GetAuthorizationTokenResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetDomainPermissionsPolicy.html */
  getDomainPermissionsPolicy?(input: GetDomainPermissionsPolicyRequest, context: Ctx): Promise<GetDomainPermissionsPolicyResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetPackageVersionAsset.html */
  getPackageVersionAsset?(input: GetPackageVersionAssetRequest, context: Ctx): Promise<GetPackageVersionAssetResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetPackageVersionReadme.html */
  getPackageVersionReadme?(input: GetPackageVersionReadmeRequest, context: Ctx): Promise<GetPackageVersionReadmeResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetRepositoryEndpoint.html */
  getRepositoryEndpoint?(input: GetRepositoryEndpointRequest, context: Ctx): Promise<GetRepositoryEndpointResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetRepositoryPermissionsPolicy.html */
  getRepositoryPermissionsPolicy?(input: GetRepositoryPermissionsPolicyRequest, context: Ctx): Promise<GetRepositoryPermissionsPolicyResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_ListAllowedRepositoriesForGroup.html */
  listAllowedRepositoriesForGroup?(input: ListAllowedRepositoriesForGroupRequest, context: Ctx): Promise<ListAllowedRepositoriesForGroupResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_ListAssociatedPackages.html */
  listAssociatedPackages?(input: ListAssociatedPackagesRequest, context: Ctx): Promise<ListAssociatedPackagesResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_ListDomains.html */
  listDomains?(input: ListDomainsRequest, context: Ctx): Promise<ListDomainsResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_ListPackageGroups.html */
  listPackageGroups?(input: ListPackageGroupsRequest, context: Ctx): Promise<ListPackageGroupsResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_ListPackageVersionAssets.html */
  listPackageVersionAssets?(input: ListPackageVersionAssetsRequest, context: Ctx): Promise<ListPackageVersionAssetsResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_ListPackageVersionDependencies.html */
  listPackageVersionDependencies?(input: ListPackageVersionDependenciesRequest, context: Ctx): Promise<ListPackageVersionDependenciesResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_ListPackageVersions.html */
  listPackageVersions?(input: ListPackageVersionsRequest, context: Ctx): Promise<ListPackageVersionsResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_ListPackages.html */
  listPackages?(input: ListPackagesRequest, context: Ctx): Promise<ListPackagesResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_ListRepositories.html */
  listRepositories?(input: ListRepositoriesRequest, context: Ctx): Promise<ListRepositoriesResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_ListRepositoriesInDomain.html */
  listRepositoriesInDomain?(input: ListRepositoriesInDomainRequest, context: Ctx): Promise<ListRepositoriesInDomainResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_ListSubPackageGroups.html */
  listSubPackageGroups?(input: ListSubPackageGroupsRequest, context: Ctx): Promise<ListSubPackageGroupsResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_ListTagsForResource.html */
  listTagsForResource?(input: ListTagsForResourceRequest, context: Ctx): Promise<ListTagsForResourceResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_PublishPackageVersion.html */
  publishPackageVersion?(input: PublishPackageVersionRequest, context: Ctx): Promise<PublishPackageVersionResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_PutDomainPermissionsPolicy.html */
  putDomainPermissionsPolicy?(input: PutDomainPermissionsPolicyRequest, context: Ctx): Promise<PutDomainPermissionsPolicyResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_PutPackageOriginConfiguration.html */
  putPackageOriginConfiguration?(input: PutPackageOriginConfigurationRequest, context: Ctx): Promise<PutPackageOriginConfigurationResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_PutRepositoryPermissionsPolicy.html */
  putRepositoryPermissionsPolicy?(input: PutRepositoryPermissionsPolicyRequest, context: Ctx): Promise<PutRepositoryPermissionsPolicyResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_TagResource.html */
  tagResource?(input: TagResourceRequest, context: Ctx): Promise<TagResourceResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_UntagResource.html */
  untagResource?(input: UntagResourceRequest, context: Ctx): Promise<UntagResourceResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_UpdatePackageGroup.html */
  updatePackageGroup?(input: UpdatePackageGroupRequest, context: Ctx): Promise<UpdatePackageGroupResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_UpdatePackageGroupOriginConfiguration.html */
  updatePackageGroupOriginConfiguration?(input: UpdatePackageGroupOriginConfigurationRequest, context: Ctx): Promise<UpdatePackageGroupOriginConfigurationResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_UpdatePackageVersionsStatus.html */
  updatePackageVersionsStatus?(input: UpdatePackageVersionsStatusRequest, context: Ctx): Promise<UpdatePackageVersionsStatusResult>;
  /** API reference: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_UpdateRepository.html */
  updateRepository?(input: UpdateRepositoryRequest, context: Ctx): Promise<UpdateRepositoryResult>;
}

export const operationNames = [
  "AssociateExternalConnection",
  "CopyPackageVersions",
  "CreateDomain",
  "CreatePackageGroup",
  "CreateRepository",
  "DeleteDomain",
  "DeleteDomainPermissionsPolicy",
  "DeletePackage",
  "DeletePackageGroup",
  "DeletePackageVersions",
  "DeleteRepository",
  "DeleteRepositoryPermissionsPolicy",
  "DescribeDomain",
  "DescribePackage",
  "DescribePackageGroup",
  "DescribePackageVersion",
  "DescribeRepository",
  "DisassociateExternalConnection",
  "DisposePackageVersions",
  "GetAssociatedPackageGroup",
  "GetAuthorizationToken",
  "GetDomainPermissionsPolicy",
  "GetPackageVersionAsset",
  "GetPackageVersionReadme",
  "GetRepositoryEndpoint",
  "GetRepositoryPermissionsPolicy",
  "ListAllowedRepositoriesForGroup",
  "ListAssociatedPackages",
  "ListDomains",
  "ListPackageGroups",
  "ListPackageVersionAssets",
  "ListPackageVersionDependencies",
  "ListPackageVersions",
  "ListPackages",
  "ListRepositories",
  "ListRepositoriesInDomain",
  "ListSubPackageGroups",
  "ListTagsForResource",
  "PublishPackageVersion",
  "PutDomainPermissionsPolicy",
  "PutPackageOriginConfiguration",
  "PutRepositoryPermissionsPolicy",
  "TagResource",
  "UntagResource",
  "UpdatePackageGroup",
  "UpdatePackageGroupOriginConfiguration",
  "UpdatePackageVersionsStatus",
  "UpdateRepository",
] as const;
