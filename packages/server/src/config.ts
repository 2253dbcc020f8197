import { defaultServiceConfig, type ServiceConfig } from "@codeartifact-local/package-service";

export { defaultQuotas, type Quotas } from "@codeartifact-local/package-service";

/** Everything the server needs to know at start, read once from flags and environment. */
export interface ServerConfig extends ServiceConfig {
  host: string;
  port: number;
  /** Folder for the SQLite database, blobs and the token secret; ignored when `inMemory`. */
  dataDir: string;
  inMemory: boolean;
  logLevel: string;
  /**
   * DNS name under which repository endpoints are addressed host style
   * (`{domain}-{owner}.d.codeartifact.{region}.{hostname}`); path style when absent.
   */
  hostname?: string;
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

export const defaultConfig: ServerConfig = {
  host: "127.0.0.1",
  port: 4566,
  dataDir: ".data",
  inMemory: false,
  logLevel: "info",
  ...defaultServiceConfig,
};
