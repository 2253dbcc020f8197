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

/** Everything the server needs to know at start, read once from flags and environment. */
export interface ServerConfig {
  host: string;
  port: number;
  /** Folder for the SQLite database, blobs and the token secret; ignored when `inMemory`. */
  dataDir: string;
  inMemory: boolean;
  logLevel: string;
  quotas: Quotas;
  /**
   * Base URL of the public registry behind each external connection, by connection name, so a
   * connection can be pointed at a mirror (or, in tests, a local registry). Connections not
   * listed use their public registry.
   */
  externalConnectionUrls: Record<string, string>;
  /** How long a package endpoint waits on an external registry before calling it unreachable. */
  externalConnectionTimeoutMs: number;
  /**
   * Shared deployments: `postgres://...` keeps the store in PostgreSQL (several instances may share
   * it) instead of SQLite in the data dir.
   */
  databaseUrl?: string;
  /** Shared deployments: `s3://bucket[/prefix]` keeps asset blobs in S3 instead of the data dir. */
  blobStore?: string;
  /** S3 blob store: cleanup keeps blobs written more recently than this, as another instance may be recording them. */
  blobWriteGraceMs?: number;
  /**
   * Shared deployments: access key id → secret and account. When set, every API request must carry a
   * valid SigV4 signature made with one of these keys.
   */
  credentials?: ReadonlyMap<string, SigningCredential>;
}

export interface SigningCredential {
  secretAccessKey: string;
  /** The account the key acts as (12 digits). */
  account: string;
}

export const defaultQuotas: Quotas = {
  domainsPerAccount: 10,
  repositoriesPerDomain: 1000,
  directUpstreamsPerRepository: 10,
  upstreamRepositoriesSearched: 25,
  assetsPerPackageVersion: 150,
  assetSizeBytes: 5 * 1000 ** 3,
};

export const defaultConfig: ServerConfig = {
  host: "127.0.0.1",
  port: 4566,
  dataDir: ".data",
  inMemory: false,
  logLevel: "info",
  quotas: defaultQuotas,
  externalConnectionUrls: { "public:npmjs": "https://registry.npmjs.org/", "public:pypi": "https://pypi.org/simple/" },
  externalConnectionTimeoutMs: 30_000,
};
