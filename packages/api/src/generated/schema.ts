// GENERATED FILE - DO NOT EDIT.
// Written by @codeartifact-local/codegen from the Smithy model:
//   codeartifact-2018-09-22.json (sha256 ddaa1ab37a6433f825060f8495fe901900c3646b0fbdceeef48b738712896ee9)
// Service com.amazonaws.codeartifact#CodeArtifactControlPlaneService, version 2018-09-22.
// Change the generator or the model instead and regenerate (`pnpm codegen`); `pnpm codegen:check` detects drift.

import type { ServiceSchema } from "@codeartifact-local/smithy-runtime";

export const serviceSchema: ServiceSchema = {
  id: "com.amazonaws.codeartifact#CodeArtifactControlPlaneService",
  name: "CodeArtifactControlPlaneService",
  operations: {
    AssociateExternalConnection: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#ConflictException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ServiceQuotaExceededException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "POST",
        uri: "/v1/repository/external-connection",
      },
      id: "com.amazonaws.codeartifact#AssociateExternalConnection",
      input: "com.amazonaws.codeartifact#AssociateExternalConnectionRequest",
      name: "AssociateExternalConnection",
      output: "com.amazonaws.codeartifact#AssociateExternalConnectionResult",
    },
    CopyPackageVersions: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#ConflictException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ServiceQuotaExceededException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "POST",
        uri: "/v1/package/versions/copy",
      },
      id: "com.amazonaws.codeartifact#CopyPackageVersions",
      input: "com.amazonaws.codeartifact#CopyPackageVersionsRequest",
      name: "CopyPackageVersions",
      output: "com.amazonaws.codeartifact#CopyPackageVersionsResult",
    },
    CreateDomain: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#ConflictException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ServiceQuotaExceededException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "POST",
        uri: "/v1/domain",
      },
      id: "com.amazonaws.codeartifact#CreateDomain",
      input: "com.amazonaws.codeartifact#CreateDomainRequest",
      name: "CreateDomain",
      output: "com.amazonaws.codeartifact#CreateDomainResult",
    },
    CreatePackageGroup: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#ConflictException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ServiceQuotaExceededException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "POST",
        uri: "/v1/package-group",
      },
      id: "com.amazonaws.codeartifact#CreatePackageGroup",
      input: "com.amazonaws.codeartifact#CreatePackageGroupRequest",
      name: "CreatePackageGroup",
      output: "com.amazonaws.codeartifact#CreatePackageGroupResult",
    },
    CreateRepository: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#ConflictException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ServiceQuotaExceededException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "POST",
        uri: "/v1/repository",
      },
      id: "com.amazonaws.codeartifact#CreateRepository",
      input: "com.amazonaws.codeartifact#CreateRepositoryRequest",
      name: "CreateRepository",
      output: "com.amazonaws.codeartifact#CreateRepositoryResult",
    },
    DeleteDomain: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#ConflictException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "DELETE",
        uri: "/v1/domain",
      },
      id: "com.amazonaws.codeartifact#DeleteDomain",
      input: "com.amazonaws.codeartifact#DeleteDomainRequest",
      name: "DeleteDomain",
      output: "com.amazonaws.codeartifact#DeleteDomainResult",
    },
    DeleteDomainPermissionsPolicy: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#ConflictException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "DELETE",
        uri: "/v1/domain/permissions/policy",
      },
      id: "com.amazonaws.codeartifact#DeleteDomainPermissionsPolicy",
      input: "com.amazonaws.codeartifact#DeleteDomainPermissionsPolicyRequest",
      name: "DeleteDomainPermissionsPolicy",
      output: "com.amazonaws.codeartifact#DeleteDomainPermissionsPolicyResult",
    },
    DeletePackage: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#ConflictException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "DELETE",
        uri: "/v1/package",
      },
      id: "com.amazonaws.codeartifact#DeletePackage",
      input: "com.amazonaws.codeartifact#DeletePackageRequest",
      name: "DeletePackage",
      output: "com.amazonaws.codeartifact#DeletePackageResult",
    },
    DeletePackageGroup: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#ConflictException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ServiceQuotaExceededException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "DELETE",
        uri: "/v1/package-group",
      },
      id: "com.amazonaws.codeartifact#DeletePackageGroup",
      input: "com.amazonaws.codeartifact#DeletePackageGroupRequest",
      name: "DeletePackageGroup",
      output: "com.amazonaws.codeartifact#DeletePackageGroupResult",
    },
    DeletePackageVersions: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#ConflictException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "POST",
        uri: "/v1/package/versions/delete",
      },
      id: "com.amazonaws.codeartifact#DeletePackageVersions",
      input: "com.amazonaws.codeartifact#DeletePackageVersionsRequest",
      name: "DeletePackageVersions",
      output: "com.amazonaws.codeartifact#DeletePackageVersionsResult",
    },
    DeleteRepository: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#ConflictException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "DELETE",
        uri: "/v1/repository",
      },
      id: "com.amazonaws.codeartifact#DeleteRepository",
      input: "com.amazonaws.codeartifact#DeleteRepositoryRequest",
      name: "DeleteRepository",
      output: "com.amazonaws.codeartifact#DeleteRepositoryResult",
    },
    DeleteRepositoryPermissionsPolicy: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#ConflictException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "DELETE",
        uri: "/v1/repository/permissions/policies",
      },
      id: "com.amazonaws.codeartifact#DeleteRepositoryPermissionsPolicy",
      input: "com.amazonaws.codeartifact#DeleteRepositoryPermissionsPolicyRequest",
      name: "DeleteRepositoryPermissionsPolicy",
      output: "com.amazonaws.codeartifact#DeleteRepositoryPermissionsPolicyResult",
    },
    DescribeDomain: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "GET",
        uri: "/v1/domain",
      },
      id: "com.amazonaws.codeartifact#DescribeDomain",
      input: "com.amazonaws.codeartifact#DescribeDomainRequest",
      name: "DescribeDomain",
      output: "com.amazonaws.codeartifact#DescribeDomainResult",
    },
    DescribePackage: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "GET",
        uri: "/v1/package",
      },
      id: "com.amazonaws.codeartifact#DescribePackage",
      input: "com.amazonaws.codeartifact#DescribePackageRequest",
      name: "DescribePackage",
      output: "com.amazonaws.codeartifact#DescribePackageResult",
    },
    DescribePackageGroup: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "GET",
        uri: "/v1/package-group",
      },
      id: "com.amazonaws.codeartifact#DescribePackageGroup",
      input: "com.amazonaws.codeartifact#DescribePackageGroupRequest",
      name: "DescribePackageGroup",
      output: "com.amazonaws.codeartifact#DescribePackageGroupResult",
    },
    DescribePackageVersion: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#ConflictException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "GET",
        uri: "/v1/package/version",
      },
      id: "com.amazonaws.codeartifact#DescribePackageVersion",
      input: "com.amazonaws.codeartifact#DescribePackageVersionRequest",
      name: "DescribePackageVersion",
      output: "com.amazonaws.codeartifact#DescribePackageVersionResult",
    },
    DescribeRepository: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "GET",
        uri: "/v1/repository",
      },
      id: "com.amazonaws.codeartifact#DescribeRepository",
      input: "com.amazonaws.codeartifact#DescribeRepositoryRequest",
      name: "DescribeRepository",
      output: "com.amazonaws.codeartifact#DescribeRepositoryResult",
    },
    DisassociateExternalConnection: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#ConflictException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ServiceQuotaExceededException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "DELETE",
        uri: "/v1/repository/external-connection",
      },
      id: "com.amazonaws.codeartifact#DisassociateExternalConnection",
      input: "com.amazonaws.codeartifact#DisassociateExternalConnectionRequest",
      name: "DisassociateExternalConnection",
      output: "com.amazonaws.codeartifact#DisassociateExternalConnectionResult",
    },
    DisposePackageVersions: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#ConflictException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "POST",
        uri: "/v1/package/versions/dispose",
      },
      id: "com.amazonaws.codeartifact#DisposePackageVersions",
      input: "com.amazonaws.codeartifact#DisposePackageVersionsRequest",
      name: "DisposePackageVersions",
      output: "com.amazonaws.codeartifact#DisposePackageVersionsResult",
    },
    GetAssociatedPackageGroup: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "GET",
        uri: "/v1/get-associated-package-group",
      },
      id: "com.amazonaws.codeartifact#GetAssociatedPackageGroup",
      input: "com.amazonaws.codeartifact#GetAssociatedPackageGroupRequest",
      name: "GetAssociatedPackageGroup",
      output: "com.amazonaws.codeartifact#GetAssociatedPackageGroupResult",
    },
    GetAuthorizationToken: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "POST",
        uri: "/v1/authorization-token",
      },
      id: "com.amazonaws.codeartifact#GetAuthorizationToken",
      input: "com.amazonaws.codeartifact#GetAuthorizationTokenRequest",
      name: "GetAuthorizationToken",
      output: "com.amazonaws.codeartifact#GetAuthorizationTokenResult",
    },
    GetDomainPermissionsPolicy: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "GET",
        uri: "/v1/domain/permissions/policy",
      },
      id: "com.amazonaws.codeartifact#GetDomainPermissionsPolicy",
      input: "com.amazonaws.codeartifact#GetDomainPermissionsPolicyRequest",
      name: "GetDomainPermissionsPolicy",
      output: "com.amazonaws.codeartifact#GetDomainPermissionsPolicyResult",
    },
    GetPackageVersionAsset: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#ConflictException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "GET",
        uri: "/v1/package/version/asset",
      },
      id: "com.amazonaws.codeartifact#GetPackageVersionAsset",
      input: "com.amazonaws.codeartifact#GetPackageVersionAssetRequest",
      name: "GetPackageVersionAsset",
      output: "com.amazonaws.codeartifact#GetPackageVersionAssetResult",
    },
    GetPackageVersionReadme: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "GET",
        uri: "/v1/package/version/readme",
      },
      id: "com.amazonaws.codeartifact#GetPackageVersionReadme",
      input: "com.amazonaws.codeartifact#GetPackageVersionReadmeRequest",
      name: "GetPackageVersionReadme",
      output: "com.amazonaws.codeartifact#GetPackageVersionReadmeResult",
    },
    GetRepositoryEndpoint: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "GET",
        uri: "/v1/repository/endpoint",
      },
      id: "com.amazonaws.codeartifact#GetRepositoryEndpoint",
      input: "com.amazonaws.codeartifact#GetRepositoryEndpointRequest",
      name: "GetRepositoryEndpoint",
      output: "com.amazonaws.codeartifact#GetRepositoryEndpointResult",
    },
    GetRepositoryPermissionsPolicy: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "GET",
        uri: "/v1/repository/permissions/policy",
      },
      id: "com.amazonaws.codeartifact#GetRepositoryPermissionsPolicy",
      input: "com.amazonaws.codeartifact#GetRepositoryPermissionsPolicyRequest",
      name: "GetRepositoryPermissionsPolicy",
      output: "com.amazonaws.codeartifact#GetRepositoryPermissionsPolicyResult",
    },
    ListAllowedRepositoriesForGroup: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ServiceQuotaExceededException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "GET",
        uri: "/v1/package-group-allowed-repositories",
      },
      id: "com.amazonaws.codeartifact#ListAllowedRepositoriesForGroup",
      input: "com.amazonaws.codeartifact#ListAllowedRepositoriesForGroupRequest",
      name: "ListAllowedRepositoriesForGroup",
      output: "com.amazonaws.codeartifact#ListAllowedRepositoriesForGroupResult",
      paginated: {
        inputToken: "nextToken",
        items: "allowedRepositories",
        outputToken: "nextToken",
        pageSize: "maxResults",
      },
    },
    ListAssociatedPackages: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "GET",
        uri: "/v1/list-associated-packages",
      },
      id: "com.amazonaws.codeartifact#ListAssociatedPackages",
      input: "com.amazonaws.codeartifact#ListAssociatedPackagesRequest",
      name: "ListAssociatedPackages",
      output: "com.amazonaws.codeartifact#ListAssociatedPackagesResult",
      paginated: {
        inputToken: "nextToken",
        items: "packages",
        outputToken: "nextToken",
        pageSize: "maxResults",
      },
    },
    ListDomains: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "POST",
        uri: "/v1/domains",
      },
      id: "com.amazonaws.codeartifact#ListDomains",
      input: "com.amazonaws.codeartifact#ListDomainsRequest",
      name: "ListDomains",
      output: "com.amazonaws.codeartifact#ListDomainsResult",
      paginated: {
        inputToken: "nextToken",
        items: "domains",
        outputToken: "nextToken",
        pageSize: "maxResults",
      },
    },
    ListPackageGroups: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "POST",
        uri: "/v1/package-groups",
      },
      id: "com.amazonaws.codeartifact#ListPackageGroups",
      input: "com.amazonaws.codeartifact#ListPackageGroupsRequest",
      name: "ListPackageGroups",
      output: "com.amazonaws.codeartifact#ListPackageGroupsResult",
      paginated: {
        inputToken: "nextToken",
        items: "packageGroups",
        outputToken: "nextToken",
        pageSize: "maxResults",
      },
    },
    ListPackageVersionAssets: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "POST",
        uri: "/v1/package/version/assets",
      },
      id: "com.amazonaws.codeartifact#ListPackageVersionAssets",
      input: "com.amazonaws.codeartifact#ListPackageVersionAssetsRequest",
      name: "ListPackageVersionAssets",
      output: "com.amazonaws.codeartifact#ListPackageVersionAssetsResult",
      paginated: {
        inputToken: "nextToken",
        items: "assets",
        outputToken: "nextToken",
        pageSize: "maxResults",
      },
    },
    ListPackageVersionDependencies: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "POST",
        uri: "/v1/package/version/dependencies",
      },
      id: "com.amazonaws.codeartifact#ListPackageVersionDependencies",
      input: "com.amazonaws.codeartifact#ListPackageVersionDependenciesRequest",
      name: "ListPackageVersionDependencies",
      output: "com.amazonaws.codeartifact#ListPackageVersionDependenciesResult",
    },
    ListPackageVersions: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "POST",
        uri: "/v1/package/versions",
      },
      id: "com.amazonaws.codeartifact#ListPackageVersions",
      input: "com.amazonaws.codeartifact#ListPackageVersionsRequest",
      name: "ListPackageVersions",
      output: "com.amazonaws.codeartifact#ListPackageVersionsResult",
      paginated: {
        inputToken: "nextToken",
        items: "versions",
        outputToken: "nextToken",
        pageSize: "maxResults",
      },
    },
    ListPackages: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "POST",
        uri: "/v1/packages",
      },
      id: "com.amazonaws.codeartifact#ListPackages",
      input: "com.amazonaws.codeartifact#ListPackagesRequest",
      name: "ListPackages",
      output: "com.amazonaws.codeartifact#ListPackagesResult",
      paginated: {
        inputToken: "nextToken",
        items: "packages",
        outputToken: "nextToken",
        pageSize: "maxResults",
      },
    },
    ListRepositories: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "POST",
        uri: "/v1/repositories",
      },
      id: "com.amazonaws.codeartifact#ListRepositories",
      input: "com.amazonaws.codeartifact#ListRepositoriesRequest",
      name: "ListRepositories",
      output: "com.amazonaws.codeartifact#ListRepositoriesResult",
      paginated: {
        inputToken: "nextToken",
        items: "repositories",
        outputToken: "nextToken",
        pageSize: "maxResults",
      },
    },
    ListRepositoriesInDomain: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "POST",
        uri: "/v1/domain/repositories",
      },
      id: "com.amazonaws.codeartifact#ListRepositoriesInDomain",
      input: "com.amazonaws.codeartifact#ListRepositoriesInDomainRequest",
      name: "ListRepositoriesInDomain",
      output: "com.amazonaws.codeartifact#ListRepositoriesInDomainResult",
      paginated: {
        inputToken: "nextToken",
        items: "repositories",
        outputToken: "nextToken",
        pageSize: "maxResults",
      },
    },
    ListSubPackageGroups: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "POST",
        uri: "/v1/package-groups/sub-groups",
      },
      id: "com.amazonaws.codeartifact#ListSubPackageGroups",
      input: "com.amazonaws.codeartifact#ListSubPackageGroupsRequest",
      name: "ListSubPackageGroups",
      output: "com.amazonaws.codeartifact#ListSubPackageGroupsResult",
      paginated: {
        inputToken: "nextToken",
        items: "packageGroups",
        outputToken: "nextToken",
        pageSize: "maxResults",
      },
    },
    ListTagsForResource: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "POST",
        uri: "/v1/tags",
      },
      id: "com.amazonaws.codeartifact#ListTagsForResource",
      input: "com.amazonaws.codeartifact#ListTagsForResourceRequest",
      name: "ListTagsForResource",
      output: "com.amazonaws.codeartifact#ListTagsForResourceResult",
    },
    PublishPackageVersion: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#ConflictException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ServiceQuotaExceededException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "POST",
        uri: "/v1/package/version/publish",
      },
      id: "com.amazonaws.codeartifact#PublishPackageVersion",
      input: "com.amazonaws.codeartifact#PublishPackageVersionRequest",
      name: "PublishPackageVersion",
      output: "com.amazonaws.codeartifact#PublishPackageVersionResult",
    },
    PutDomainPermissionsPolicy: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#ConflictException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ServiceQuotaExceededException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "PUT",
        uri: "/v1/domain/permissions/policy",
      },
      id: "com.amazonaws.codeartifact#PutDomainPermissionsPolicy",
      input: "com.amazonaws.codeartifact#PutDomainPermissionsPolicyRequest",
      name: "PutDomainPermissionsPolicy",
      output: "com.amazonaws.codeartifact#PutDomainPermissionsPolicyResult",
    },
    PutPackageOriginConfiguration: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "POST",
        uri: "/v1/package",
      },
      id: "com.amazonaws.codeartifact#PutPackageOriginConfiguration",
      input: "com.amazonaws.codeartifact#PutPackageOriginConfigurationRequest",
      name: "PutPackageOriginConfiguration",
      output: "com.amazonaws.codeartifact#PutPackageOriginConfigurationResult",
    },
    PutRepositoryPermissionsPolicy: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#ConflictException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ServiceQuotaExceededException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "PUT",
        uri: "/v1/repository/permissions/policy",
      },
      id: "com.amazonaws.codeartifact#PutRepositoryPermissionsPolicy",
      input: "com.amazonaws.codeartifact#PutRepositoryPermissionsPolicyRequest",
      name: "PutRepositoryPermissionsPolicy",
      output: "com.amazonaws.codeartifact#PutRepositoryPermissionsPolicyResult",
    },
    TagResource: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ServiceQuotaExceededException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "POST",
        uri: "/v1/tag",
      },
      id: "com.amazonaws.codeartifact#TagResource",
      input: "com.amazonaws.codeartifact#TagResourceRequest",
      name: "TagResource",
      output: "com.amazonaws.codeartifact#TagResourceResult",
    },
    UntagResource: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "POST",
        uri: "/v1/untag",
      },
      id: "com.amazonaws.codeartifact#UntagResource",
      input: "com.amazonaws.codeartifact#UntagResourceRequest",
      name: "UntagResource",
      output: "com.amazonaws.codeartifact#UntagResourceResult",
    },
    UpdatePackageGroup: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ServiceQuotaExceededException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "PUT",
        uri: "/v1/package-group",
      },
      id: "com.amazonaws.codeartifact#UpdatePackageGroup",
      input: "com.amazonaws.codeartifact#UpdatePackageGroupRequest",
      name: "UpdatePackageGroup",
      output: "com.amazonaws.codeartifact#UpdatePackageGroupResult",
    },
    UpdatePackageGroupOriginConfiguration: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ServiceQuotaExceededException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "PUT",
        uri: "/v1/package-group-origin-configuration",
      },
      id: "com.amazonaws.codeartifact#UpdatePackageGroupOriginConfiguration",
      input: "com.amazonaws.codeartifact#UpdatePackageGroupOriginConfigurationRequest",
      name: "UpdatePackageGroupOriginConfiguration",
      output: "com.amazonaws.codeartifact#UpdatePackageGroupOriginConfigurationResult",
    },
    UpdatePackageVersionsStatus: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#ConflictException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "POST",
        uri: "/v1/package/versions/update_status",
      },
      id: "com.amazonaws.codeartifact#UpdatePackageVersionsStatus",
      input: "com.amazonaws.codeartifact#UpdatePackageVersionsStatusRequest",
      name: "UpdatePackageVersionsStatus",
      output: "com.amazonaws.codeartifact#UpdatePackageVersionsStatusResult",
    },
    UpdateRepository: {
      errors: [
        "com.amazonaws.codeartifact#AccessDeniedException",
        "com.amazonaws.codeartifact#ConflictException",
        "com.amazonaws.codeartifact#InternalServerException",
        "com.amazonaws.codeartifact#ResourceNotFoundException",
        "com.amazonaws.codeartifact#ServiceQuotaExceededException",
        "com.amazonaws.codeartifact#ThrottlingException",
        "com.amazonaws.codeartifact#ValidationException",
      ],
      http: {
        code: 200,
        method: "PUT",
        uri: "/v1/repository",
      },
      id: "com.amazonaws.codeartifact#UpdateRepository",
      input: "com.amazonaws.codeartifact#UpdateRepositoryRequest",
      name: "UpdateRepository",
      output: "com.amazonaws.codeartifact#UpdateRepositoryResult",
    },
  },
  sdkId: "codeartifact",
  shapes: {
    "com.amazonaws.codeartifact#AccessDeniedException": {
      error: "client",
      httpError: 403,
      members: {
        message: {
          required: true,
          target: "com.amazonaws.codeartifact#String",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#AccountId": {
      type: "string",
    },
    "com.amazonaws.codeartifact#AllowPublish": {
      enumValues: {
        ALLOW: "ALLOW",
        BLOCK: "BLOCK",
      },
      type: "string",
    },
    "com.amazonaws.codeartifact#AllowUpstream": {
      enumValues: {
        ALLOW: "ALLOW",
        BLOCK: "BLOCK",
      },
      type: "string",
    },
    "com.amazonaws.codeartifact#Arn": {
      type: "string",
    },
    "com.amazonaws.codeartifact#Asset": {
      streaming: true,
      type: "blob",
    },
    "com.amazonaws.codeartifact#AssetHashes": {
      key: {
        target: "com.amazonaws.codeartifact#HashAlgorithm",
      },
      type: "map",
      value: {
        constraints: {
          length: {
            max: 512,
            min: 32,
          },
          pattern: "^[0-9a-f]+$",
        },
        target: "com.amazonaws.codeartifact#HashValue",
      },
    },
    "com.amazonaws.codeartifact#AssetName": {
      type: "string",
    },
    "com.amazonaws.codeartifact#AssetSummary": {
      members: {
        hashes: {
          target: "com.amazonaws.codeartifact#AssetHashes",
        },
        name: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^\\P{C}+$",
          },
          required: true,
          target: "com.amazonaws.codeartifact#AssetName",
        },
        size: {
          target: "com.amazonaws.codeartifact#LongOptional",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#AssetSummaryList": {
      member: {
        target: "com.amazonaws.codeartifact#AssetSummary",
      },
      type: "list",
    },
    "com.amazonaws.codeartifact#AssociateExternalConnectionRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        externalConnection: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-:]{1,99}$",
          },
          httpQuery: "external-connection",
          required: true,
          target: "com.amazonaws.codeartifact#ExternalConnectionName",
        },
        repository: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          httpQuery: "repository",
          required: true,
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#AssociateExternalConnectionResult": {
      members: {
        repository: {
          target: "com.amazonaws.codeartifact#RepositoryDescription",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#AssociatedPackage": {
      members: {
        associationType: {
          target: "com.amazonaws.codeartifact#PackageGroupAssociationType",
        },
        format: {
          target: "com.amazonaws.codeartifact#PackageFormat",
        },
        namespace: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          target: "com.amazonaws.codeartifact#PackageNamespace",
        },
        package: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          target: "com.amazonaws.codeartifact#PackageName",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#AssociatedPackageList": {
      member: {
        target: "com.amazonaws.codeartifact#AssociatedPackage",
      },
      type: "list",
    },
    "com.amazonaws.codeartifact#AuthorizationTokenDurationSeconds": {
      type: "long",
    },
    "com.amazonaws.codeartifact#BooleanOptional": {
      type: "boolean",
    },
    "com.amazonaws.codeartifact#ConflictException": {
      error: "client",
      httpError: 409,
      members: {
        message: {
          required: true,
          target: "com.amazonaws.codeartifact#String",
        },
        resourceId: {
          target: "com.amazonaws.codeartifact#String",
        },
        resourceType: {
          target: "com.amazonaws.codeartifact#ResourceType",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#CopyPackageVersionsRequest": {
      members: {
        allowOverwrite: {
          target: "com.amazonaws.codeartifact#BooleanOptional",
        },
        destinationRepository: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          httpQuery: "destination-repository",
          required: true,
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        format: {
          httpQuery: "format",
          required: true,
          target: "com.amazonaws.codeartifact#PackageFormat",
        },
        includeFromUpstream: {
          target: "com.amazonaws.codeartifact#BooleanOptional",
        },
        namespace: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "namespace",
          target: "com.amazonaws.codeartifact#PackageNamespace",
        },
        package: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "package",
          required: true,
          target: "com.amazonaws.codeartifact#PackageName",
        },
        sourceRepository: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          httpQuery: "source-repository",
          required: true,
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
        versionRevisions: {
          target: "com.amazonaws.codeartifact#PackageVersionRevisionMap",
        },
        versions: {
          constraints: {
            length: {
              max: 100,
              min: 0,
            },
          },
          target: "com.amazonaws.codeartifact#PackageVersionList",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#CopyPackageVersionsResult": {
      members: {
        failedVersions: {
          target: "com.amazonaws.codeartifact#PackageVersionErrorMap",
        },
        successfulVersions: {
          target: "com.amazonaws.codeartifact#SuccessfulPackageVersionInfoMap",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#CreateDomainRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        encryptionKey: {
          constraints: {
            length: {
              max: 1011,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#Arn",
        },
        tags: {
          constraints: {
            length: {
              max: 200,
              min: 0,
            },
          },
          target: "com.amazonaws.codeartifact#TagList",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#CreateDomainResult": {
      members: {
        domain: {
          target: "com.amazonaws.codeartifact#DomainDescription",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#CreatePackageGroupRequest": {
      members: {
        contactInfo: {
          constraints: {
            length: {
              max: 1000,
              min: 0,
            },
            pattern: "^\\P{C}*$",
          },
          target: "com.amazonaws.codeartifact#PackageGroupContactInfo",
        },
        description: {
          constraints: {
            length: {
              max: 1000,
              min: 0,
            },
            pattern: "^\\P{C}*$",
          },
          target: "com.amazonaws.codeartifact#Description",
        },
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        packageGroup: {
          constraints: {
            length: {
              max: 520,
              min: 2,
            },
            pattern: "^[^\\p{C}\\p{IsWhitespace}]+$",
          },
          required: true,
          target: "com.amazonaws.codeartifact#PackageGroupPattern",
        },
        tags: {
          constraints: {
            length: {
              max: 200,
              min: 0,
            },
          },
          target: "com.amazonaws.codeartifact#TagList",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#CreatePackageGroupResult": {
      members: {
        packageGroup: {
          target: "com.amazonaws.codeartifact#PackageGroupDescription",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#CreateRepositoryRequest": {
      members: {
        description: {
          constraints: {
            length: {
              max: 1000,
              min: 0,
            },
            pattern: "^\\P{C}*$",
          },
          target: "com.amazonaws.codeartifact#Description",
        },
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        repository: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          httpQuery: "repository",
          required: true,
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
        tags: {
          constraints: {
            length: {
              max: 200,
              min: 0,
            },
          },
          target: "com.amazonaws.codeartifact#TagList",
        },
        upstreams: {
          target: "com.amazonaws.codeartifact#UpstreamRepositoryList",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#CreateRepositoryResult": {
      members: {
        repository: {
          target: "com.amazonaws.codeartifact#RepositoryDescription",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#DeleteDomainPermissionsPolicyRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        policyRevision: {
          constraints: {
            length: {
              max: 100,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          httpQuery: "policy-revision",
          target: "com.amazonaws.codeartifact#PolicyRevision",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#DeleteDomainPermissionsPolicyResult": {
      members: {
        policy: {
          target: "com.amazonaws.codeartifact#ResourcePolicy",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#DeleteDomainRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#DeleteDomainResult": {
      members: {
        domain: {
          target: "com.amazonaws.codeartifact#DomainDescription",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#DeletePackageGroupRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        packageGroup: {
          httpQuery: "package-group",
          required: true,
          target: "com.amazonaws.codeartifact#String",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#DeletePackageGroupResult": {
      members: {
        packageGroup: {
          target: "com.amazonaws.codeartifact#PackageGroupDescription",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#DeletePackageRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        format: {
          httpQuery: "format",
          required: true,
          target: "com.amazonaws.codeartifact#PackageFormat",
        },
        namespace: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "namespace",
          target: "com.amazonaws.codeartifact#PackageNamespace",
        },
        package: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "package",
          required: true,
          target: "com.amazonaws.codeartifact#PackageName",
        },
        repository: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          httpQuery: "repository",
          required: true,
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#DeletePackageResult": {
      members: {
        deletedPackage: {
          target: "com.amazonaws.codeartifact#PackageSummary",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#DeletePackageVersionsRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        expectedStatus: {
          target: "com.amazonaws.codeartifact#PackageVersionStatus",
        },
        format: {
          httpQuery: "format",
          required: true,
          target: "com.amazonaws.codeartifact#PackageFormat",
        },
        namespace: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "namespace",
          target: "com.amazonaws.codeartifact#PackageNamespace",
        },
        package: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "package",
          required: true,
          target: "com.amazonaws.codeartifact#PackageName",
        },
        repository: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          httpQuery: "repository",
          required: true,
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
        versions: {
          constraints: {
            length: {
              max: 100,
              min: 0,
            },
          },
          required: true,
          target: "com.amazonaws.codeartifact#PackageVersionList",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#DeletePackageVersionsResult": {
      members: {
        failedVersions: {
          target: "com.amazonaws.codeartifact#PackageVersionErrorMap",
        },
        successfulVersions: {
          target: "com.amazonaws.codeartifact#SuccessfulPackageVersionInfoMap",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#DeleteRepositoryPermissionsPolicyRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        policyRevision: {
          constraints: {
            length: {
              max: 100,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          httpQuery: "policy-revision",
          target: "com.amazonaws.codeartifact#PolicyRevision",
        },
        repository: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          httpQuery: "repository",
          required: true,
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#DeleteRepositoryPermissionsPolicyResult": {
      members: {
        policy: {
          target: "com.amazonaws.codeartifact#ResourcePolicy",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#DeleteRepositoryRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        repository: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          httpQuery: "repository",
          required: true,
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#DeleteRepositoryResult": {
      members: {
        repository: {
          target: "com.amazonaws.codeartifact#RepositoryDescription",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#DescribeDomainRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#DescribeDomainResult": {
      members: {
        domain: {
          target: "com.amazonaws.codeartifact#DomainDescription",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#DescribePackageGroupRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        packageGroup: {
          constraints: {
            length: {
              max: 520,
              min: 2,
            },
            pattern: "^[^\\p{C}\\p{IsWhitespace}]+$",
          },
          httpQuery: "package-group",
          required: true,
          target: "com.amazonaws.codeartifact#PackageGroupPattern",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#DescribePackageGroupResult": {
      members: {
        packageGroup: {
          target: "com.amazonaws.codeartifact#PackageGroupDescription",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#DescribePackageRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        format: {
          httpQuery: "format",
          required: true,
          target: "com.amazonaws.codeartifact#PackageFormat",
        },
        namespace: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "namespace",
          target: "com.amazonaws.codeartifact#PackageNamespace",
        },
        package: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "package",
          required: true,
          target: "com.amazonaws.codeartifact#PackageName",
        },
        repository: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          httpQuery: "repository",
          required: true,
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#DescribePackageResult": {
      members: {
        package: {
          required: true,
          target: "com.amazonaws.codeartifact#PackageDescription",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#DescribePackageVersionRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        format: {
          httpQuery: "format",
          required: true,
          target: "com.amazonaws.codeartifact#PackageFormat",
        },
        namespace: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "namespace",
          target: "com.amazonaws.codeartifact#PackageNamespace",
        },
        package: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "package",
          required: true,
          target: "com.amazonaws.codeartifact#PackageName",
        },
        packageVersion: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "version",
          required: true,
          target: "com.amazonaws.codeartifact#PackageVersion",
        },
        repository: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          httpQuery: "repository",
          required: true,
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#DescribePackageVersionResult": {
      members: {
        packageVersion: {
          required: true,
          target: "com.amazonaws.codeartifact#PackageVersionDescription",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#DescribeRepositoryRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        repository: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          httpQuery: "repository",
          required: true,
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#DescribeRepositoryResult": {
      members: {
        repository: {
          target: "com.amazonaws.codeartifact#RepositoryDescription",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#Description": {
      type: "string",
    },
    "com.amazonaws.codeartifact#DisassociateExternalConnectionRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        externalConnection: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-:]{1,99}$",
          },
          httpQuery: "external-connection",
          required: true,
          target: "com.amazonaws.codeartifact#ExternalConnectionName",
        },
        repository: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          httpQuery: "repository",
          required: true,
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#DisassociateExternalConnectionResult": {
      members: {
        repository: {
          target: "com.amazonaws.codeartifact#RepositoryDescription",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#DisposePackageVersionsRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        expectedStatus: {
          target: "com.amazonaws.codeartifact#PackageVersionStatus",
        },
        format: {
          httpQuery: "format",
          required: true,
          target: "com.amazonaws.codeartifact#PackageFormat",
        },
        namespace: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "namespace",
          target: "com.amazonaws.codeartifact#PackageNamespace",
        },
        package: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "package",
          required: true,
          target: "com.amazonaws.codeartifact#PackageName",
        },
        repository: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          httpQuery: "repository",
          required: true,
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
        versionRevisions: {
          target: "com.amazonaws.codeartifact#PackageVersionRevisionMap",
        },
        versions: {
          constraints: {
            length: {
              max: 100,
              min: 0,
            },
          },
          required: true,
          target: "com.amazonaws.codeartifact#PackageVersionList",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#DisposePackageVersionsResult": {
      members: {
        failedVersions: {
          target: "com.amazonaws.codeartifact#PackageVersionErrorMap",
        },
        successfulVersions: {
          target: "com.amazonaws.codeartifact#SuccessfulPackageVersionInfoMap",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#DomainDescription": {
      members: {
        arn: {
          constraints: {
            length: {
              max: 1011,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#Arn",
        },
        assetSizeBytes: {
          default: 0,
          target: "com.amazonaws.codeartifact#Long",
        },
        createdTime: {
          target: "com.amazonaws.codeartifact#Timestamp",
        },
        encryptionKey: {
          constraints: {
            length: {
              max: 1011,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#Arn",
        },
        name: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          target: "com.amazonaws.codeartifact#DomainName",
        },
        owner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          target: "com.amazonaws.codeartifact#AccountId",
        },
        repositoryCount: {
          default: 0,
          target: "com.amazonaws.codeartifact#Integer",
        },
        s3BucketArn: {
          constraints: {
            length: {
              max: 1011,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#Arn",
        },
        status: {
          target: "com.amazonaws.codeartifact#DomainStatus",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#DomainEntryPoint": {
      members: {
        externalConnectionName: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-:]{1,99}$",
          },
          target: "com.amazonaws.codeartifact#ExternalConnectionName",
        },
        repositoryName: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#DomainName": {
      type: "string",
    },
    "com.amazonaws.codeartifact#DomainStatus": {
      enumValues: {
        ACTIVE: "Active",
        DELETED: "Deleted",
      },
      type: "string",
    },
    "com.amazonaws.codeartifact#DomainSummary": {
      members: {
        arn: {
          constraints: {
            length: {
              max: 1011,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#Arn",
        },
        createdTime: {
          target: "com.amazonaws.codeartifact#Timestamp",
        },
        encryptionKey: {
          constraints: {
            length: {
              max: 1011,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#Arn",
        },
        name: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          target: "com.amazonaws.codeartifact#DomainName",
        },
        owner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          target: "com.amazonaws.codeartifact#AccountId",
        },
        status: {
          target: "com.amazonaws.codeartifact#DomainStatus",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#DomainSummaryList": {
      member: {
        target: "com.amazonaws.codeartifact#DomainSummary",
      },
      type: "list",
    },
    "com.amazonaws.codeartifact#EndpointType": {
      enumValues: {
        DUALSTACK: "dualstack",
        IPV4: "ipv4",
      },
      type: "string",
    },
    "com.amazonaws.codeartifact#ErrorMessage": {
      type: "string",
    },
    "com.amazonaws.codeartifact#ExternalConnectionName": {
      type: "string",
    },
    "com.amazonaws.codeartifact#ExternalConnectionStatus": {
      enumValues: {
        AVAILABLE: "Available",
      },
      type: "string",
    },
    "com.amazonaws.codeartifact#GetAssociatedPackageGroupRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        format: {
          httpQuery: "format",
          required: true,
          target: "com.amazonaws.codeartifact#PackageFormat",
        },
        namespace: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "namespace",
          target: "com.amazonaws.codeartifact#PackageNamespace",
        },
        package: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "package",
          required: true,
          target: "com.amazonaws.codeartifact#PackageName",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#GetAssociatedPackageGroupResult": {
      members: {
        associationType: {
          target: "com.amazonaws.codeartifact#PackageGroupAssociationType",
        },
        packageGroup: {
          target: "com.amazonaws.codeartifact#PackageGroupDescription",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#GetAuthorizationTokenRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        durationSeconds: {
          constraints: {
            range: {
              max: 43200,
              min: 0,
            },
          },
          httpQuery: "duration",
          target: "com.amazonaws.codeartifact#AuthorizationTokenDurationSeconds",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#GetAuthorizationTokenResult": {
      members: {
        authorizationToken: {
          target: "com.amazonaws.codeartifact#String",
        },
        expiration: {
          target: "com.amazonaws.codeartifact#Timestamp",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#GetDomainPermissionsPolicyRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#GetDomainPermissionsPolicyResult": {
      members: {
        policy: {
          target: "com.amazonaws.codeartifact#ResourcePolicy",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#GetPackageVersionAssetRequest": {
      members: {
        asset: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^\\P{C}+$",
          },
          httpQuery: "asset",
          required: true,
          target: "com.amazonaws.codeartifact#AssetName",
        },
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        format: {
          httpQuery: "format",
          required: true,
          target: "com.amazonaws.codeartifact#PackageFormat",
        },
        namespace: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "namespace",
          target: "com.amazonaws.codeartifact#PackageNamespace",
        },
        package: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "package",
          required: true,
          target: "com.amazonaws.codeartifact#PackageName",
        },
        packageVersion: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "version",
          required: true,
          target: "com.amazonaws.codeartifact#PackageVersion",
        },
        packageVersionRevision: {
          constraints: {
            length: {
              max: 50,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          httpQuery: "revision",
          target: "com.amazonaws.codeartifact#PackageVersionRevision",
        },
        repository: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          httpQuery: "repository",
          required: true,
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#GetPackageVersionAssetResult": {
      members: {
        asset: {
          default: "",
          httpPayload: true,
          target: "com.amazonaws.codeartifact#Asset",
        },
        assetName: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^\\P{C}+$",
          },
          httpHeader: "X-AssetName",
          target: "com.amazonaws.codeartifact#AssetName",
        },
        packageVersion: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpHeader: "X-PackageVersion",
          target: "com.amazonaws.codeartifact#PackageVersion",
        },
        packageVersionRevision: {
          constraints: {
            length: {
              max: 50,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          httpHeader: "X-PackageVersionRevision",
          target: "com.amazonaws.codeartifact#PackageVersionRevision",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#GetPackageVersionReadmeRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        format: {
          httpQuery: "format",
          required: true,
          target: "com.amazonaws.codeartifact#PackageFormat",
        },
        namespace: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "namespace",
          target: "com.amazonaws.codeartifact#PackageNamespace",
        },
        package: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "package",
          required: true,
          target: "com.amazonaws.codeartifact#PackageName",
        },
        packageVersion: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "version",
          required: true,
          target: "com.amazonaws.codeartifact#PackageVersion",
        },
        repository: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          httpQuery: "repository",
          required: true,
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#GetPackageVersionReadmeResult": {
      members: {
        format: {
          target: "com.amazonaws.codeartifact#PackageFormat",
        },
        namespace: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          target: "com.amazonaws.codeartifact#PackageNamespace",
        },
        package: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          target: "com.amazonaws.codeartifact#PackageName",
        },
        readme: {
          target: "com.amazonaws.codeartifact#String",
        },
        version: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          target: "com.amazonaws.codeartifact#PackageVersion",
        },
        versionRevision: {
          constraints: {
            length: {
              max: 50,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#PackageVersionRevision",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#GetRepositoryEndpointRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        endpointType: {
          httpQuery: "endpointType",
          target: "com.amazonaws.codeartifact#EndpointType",
        },
        format: {
          httpQuery: "format",
          required: true,
          target: "com.amazonaws.codeartifact#PackageFormat",
        },
        repository: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          httpQuery: "repository",
          required: true,
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#GetRepositoryEndpointResult": {
      members: {
        repositoryEndpoint: {
          target: "com.amazonaws.codeartifact#String",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#GetRepositoryPermissionsPolicyRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        repository: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          httpQuery: "repository",
          required: true,
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#GetRepositoryPermissionsPolicyResult": {
      members: {
        policy: {
          target: "com.amazonaws.codeartifact#ResourcePolicy",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#HashAlgorithm": {
      enumValues: {
        MD5: "MD5",
        SHA1: "SHA-1",
        SHA256: "SHA-256",
        SHA512: "SHA-512",
      },
      type: "string",
    },
    "com.amazonaws.codeartifact#HashValue": {
      type: "string",
    },
    "com.amazonaws.codeartifact#Integer": {
      type: "integer",
    },
    "com.amazonaws.codeartifact#InternalServerException": {
      error: "server",
      httpError: 500,
      members: {
        message: {
          required: true,
          target: "com.amazonaws.codeartifact#String",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#LicenseInfo": {
      members: {
        name: {
          target: "com.amazonaws.codeartifact#String",
        },
        url: {
          target: "com.amazonaws.codeartifact#String",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#LicenseInfoList": {
      member: {
        target: "com.amazonaws.codeartifact#LicenseInfo",
      },
      type: "list",
    },
    "com.amazonaws.codeartifact#ListAllowedRepositoriesForGroupMaxResults": {
      type: "integer",
    },
    "com.amazonaws.codeartifact#ListAllowedRepositoriesForGroupRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        maxResults: {
          constraints: {
            range: {
              max: 1000,
              min: 1,
            },
          },
          httpQuery: "max-results",
          target: "com.amazonaws.codeartifact#ListAllowedRepositoriesForGroupMaxResults",
        },
        nextToken: {
          constraints: {
            length: {
              max: 2000,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          httpQuery: "next-token",
          target: "com.amazonaws.codeartifact#PaginationToken",
        },
        originRestrictionType: {
          httpQuery: "originRestrictionType",
          required: true,
          target: "com.amazonaws.codeartifact#PackageGroupOriginRestrictionType",
        },
        packageGroup: {
          constraints: {
            length: {
              max: 520,
              min: 2,
            },
            pattern: "^[^\\p{C}\\p{IsWhitespace}]+$",
          },
          httpQuery: "package-group",
          required: true,
          target: "com.amazonaws.codeartifact#PackageGroupPattern",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#ListAllowedRepositoriesForGroupResult": {
      members: {
        allowedRepositories: {
          target: "com.amazonaws.codeartifact#RepositoryNameList",
        },
        nextToken: {
          constraints: {
            length: {
              max: 2000,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#PaginationToken",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#ListAssociatedPackagesRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        maxResults: {
          constraints: {
            range: {
              max: 1000,
              min: 1,
            },
          },
          httpQuery: "max-results",
          target: "com.amazonaws.codeartifact#ListPackagesMaxResults",
        },
        nextToken: {
          constraints: {
            length: {
              max: 2000,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          httpQuery: "next-token",
          target: "com.amazonaws.codeartifact#PaginationToken",
        },
        packageGroup: {
          constraints: {
            length: {
              max: 520,
              min: 2,
            },
            pattern: "^[^\\p{C}\\p{IsWhitespace}]+$",
          },
          httpQuery: "package-group",
          required: true,
          target: "com.amazonaws.codeartifact#PackageGroupPattern",
        },
        preview: {
          httpQuery: "preview",
          target: "com.amazonaws.codeartifact#BooleanOptional",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#ListAssociatedPackagesResult": {
      members: {
        nextToken: {
          constraints: {
            length: {
              max: 2000,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#PaginationToken",
        },
        packages: {
          target: "com.amazonaws.codeartifact#AssociatedPackageList",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#ListDomainsMaxResults": {
      type: "integer",
    },
    "com.amazonaws.codeartifact#ListDomainsRequest": {
      members: {
        maxResults: {
          constraints: {
            range: {
              max: 1000,
              min: 1,
            },
          },
          target: "com.amazonaws.codeartifact#ListDomainsMaxResults",
        },
        nextToken: {
          constraints: {
            length: {
              max: 2000,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#PaginationToken",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#ListDomainsResult": {
      members: {
        domains: {
          target: "com.amazonaws.codeartifact#DomainSummaryList",
        },
        nextToken: {
          constraints: {
            length: {
              max: 2000,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#PaginationToken",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#ListPackageGroupsMaxResults": {
      type: "integer",
    },
    "com.amazonaws.codeartifact#ListPackageGroupsRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        maxResults: {
          constraints: {
            range: {
              max: 1000,
              min: 1,
            },
          },
          httpQuery: "max-results",
          target: "com.amazonaws.codeartifact#ListPackageGroupsMaxResults",
        },
        nextToken: {
          constraints: {
            length: {
              max: 2000,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          httpQuery: "next-token",
          target: "com.amazonaws.codeartifact#PaginationToken",
        },
        prefix: {
          constraints: {
            length: {
              max: 520,
              min: 0,
            },
            pattern: "^\\P{C}*$",
          },
          httpQuery: "prefix",
          target: "com.amazonaws.codeartifact#PackageGroupPatternPrefix",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#ListPackageGroupsResult": {
      members: {
        nextToken: {
          constraints: {
            length: {
              max: 2000,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#PaginationToken",
        },
        packageGroups: {
          target: "com.amazonaws.codeartifact#PackageGroupSummaryList",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#ListPackageVersionAssetsMaxResults": {
      type: "integer",
    },
    "com.amazonaws.codeartifact#ListPackageVersionAssetsRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        format: {
          httpQuery: "format",
          required: true,
          target: "com.amazonaws.codeartifact#PackageFormat",
        },
        maxResults: {
          constraints: {
            range: {
              max: 1000,
              min: 1,
            },
          },
          httpQuery: "max-results",
          target: "com.amazonaws.codeartifact#ListPackageVersionAssetsMaxResults",
        },
        namespace: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "namespace",
          target: "com.amazonaws.codeartifact#PackageNamespace",
        },
        nextToken: {
          constraints: {
            length: {
              max: 2000,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          httpQuery: "next-token",
          target: "com.amazonaws.codeartifact#PaginationToken",
        },
        package: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "package",
          required: true,
          target: "com.amazonaws.codeartifact#PackageName",
        },
        packageVersion: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "version",
          required: true,
          target: "com.amazonaws.codeartifact#PackageVersion",
        },
        repository: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          httpQuery: "repository",
          required: true,
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#ListPackageVersionAssetsResult": {
      members: {
        assets: {
          target: "com.amazonaws.codeartifact#AssetSummaryList",
        },
        format: {
          target: "com.amazonaws.codeartifact#PackageFormat",
        },
        namespace: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          target: "com.amazonaws.codeartifact#PackageNamespace",
        },
        nextToken: {
          constraints: {
            length: {
              max: 2000,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#PaginationToken",
        },
        package: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          target: "com.amazonaws.codeartifact#PackageName",
        },
        version: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          target: "com.amazonaws.codeartifact#PackageVersion",
        },
        versionRevision: {
          constraints: {
            length: {
              max: 50,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#PackageVersionRevision",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#ListPackageVersionDependenciesRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        format: {
          httpQuery: "format",
          required: true,
          target: "com.amazonaws.codeartifact#PackageFormat",
        },
        namespace: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "namespace",
          target: "com.amazonaws.codeartifact#PackageNamespace",
        },
        nextToken: {
          constraints: {
            length: {
              max: 2000,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          httpQuery: "next-token",
          target: "com.amazonaws.codeartifact#PaginationToken",
        },
        package: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "package",
          required: true,
          target: "com.amazonaws.codeartifact#PackageName",
        },
        packageVersion: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "version",
          required: true,
          target: "com.amazonaws.codeartifact#PackageVersion",
        },
        repository: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          httpQuery: "repository",
          required: true,
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#ListPackageVersionDependenciesResult": {
      members: {
        dependencies: {
          target: "com.amazonaws.codeartifact#PackageDependencyList",
        },
        format: {
          target: "com.amazonaws.codeartifact#PackageFormat",
        },
        namespace: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          target: "com.amazonaws.codeartifact#PackageNamespace",
        },
        nextToken: {
          constraints: {
            length: {
              max: 2000,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#PaginationToken",
        },
        package: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          target: "com.amazonaws.codeartifact#PackageName",
        },
        version: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          target: "com.amazonaws.codeartifact#PackageVersion",
        },
        versionRevision: {
          constraints: {
            length: {
              max: 50,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#PackageVersionRevision",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#ListPackageVersionsMaxResults": {
      type: "integer",
    },
    "com.amazonaws.codeartifact#ListPackageVersionsRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        format: {
          httpQuery: "format",
          required: true,
          target: "com.amazonaws.codeartifact#PackageFormat",
        },
        maxResults: {
          constraints: {
            range: {
              max: 1000,
              min: 1,
            },
          },
          httpQuery: "max-results",
          target: "com.amazonaws.codeartifact#ListPackageVersionsMaxResults",
        },
        namespace: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "namespace",
          target: "com.amazonaws.codeartifact#PackageNamespace",
        },
        nextToken: {
          constraints: {
            length: {
              max: 2000,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          httpQuery: "next-token",
          target: "com.amazonaws.codeartifact#PaginationToken",
        },
        originType: {
          httpQuery: "originType",
          target: "com.amazonaws.codeartifact#PackageVersionOriginType",
        },
        package: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "package",
          required: true,
          target: "com.amazonaws.codeartifact#PackageName",
        },
        repository: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          httpQuery: "repository",
          required: true,
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
        sortBy: {
          httpQuery: "sortBy",
          target: "com.amazonaws.codeartifact#PackageVersionSortType",
        },
        status: {
          httpQuery: "status",
          target: "com.amazonaws.codeartifact#PackageVersionStatus",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#ListPackageVersionsResult": {
      members: {
        defaultDisplayVersion: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          target: "com.amazonaws.codeartifact#PackageVersion",
        },
        format: {
          target: "com.amazonaws.codeartifact#PackageFormat",
        },
        namespace: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          target: "com.amazonaws.codeartifact#PackageNamespace",
        },
        nextToken: {
          constraints: {
            length: {
              max: 2000,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#PaginationToken",
        },
        package: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          target: "com.amazonaws.codeartifact#PackageName",
        },
        versions: {
          target: "com.amazonaws.codeartifact#PackageVersionSummaryList",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#ListPackagesMaxResults": {
      type: "integer",
    },
    "com.amazonaws.codeartifact#ListPackagesRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        format: {
          httpQuery: "format",
          target: "com.amazonaws.codeartifact#PackageFormat",
        },
        maxResults: {
          constraints: {
            range: {
              max: 1000,
              min: 1,
            },
          },
          httpQuery: "max-results",
          target: "com.amazonaws.codeartifact#ListPackagesMaxResults",
        },
        namespace: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "namespace",
          target: "com.amazonaws.codeartifact#PackageNamespace",
        },
        nextToken: {
          constraints: {
            length: {
              max: 2000,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          httpQuery: "next-token",
          target: "com.amazonaws.codeartifact#PaginationToken",
        },
        packagePrefix: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "package-prefix",
          target: "com.amazonaws.codeartifact#PackageName",
        },
        publish: {
          httpQuery: "publish",
          target: "com.amazonaws.codeartifact#AllowPublish",
        },
        repository: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          httpQuery: "repository",
          required: true,
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
        upstream: {
          httpQuery: "upstream",
          target: "com.amazonaws.codeartifact#AllowUpstream",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#ListPackagesResult": {
      members: {
        nextToken: {
          constraints: {
            length: {
              max: 2000,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#PaginationToken",
        },
        packages: {
          target: "com.amazonaws.codeartifact#PackageSummaryList",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#ListRepositoriesInDomainMaxResults": {
      type: "integer",
    },
    "com.amazonaws.codeartifact#ListRepositoriesInDomainRequest": {
      members: {
        administratorAccount: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "administrator-account",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        maxResults: {
          constraints: {
            range: {
              max: 1000,
              min: 1,
            },
          },
          httpQuery: "max-results",
          target: "com.amazonaws.codeartifact#ListRepositoriesInDomainMaxResults",
        },
        nextToken: {
          constraints: {
            length: {
              max: 2000,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          httpQuery: "next-token",
          target: "com.amazonaws.codeartifact#PaginationToken",
        },
        repositoryPrefix: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          httpQuery: "repository-prefix",
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#ListRepositoriesInDomainResult": {
      members: {
        nextToken: {
          constraints: {
            length: {
              max: 2000,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#PaginationToken",
        },
        repositories: {
          target: "com.amazonaws.codeartifact#RepositorySummaryList",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#ListRepositoriesMaxResults": {
      type: "integer",
    },
    "com.amazonaws.codeartifact#ListRepositoriesRequest": {
      members: {
        maxResults: {
          constraints: {
            range: {
              max: 1000,
              min: 1,
            },
          },
          httpQuery: "max-results",
          target: "com.amazonaws.codeartifact#ListRepositoriesMaxResults",
        },
        nextToken: {
          constraints: {
            length: {
              max: 2000,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          httpQuery: "next-token",
          target: "com.amazonaws.codeartifact#PaginationToken",
        },
        repositoryPrefix: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          httpQuery: "repository-prefix",
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#ListRepositoriesResult": {
      members: {
        nextToken: {
          constraints: {
            length: {
              max: 2000,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#PaginationToken",
        },
        repositories: {
          target: "com.amazonaws.codeartifact#RepositorySummaryList",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#ListSubPackageGroupsRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        maxResults: {
          constraints: {
            range: {
              max: 1000,
              min: 1,
            },
          },
          httpQuery: "max-results",
          target: "com.amazonaws.codeartifact#ListPackageGroupsMaxResults",
        },
        nextToken: {
          constraints: {
            length: {
              max: 2000,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          httpQuery: "next-token",
          target: "com.amazonaws.codeartifact#PaginationToken",
        },
        packageGroup: {
          constraints: {
            length: {
              max: 520,
              min: 2,
            },
            pattern: "^[^\\p{C}\\p{IsWhitespace}]+$",
          },
          httpQuery: "package-group",
          required: true,
          target: "com.amazonaws.codeartifact#PackageGroupPattern",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#ListSubPackageGroupsResult": {
      members: {
        nextToken: {
          constraints: {
            length: {
              max: 2000,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#PaginationToken",
        },
        packageGroups: {
          target: "com.amazonaws.codeartifact#PackageGroupSummaryList",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#ListTagsForResourceRequest": {
      members: {
        resourceArn: {
          constraints: {
            length: {
              max: 1011,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          httpQuery: "resourceArn",
          required: true,
          target: "com.amazonaws.codeartifact#Arn",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#ListTagsForResourceResult": {
      members: {
        tags: {
          constraints: {
            length: {
              max: 200,
              min: 0,
            },
          },
          target: "com.amazonaws.codeartifact#TagList",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#Long": {
      type: "long",
    },
    "com.amazonaws.codeartifact#LongOptional": {
      type: "long",
    },
    "com.amazonaws.codeartifact#OriginRestrictions": {
      key: {
        target: "com.amazonaws.codeartifact#PackageGroupOriginRestrictionType",
      },
      type: "map",
      value: {
        target: "com.amazonaws.codeartifact#PackageGroupOriginRestrictionMode",
      },
    },
    "com.amazonaws.codeartifact#PackageDependency": {
      members: {
        dependencyType: {
          target: "com.amazonaws.codeartifact#String",
        },
        namespace: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          target: "com.amazonaws.codeartifact#PackageNamespace",
        },
        package: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          target: "com.amazonaws.codeartifact#PackageName",
        },
        versionRequirement: {
          target: "com.amazonaws.codeartifact#String",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#PackageDependencyList": {
      member: {
        target: "com.amazonaws.codeartifact#PackageDependency",
      },
      type: "list",
    },
    "com.amazonaws.codeartifact#PackageDescription": {
      members: {
        format: {
          target: "com.amazonaws.codeartifact#PackageFormat",
        },
        name: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          target: "com.amazonaws.codeartifact#PackageName",
        },
        namespace: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          target: "com.amazonaws.codeartifact#PackageNamespace",
        },
        originConfiguration: {
          target: "com.amazonaws.codeartifact#PackageOriginConfiguration",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#PackageFormat": {
      enumValues: {
        CARGO: "cargo",
        GENERIC: "generic",
        MAVEN: "maven",
        NPM: "npm",
        NUGET: "nuget",
        PYPI: "pypi",
        RUBY: "ruby",
        SWIFT: "swift",
      },
      type: "string",
    },
    "com.amazonaws.codeartifact#PackageGroupAllowedRepository": {
      members: {
        originRestrictionType: {
          target: "com.amazonaws.codeartifact#PackageGroupOriginRestrictionType",
        },
        repositoryName: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#PackageGroupAllowedRepositoryList": {
      member: {
        target: "com.amazonaws.codeartifact#PackageGroupAllowedRepository",
      },
      type: "list",
    },
    "com.amazonaws.codeartifact#PackageGroupAllowedRepositoryUpdate": {
      key: {
        target: "com.amazonaws.codeartifact#PackageGroupAllowedRepositoryUpdateType",
      },
      type: "map",
      value: {
        target: "com.amazonaws.codeartifact#RepositoryNameList",
      },
    },
    "com.amazonaws.codeartifact#PackageGroupAllowedRepositoryUpdateType": {
      enumValues: {
        ADDED: "ADDED",
        REMOVED: "REMOVED",
      },
      type: "string",
    },
    "com.amazonaws.codeartifact#PackageGroupAllowedRepositoryUpdates": {
      key: {
        target: "com.amazonaws.codeartifact#PackageGroupOriginRestrictionType",
      },
      type: "map",
      value: {
        target: "com.amazonaws.codeartifact#PackageGroupAllowedRepositoryUpdate",
      },
    },
    "com.amazonaws.codeartifact#PackageGroupAssociationType": {
      enumValues: {
        STRONG: "STRONG",
        WEAK: "WEAK",
      },
      type: "string",
    },
    "com.amazonaws.codeartifact#PackageGroupContactInfo": {
      type: "string",
    },
    "com.amazonaws.codeartifact#PackageGroupDescription": {
      members: {
        arn: {
          constraints: {
            length: {
              max: 1011,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#Arn",
        },
        contactInfo: {
          constraints: {
            length: {
              max: 1000,
              min: 0,
            },
            pattern: "^\\P{C}*$",
          },
          target: "com.amazonaws.codeartifact#PackageGroupContactInfo",
        },
        createdTime: {
          target: "com.amazonaws.codeartifact#Timestamp",
        },
        description: {
          constraints: {
            length: {
              max: 1000,
              min: 0,
            },
            pattern: "^\\P{C}*$",
          },
          target: "com.amazonaws.codeartifact#Description",
        },
        domainName: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          target: "com.amazonaws.codeartifact#AccountId",
        },
        originConfiguration: {
          target: "com.amazonaws.codeartifact#PackageGroupOriginConfiguration",
        },
        parent: {
          target: "com.amazonaws.codeartifact#PackageGroupReference",
        },
        pattern: {
          constraints: {
            length: {
              max: 520,
              min: 2,
            },
            pattern: "^[^\\p{C}\\p{IsWhitespace}]+$",
          },
          target: "com.amazonaws.codeartifact#PackageGroupPattern",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#PackageGroupOriginConfiguration": {
      members: {
        restrictions: {
          target: "com.amazonaws.codeartifact#PackageGroupOriginRestrictions",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#PackageGroupOriginRestriction": {
      members: {
        effectiveMode: {
          target: "com.amazonaws.codeartifact#PackageGroupOriginRestrictionMode",
        },
        inheritedFrom: {
          target: "com.amazonaws.codeartifact#PackageGroupReference",
        },
        mode: {
          target: "com.amazonaws.codeartifact#PackageGroupOriginRestrictionMode",
        },
        repositoriesCount: {
          target: "com.amazonaws.codeartifact#LongOptional",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#PackageGroupOriginRestrictionMode": {
      enumValues: {
        ALLOW: "ALLOW",
        ALLOW_SPECIFIC_REPOSITORIES: "ALLOW_SPECIFIC_REPOSITORIES",
        BLOCK: "BLOCK",
        INHERIT: "INHERIT",
      },
      type: "string",
    },
    "com.amazonaws.codeartifact#PackageGroupOriginRestrictionType": {
      enumValues: {
        EXTERNAL_UPSTREAM: "EXTERNAL_UPSTREAM",
        INTERNAL_UPSTREAM: "INTERNAL_UPSTREAM",
        PUBLISH: "PUBLISH",
      },
      type: "string",
    },
    "com.amazonaws.codeartifact#PackageGroupOriginRestrictions": {
      key: {
        target: "com.amazonaws.codeartifact#PackageGroupOriginRestrictionType",
      },
      type: "map",
      value: {
        target: "com.amazonaws.codeartifact#PackageGroupOriginRestriction",
      },
    },
    "com.amazonaws.codeartifact#PackageGroupPattern": {
      type: "string",
    },
    "com.amazonaws.codeartifact#PackageGroupPatternPrefix": {
      type: "string",
    },
    "com.amazonaws.codeartifact#PackageGroupReference": {
      members: {
        arn: {
          constraints: {
            length: {
              max: 1011,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#Arn",
        },
        pattern: {
          constraints: {
            length: {
              max: 520,
              min: 2,
            },
            pattern: "^[^\\p{C}\\p{IsWhitespace}]+$",
          },
          target: "com.amazonaws.codeartifact#PackageGroupPattern",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#PackageGroupSummary": {
      members: {
        arn: {
          constraints: {
            length: {
              max: 1011,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#Arn",
        },
        contactInfo: {
          constraints: {
            length: {
              max: 1000,
              min: 0,
            },
            pattern: "^\\P{C}*$",
          },
          target: "com.amazonaws.codeartifact#PackageGroupContactInfo",
        },
        createdTime: {
          target: "com.amazonaws.codeartifact#Timestamp",
        },
        description: {
          constraints: {
            length: {
              max: 1000,
              min: 0,
            },
            pattern: "^\\P{C}*$",
          },
          target: "com.amazonaws.codeartifact#Description",
        },
        domainName: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          target: "com.amazonaws.codeartifact#AccountId",
        },
        originConfiguration: {
          target: "com.amazonaws.codeartifact#PackageGroupOriginConfiguration",
        },
        parent: {
          target: "com.amazonaws.codeartifact#PackageGroupReference",
        },
        pattern: {
          constraints: {
            length: {
              max: 520,
              min: 2,
            },
            pattern: "^[^\\p{C}\\p{IsWhitespace}]+$",
          },
          target: "com.amazonaws.codeartifact#PackageGroupPattern",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#PackageGroupSummaryList": {
      member: {
        target: "com.amazonaws.codeartifact#PackageGroupSummary",
      },
      type: "list",
    },
    "com.amazonaws.codeartifact#PackageName": {
      type: "string",
    },
    "com.amazonaws.codeartifact#PackageNamespace": {
      type: "string",
    },
    "com.amazonaws.codeartifact#PackageOriginConfiguration": {
      members: {
        restrictions: {
          target: "com.amazonaws.codeartifact#PackageOriginRestrictions",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#PackageOriginRestrictions": {
      members: {
        publish: {
          required: true,
          target: "com.amazonaws.codeartifact#AllowPublish",
        },
        upstream: {
          required: true,
          target: "com.amazonaws.codeartifact#AllowUpstream",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#PackageSummary": {
      members: {
        format: {
          target: "com.amazonaws.codeartifact#PackageFormat",
        },
        namespace: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          target: "com.amazonaws.codeartifact#PackageNamespace",
        },
        originConfiguration: {
          target: "com.amazonaws.codeartifact#PackageOriginConfiguration",
        },
        package: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          target: "com.amazonaws.codeartifact#PackageName",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#PackageSummaryList": {
      member: {
        target: "com.amazonaws.codeartifact#PackageSummary",
      },
      type: "list",
    },
    "com.amazonaws.codeartifact#PackageVersion": {
      type: "string",
    },
    "com.amazonaws.codeartifact#PackageVersionDescription": {
      members: {
        displayName: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
          },
          target: "com.amazonaws.codeartifact#String255",
        },
        format: {
          target: "com.amazonaws.codeartifact#PackageFormat",
        },
        homePage: {
          target: "com.amazonaws.codeartifact#String",
        },
        licenses: {
          target: "com.amazonaws.codeartifact#LicenseInfoList",
        },
        namespace: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          target: "com.amazonaws.codeartifact#PackageNamespace",
        },
        origin: {
          target: "com.amazonaws.codeartifact#PackageVersionOrigin",
        },
        packageName: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          target: "com.amazonaws.codeartifact#PackageName",
        },
        publishedTime: {
          target: "com.amazonaws.codeartifact#Timestamp",
        },
        revision: {
          constraints: {
            length: {
              max: 50,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#PackageVersionRevision",
        },
        sourceCodeRepository: {
          target: "com.amazonaws.codeartifact#String",
        },
        status: {
          target: "com.amazonaws.codeartifact#PackageVersionStatus",
        },
        summary: {
          target: "com.amazonaws.codeartifact#String",
        },
        version: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          target: "com.amazonaws.codeartifact#PackageVersion",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#PackageVersionError": {
      members: {
        errorCode: {
          target: "com.amazonaws.codeartifact#PackageVersionErrorCode",
        },
        errorMessage: {
          target: "com.amazonaws.codeartifact#ErrorMessage",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#PackageVersionErrorCode": {
      enumValues: {
        ALREADY_EXISTS: "ALREADY_EXISTS",
        MISMATCHED_REVISION: "MISMATCHED_REVISION",
        MISMATCHED_STATUS: "MISMATCHED_STATUS",
        NOT_ALLOWED: "NOT_ALLOWED",
        NOT_FOUND: "NOT_FOUND",
        SKIPPED: "SKIPPED",
      },
      type: "string",
    },
    "com.amazonaws.codeartifact#PackageVersionErrorMap": {
      key: {
        constraints: {
          length: {
            max: 255,
            min: 1,
          },
          pattern: "^[^#/\\s]+$",
        },
        target: "com.amazonaws.codeartifact#PackageVersion",
      },
      type: "map",
      value: {
        target: "com.amazonaws.codeartifact#PackageVersionError",
      },
    },
    "com.amazonaws.codeartifact#PackageVersionList": {
      member: {
        constraints: {
          length: {
            max: 255,
            min: 1,
          },
          pattern: "^[^#/\\s]+$",
        },
        target: "com.amazonaws.codeartifact#PackageVersion",
      },
      type: "list",
    },
    "com.amazonaws.codeartifact#PackageVersionOrigin": {
      members: {
        domainEntryPoint: {
          target: "com.amazonaws.codeartifact#DomainEntryPoint",
        },
        originType: {
          target: "com.amazonaws.codeartifact#PackageVersionOriginType",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#PackageVersionOriginType": {
      enumValues: {
        EXTERNAL: "EXTERNAL",
        INTERNAL: "INTERNAL",
        UNKNOWN: "UNKNOWN",
      },
      type: "string",
    },
    "com.amazonaws.codeartifact#PackageVersionRevision": {
      type: "string",
    },
    "com.amazonaws.codeartifact#PackageVersionRevisionMap": {
      key: {
        constraints: {
          length: {
            max: 255,
            min: 1,
          },
          pattern: "^[^#/\\s]+$",
        },
        target: "com.amazonaws.codeartifact#PackageVersion",
      },
      type: "map",
      value: {
        constraints: {
          length: {
            max: 50,
            min: 1,
          },
          pattern: "^\\S+$",
        },
        target: "com.amazonaws.codeartifact#PackageVersionRevision",
      },
    },
    "com.amazonaws.codeartifact#PackageVersionSortType": {
      enumValues: {
        PUBLISHED_TIME: "PUBLISHED_TIME",
      },
      type: "string",
    },
    "com.amazonaws.codeartifact#PackageVersionStatus": {
      enumValues: {
        ARCHIVED: "Archived",
        DELETED: "Deleted",
        DISPOSED: "Disposed",
        PUBLISHED: "Published",
        UNFINISHED: "Unfinished",
        UNLISTED: "Unlisted",
      },
      type: "string",
    },
    "com.amazonaws.codeartifact#PackageVersionSummary": {
      members: {
        origin: {
          target: "com.amazonaws.codeartifact#PackageVersionOrigin",
        },
        revision: {
          constraints: {
            length: {
              max: 50,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#PackageVersionRevision",
        },
        status: {
          required: true,
          target: "com.amazonaws.codeartifact#PackageVersionStatus",
        },
        version: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          required: true,
          target: "com.amazonaws.codeartifact#PackageVersion",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#PackageVersionSummaryList": {
      member: {
        target: "com.amazonaws.codeartifact#PackageVersionSummary",
      },
      type: "list",
    },
    "com.amazonaws.codeartifact#PaginationToken": {
      type: "string",
    },
    "com.amazonaws.codeartifact#PolicyDocument": {
      type: "string",
    },
    "com.amazonaws.codeartifact#PolicyRevision": {
      type: "string",
    },
    "com.amazonaws.codeartifact#PublishPackageVersionRequest": {
      members: {
        assetContent: {
          httpPayload: true,
          required: true,
          target: "com.amazonaws.codeartifact#Asset",
        },
        assetName: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^\\P{C}+$",
          },
          httpQuery: "asset",
          required: true,
          target: "com.amazonaws.codeartifact#AssetName",
        },
        assetSHA256: {
          constraints: {
            length: {
              max: 64,
              min: 64,
            },
            pattern: "^[0-9a-f]+$",
          },
          httpHeader: "x-amz-content-sha256",
          required: true,
          target: "com.amazonaws.codeartifact#SHA256",
        },
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        format: {
          httpQuery: "format",
          required: true,
          target: "com.amazonaws.codeartifact#PackageFormat",
        },
        namespace: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "namespace",
          target: "com.amazonaws.codeartifact#PackageNamespace",
        },
        package: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "package",
          required: true,
          target: "com.amazonaws.codeartifact#PackageName",
        },
        packageVersion: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "version",
          required: true,
          target: "com.amazonaws.codeartifact#PackageVersion",
        },
        repository: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          httpQuery: "repository",
          required: true,
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
        unfinished: {
          httpQuery: "unfinished",
          target: "com.amazonaws.codeartifact#BooleanOptional",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#PublishPackageVersionResult": {
      members: {
        asset: {
          target: "com.amazonaws.codeartifact#AssetSummary",
        },
        format: {
          target: "com.amazonaws.codeartifact#PackageFormat",
        },
        namespace: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          target: "com.amazonaws.codeartifact#PackageNamespace",
        },
        package: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          target: "com.amazonaws.codeartifact#PackageName",
        },
        status: {
          target: "com.amazonaws.codeartifact#PackageVersionStatus",
        },
        version: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          target: "com.amazonaws.codeartifact#PackageVersion",
        },
        versionRevision: {
          constraints: {
            length: {
              max: 50,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#PackageVersionRevision",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#PutDomainPermissionsPolicyRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          target: "com.amazonaws.codeartifact#AccountId",
        },
        policyDocument: {
          constraints: {
            length: {
              max: 7168,
              min: 1,
            },
            pattern: "^[\\P{C}\\s]+$",
          },
          required: true,
          target: "com.amazonaws.codeartifact#PolicyDocument",
        },
        policyRevision: {
          constraints: {
            length: {
              max: 100,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#PolicyRevision",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#PutDomainPermissionsPolicyResult": {
      members: {
        policy: {
          target: "com.amazonaws.codeartifact#ResourcePolicy",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#PutPackageOriginConfigurationRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        format: {
          httpQuery: "format",
          required: true,
          target: "com.amazonaws.codeartifact#PackageFormat",
        },
        namespace: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "namespace",
          target: "com.amazonaws.codeartifact#PackageNamespace",
        },
        package: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "package",
          required: true,
          target: "com.amazonaws.codeartifact#PackageName",
        },
        repository: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          httpQuery: "repository",
          required: true,
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
        restrictions: {
          required: true,
          target: "com.amazonaws.codeartifact#PackageOriginRestrictions",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#PutPackageOriginConfigurationResult": {
      members: {
        originConfiguration: {
          target: "com.amazonaws.codeartifact#PackageOriginConfiguration",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#PutRepositoryPermissionsPolicyRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        policyDocument: {
          constraints: {
            length: {
              max: 7168,
              min: 1,
            },
            pattern: "^[\\P{C}\\s]+$",
          },
          required: true,
          target: "com.amazonaws.codeartifact#PolicyDocument",
        },
        policyRevision: {
          constraints: {
            length: {
              max: 100,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#PolicyRevision",
        },
        repository: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          httpQuery: "repository",
          required: true,
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#PutRepositoryPermissionsPolicyResult": {
      members: {
        policy: {
          target: "com.amazonaws.codeartifact#ResourcePolicy",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#RepositoryDescription": {
      members: {
        administratorAccount: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          target: "com.amazonaws.codeartifact#AccountId",
        },
        arn: {
          constraints: {
            length: {
              max: 1011,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#Arn",
        },
        createdTime: {
          target: "com.amazonaws.codeartifact#Timestamp",
        },
        description: {
          constraints: {
            length: {
              max: 1000,
              min: 0,
            },
            pattern: "^\\P{C}*$",
          },
          target: "com.amazonaws.codeartifact#Description",
        },
        domainName: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          target: "com.amazonaws.codeartifact#AccountId",
        },
        externalConnections: {
          target: "com.amazonaws.codeartifact#RepositoryExternalConnectionInfoList",
        },
        name: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
        upstreams: {
          target: "com.amazonaws.codeartifact#UpstreamRepositoryInfoList",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#RepositoryExternalConnectionInfo": {
      members: {
        externalConnectionName: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-:]{1,99}$",
          },
          target: "com.amazonaws.codeartifact#ExternalConnectionName",
        },
        packageFormat: {
          target: "com.amazonaws.codeartifact#PackageFormat",
        },
        status: {
          target: "com.amazonaws.codeartifact#ExternalConnectionStatus",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#RepositoryExternalConnectionInfoList": {
      member: {
        target: "com.amazonaws.codeartifact#RepositoryExternalConnectionInfo",
      },
      type: "list",
    },
    "com.amazonaws.codeartifact#RepositoryName": {
      type: "string",
    },
    "com.amazonaws.codeartifact#RepositoryNameList": {
      member: {
        constraints: {
          length: {
            max: 100,
            min: 2,
          },
          pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
        },
        target: "com.amazonaws.codeartifact#RepositoryName",
      },
      type: "list",
    },
    "com.amazonaws.codeartifact#RepositorySummary": {
      members: {
        administratorAccount: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          target: "com.amazonaws.codeartifact#AccountId",
        },
        arn: {
          constraints: {
            length: {
              max: 1011,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#Arn",
        },
        createdTime: {
          target: "com.amazonaws.codeartifact#Timestamp",
        },
        description: {
          constraints: {
            length: {
              max: 1000,
              min: 0,
            },
            pattern: "^\\P{C}*$",
          },
          target: "com.amazonaws.codeartifact#Description",
        },
        domainName: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          target: "com.amazonaws.codeartifact#AccountId",
        },
        name: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#RepositorySummaryList": {
      member: {
        target: "com.amazonaws.codeartifact#RepositorySummary",
      },
      type: "list",
    },
    "com.amazonaws.codeartifact#ResourceNotFoundException": {
      error: "client",
      httpError: 404,
      members: {
        message: {
          required: true,
          target: "com.amazonaws.codeartifact#String",
        },
        resourceId: {
          target: "com.amazonaws.codeartifact#String",
        },
        resourceType: {
          target: "com.amazonaws.codeartifact#ResourceType",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#ResourcePolicy": {
      members: {
        document: {
          constraints: {
            length: {
              max: 7168,
              min: 1,
            },
            pattern: "^[\\P{C}\\s]+$",
          },
          target: "com.amazonaws.codeartifact#PolicyDocument",
        },
        resourceArn: {
          constraints: {
            length: {
              max: 1011,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#Arn",
        },
        revision: {
          constraints: {
            length: {
              max: 100,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          target: "com.amazonaws.codeartifact#PolicyRevision",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#ResourceType": {
      enumValues: {
        ASSET: "asset",
        DOMAIN: "domain",
        PACKAGE: "package",
        PACKAGE_VERSION: "package-version",
        REPOSITORY: "repository",
      },
      type: "string",
    },
    "com.amazonaws.codeartifact#RetryAfterSeconds": {
      type: "integer",
    },
    "com.amazonaws.codeartifact#SHA256": {
      type: "string",
    },
    "com.amazonaws.codeartifact#ServiceQuotaExceededException": {
      error: "client",
      httpError: 402,
      members: {
        message: {
          required: true,
          target: "com.amazonaws.codeartifact#String",
        },
        resourceId: {
          target: "com.amazonaws.codeartifact#String",
        },
        resourceType: {
          target: "com.amazonaws.codeartifact#ResourceType",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#String": {
      type: "string",
    },
    "com.amazonaws.codeartifact#String255": {
      type: "string",
    },
    "com.amazonaws.codeartifact#SuccessfulPackageVersionInfo": {
      members: {
        revision: {
          target: "com.amazonaws.codeartifact#String",
        },
        status: {
          target: "com.amazonaws.codeartifact#PackageVersionStatus",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#SuccessfulPackageVersionInfoMap": {
      key: {
        constraints: {
          length: {
            max: 255,
            min: 1,
          },
          pattern: "^[^#/\\s]+$",
        },
        target: "com.amazonaws.codeartifact#PackageVersion",
      },
      type: "map",
      value: {
        target: "com.amazonaws.codeartifact#SuccessfulPackageVersionInfo",
      },
    },
    "com.amazonaws.codeartifact#Tag": {
      members: {
        key: {
          constraints: {
            length: {
              max: 128,
              min: 1,
            },
            pattern: "^\\P{C}+$",
          },
          required: true,
          target: "com.amazonaws.codeartifact#TagKey",
        },
        value: {
          constraints: {
            length: {
              max: 256,
              min: 0,
            },
            pattern: "^\\P{C}*$",
          },
          required: true,
          target: "com.amazonaws.codeartifact#TagValue",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#TagKey": {
      type: "string",
    },
    "com.amazonaws.codeartifact#TagKeyList": {
      member: {
        constraints: {
          length: {
            max: 128,
            min: 1,
          },
          pattern: "^\\P{C}+$",
        },
        target: "com.amazonaws.codeartifact#TagKey",
      },
      type: "list",
    },
    "com.amazonaws.codeartifact#TagList": {
      member: {
        target: "com.amazonaws.codeartifact#Tag",
      },
      type: "list",
    },
    "com.amazonaws.codeartifact#TagResourceRequest": {
      members: {
        resourceArn: {
          constraints: {
            length: {
              max: 1011,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          httpQuery: "resourceArn",
          required: true,
          target: "com.amazonaws.codeartifact#Arn",
        },
        tags: {
          constraints: {
            length: {
              max: 200,
              min: 0,
            },
          },
          required: true,
          target: "com.amazonaws.codeartifact#TagList",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#TagResourceResult": {
      members: {},
      type: "structure",
    },
    "com.amazonaws.codeartifact#TagValue": {
      type: "string",
    },
    "com.amazonaws.codeartifact#ThrottlingException": {
      error: "client",
      httpError: 429,
      members: {
        message: {
          required: true,
          target: "com.amazonaws.codeartifact#String",
        },
        retryAfterSeconds: {
          httpHeader: "Retry-After",
          target: "com.amazonaws.codeartifact#RetryAfterSeconds",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#Timestamp": {
      type: "timestamp",
    },
    "com.amazonaws.codeartifact#UntagResourceRequest": {
      members: {
        resourceArn: {
          constraints: {
            length: {
              max: 1011,
              min: 1,
            },
            pattern: "^\\S+$",
          },
          httpQuery: "resourceArn",
          required: true,
          target: "com.amazonaws.codeartifact#Arn",
        },
        tagKeys: {
          constraints: {
            length: {
              max: 200,
              min: 0,
            },
          },
          required: true,
          target: "com.amazonaws.codeartifact#TagKeyList",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#UntagResourceResult": {
      members: {},
      type: "structure",
    },
    "com.amazonaws.codeartifact#UpdatePackageGroupOriginConfigurationRequest": {
      members: {
        addAllowedRepositories: {
          target: "com.amazonaws.codeartifact#PackageGroupAllowedRepositoryList",
        },
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        packageGroup: {
          constraints: {
            length: {
              max: 520,
              min: 2,
            },
            pattern: "^[^\\p{C}\\p{IsWhitespace}]+$",
          },
          httpQuery: "package-group",
          required: true,
          target: "com.amazonaws.codeartifact#PackageGroupPattern",
        },
        removeAllowedRepositories: {
          target: "com.amazonaws.codeartifact#PackageGroupAllowedRepositoryList",
        },
        restrictions: {
          target: "com.amazonaws.codeartifact#OriginRestrictions",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#UpdatePackageGroupOriginConfigurationResult": {
      members: {
        allowedRepositoryUpdates: {
          target: "com.amazonaws.codeartifact#PackageGroupAllowedRepositoryUpdates",
        },
        packageGroup: {
          target: "com.amazonaws.codeartifact#PackageGroupDescription",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#UpdatePackageGroupRequest": {
      members: {
        contactInfo: {
          constraints: {
            length: {
              max: 1000,
              min: 0,
            },
            pattern: "^\\P{C}*$",
          },
          target: "com.amazonaws.codeartifact#PackageGroupContactInfo",
        },
        description: {
          constraints: {
            length: {
              max: 1000,
              min: 0,
            },
            pattern: "^\\P{C}*$",
          },
          target: "com.amazonaws.codeartifact#Description",
        },
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        packageGroup: {
          constraints: {
            length: {
              max: 520,
              min: 2,
            },
            pattern: "^[^\\p{C}\\p{IsWhitespace}]+$",
          },
          required: true,
          target: "com.amazonaws.codeartifact#PackageGroupPattern",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#UpdatePackageGroupResult": {
      members: {
        packageGroup: {
          target: "com.amazonaws.codeartifact#PackageGroupDescription",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#UpdatePackageVersionsStatusRequest": {
      members: {
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        expectedStatus: {
          target: "com.amazonaws.codeartifact#PackageVersionStatus",
        },
        format: {
          httpQuery: "format",
          required: true,
          target: "com.amazonaws.codeartifact#PackageFormat",
        },
        namespace: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "namespace",
          target: "com.amazonaws.codeartifact#PackageNamespace",
        },
        package: {
          constraints: {
            length: {
              max: 255,
              min: 1,
            },
            pattern: "^[^#/\\s]+$",
          },
          httpQuery: "package",
          required: true,
          target: "com.amazonaws.codeartifact#PackageName",
        },
        repository: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          httpQuery: "repository",
          required: true,
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
        targetStatus: {
          required: true,
          target: "com.amazonaws.codeartifact#PackageVersionStatus",
        },
        versionRevisions: {
          target: "com.amazonaws.codeartifact#PackageVersionRevisionMap",
        },
        versions: {
          constraints: {
            length: {
              max: 100,
              min: 0,
            },
          },
          required: true,
          target: "com.amazonaws.codeartifact#PackageVersionList",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#UpdatePackageVersionsStatusResult": {
      members: {
        failedVersions: {
          target: "com.amazonaws.codeartifact#PackageVersionErrorMap",
        },
        successfulVersions: {
          target: "com.amazonaws.codeartifact#SuccessfulPackageVersionInfoMap",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#UpdateRepositoryRequest": {
      members: {
        description: {
          constraints: {
            length: {
              max: 1000,
              min: 0,
            },
            pattern: "^\\P{C}*$",
          },
          target: "com.amazonaws.codeartifact#Description",
        },
        domain: {
          constraints: {
            length: {
              max: 50,
              min: 2,
            },
            pattern: "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
          },
          httpQuery: "domain",
          required: true,
          target: "com.amazonaws.codeartifact#DomainName",
        },
        domainOwner: {
          constraints: {
            length: {
              max: 12,
              min: 12,
            },
            pattern: "^[0-9]{12}$",
          },
          httpQuery: "domain-owner",
          target: "com.amazonaws.codeartifact#AccountId",
        },
        repository: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          httpQuery: "repository",
          required: true,
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
        upstreams: {
          target: "com.amazonaws.codeartifact#UpstreamRepositoryList",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#UpdateRepositoryResult": {
      members: {
        repository: {
          target: "com.amazonaws.codeartifact#RepositoryDescription",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#UpstreamRepository": {
      members: {
        repositoryName: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          required: true,
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#UpstreamRepositoryInfo": {
      members: {
        repositoryName: {
          constraints: {
            length: {
              max: 100,
              min: 2,
            },
            pattern: "^[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}$",
          },
          target: "com.amazonaws.codeartifact#RepositoryName",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#UpstreamRepositoryInfoList": {
      member: {
        target: "com.amazonaws.codeartifact#UpstreamRepositoryInfo",
      },
      type: "list",
    },
    "com.amazonaws.codeartifact#UpstreamRepositoryList": {
      member: {
        target: "com.amazonaws.codeartifact#UpstreamRepository",
      },
      type: "list",
    },
    "com.amazonaws.codeartifact#ValidationException": {
      error: "client",
      httpError: 400,
      members: {
        message: {
          required: true,
          target: "com.amazonaws.codeartifact#String",
        },
        reason: {
          target: "com.amazonaws.codeartifact#ValidationExceptionReason",
        },
      },
      type: "structure",
    },
    "com.amazonaws.codeartifact#ValidationExceptionReason": {
      enumValues: {
        CANNOT_PARSE: "CANNOT_PARSE",
        ENCRYPTION_KEY_ERROR: "ENCRYPTION_KEY_ERROR",
        FIELD_VALIDATION_FAILED: "FIELD_VALIDATION_FAILED",
        OTHER: "OTHER",
        UNKNOWN_OPERATION: "UNKNOWN_OPERATION",
      },
      type: "string",
    },
  },
  validation: {
    errorShape: "com.amazonaws.codeartifact#ValidationException",
    reasonValue: "FIELD_VALIDATION_FAILED",
    style: "service",
  },
  version: "2018-09-22",
};
