// GENERATED FILE - DO NOT EDIT.
// Written by @codeartifact-local/codegen from the Smithy model:
//   codeartifact-2018-09-22.json (sha256 ddaa1ab37a6433f825060f8495fe901900c3646b0fbdceeef48b738712896ee9)
// Service com.amazonaws.codeartifact#CodeArtifactControlPlaneService, version 2018-09-22.
// Change the generator or the model instead and regenerate (`pnpm codegen`); `pnpm codegen:check` detects drift.

import { validateShape, type InputValidator } from "@codeartifact-local/smithy-runtime";
import { serviceSchema } from "./schema";

export const validateAssociateExternalConnectionInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#AssociateExternalConnectionRequest", input);

export const validateCopyPackageVersionsInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#CopyPackageVersionsRequest", input);

export const validateCreateDomainInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#CreateDomainRequest", input);

export const validateCreatePackageGroupInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#CreatePackageGroupRequest", input);

export const validateCreateRepositoryInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#CreateRepositoryRequest", input);

export const validateDeleteDomainInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#DeleteDomainRequest", input);

export const validateDeleteDomainPermissionsPolicyInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#DeleteDomainPermissionsPolicyRequest", input);

export const validateDeletePackageInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#DeletePackageRequest", input);

export const validateDeletePackageGroupInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#DeletePackageGroupRequest", input);

export const validateDeletePackageVersionsInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#DeletePackageVersionsRequest", input);

export const validateDeleteRepositoryInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#DeleteRepositoryRequest", input);

export const validateDeleteRepositoryPermissionsPolicyInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#DeleteRepositoryPermissionsPolicyRequest", input);

export const validateDescribeDomainInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#DescribeDomainRequest", input);

export const validateDescribePackageInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#DescribePackageRequest", input);

export const validateDescribePackageGroupInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#DescribePackageGroupRequest", input);

export const validateDescribePackageVersionInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#DescribePackageVersionRequest", input);

export const validateDescribeRepositoryInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#DescribeRepositoryRequest", input);

export const validateDisassociateExternalConnectionInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#DisassociateExternalConnectionRequest", input);

export const validateDisposePackageVersionsInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#DisposePackageVersionsRequest", input);

export const validateGetAssociatedPackageGroupInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#GetAssociatedPackageGroupRequest", input);

export const validateGetAuthorizationTokenInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#GetAuthorizationTokenRequest", input);

export const validateGetDomainPermissionsPolicyInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#GetDomainPermissionsPolicyRequest", input);

export const validateGetPackageVersionAssetInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#GetPackageVersionAssetRequest", input);

export const validateGetPackageVersionReadmeInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#GetPackageVersionReadmeRequest", input);

export const validateGetRepositoryEndpointInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#GetRepositoryEndpointRequest", input);

export const validateGetRepositoryPermissionsPolicyInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#GetRepositoryPermissionsPolicyRequest", input);

export const validateListAllowedRepositoriesForGroupInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#ListAllowedRepositoriesForGroupRequest", input);

export const validateListAssociatedPackagesInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#ListAssociatedPackagesRequest", input);

export const validateListDomainsInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#ListDomainsRequest", input);

export const validateListPackageGroupsInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#ListPackageGroupsRequest", input);

export const validateListPackageVersionAssetsInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#ListPackageVersionAssetsRequest", input);

export const validateListPackageVersionDependenciesInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#ListPackageVersionDependenciesRequest", input);

export const validateListPackageVersionsInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#ListPackageVersionsRequest", input);

export const validateListPackagesInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#ListPackagesRequest", input);

export const validateListRepositoriesInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#ListRepositoriesRequest", input);

export const validateListRepositoriesInDomainInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#ListRepositoriesInDomainRequest", input);

export const validateListSubPackageGroupsInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#ListSubPackageGroupsRequest", input);

export const validateListTagsForResourceInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#ListTagsForResourceRequest", input);

export const validatePublishPackageVersionInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#PublishPackageVersionRequest", input);

export const validatePutDomainPermissionsPolicyInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#PutDomainPermissionsPolicyRequest", input);

export const validatePutPackageOriginConfigurationInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#PutPackageOriginConfigurationRequest", input);

export const validatePutRepositoryPermissionsPolicyInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#PutRepositoryPermissionsPolicyRequest", input);

export const validateTagResourceInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#TagResourceRequest", input);

export const validateUntagResourceInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#UntagResourceRequest", input);

export const validateUpdatePackageGroupInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#UpdatePackageGroupRequest", input);

export const validateUpdatePackageGroupOriginConfigurationInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#UpdatePackageGroupOriginConfigurationRequest", input);

export const validateUpdatePackageVersionsStatusInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#UpdatePackageVersionsStatusRequest", input);

export const validateUpdateRepositoryInput: InputValidator = (input) =>
  validateShape(serviceSchema, "com.amazonaws.codeartifact#UpdateRepositoryRequest", input);
