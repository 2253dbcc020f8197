import type { DomainRecord, RepositoryRecord, StoreOps } from "@codeartifact-local/store";
import type { LocatedRepository } from "../context";
import type { Services } from "../environment";
import { domainArn, repositoryArn } from "../arns";
import { accessDenied, notFound } from "../errors";
import { evaluatePolicyText, type PolicyDecision } from "./iam-policy";

// Who may act on a domain or repository. The owning account (and, for a repository, the account
// that administers it) may do anything: locally every caller is its account's administrator.
// Another account needs a resource policy that allows the action: the domain's policy for domain
// actions, the repository's policy for repository actions. Without one the answer is
// AccessDeniedException, also when the resource does not exist, so a foreign caller learns nothing
// about what another account owns.

/**
 * Who is calling: the account (from the request's SigV4 credential, or from an authorization
 * token) and the region. The API's request context fits as it is; `operation` names the default
 * action to check.
 */
export interface Caller {
  readonly accountId: string;
  readonly region: string;
  readonly operation?: string;
}

/** A domain or repository as callers name them; `locate` turns it into records, once. */
export interface DomainRef {
  domain: string;
  domainOwner?: string;
}

export interface RepositoryRef extends DomainRef {
  repository: string;
}

export interface AccessOptions {
  /** IAM action name without the `codeartifact:` prefix; defaults to the operation's name. */
  action?: string;
  /**
   * False for the operations AWS evaluates without the resource policy (Put*PermissionsPolicy),
   * so only the owner may call them.
   */
  policyGrants?: boolean;
  store?: StoreOps;
}

function deniedError(context: Caller, action: string, resourceArn: string, decision: PolicyDecision) {
  const reason =
    decision === "deny" ? "with an explicit deny in a resource-based policy" : `because no resource-based policy allows the codeartifact:${action} action`;
  return accessDenied(
    `User: arn:aws:iam::${context.accountId}:root is not authorized to perform: codeartifact:${action} on resource: ${resourceArn} ${reason}`,
  );
}

export function domainNotFound(domain: string, owner: string) {
  return notFound("domain", domain, `Domain not found. Domain '${domain}' owned by account '${owner}' does not exist.`);
}

export function repositoryNotFound(repository: string, domain: string, owner: string) {
  return notFound(
    "repository",
    repository,
    `Repository not found. Repository '${repository}' in domain '${domain}' owned by account '${owner}' does not exist.`,
  );
}

function actionOf(caller: Caller, options: AccessOptions): string {
  const action = options.action ?? caller.operation;
  if (action === undefined) throw new Error("An access check needs an action");
  return action;
}

/** The decision of a resource's stored policy for this caller and action. */
export async function policyDecision(store: StoreOps, resourceArn: string, context: Caller, action: string): Promise<PolicyDecision> {
  const policy = await store.policies.get(resourceArn);
  return evaluatePolicyText(policy?.document, { account: context.accountId, action: `codeartifact:${action}`, resourceArn });
}

/** Throws AccessDeniedException unless the caller owns the resource or its policy allows the action. */
export async function requirePolicyGrant(store: StoreOps, resourceArn: string, context: Caller, action: string, policyGrants = true): Promise<void> {
  const decision = policyGrants ? await policyDecision(store, resourceArn, context, action) : "none";
  if (decision !== "allow") throw deniedError(context, action, resourceArn, decision);
}

/** The domain a call names, after checking the caller may perform the action on it. */
export async function domainForCall(services: Services, context: Caller, ref: DomainRef, options: AccessOptions = {}): Promise<DomainRecord> {
  const store = options.store ?? services.store;
  const owner = ref.domainOwner ?? context.accountId;
  const domain = await store.domains.get({ account: owner, region: context.region, name: ref.domain });
  if (owner !== context.accountId) {
    const arn = domain?.arn ?? domainArn({ account: owner, region: context.region }, ref.domain);
    const action = actionOf(context, options);
    if (!domain) throw deniedError(context, action, arn, "none");
    await requirePolicyGrant(store, arn, context, action, options.policyGrants);
  }
  if (!domain) throw domainNotFound(ref.domain, owner);
  return domain;
}

/** The repository a call names (with its domain), after the same access check. */
export async function repositoryForCall(services: Services, context: Caller, ref: RepositoryRef, options: AccessOptions = {}): Promise<LocatedRepository> {
  const store = options.store ?? services.store;
  const owner = ref.domainOwner ?? context.accountId;
  const domain = await store.domains.get({ account: owner, region: context.region, name: ref.domain });
  const repository = domain && (await store.repositories.get(domain.id, ref.repository));
  if (owner !== context.accountId && repository?.administratorAccount !== context.accountId) {
    const arn = repository?.arn ?? repositoryArn({ account: owner, region: context.region }, ref.domain, ref.repository);
    const action = actionOf(context, options);
    if (!repository) throw deniedError(context, action, arn, "none");
    await requirePolicyGrant(store, arn, context, action, options.policyGrants);
  }
  if (!domain) throw domainNotFound(ref.domain, owner);
  if (!repository) throw repositoryNotFound(ref.repository, ref.domain, owner);
  return { domain, repository };
}

/**
 * Whether the caller may act on an existing repository it reached some other way (an upstream it
 * names, a tagged ARN): owner and administrator always may, others need the repository's policy.
 */
export async function requireRepositoryAccess(store: StoreOps, context: Caller, repository: RepositoryRecord, action: string): Promise<void> {
  if (repository.domainOwner === context.accountId || repository.administratorAccount === context.accountId) return;
  await requirePolicyGrant(store, repository.arn, context, action);
}

/** The same for a domain reached by ARN. */
export async function requireDomainAccess(store: StoreOps, context: Caller, domain: DomainRecord, action: string): Promise<void> {
  if (domain.account === context.accountId) return;
  await requirePolicyGrant(store, domain.arn, context, action);
}
