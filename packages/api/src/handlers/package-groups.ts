import type { RequestContext } from "@codeartifact-local/smithy-runtime";
import type { PackageGroupOriginRestrictionType } from "@codeartifact-local/store";
import { domainForCall, packageService, type DomainRecord, type GroupView, type Services } from "@codeartifact-local/package-service";
import { checkTagCount, checkTagKeys, toStoreTags } from "../tags";
import type { CodeArtifactControlPlaneServiceHandlers, PackageGroupDescription, PackageGroupOriginRestrictions } from "../generated";

type PackageGroupHandlers = Pick<
  CodeArtifactControlPlaneServiceHandlers,
  | "createPackageGroup"
  | "describePackageGroup"
  | "updatePackageGroup"
  | "deletePackageGroup"
  | "listPackageGroups"
  | "listSubPackageGroups"
  | "getAssociatedPackageGroup"
  | "listAssociatedPackages"
  | "updatePackageGroupOriginConfiguration"
  | "listAllowedRepositoriesForGroup"
>;

/** The same shape serves PackageGroupDescription and PackageGroupSummary. */
export function packageGroupDescription(view: GroupView): PackageGroupDescription {
  const { record } = view;
  const restrictions: PackageGroupOriginRestrictions = {};
  for (const [type, resolved] of Object.entries(view.restrictions)) {
    restrictions[type] = {
      mode: resolved.mode,
      effectiveMode: resolved.effectiveMode,
      inheritedFrom: resolved.inheritedFrom,
      repositoriesCount: resolved.repositoriesCount,
    };
  }
  return {
    arn: record.arn,
    pattern: record.pattern,
    domainName: record.domainName,
    domainOwner: record.domainOwner,
    createdTime: record.createdTime,
    contactInfo: record.contactInfo,
    description: record.description,
    originConfiguration: { restrictions },
    parent: record.parent ? { arn: record.parent.arn, pattern: record.parent.pattern } : undefined,
  };
}

export function packageGroupHandlers(services: Services): PackageGroupHandlers {
  const groups = packageService(services).groups;

  /** Package groups live in the domain: the domain's owner, or its resource policy, decides. */
  async function domainRef(context: RequestContext, input: { domain: string; domainOwner?: string }): Promise<DomainRecord> {
    return domainForCall(services, context, input);
  }

  return {
    async createPackageGroup(input, context) {
      const tags = toStoreTags(input.tags);
      checkTagKeys(tags.map((t) => t.key));
      checkTagCount(tags.length, undefined, input.packageGroup);
      const view = await groups.create(await domainRef(context, input), {
        pattern: input.packageGroup,
        contactInfo: input.contactInfo,
        description: input.description,
        tags,
      });
      return { packageGroup: packageGroupDescription(view) };
    },

    async describePackageGroup(input, context) {
      return { packageGroup: packageGroupDescription(await groups.describe(await domainRef(context, input), input.packageGroup)) };
    },

    async updatePackageGroup(input, context) {
      const view = await groups.update(await domainRef(context, input), input.packageGroup, {
        contactInfo: input.contactInfo,
        description: input.description,
      });
      return { packageGroup: packageGroupDescription(view) };
    },

    async deletePackageGroup(input, context) {
      return { packageGroup: packageGroupDescription(await groups.delete(await domainRef(context, input), input.packageGroup)) };
    },

    async listPackageGroups(input, context) {
      const page = await groups.list(await domainRef(context, input), { prefix: input.prefix }, input);
      return { packageGroups: page.items.map(packageGroupDescription), nextToken: page.nextToken };
    },

    async listSubPackageGroups(input, context) {
      const page = await groups.listSubGroups(await domainRef(context, input), input.packageGroup, input);
      return { packageGroups: page.items.map(packageGroupDescription), nextToken: page.nextToken };
    },

    async getAssociatedPackageGroup(input, context) {
      const result = await groups.associated(await domainRef(context, input), {
        format: input.format,
        namespace: input.namespace,
        name: input.package,
      });
      return { packageGroup: packageGroupDescription(result.group), associationType: result.association };
    },

    async listAssociatedPackages(input, context) {
      const page = await groups.associatedPackages(await domainRef(context, input), input.packageGroup, { preview: input.preview }, input);
      return {
        packages: page.items.map((p) => ({ format: p.format, namespace: p.namespace, package: p.name, associationType: p.association })),
        nextToken: page.nextToken,
      };
    },

    async updatePackageGroupOriginConfiguration(input, context) {
      const result = await groups.updateOriginConfiguration(await domainRef(context, input), input.packageGroup, {
        restrictions: input.restrictions,
        add: input.addAllowedRepositories,
        remove: input.removeAllowedRepositories,
      });
      return { packageGroup: packageGroupDescription(result.group), allowedRepositoryUpdates: result.updates };
    },

    async listAllowedRepositoriesForGroup(input, context) {
      const page = await groups.listAllowedRepositories(
        await domainRef(context, input),
        input.packageGroup,
        input.originRestrictionType as PackageGroupOriginRestrictionType,
        input,
      );
      return { allowedRepositories: page.items, nextToken: page.nextToken };
    },
  };
}
