import type { RequestContext } from "@codeartifact-local/smithy-runtime";
import type { StoreOps } from "@codeartifact-local/store";
import {
  requireDomainAccess,
  requirePolicyGrant,
  requireRepositoryAccess,
  parseResourceArn,
  accessDenied,
  invalid,
  notFound,
  type Services,
} from "@codeartifact-local/package-service";
import { checkTagCount, checkTagKeys, toStoreTags } from "../tags";
import type { CodeArtifactControlPlaneServiceHandlers, ResourceType } from "../generated";

type TagHandlers = Pick<CodeArtifactControlPlaneServiceHandlers, "tagResource" | "untagResource" | "listTagsForResource">;

/** A taggable resource found by its ARN. ResourceType has no value for package groups. */
interface Taggable {
  arn: string;
  type?: ResourceType;
  id: string;
}

/**
 * Finds the domain, repository or package group an ARN names and checks the caller may run the
 * operation on it. Another account's resource needs the action in its policy (the domain's, for
 * a domain or package group); one that does not exist is AccessDenied for them, not NotFound.
 */
async function taggable(store: StoreOps, context: RequestContext, arn: string): Promise<Taggable> {
  const resource = parseResourceArn(arn);
  if (!resource) {
    throw invalid(`Invalid resource ARN '${arn}': tags apply to CodeArtifact domains, repositories and package groups.`);
  }
  const foreign = resource.owner.account !== context.accountId;
  const action = context.operation;
  const gone = (type: ResourceType | undefined, id: string) => {
    if (foreign) {
      return accessDenied(
        `User: arn:aws:iam::${context.accountId}:root is not authorized to perform: codeartifact:${action} on resource: ${arn} because no resource-based policy allows the codeartifact:${action} action`,
      );
    }
    return notFound(type, id, `Resource not found: ${arn} does not exist.`);
  };
  // A regional endpoint only sees its own region's resources.
  const inRegion = resource.owner.region === context.region;
  switch (resource.type) {
    case "domain": {
      const domain = inRegion ? await store.domains.getByArn(arn) : undefined;
      if (!domain) throw gone("domain", resource.domain);
      await requireDomainAccess(store, context, domain, action);
      return { arn, type: "domain", id: domain.name };
    }
    case "repository": {
      const repository = inRegion ? await store.repositories.getByArn(arn) : undefined;
      if (!repository) throw gone("repository", resource.repository);
      await requireRepositoryAccess(store, context, repository, action);
      return { arn, type: "repository", id: repository.name };
    }
    case "package-group": {
      const group = inRegion ? await store.groups.getByArn(arn) : undefined;
      if (!group) throw gone(undefined, resource.pattern);
      if (group.domainOwner !== context.accountId) {
        const domain = await store.domains.getById(group.domainId);
        if (!domain) throw gone(undefined, resource.pattern);
        await requirePolicyGrant(store, domain.arn, context, action);
      }
      return { arn, id: group.pattern };
    }
  }
}

export function tagHandlers(services: Services): TagHandlers {
  const { store } = services;

  return {
    async tagResource(input, context) {
      const tags = toStoreTags(input.tags);
      checkTagKeys(tags.map((t) => t.key));
      await store.transaction(async (tx) => {
        const target = await taggable(tx, context, input.resourceArn);
        const keys = new Set((await tx.tags.list(target.arn)).map((t) => t.key));
        for (const tag of tags) keys.add(tag.key);
        checkTagCount(keys.size, target.type, target.id);
        if (tags.length > 0) await tx.tags.put(target.arn, tags);
      });
      return {};
    },

    // Keys the resource does not have are ignored, as AWS does.
    async untagResource(input, context) {
      await store.transaction(async (tx) => {
        const target = await taggable(tx, context, input.resourceArn);
        await tx.tags.remove(target.arn, input.tagKeys);
      });
      return {};
    },

    async listTagsForResource(input, context) {
      const target = await taggable(store, context, input.resourceArn);
      return { tags: await store.tags.list(target.arn) };
    },
  };
}
