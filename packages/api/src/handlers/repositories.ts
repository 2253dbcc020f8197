import type { RequestContext } from "@codeartifact-local/smithy-runtime";
import { blobDomainKey, StoreConflictError, StoreReferenceError, type DomainRecord, type StoreOps } from "@codeartifact-local/store";
import {
  domainForCall,
  domainNotFound,
  repositoryForCall,
  repositoryNotFound,
  requirePolicyGrant,
  requireRepositoryAccess,
  repositoryArn,
  blobsOfRepository,
  conflict,
  invalid,
  quotaExceeded,
  paginate,
  packageService,
  type Services,
} from "@codeartifact-local/package-service";
import { describeRepository, repositorySummary } from "../descriptions";
import { checkTagCount, checkTagKeys, toStoreTags } from "../tags";
import type { CodeArtifactControlPlaneServiceHandlers, UpstreamRepository } from "../generated";

type RepositoryHandlers = Pick<
  CodeArtifactControlPlaneServiceHandlers,
  "createRepository" | "describeRepository" | "updateRepository" | "deleteRepository" | "listRepositories" | "listRepositoriesInDomain"
>;

export function repositoryHandlers(services: Services): RepositoryHandlers {
  const { store } = services;
  const { quotas } = services.config;

  const exists = (name: string, domain: DomainRecord) =>
    conflict(
      "repository",
      name,
      `Repository already exists. Repository '${name}' in domain '${domain.name}' owned by account '${domain.account}' already exists.`,
    );

  /**
   * Checks an upstream list (quota, duplicates, every repository present in the domain, the
   * caller allowed to associate with it) and returns the names in search order. Cycles are
   * accepted, as by AWS; the search visits each repository once (control/upstream-graph.ts).
   */
  async function checkUpstreams(
    tx: StoreOps,
    context: RequestContext,
    domain: DomainRecord,
    repository: string,
    upstreams: UpstreamRepository[],
  ): Promise<string[]> {
    const names = upstreams.map((u) => u.repositoryName);
    if (names.length > quotas.directUpstreamsPerRepository) {
      throw quotaExceeded(
        "repository",
        repository,
        `Upstream repository quota exceeded: a repository can have at most ${quotas.directUpstreamsPerRepository} direct upstream repositories, ${names.length} were given.`,
      );
    }
    const seen = new Set<string>();
    for (const name of names) {
      if (seen.has(name)) throw invalid(`Upstream repository '${name}' is listed more than once.`);
      seen.add(name);
      const upstream = await tx.repositories.get(domain.id, name);
      if (!upstream) throw repositoryNotFound(name, domain.name, domain.account);
      await requireRepositoryAccess(tx, context, upstream, "AssociateWithDownstreamRepository");
    }
    return names;
  }

  return {
    async createRepository(input, context) {
      const domain = await domainForCall(services, context, input);
      const tags = toStoreTags(input.tags);
      checkTagKeys(tags.map((t) => t.key));
      checkTagCount(tags.length, "repository", input.repository);
      // Tagging at creation is tagging: another account needs TagResource on the domain too.
      if (tags.length > 0 && domain.account !== context.accountId) await requirePolicyGrant(store, domain.arn, context, "TagResource");
      const arn = repositoryArn({ account: domain.account, region: domain.region }, domain.name, input.repository);
      try {
        const repository = await store.transaction(async (tx) => {
          if (await tx.repositories.get(domain.id, input.repository)) throw exists(input.repository, domain);
          const count = await tx.repositories.count(domain.id);
          if (count >= quotas.repositoriesPerDomain) {
            throw quotaExceeded(
              "repository",
              input.repository,
              `Repository quota exceeded: domain '${domain.name}' already has ${count} repositories, the maximum allowed.`,
            );
          }
          const upstreams = await checkUpstreams(tx, context, domain, input.repository, input.upstreams ?? []);
          const created = await tx.repositories.create({
            domainId: domain.id,
            name: input.repository,
            arn,
            description: input.description,
            administratorAccount: context.accountId,
            createdTime: services.now(),
          });
          if (upstreams.length > 0) await tx.upstreams.set(created.id, upstreams);
          if (tags.length > 0) await tx.tags.put(arn, tags);
          return describeRepository(tx, created);
        });
        return { repository };
      } catch (error) {
        if (error instanceof StoreConflictError) throw exists(input.repository, domain);
        // The domain was deleted between the lookup and the insert.
        if (error instanceof StoreReferenceError) throw domainNotFound(domain.name, domain.account);
        throw error;
      }
    },

    async describeRepository(input, context) {
      const { repository } = await repositoryForCall(services, context, input);
      return { repository: await describeRepository(store, repository) };
    },

    // Absent members stay as they are; `upstreams: []` removes every upstream.
    async updateRepository(input, context) {
      const { domain, repository } = await repositoryForCall(services, context, input);
      const updated = await store.transaction(async (tx) => {
        if (input.description !== undefined) await tx.repositories.update(repository.id, { description: input.description });
        if (input.upstreams !== undefined) {
          await tx.upstreams.set(repository.id, await checkUpstreams(tx, context, domain, repository.name, input.upstreams));
        }
        const current = await tx.repositories.getById(repository.id);
        if (!current) throw repositoryNotFound(repository.name, domain.name, domain.account);
        return describeRepository(tx, current);
      });
      return { repository: updated };
    },

    // As on AWS, a repository other repositories use as an upstream can be deleted; their upstream
    // lists simply lose it. Its packages, versions, tags and policy go with it.
    async deleteRepository(input, context) {
      const { domain, repository } = await repositoryForCall(services, context, input);
      const blobs = await blobsOfRepository(store, repository.id);
      const deleted = await store.transaction(async (tx) => {
        const current = await tx.repositories.getById(repository.id);
        if (!current) throw repositoryNotFound(repository.name, domain.name, domain.account);
        const description = await describeRepository(tx, current);
        await tx.repositories.delete(current.id);
        return description;
      });
      // Through the package service's janitor, which skips blobs an upload in flight still needs.
      await packageService(services).ctx.janitor.collect(store, { id: domain.id, key: blobDomainKey(domain) }, blobs);
      return { repository: deleted };
    },

    // The repositories the calling account administers, across its region's domains.
    async listRepositories(input, context) {
      const page = await paginate(
        (request) =>
          store.repositories.listInRegion({ region: context.region, administratorAccount: context.accountId, namePrefix: input.repositoryPrefix }, request),
        input,
        { secret: services.secret, scope: `ListRepositories\0${context.accountId}\0${context.region}\0${input.repositoryPrefix ?? ""}` },
      );
      return { repositories: page.items.map(repositorySummary), nextToken: page.nextToken };
    },

    async listRepositoriesInDomain(input, context) {
      const domain = await domainForCall(services, context, input);
      const filter = { namePrefix: input.repositoryPrefix, administratorAccount: input.administratorAccount };
      const page = await paginate((request) => store.repositories.list(domain.id, filter, request), input, {
        secret: services.secret,
        scope: `ListRepositoriesInDomain\0${context.accountId}\0${domain.id}\0${filter.namePrefix ?? ""}\0${filter.administratorAccount ?? ""}`,
      });
      return { repositories: page.items.map(repositorySummary), nextToken: page.nextToken };
    },
  };
}
