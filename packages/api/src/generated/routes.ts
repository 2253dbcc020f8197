// GENERATED FILE - DO NOT EDIT.
// Written by @codeartifact-local/codegen from the Smithy model:
//   codeartifact-2018-09-22.json (sha256 ddaa1ab37a6433f825060f8495fe901900c3646b0fbdceeef48b738712896ee9)
// Service com.amazonaws.codeartifact#CodeArtifactControlPlaneService, version 2018-09-22.
// Change the generator or the model instead and regenerate (`pnpm codegen`); `pnpm codegen:check` detects drift.

import type { FastifyPluginAsync } from "fastify";
import { createServiceRuntime, type ServiceRuntimeOptions } from "@codeartifact-local/smithy-runtime";
import type { CodeArtifactControlPlaneServiceHandlers } from "./handlers";
import { serviceSchema } from "./schema";
import {
  validateAssociateExternalConnectionInput,
  validateCopyPackageVersionsInput,
  validateCreateDomainInput,
  validateCreatePackageGroupInput,
  validateCreateRepositoryInput,
  validateDeleteDomainInput,
  validateDeleteDomainPermissionsPolicyInput,
  validateDeletePackageGroupInput,
  validateDeletePackageInput,
  validateDeletePackageVersionsInput,
  validateDeleteRepositoryInput,
  validateDeleteRepositoryPermissionsPolicyInput,
  validateDescribeDomainInput,
  validateDescribePackageGroupInput,
  validateDescribePackageInput,
  validateDescribePackageVersionInput,
  validateDescribeRepositoryInput,
  validateDisassociateExternalConnectionInput,
  validateDisposePackageVersionsInput,
  validateGetAssociatedPackageGroupInput,
  validateGetAuthorizationTokenInput,
  validateGetDomainPermissionsPolicyInput,
  validateGetPackageVersionAssetInput,
  validateGetPackageVersionReadmeInput,
  validateGetRepositoryEndpointInput,
  validateGetRepositoryPermissionsPolicyInput,
  validateListAllowedRepositoriesForGroupInput,
  validateListAssociatedPackagesInput,
  validateListDomainsInput,
  validateListPackageGroupsInput,
  validateListPackageVersionAssetsInput,
  validateListPackageVersionDependenciesInput,
  validateListPackageVersionsInput,
  validateListPackagesInput,
  validateListRepositoriesInDomainInput,
  validateListRepositoriesInput,
  validateListSubPackageGroupsInput,
  validateListTagsForResourceInput,
  validatePublishPackageVersionInput,
  validatePutDomainPermissionsPolicyInput,
  validatePutPackageOriginConfigurationInput,
  validatePutRepositoryPermissionsPolicyInput,
  validateTagResourceInput,
  validateUntagResourceInput,
  validateUpdatePackageGroupInput,
  validateUpdatePackageGroupOriginConfigurationInput,
  validateUpdatePackageVersionsStatusInput,
  validateUpdateRepositoryInput,
} from "./validators";

/**
 * A Fastify plugin serving every operation of the service; register it with `app.register` (it stays encapsulated).
 * Handlers may use any context type derived from RequestContext.
 */
