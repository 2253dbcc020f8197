import { PassThrough, Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import type { ServiceConfig, UpstreamResult } from "@codeartifact-local/package-service";

// Bounded GETs to the registries and indexes behind external connections (npm, PyPI). Every call is
// bounded by the configured timeout, and an origin that failed to answer is skipped for a short
// while, so an offline machine keeps serving what it holds without waiting on the network for
// every request.

/** How long an origin that failed is left alone before it is asked again. */
const RETRY_AFTER_MS = 15_000;

/** `url` as a base for relative URLs (ending in `/`). */
export function directoryUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return url.endsWith("/") ? url : `${url}/`;
}

export class UpstreamFetcher {
  readonly #downUntil = new Map<string, { until: number; reason: string }>();

  constructor(private readonly config: Pick<ServiceConfig, "externalConnectionTimeoutMs">) {}

  /**
   * GETs `url` and reads the answer with `read`, all within the timeout. 404/410 mean the origin
   * does not have it; anything else failing means the origin is unreachable for now.
   */
  async get<T>(url: string, headers: Record<string, string>, read: (response: Response) => Promise<T>): Promise<UpstreamResult<T>> {
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
      // An origin that answered badly for one package is still asked about others.
      if (!answered || controller.signal.aborted) this.#downUntil.set(origin, { until: Date.now() + RETRY_AFTER_MS, reason });
      return { ok: false, unreachable: answered ? reason : `${origin} is unreachable (${reason})` };
    } finally {
      // A streamed body outlives this timeout; `stream` bounds it by idleness instead.
      clearTimeout(timer);
    }
  }

  /** GETs `url` and hands its body over as a stream that fails when it stalls longer than the timeout. */
  stream(url: string, headers: Record<string, string>): Promise<UpstreamResult<Readable>> {
    return this.get(url, headers, async (response) => {
      if (!response.body) throw new Error(`${url} answered without a body`);
      return this.#idleBounded(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>));
    });
  }

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

/** The most telling reason of a failed fetch (undici hides the network error in `cause`). */
function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}
