import type { ResourcePolicyRecord } from "@codeartifact-local/store";
import {
  domainForCall,
  repositoryForCall,
  conflict,
  invalid,
  notFound,
  parsePolicyDocument,
  PolicyDocumentError,
  type Services,
} from "@codeartifact-local/package-service";
import type { CodeArtifactControlPlaneServiceHandlers, ResourcePolicy, ResourceType } from "../generated";

type PolicyHandlers = Pick<
  CodeArtifactControlPlaneServiceHandlers,
  | "putDomainPermissionsPolicy"
  | "getDomainPermissionsPolicy"
  | "deleteDomainPermissionsPolicy"
  | "putRepositoryPermissionsPolicy"
  | "getRepositoryPermissionsPolicy"
  | "deleteRepositoryPermissionsPolicy"
>;

/** The resource a policy is attached to, as errors name it. */
interface Target {
  arn: string;
  type: ResourceType;
  id: string;
  /** "domain 'd' owned by account 'a'" or "repository 'r' in domain 'd'". */
  label: string;
}

const toApi = (record: ResourcePolicyRecord): ResourcePolicy => ({ resourceArn: record.resourceArn, revision: record.revision, document: record.document });

export function policyHandlers(services: Services): PolicyHandlers {
  const { store } = services;
  // Revisions are opaque, like AWS's 44-character base64 strings.
  const newRevision = () => services.randomBytes(32).toString("base64");

  const missing = (target: Target) => notFound(target.type, target.id, `No resource policy is set on ${target.label}.`);
  const stale = (target: Target, given: string) =>
    conflict(target.type, target.id, `The policy revision '${given}' does not match the current revision of the resource policy on ${target.label}.`);

  /** policyRevision is an optimistic lock: when given, it must name the policy being replaced. */
  async function put(target: Target, document: string, revision: string | undefined): Promise<ResourcePolicy> {
    try {
      parsePolicyDocument(document);
    } catch (error) {
      if (error instanceof PolicyDocumentError) throw invalid(error.message);
      throw error;
    }
    return store.transaction(async (tx) => {
      const current = await tx.policies.get(target.arn);
      if (revision !== undefined && current?.revision !== revision) throw stale(target, revision);
      return toApi(await tx.policies.put({ resourceArn: target.arn, document, revision: newRevision(), updatedTime: services.now() }));
    });
  }

  async function get(target: Target): Promise<ResourcePolicy> {
    const current = await store.policies.get(target.arn);
    if (!current) throw missing(target);
    return toApi(current);
  }

  async function remove(target: Target, revision: string | undefined): Promise<ResourcePolicy> {
    return store.transaction(async (tx) => {
      const current = await tx.policies.get(target.arn);
      if (!current) throw missing(target);
      if (revision !== undefined && current.revision !== revision) throw stale(target, revision);
      await tx.policies.delete(target.arn);
      return toApi(current);
    });
  }

  async function domainTarget(...args: Parameters<typeof domainForCall>): Promise<Target> {
    const domain = await domainForCall(...args);
    return { arn: domain.arn, type: "domain", id: domain.name, label: `domain '${domain.name}' owned by account '${domain.account}'` };
  }

  async function repositoryTarget(...args: Parameters<typeof repositoryForCall>): Promise<Target> {
    const { repository } = await repositoryForCall(...args);
    return {
      arn: repository.arn,
      type: "repository",
      id: repository.name,
      label: `repository '${repository.name}' in domain '${repository.domainName}' owned by account '${repository.domainOwner}'`,
    };
  }

  type Caller = Parameters<typeof domainForCall>[1];
  type Options = Parameters<typeof domainForCall>[3];

  /** Put, get and delete of the policy on the resource `target` resolves from a call's input. */
  function operationsOn<Ref>(target: (services: Services, context: Caller, ref: Ref, options?: Options) => Promise<Target>) {
    return {
      // AWS ignores the resource policy when evaluating Put*PermissionsPolicy, so that an owner
      // cannot lock themselves out: only the owner (or the repository's administrator) may set one.
      async put(input: Ref & { policyDocument: string; policyRevision?: string }, context: Caller) {
        const resource = await target(services, context, input, { policyGrants: false });
        return { policy: await put(resource, input.policyDocument, input.policyRevision) };
      },
      async get(input: Ref, context: Caller) {
        return { policy: await get(await target(services, context, input)) };
      },
      async delete(input: Ref & { policyRevision?: string }, context: Caller) {
        return { policy: await remove(await target(services, context, input), input.policyRevision) };
      },
    };
  }

  const domainPolicy = operationsOn(domainTarget);
  const repositoryPolicy = operationsOn(repositoryTarget);
  return {
    putDomainPermissionsPolicy: domainPolicy.put,
    getDomainPermissionsPolicy: domainPolicy.get,
    deleteDomainPermissionsPolicy: domainPolicy.delete,
    putRepositoryPermissionsPolicy: repositoryPolicy.put,
    getRepositoryPermissionsPolicy: repositoryPolicy.get,
    deleteRepositoryPermissionsPolicy: repositoryPolicy.delete,
  };
}
