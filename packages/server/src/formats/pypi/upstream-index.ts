import type { Readable } from "node:stream";
import type { ServerConfig } from "../../config";
import { externalConnection } from "../../control/external-connections";
import { directoryUrl, UpstreamFetcher, type UpstreamResult } from "../upstream-fetch";
import { JSON_TYPE } from "./accept";

// The package index behind `public:pypi` (by default https://pypi.org/simple/, configurable per
// connection), read through its simple API: the project page in PEP 691 JSON when the index offers
// it, PEP 503 HTML otherwise (a static file tree is enough). Fetched through a bounded fetcher (see
// upstream-fetch.ts).

export interface IndexFile {
  filename: string;
  /** Absolute URL of the file on the index. */
  url: string;
  sha256?: string;
  requiresPython?: string;
  /** SHA-256 of the PEP 658 core metadata, or true when offered without a hash. */
  coreMetadata?: string | true;
  yanked?: string | true;
}

const ACCEPT = `${JSON_TYPE}, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01`;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === "#") return String.fromCodePoint(entity[1].toLowerCase() === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

function metadataHash(value: unknown): string | true | undefined {
  if (value === true) return true;
  if (typeof value === "object" && value !== null && typeof (value as { sha256?: unknown }).sha256 === "string") return (value as { sha256: string }).sha256;
  if (typeof value === "string") return /^sha256=([0-9a-f]{64})$/i.exec(value)?.[1] ?? (value === "true" ? true : undefined);
  return undefined;
}

/** Files of a PEP 503 HTML project page. */
export function parseHtmlPage(html: string, pageUrl: string): IndexFile[] {
  const files: IndexFile[] = [];
  for (const anchor of html.matchAll(/<a\s([^>]*)>([^<]*)<\/a\s*>/gi)) {
    const attributes = new Map<string, string>();
    for (const attribute of anchor[1].matchAll(/([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      attributes.set(attribute[1].toLowerCase(), unescapeHtml(attribute[2] ?? attribute[3] ?? attribute[4] ?? ""));
    }
    const href = attributes.get("href");
    if (!href) continue;
    const url = new URL(href, pageUrl);
    const fragment = /^#sha256=([0-9a-f]{64})$/i.exec(url.hash);
    url.hash = "";
    const filename = decodeURIComponent(url.pathname.split("/").pop() ?? "");
    const yanked = attributes.get("data-yanked");
    files.push({
      filename,
      url: url.href,
      sha256: fragment?.[1].toLowerCase(),
      requiresPython: attributes.get("data-requires-python") || undefined,
      coreMetadata: metadataHash(attributes.get("data-core-metadata") ?? attributes.get("data-dist-info-metadata")),
      yanked: yanked === undefined ? undefined : yanked || true,
    });
  }
  return files;
}

/** Files of a PEP 691 JSON project page. */
export function parseJsonPage(body: unknown, pageUrl: string): IndexFile[] {
  const files = (body as { files?: unknown }).files;
  if (!Array.isArray(files)) throw new Error(`${pageUrl} is not a PEP 691 project page`);
  const out: IndexFile[] = [];
  for (const file of files as Array<Record<string, unknown>>) {
    if (typeof file.filename !== "string" || typeof file.url !== "string") continue;
    const hashes = file.hashes as { sha256?: unknown } | undefined;
    out.push({
      filename: file.filename,
      url: new URL(file.url, pageUrl).href,
      sha256: typeof hashes?.sha256 === "string" ? hashes.sha256.toLowerCase() : undefined,
      requiresPython: typeof file["requires-python"] === "string" && file["requires-python"] !== "" ? file["requires-python"] : undefined,
      coreMetadata: metadataHash(file["core-metadata"] ?? file["dist-info-metadata"]),
      yanked: file.yanked === true ? true : typeof file.yanked === "string" && file.yanked !== "" ? file.yanked : undefined,
    });
  }
  return out;
}

export class UpstreamIndex {
  readonly #fetcher: UpstreamFetcher;

  constructor(private readonly config: Pick<ServerConfig, "externalConnectionUrls" | "externalConnectionTimeoutMs">) {
    this.#fetcher = new UpstreamFetcher(config);
  }

  /** The simple index URL (ending in `/`) behind an external connection. */
  baseUrl(connection: string): string | undefined {
    const configured = this.config.externalConnectionUrls[connection];
    return directoryUrl(configured ?? (externalConnection(connection)?.format === "pypi" ? "https://pypi.org/simple/" : undefined));
  }

  /** The files the index lists for a (normalized) project. */
  async project(connection: string, project: string): Promise<UpstreamResult<IndexFile[]>> {
    const base = this.baseUrl(connection);
    if (!base) return { ok: false, unreachable: `no index URL is configured for ${connection}` };
    const url = new URL(`${encodeURIComponent(project)}/`, base).href;
    return this.#fetcher.get(url, { accept: ACCEPT }, async (response) => {
      const type = response.headers.get("content-type") ?? "";
      const pageUrl = response.url || url;
      if (type.includes("json")) return parseJsonPage(await response.json(), pageUrl);
      return parseHtmlPage(await response.text(), pageUrl);
    });
  }

  /** A file (or its `.metadata`) from the index, as a stream that fails if the download stalls. */
  download(url: string): Promise<UpstreamResult<Readable>> {
    return this.#fetcher.stream(url, { accept: "*/*" });
  }
}
