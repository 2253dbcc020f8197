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
}

export const defaultConfig: ServerConfig = {
  host: "127.0.0.1",
  port: 4566,
  dataDir: ".data",
  inMemory: false,
  logLevel: "info",
  ...defaultServiceConfig,
};
