import type { BlobStore, Store } from "@codeartifact-local/store";

/** AWS's default service quotas, adjustable as AWS lets customers raise them. */
export interface Quotas {
  domainsPerAccount: number;
  repositoriesPerDomain: number;
  directUpstreamsPerRepository: number;
  upstreamRepositoriesSearched: number;
  assetsPerPackageVersion: number;
  /** Largest accepted asset, in bytes (AWS: 5 GB). */
  assetSizeBytes: number;
}

export const defaultQuotas: Quotas = {
  domainsPerAccount: 10,
  repositoriesPerDomain: 1000,
  directUpstreamsPerRepository: 10,
  upstreamRepositoriesSearched: 25,
  assetsPerPackageVersion: 150,
  assetSizeBytes: 5 * 1000 ** 3,
};

/** The part of the server's configuration that package semantics depend on. */
export interface ServiceConfig {
  quotas: Quotas;
  /**
   * Base URL of the public registry behind each external connection, by connection name, so a
   * connection can be pointed at a mirror (or, in tests, a local registry). Connections not
   * listed use their public registry.
   */
  externalConnectionUrls: Record<string, string>;
  /** How long a package endpoint waits on an external registry before calling it unreachable. */
  externalConnectionTimeoutMs: number;
  /** How long a public registry's metadata (npm packuments, PyPI project pages) is reused before it is asked again. */
  externalMetadataMaxAgeMs: number;
}

export const defaultServiceConfig: ServiceConfig = {
  quotas: defaultQuotas,
  externalConnectionUrls: { "public:npmjs": "https://registry.npmjs.org/", "public:pypi": "https://pypi.org/simple/" },
  externalConnectionTimeoutMs: 30_000,
  externalMetadataMaxAgeMs: 60_000,
};

/**
 * What handlers and format endpoints share: storage, configuration, and the one injectable
 * place for time, randomness and the token secret (so tests can be deterministic).
 */
export interface Services {
  store: Store;
  blobs: BlobStore;
  config: ServiceConfig;
  now: () => Date;
  randomBytes: (size: number) => Buffer;
  /** HMAC key signing authorization tokens and pagination tokens; persisted in the data dir. */
  secret: Buffer;
  close(): Promise<void>;
}
