import type { Readable } from "node:stream";
import { externalConnection } from "../../control/external-connections";
import type { ServerConfig } from "../../config";
import { directoryUrl, UpstreamFetcher, type UpstreamResult } from "../upstream-fetch";
import { escapedName, type NpmName } from "./names";

// The public npm registry behind `public:npmjs` (or whatever registry the configuration points the
// connection at), fetched on demand through a bounded fetcher (see upstream-fetch.ts).

export interface UpstreamPackument {
  name?: string;
  "dist-tags"?: Record<string, string>;
  versions?: Record<string, Record<string, unknown>>;
  time?: Record<string, string>;
  readme?: string;
  [key: string]: unknown;
}

const ABBREVIATED = "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*";

export class UpstreamRegistry {
  readonly #fetcher: UpstreamFetcher;

  constructor(private readonly config: Pick<ServerConfig, "externalConnectionUrls" | "externalConnectionTimeoutMs">) {
    this.#fetcher = new UpstreamFetcher(config);
  }

  /** Base URL (ending in `/`) of the registry behind an external connection. */
  baseUrl(connection: string): string | undefined {
    return directoryUrl(this.config.externalConnectionUrls[connection] ?? externalConnection(connection)?.url);
  }

  async packument(connection: string, name: NpmName, abbreviated: boolean): Promise<UpstreamResult<UpstreamPackument>> {
    const base = this.baseUrl(connection);
    if (!base) return { ok: false, unreachable: `no registry URL is configured for ${connection}` };
    const url = new URL(escapedName(name), base).href;
    return this.#fetcher.get(url, { accept: abbreviated ? ABBREVIATED : "application/json" }, async (response) => {
      const body = (await response.json()) as UpstreamPackument;
      if (typeof body !== "object" || body === null || Array.isArray(body)) throw new Error(`${url} did not answer with a packument`);
      return body;
    });
  }

  /** The tarball at `url` (resolved against the connection's registry when relative), as a stream. */
  async tarball(connection: string, url: string): Promise<UpstreamResult<Readable>> {
    const base = this.baseUrl(connection);
    if (!base) return { ok: false, unreachable: `no registry URL is configured for ${connection}` };
    return this.#fetcher.stream(new URL(url, base).href, { accept: "application/octet-stream" });
  }
}
