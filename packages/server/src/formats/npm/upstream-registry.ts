import { PassThrough, Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { externalConnection } from "../../control/external-connections";
import type { ServerConfig } from "../../config";
import { escapedName, type NpmName } from "./names";

// The public npm registry behind `public:npmjs` (or whatever registry the configuration points the
// connection at), fetched on demand. Every call is bounded by the configured timeout; a registry
// that failed to answer is skipped for a short while, so an offline machine keeps serving what it
// holds without waiting on the network for every request.

export type UpstreamResult<T> = { ok: true; value: T } | { ok: false; notFound: true } | { ok: false; unreachable: string };

export interface UpstreamPackument {
  name?: string;
  "dist-tags"?: Record<string, string>;
  versions?: Record<string, Record<string, unknown>>;
  time?: Record<string, string>;
  readme?: string;
  [key: string]: unknown;
}

/** How long a registry that failed is left alone before it is asked again. */
const RETRY_AFTER_MS = 15_000;
const ABBREVIATED = "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*";

export class UpstreamRegistry {
  readonly #downUntil = new Map<string, { until: number; reason: string }>();

  constructor(private readonly config: Pick<ServerConfig, "externalConnectionUrls" | "externalConnectionTimeoutMs">) {}

  /** Base URL (ending in `/`) of the registry behind an external connection. */
  baseUrl(connection: string): string | undefined {
    const url = this.config.externalConnectionUrls[connection] ?? externalConnection(connection)?.url;
    if (!url) return undefined;
    return url.endsWith("/") ? url : `${url}/`;
  }

  async packument(connection: string, name: NpmName, abbreviated: boolean): Promise<UpstreamResult<UpstreamPackument>> {
    const base = this.baseUrl(connection);
    if (!base) return { ok: false, unreachable: `no registry URL is configured for ${connection}` };
    const url = new URL(escapedName(name), base).href;
    return this.#fetch(url, { accept: abbreviated ? ABBREVIATED : "application/json" }, async (response) => {
      const body = (await response.json()) as UpstreamPackument;
      if (typeof body !== "object" || body === null || Array.isArray(body)) throw new Error(`${url} did not answer with a packument`);
      return body;
    });
  }

  /** The tarball at `url` (resolved against the connection's registry when relative), as a stream. */
  async tarball(connection: string, url: string): Promise<UpstreamResult<Readable>> {
    const base = this.baseUrl(connection);
    if (!base) return { ok: false, unreachable: `no registry URL is configured for ${connection}` };
    const absolute = new URL(url, base).href;
    return this.#fetch(absolute, { accept: "application/octet-stream" }, async (response) => {
      if (!response.body) throw new Error(`${absolute} answered without a body`);
      return this.#idleBounded(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>));
    });
  }

  /**
   * GETs `url` and reads the answer with `read`, all within the timeout (a streamed body gets its
   * own idle bound). 404/410 mean the registry does not have it; anything else failing means the
   * registry is unreachable for now.
   */
  async #fetch<T>(url: string, headers: Record<string, string>, read: (response: Response) => Promise<T>): Promise<UpstreamResult<T>> {
    const origin = new URL(url).origin;
    const down = this.#downUntil.get(origin);
    if (down && down.until > Date.now()) return { ok: false, unreachable: `${origin} is unreachable (${down.reason})` };
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.config.externalConnectionTimeoutMs);
    let answered = false;
    try {
      const response = await fetch(url, { headers, signal: controller.signal, redirect: "follow" });
      answered = true;
      if (response.status === 404 || response.status === 410) {
        await response.body?.cancel();
        return { ok: false, notFound: true };
      }
      if (!response.ok) {
        await response.body?.cancel();
        return { ok: false, unreachable: `${url} answered ${response.status} ${response.statusText}` };
      }
      const value = await read(response);
      this.#downUntil.delete(origin);
      return { ok: true, value };
    } catch (error) {
      const reason = controller.signal.aborted ? `no answer within ${this.config.externalConnectionTimeoutMs} ms` : describe(error);
      // A registry that answered badly for one package is still asked about others.
      if (!answered || controller.signal.aborted) this.#downUntil.set(origin, { until: Date.now() + RETRY_AFTER_MS, reason });
      return { ok: false, unreachable: answered ? reason : `${origin} is unreachable (${reason})` };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Fails a download that stalls for longer than the timeout. */
  #idleBounded(source: Readable): Readable {
    const ms = this.config.externalConnectionTimeoutMs;
    const out = new PassThrough();
    const arm = () =>
      setTimeout(() => {
        const error = new Error(`the download stalled for ${ms} ms`);
        source.destroy(error);
        out.destroy(error);
      }, ms);
    let timer = arm();
    source.pipe(out);
    source.on("data", () => {
      clearTimeout(timer);
      timer = arm();
    });
    source.once("error", (error) => out.destroy(error));
    source.once("end", () => clearTimeout(timer));
    out.once("close", () => clearTimeout(timer));
    return out;
  }
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}
