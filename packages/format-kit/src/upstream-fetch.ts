import { PassThrough, Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import type { ServiceConfig, UpstreamResult } from "@codeartifact-local/package-service";
import { EnvHttpProxyAgent, fetch as undiciFetch, type Dispatcher, type Response } from "undici";

// The one HTTP client for the public registries behind external connections, whatever the format.
// Every call is bounded by the configured timeout; an idempotent GET that fails on the network or
// with a 5xx is tried once more; an origin that failed to answer is left alone for a short while,
// so an offline machine keeps serving what it holds without waiting on the network for every
// request; metadata documents are reused for a configurable max-age. Requests go through the
// proxy named by HTTPS_PROXY / HTTP_PROXY unless NO_PROXY exempts the host, as corporate
// networks require.

/** How long an origin that failed is left alone before it is asked again. */
const RETRY_AFTER_MS = 15_000;
/** Metadata documents kept at once (least recently used go first). */
const MAX_DOCUMENTS = 1000;

export interface FetcherOptions extends Pick<ServiceConfig, "externalConnectionTimeoutMs" | "externalMetadataMaxAgeMs"> {
  /** The clock (ms since the epoch), injectable for tests. */
  now?: () => number;
  /** Where requests go: by default undici's agent for the proxy environment variables. */
  dispatcher?: Dispatcher;
}

/** `url` as a base for relative URLs (ending in `/`). */
export function directoryUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return url.endsWith("/") ? url : `${url}/`;
}

/** A try that failed: whether the origin answered at all, and whether trying again may help. */
interface Failure {
  ok: false;
  failure: string;
  answered: boolean;
  retryable: boolean;
}

export class UpstreamFetcher {
  readonly #downUntil = new Map<string, { until: number; reason: string }>();
  readonly #documents = new Map<string, { until: number; value: unknown }>();
  readonly #now: () => number;
  readonly #dispatcher: Dispatcher;

  constructor(private readonly options: FetcherOptions) {
    this.#now = options.now ?? Date.now;
    this.#dispatcher = options.dispatcher ?? new EnvHttpProxyAgent();
  }

  /**
   * GETs `url` and reads the answer with `read`, all within the timeout. 404/410 mean the origin
   * does not have it; anything else failing means the origin is unreachable for now.
   */
  async get<T>(url: string, headers: Record<string, string>, read: (response: Response) => Promise<T>): Promise<UpstreamResult<T>> {
    const origin = new URL(url).origin;
    const down = this.#downUntil.get(origin);
    if (down && down.until > this.#now()) return { ok: false, unreachable: `${origin} is unreachable (${down.reason})` };
    let attempt = await this.#attempt(url, headers, read);
    if ("retryable" in attempt && attempt.retryable) attempt = await this.#attempt(url, headers, read);
    if (!("failure" in attempt)) {
      if (attempt.ok) this.#downUntil.delete(origin);
      return attempt;
    }
    // An origin that answered badly for one document is still asked about others.
    if (!attempt.answered) this.#downUntil.set(origin, { until: this.#now() + RETRY_AFTER_MS, reason: attempt.failure });
    return { ok: false, unreachable: attempt.answered ? attempt.failure : `${origin} is unreachable (${attempt.failure})` };
  }

  /** `get` for a metadata document: a successful answer is reused for the configured max-age. */
  async document<T>(url: string, headers: Record<string, string>, read: (response: Response) => Promise<T>): Promise<UpstreamResult<T>> {
    const key = `${url}\n${headers.accept ?? ""}`;
    const kept = this.#documents.get(key);
    if (kept && kept.until > this.#now()) {
      this.#documents.delete(key);
      this.#documents.set(key, kept);
      return { ok: true, value: kept.value as T };
    }
    const result = await this.get(url, headers, read);
    if (result.ok && this.options.externalMetadataMaxAgeMs > 0) {
      this.#documents.delete(key);
      this.#documents.set(key, { until: this.#now() + this.options.externalMetadataMaxAgeMs, value: result.value });
      if (this.#documents.size > MAX_DOCUMENTS) this.#documents.delete(this.#documents.keys().next().value!);
    }
    return result;
  }

  /** GETs `url` and hands its body over as a stream that fails when it stalls longer than the timeout. */
  stream(url: string, headers: Record<string, string>): Promise<UpstreamResult<Readable>> {
    return this.get(url, headers, async (response) => {
      if (!response.body) throw new Error(`${url} answered without a body`);
      return this.#idleBounded(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>));
    });
  }

  async #attempt<T>(url: string, headers: Record<string, string>, read: (response: Response) => Promise<T>): Promise<UpstreamResult<T> | Failure> {
    const ms = this.options.externalConnectionTimeoutMs;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), ms);
    let answered = false;
    try {
      const response = await undiciFetch(url, { headers, signal: controller.signal, redirect: "follow", dispatcher: this.#dispatcher });
      answered = true;
      if (response.status === 404 || response.status === 410) {
        await response.body?.cancel();
        return { ok: false, notFound: true };
      }
      if (!response.ok) {
        await response.body?.cancel();
        return { ok: false, failure: `${url} answered ${response.status} ${response.statusText}`, answered, retryable: response.status >= 500 };
      }
      return { ok: true, value: await read(response) };
    } catch (error) {
      // A timeout already took the whole budget: not tried again, and the origin counts as down.
      if (controller.signal.aborted) return { ok: false, failure: `no answer within ${ms} ms`, answered: false, retryable: false };
      return { ok: false, failure: describe(error), answered, retryable: true };
    } finally {
      // A streamed body outlives this timeout; `stream` bounds it by idleness instead.
      clearTimeout(timer);
    }
  }

  #idleBounded(source: Readable): Readable {
    const ms = this.options.externalConnectionTimeoutMs;
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

/** The most telling reason of a failed fetch (undici hides the network error in `cause`). */
function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}
