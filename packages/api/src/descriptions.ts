import type { DomainRecord, RepositoryRecord, StoreOps } from "@codeartifact-local/store";
import type { DomainDescription, DomainSummary, RepositoryDescription, RepositorySummary } from "./generated";

// Store records → the API's Description and Summary shapes.

export function domainSummary(domain: DomainRecord): DomainSummary {
  return {
    name: domain.name,
    owner: domain.account,
    arn: domain.arn,
    status: domain.status,
    createdTime: domain.createdTime,
    encryptionKey: domain.encryptionKey,
  };
}

/** Counts are computed on every call, so they are always current. */
export async function describeDomain(store: StoreOps, domain: DomainRecord): Promise<DomainDescription> {
  const stats = await store.domains.stats(domain.id);
  return {
    ...domainSummary(domain),
    repositoryCount: stats.repositoryCount,
    assetSizeBytes: stats.assetSizeBytes,
    s3BucketArn: domain.s3BucketArn,
  };
}

export function repositorySummary(repository: RepositoryRecord): RepositorySummary {
  return {
    name: repository.name,
    administratorAccount: repository.administratorAccount,
    domainName: repository.domainName,
    domainOwner: repository.domainOwner,
    arn: repository.arn,
    description: repository.description,
    createdTime: repository.createdTime,
  };
}

export async function describeRepository(store: StoreOps, repository: RepositoryRecord): Promise<RepositoryDescription> {
  const [upstreams, connections] = await Promise.all([store.upstreams.list(repository.id), store.externalConnections.list(repository.id)]);
  return {
    ...repositorySummary(repository),
    upstreams: upstreams.map((u) => ({ repositoryName: u.repositoryName })),
    externalConnections: connections.map((c) => ({ externalConnectionName: c.name, packageFormat: c.packageFormat, status: c.status })),
  };
}
