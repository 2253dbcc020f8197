import type { RequestContext } from "@codeartifact-local/smithy-runtime";
import type { PackageFormat, PackageRecord } from "@codeartifact-local/store";
import { repositoryForCall, packageService, type PackageRef, type Services } from "@codeartifact-local/package-service";
import type { CodeArtifactControlPlaneServiceHandlers, PackageSummary } from "../generated";

type PackageHandlers = Pick<CodeArtifactControlPlaneServiceHandlers, "listPackages" | "describePackage" | "deletePackage" | "putPackageOriginConfiguration">;

/** The package-level inputs every package operation shares. */
export interface PackageInput {
  domain: string;
  domainOwner?: string;
  repository: string;
  format: PackageFormat;
  namespace?: string;
  package: string;
}

/** Checks the caller may run the operation on the repository, then names the package for the service. */
export async function packageRefFor(services: Services, context: RequestContext, input: PackageInput): Promise<PackageRef> {
  const located = await repositoryForCall(services, context, input);
  return {
    ...located,
    format: input.format,
    namespace: input.namespace,
    name: input.package,
  };
}

export function packageSummary(pkg: PackageRecord): PackageSummary {
  return {
    format: pkg.format,
    namespace: pkg.namespace,
    package: pkg.name,
    originConfiguration: { restrictions: { ...pkg.originRestrictions } },
  };
}

export function packageHandlers(services: Services): PackageHandlers {
  const service = packageService(services);
  return {
    async listPackages(input, context) {
      const page = await service.listPackages(
        await repositoryForCall(services, context, input),
        {
          format: input.format,
          namespacePrefix: input.namespace,
          namePrefix: input.packagePrefix,
          publish: input.publish,
          upstream: input.upstream,
        },
        input,
      );
      return { packages: page.items.map(packageSummary), nextToken: page.nextToken };
    },

    async describePackage(input, context) {
      const { package: pkg } = await service.getPackage(await packageRefFor(services, context, input));
      return {
        package: {
          format: pkg.format,
          namespace: pkg.namespace,
          name: pkg.name,
          originConfiguration: { restrictions: { ...pkg.originRestrictions } },
        },
      };
    },

    async deletePackage(input, context) {
      const deleted = await service.deletePackage(await packageRefFor(services, context, input));
      return { deletedPackage: packageSummary(deleted) };
    },

    async putPackageOriginConfiguration(input, context) {
      const pkg = await service.putOriginConfiguration(await packageRefFor(services, context, input), input.restrictions);
      return { originConfiguration: { restrictions: { ...pkg.originRestrictions } } };
    },
  };
}
