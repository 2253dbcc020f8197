import { externalConnection, type ServiceConfig } from "@codeartifact-local/package-service";
import { directoryUrl, UpstreamFetcher } from "./upstream-fetch";

export type RegistryConfig = Pick<ServiceConfig, "externalConnectionUrls" | "externalConnectionTimeoutMs" | "externalMetadataMaxAgeMs">;

/**
 * What every format's registry client starts from: where the registry behind a connection is (the
 * configured URL, else the public registry's), and the kit's bounded HTTP client to ask it.
 */
export abstract class PublicRegistry {
  protected readonly fetcher: UpstreamFetcher;

  constructor(
    private readonly config: RegistryConfig,
    /** The URL used when the configuration names none (defaults to the connection catalog's). */
    private readonly defaultUrl: (connection: string) => string | undefined = (connection) => externalConnection(connection)?.url,
  ) {
    this.fetcher = new UpstreamFetcher(config);
  }

  /** Base URL (ending in `/`) of the registry behind an external connection. */
  baseUrl(connection: string): string | undefined {
    return directoryUrl(this.config.externalConnectionUrls[connection] ?? this.defaultUrl(connection));
  }
}