export function codeArtifactControlPlaneServicePlugin(handlers: CodeArtifactControlPlaneServiceHandlers<any>, options?: ServiceRuntimeOptions): FastifyPluginAsync {
  return async (app) => {
    const rt = createServiceRuntime(serviceSchema, options);
    rt.install(app);
    app.route({
      method: "POST",
      url: rt.routePath("/v1/authorization-token"),
      handler: rt.handler([
        { name: "GetAuthorizationToken", impl: handlers.getAuthorizationToken?.bind(handlers), validate: validateGetAuthorizationTokenInput },
      ]),
    });
    app.route({
      method: "DELETE",
      url: rt.routePath("/v1/domain"),
      handler: rt.handler([
        { name: "DeleteDomain", impl: handlers.deleteDomain?.bind(handlers), validate: validateDeleteDomainInput },
      ]),
    });
    app.route({
      method: "GET",
      url: rt.routePath("/v1/domain"),
      handler: rt.handler([
        { name: "DescribeDomain", impl: handlers.describeDomain?.bind(handlers), validate: validateDescribeDomainInput },
      ]),
    });
    app.route({
      method: "POST",
      url: rt.routePath("/v1/domain"),
      handler: rt.handler([
        { name: "CreateDomain", impl: handlers.createDomain?.bind(handlers), validate: validateCreateDomainInput },
      ]),
    });
    app.route({
      method: "DELETE",
      url: rt.routePath("/v1/domain/permissions/policy"),
      handler: rt.handler([
        { name: "DeleteDomainPermissionsPolicy", impl: handlers.deleteDomainPermissionsPolicy?.bind(handlers), validate: validateDeleteDomainPermissionsPolicyInput },
      ]),
    });
    app.route({
      method: "GET",
      url: rt.routePath("/v1/domain/permissions/policy"),
      handler: rt.handler([
        { name: "GetDomainPermissionsPolicy", impl: handlers.getDomainPermissionsPolicy?.bind(handlers), validate: validateGetDomainPermissionsPolicyInput },
      ]),
    });
    app.route({
      method: "PUT",
      url: rt.routePath("/v1/domain/permissions/policy"),
      handler: rt.handler([
        { name: "PutDomainPermissionsPolicy", impl: handlers.putDomainPermissionsPolicy?.bind(handlers), validate: validatePutDomainPermissionsPolicyInput },
      ]),
    });
    app.route({
      method: "POST",
      url: rt.routePath("/v1/domain/repositories"),
      handler: rt.handler([
        { name: "ListRepositoriesInDomain", impl: handlers.listRepositoriesInDomain?.bind(handlers), validate: validateListRepositoriesInDomainInput },
      ]),
    });
    app.route({
      method: "POST",
      url: rt.routePath("/v1/domains"),
      handler: rt.handler([
        { name: "ListDomains", impl: handlers.listDomains?.bind(handlers), validate: validateListDomainsInput },
      ]),
    });
    app.route({
      method: "GET",
      url: rt.routePath("/v1/get-associated-package-group"),
      handler: rt.handler([
        { name: "GetAssociatedPackageGroup", impl: handlers.getAssociatedPackageGroup?.bind(handlers), validate: validateGetAssociatedPackageGroupInput },
      ]),
    });
    app.route({
      method: "GET",
      url: rt.routePath("/v1/list-associated-packages"),
      handler: rt.handler([
        { name: "ListAssociatedPackages", impl: handlers.listAssociatedPackages?.bind(handlers), validate: validateListAssociatedPackagesInput },
      ]),
    });
    app.route({
      method: "DELETE",
      url: rt.routePath("/v1/package"),
      handler: rt.handler([
        { name: "DeletePackage", impl: handlers.deletePackage?.bind(handlers), validate: validateDeletePackageInput },
      ]),
    });
    app.route({
      method: "GET",
      url: rt.routePath("/v1/package"),
      handler: rt.handler([
        { name: "DescribePackage", impl: handlers.describePackage?.bind(handlers), validate: validateDescribePackageInput },
      ]),
    });
    app.route({
      method: "POST",
      url: rt.routePath("/v1/package"),
      handler: rt.handler([
        { name: "PutPackageOriginConfiguration", impl: handlers.putPackageOriginConfiguration?.bind(handlers), validate: validatePutPackageOriginConfigurationInput },
      ]),
    });
    app.route({
      method: "DELETE",
      url: rt.routePath("/v1/package-group"),
      handler: rt.handler([
        { name: "DeletePackageGroup", impl: handlers.deletePackageGroup?.bind(handlers), validate: validateDeletePackageGroupInput },
      ]),
    });
    app.route({
      method: "GET",
      url: rt.routePath("/v1/package-group"),
      handler: rt.handler([
        { name: "DescribePackageGroup", impl: handlers.describePackageGroup?.bind(handlers), validate: validateDescribePackageGroupInput },
      ]),
    });
    app.route({
      method: "POST",
      url: rt.routePath("/v1/package-group"),
      handler: rt.handler([
        { name: "CreatePackageGroup", impl: handlers.createPackageGroup?.bind(handlers), validate: validateCreatePackageGroupInput },
      ]),
    });
    app.route({
      method: "PUT",
      url: rt.routePath("/v1/package-group"),
      handler: rt.handler([
        { name: "UpdatePackageGroup", impl: handlers.updatePackageGroup?.bind(handlers), validate: validateUpdatePackageGroupInput },
      ]),
    });
    app.route({
      method: "GET",
      url: rt.routePath("/v1/package-group-allowed-repositories"),
      handler: rt.handler([
        { name: "ListAllowedRepositoriesForGroup", impl: handlers.listAllowedRepositoriesForGroup?.bind(handlers), validate: validateListAllowedRepositoriesForGroupInput },
      ]),
    });
    app.route({
      method: "PUT",
      url: rt.routePath("/v1/package-group-origin-configuration"),
      handler: rt.handler([
        { name: "UpdatePackageGroupOriginConfiguration", impl: handlers.updatePackageGroupOriginConfiguration?.bind(handlers), validate: validateUpdatePackageGroupOriginConfigurationInput },
      ]),
    });
    app.route({
      method: "POST",
      url: rt.routePath("/v1/package-groups"),
      handler: rt.handler([
        { name: "ListPackageGroups", impl: handlers.listPackageGroups?.bind(handlers), validate: validateListPackageGroupsInput },
      ]),
    });
    app.route({
      method: "POST",
      url: rt.routePath("/v1/package-groups/sub-groups"),
      handler: rt.handler([
        { name: "ListSubPackageGroups", impl: handlers.listSubPackageGroups?.bind(handlers), validate: validateListSubPackageGroupsInput },
      ]),
    });
    app.route({
      method: "GET",
      url: rt.routePath("/v1/package/version"),
      handler: rt.handler([
        { name: "DescribePackageVersion", impl: handlers.describePackageVersion?.bind(handlers), validate: validateDescribePackageVersionInput },
      ]),
    });
    app.route({
      method: "GET",
      url: rt.routePath("/v1/package/version/asset"),
      handler: rt.handler([
        { name: "GetPackageVersionAsset", impl: handlers.getPackageVersionAsset?.bind(handlers), validate: validateGetPackageVersionAssetInput },
      ]),
    });
    app.route({
      method: "POST",
      url: rt.routePath("/v1/package/version/assets"),
      handler: rt.handler([
        { name: "ListPackageVersionAssets", impl: handlers.listPackageVersionAssets?.bind(handlers), validate: validateListPackageVersionAssetsInput },
      ]),
    });
    app.route({
      method: "POST",
      url: rt.routePath("/v1/package/version/dependencies"),
      handler: rt.handler([
        { name: "ListPackageVersionDependencies", impl: handlers.listPackageVersionDependencies?.bind(handlers), validate: validateListPackageVersionDependenciesInput },
      ]),
    });
    app.route({
      method: "POST",
      url: rt.routePath("/v1/package/version/publish"),
      handler: rt.handler([
        { name: "PublishPackageVersion", impl: handlers.publishPackageVersion?.bind(handlers), validate: validatePublishPackageVersionInput },
      ]),
    });
    app.route({
      method: "GET",
      url: rt.routePath("/v1/package/version/readme"),
      handler: rt.handler([
        { name: "GetPackageVersionReadme", impl: handlers.getPackageVersionReadme?.bind(handlers), validate: validateGetPackageVersionReadmeInput },
      ]),
    });
    app.route({
      method: "POST",
      url: rt.routePath("/v1/package/versions"),
      handler: rt.handler([
        { name: "ListPackageVersions", impl: handlers.listPackageVersions?.bind(handlers), validate: validateListPackageVersionsInput },
      ]),
    });
    app.route({
      method: "POST",
      url: rt.routePath("/v1/package/versions/copy"),
      handler: rt.handler([
        { name: "CopyPackageVersions", impl: handlers.copyPackageVersions?.bind(handlers), validate: validateCopyPackageVersionsInput },
      ]),
    });
    app.route({
      method: "POST",
      url: rt.routePath("/v1/package/versions/delete"),
      handler: rt.handler([
        { name: "DeletePackageVersions", impl: handlers.deletePackageVersions?.bind(handlers), validate: validateDeletePackageVersionsInput },
      ]),
    });
    app.route({
      method: "POST",
      url: rt.routePath("/v1/package/versions/dispose"),
      handler: rt.handler([
        { name: "DisposePackageVersions", impl: handlers.disposePackageVersions?.bind(handlers), validate: validateDisposePackageVersionsInput },
      ]),
    });
    app.route({
      method: "POST",
      url: rt.routePath("/v1/package/versions/update_status"),
      handler: rt.handler([
        { name: "UpdatePackageVersionsStatus", impl: handlers.updatePackageVersionsStatus?.bind(handlers), validate: validateUpdatePackageVersionsStatusInput },
      ]),
    });
    app.route({
      method: "POST",
      url: rt.routePath("/v1/packages"),
      handler: rt.handler([
        { name: "ListPackages", impl: handlers.listPackages?.bind(handlers), validate: validateListPackagesInput },
      ]),
    });
    app.route({
      method: "POST",
      url: rt.routePath("/v1/repositories"),
      handler: rt.handler([
        { name: "ListRepositories", impl: handlers.listRepositories?.bind(handlers), validate: validateListRepositoriesInput },
      ]),
    });
    app.route({
      method: "DELETE",
      url: rt.routePath("/v1/repository"),
      handler: rt.handler([
        { name: "DeleteRepository", impl: handlers.deleteRepository?.bind(handlers), validate: validateDeleteRepositoryInput },
      ]),
    });
    app.route({
      method: "GET",
      url: rt.routePath("/v1/repository"),
      handler: rt.handler([
        { name: "DescribeRepository", impl: handlers.describeRepository?.bind(handlers), validate: validateDescribeRepositoryInput },
      ]),
    });
    app.route({
      method: "POST",
      url: rt.routePath("/v1/repository"),
      handler: rt.handler([
        { name: "CreateRepository", impl: handlers.createRepository?.bind(handlers), validate: validateCreateRepositoryInput },
      ]),
    });
    app.route({
      method: "PUT",
      url: rt.routePath("/v1/repository"),
      handler: rt.handler([
        { name: "UpdateRepository", impl: handlers.updateRepository?.bind(handlers), validate: validateUpdateRepositoryInput },
      ]),
    });
    app.route({
      method: "GET",
      url: rt.routePath("/v1/repository/endpoint"),
      handler: rt.handler([
        { name: "GetRepositoryEndpoint", impl: handlers.getRepositoryEndpoint?.bind(handlers), validate: validateGetRepositoryEndpointInput },
      ]),
    });
    app.route({
      method: "DELETE",
      url: rt.routePath("/v1/repository/external-connection"),
      handler: rt.handler([
        { name: "DisassociateExternalConnection", impl: handlers.disassociateExternalConnection?.bind(handlers), validate: validateDisassociateExternalConnectionInput },
      ]),
    });
    app.route({
      method: "POST",
      url: rt.routePath("/v1/repository/external-connection"),
      handler: rt.handler([
        { name: "AssociateExternalConnection", impl: handlers.associateExternalConnection?.bind(handlers), validate: validateAssociateExternalConnectionInput },
      ]),
    });
    app.route({
      method: "DELETE",
      url: rt.routePath("/v1/repository/permissions/policies"),
      handler: rt.handler([
        { name: "DeleteRepositoryPermissionsPolicy", impl: handlers.deleteRepositoryPermissionsPolicy?.bind(handlers), validate: validateDeleteRepositoryPermissionsPolicyInput },
      ]),
    });
    app.route({
      method: "GET",
      url: rt.routePath("/v1/repository/permissions/policy"),
      handler: rt.handler([
        { name: "GetRepositoryPermissionsPolicy", impl: handlers.getRepositoryPermissionsPolicy?.bind(handlers), validate: validateGetRepositoryPermissionsPolicyInput },
      ]),
    });
    app.route({
      method: "PUT",
      url: rt.routePath("/v1/repository/permissions/policy"),
      handler: rt.handler([
        { name: "PutRepositoryPermissionsPolicy", impl: handlers.putRepositoryPermissionsPolicy?.bind(handlers), validate: validatePutRepositoryPermissionsPolicyInput },
      ]),
    });
    app.route({
      method: "POST",
      url: rt.routePath("/v1/tag"),
      handler: rt.handler([
        { name: "TagResource", impl: handlers.tagResource?.bind(handlers), validate: validateTagResourceInput },
      ]),
    });
    app.route({
      method: "POST",
      url: rt.routePath("/v1/tags"),
      handler: rt.handler([
        { name: "ListTagsForResource", impl: handlers.listTagsForResource?.bind(handlers), validate: validateListTagsForResourceInput },
      ]),
    });
    app.route({
      method: "POST",
      url: rt.routePath("/v1/untag"),
      handler: rt.handler([
        { name: "UntagResource", impl: handlers.untagResource?.bind(handlers), validate: validateUntagResourceInput },
      ]),
    });
  };
}
