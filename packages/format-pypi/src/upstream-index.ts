import type { Readable } from "node:stream";
import {
  externalConnection,
  type Coordinate,
  type ExternalAsset,
  type ExternalPackage,
  type ExternalVersion,
  type RegistryClient,
  type UpstreamResult,
  type VersionMetadata,
} from "@codeartifact-local/package-service";
import { PublicRegistry, type RegistryConfig } from "@codeartifact-local/format-kit";
import { Parser } from "htmlparser2";
import { JSON_TYPE } from "./accept";
import { parseCoreMetadata, versionMetadataOf } from "./core-metadata";
import { withFile } from "./file-records";
import { versionOfFile } from "./names";

// The package index behind `public:pypi` (by default https://pypi.org/simple/, configurable per
// connection), read through its simple API: the project page in PEP 691 JSON when the index offers
// it, PEP 503 HTML otherwise (a static file tree is enough), through the kit's bounded fetcher. The
// package service decides when to ask.

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

function metadataHash(value: unknown): string | true | undefined {
  if (value === true) return true;
  if (typeof value === "object" && value !== null && typeof (value as { sha256?: unknown }).sha256 === "string") return (value as { sha256: string }).sha256;
  if (typeof value === "string") return /^sha256=([0-9a-f]{64})$/i.exec(value)?.[1] ?? (value === "true" ? true : undefined);
  return undefined;
}

/** Files of a PEP 503 HTML project page: every anchor, attributes decoded by an HTML parser. */
export function parseHtmlPage(html: string, pageUrl: string): IndexFile[] {
  const files: IndexFile[] = [];
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        if (tag !== "a" || !attributes.href) return;
        const url = new URL(attributes.href, pageUrl);
        const fragment = /^#sha256=([0-9a-f]{64})$/i.exec(url.hash);
        url.hash = "";
        const yanked = attributes["data-yanked"];
        files.push({
          filename: decodeURIComponent(url.pathname.split("/").pop() ?? ""),
          url: url.href,
          sha256: fragment?.[1].toLowerCase(),
          requiresPython: attributes["data-requires-python"] || undefined,
          coreMetadata: metadataHash(attributes["data-core-metadata"] ?? attributes["data-dist-info-metadata"]),
          yanked: yanked === undefined ? undefined : yanked || true,
        });
      },
    },
    { lowerCaseAttributeNames: true },
  );
  parser.end(html);
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

export type ExternalProject = ExternalPackage<undefined, IndexFile[]>;

export class PypiIndex extends PublicRegistry implements RegistryClient<undefined, IndexFile[]> {
  constructor(config: RegistryConfig) {
    // The catalog names pypi.org; the simple API lives below /simple/.
    super(config, (connection) => (externalConnection(connection)?.format === "pypi" ? "https://pypi.org/simple/" : undefined));
  }

  /** The project's files, by version, as the index lists them (`coordinate.name` is PEP 503-normalized). */
  async getPackage(connection: string, coordinate: Coordinate): Promise<UpstreamResult<ExternalProject>> {
    const base = this.baseUrl(connection);
    if (!base) return { ok: false, unreachable: `no index URL is configured for ${connection}` };
    const project = coordinate.name;
    const url = new URL(`${encodeURIComponent(project)}/`, base).href;
    return this.fetcher.document(url, { accept: ACCEPT }, async (response) => {
      const type = response.headers.get("content-type") ?? "";
      const pageUrl = response.url || url;
      const files = type.includes("json") ? parseJsonPage(await response.json(), pageUrl) : parseHtmlPage(await response.text(), pageUrl);
      const byVersion = new Map<string, IndexFile[]>();
      for (const file of files) {
        const version = versionOfFile(project, file.filename);
        if (version !== undefined) byVersion.set(version, [...(byVersion.get(version) ?? []), file]);
      }
      return { versions: [...byVersion].map(([version, data]) => ({ version, data })), data: undefined };
    });
  }

  async fetchAsset(
    _connection: string,
    _coordinate: Coordinate,
    _project: ExternalProject,
    version: ExternalVersion<IndexFile[]>,
    file: string,
  ): Promise<UpstreamResult<ExternalAsset>> {
    const entry = version.data.find((f) => f.filename === file);
    if (!entry) return { ok: false, notFound: true };
    const metadata = await this.coreMetadata(entry);
    const download = await this.download(entry.url);
    if (!download.ok) return download;
    const requiresPython = entry.requiresPython ?? metadata?.requiresPython;
    return {
      ok: true,
      value: {
        content: download.value,
        digests: entry.sha256 ? [{ algorithm: "sha256", digest: Buffer.from(entry.sha256, "hex").toString("base64") }] : [],
        metadata: { ...metadata, formatMetadata: withFile(undefined, file, { requiresPython }) },
      },
    };
  }

  /** The core metadata the index offers for a file, as version metadata (best effort). */
  async coreMetadata(entry: IndexFile): Promise<(VersionMetadata & { requiresPython?: string }) | undefined> {
    if (!entry.coreMetadata) return undefined;
    const download = await this.download(`${entry.url}.metadata`);
    if (!download.ok) return undefined;
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of download.value) chunks.push(chunk as Buffer);
      return versionMetadataOf(parseCoreMetadata(Buffer.concat(chunks).toString("utf8")));
    } catch {
      return undefined;
    }
  }

  /** A file (or its `.metadata`) from the index, as a stream that fails if the download stalls. */
  download(url: string): Promise<UpstreamResult<Readable>> {
    return this.fetcher.stream(url, { accept: "*/*" });
  }
}
