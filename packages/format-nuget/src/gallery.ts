import type { Readable } from "node:stream";
import {
  externalConnection,
  type Coordinate,
  type ExternalAsset,
  type ExternalPackage,
  type ExternalVersion,
  type RegistryClient,
  type UpstreamResult,
} from "@codeartifact-local/package-service";
import { PublicRegistry, type RegistryConfig } from "@codeartifact-local/format-kit";
import { normalizeNugetVersion, nupkgName } from "./names";
import { licensesOf, packageDependencies, type DependencyGroup } from "./nuspec";
import { toJson, type NugetVersionData } from "./version-data";

// The NuGet V3 feed behind `public:nuget-org` (by default nuget.org's service index, configurable
// per connection, e.g. a static feed on loopback): its service index names the registration and
// flat-container resources; a package's versions and metadata come from its registration index
// (pages fetched when not inlined), the .nupkg from the flat container. Everything goes through
// the kit's bounded fetcher; metadata documents are kept for the configured max-age.

/** A version as the feed's registration lists it. */
export interface GalleryVersion {
  listed: boolean;
  /** The .nupkg URL the registration gives. */
  packageContent?: string;
  description?: string;
  summary?: string;
  projectUrl?: string;
  published?: string;
  data: NugetVersionData;
}

export type GalleryPackage = ExternalPackage<undefined, GalleryVersion>;

interface Resources {
  packageBase?: string;
  registrationBase?: string;
}

/** Registration hives in the order they are preferred (SemVer 2.0.0 aware ones first). */
const REGISTRATION_TYPES = [
  "RegistrationsBaseUrl/3.6.0",
  "RegistrationsBaseUrl/Versioned",
  "RegistrationsBaseUrl/3.4.0",
  "RegistrationsBaseUrl/3.0.0-rc",
  "RegistrationsBaseUrl/3.0.0-beta",
  "RegistrationsBaseUrl",
];

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const str = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined);
const types = (resource: Json) => (Array.isArray(resource["@type"]) ? resource["@type"] : [resource["@type"]]).filter((t) => typeof t === "string");

/** The resources a service index lists that this client uses. */
export function readServiceIndex(document: unknown, indexUrl: string): Resources {
  const resources = isObject(document) && Array.isArray(document.resources) ? document.resources.filter(isObject) : [];
  const find = (type: string) => {
    const resource = resources.find((r) => types(r).includes(type));
    const id = resource && str(resource["@id"]);
    return id && new URL(id, indexUrl).href;
  };
  const withSlash = (url: string | undefined) => (url && !url.endsWith("/") ? `${url}/` : url);
  return {
    packageBase: withSlash(find("PackageBaseAddress/3.0.0")),
    registrationBase: withSlash(REGISTRATION_TYPES.map(find).find((url) => url !== undefined)),
  };
}

function dependencyGroupsOf(value: unknown): DependencyGroup[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).map((group) => ({
    targetFramework: str(group.targetFramework),
    dependencies: (Array.isArray(group.dependencies) ? group.dependencies : [])
      .filter(isObject)
      .filter((d) => str(d.id) !== undefined)
      .map((d) => ({ id: str(d.id)!, range: str(d.range) })),
  }));
}

/** One registration leaf (`{catalogEntry, packageContent}`) as a version, or undefined when unusable. */
export function readLeaf(leaf: unknown): ExternalVersion<GalleryVersion> | undefined {
  if (!isObject(leaf) || !isObject(leaf.catalogEntry)) return undefined;
  const entry = leaf.catalogEntry;
  const version = str(entry.version);
  if (!version) return undefined;
  const published = str(entry.published);
  const tags = Array.isArray(entry.tags) ? entry.tags.filter((t) => typeof t === "string").join(" ") : str(entry.tags);
  return {
    version: normalizeNugetVersion(version),
    // nuget.org dates unlisted versions 1900-01-01.
    publishedTime: published && !published.startsWith("1900-") ? published : undefined,
    data: {
      listed: entry.listed !== false,
      packageContent: str(leaf.packageContent) ?? str(entry.packageContent),
      description: str(entry.description),
      summary: str(entry.summary),
      projectUrl: str(entry.projectUrl),
      published,
      data: {
        id: str(entry.id),
        title: str(entry.title),
        authors: Array.isArray(entry.authors) ? entry.authors.filter((a) => typeof a === "string").join(", ") : str(entry.authors),
        tags: tags || undefined,
        licenseUrl: str(entry.licenseUrl),
        licenseExpression: str(entry.licenseExpression),
        dependencyGroups: dependencyGroupsOf(entry.dependencyGroups),
      },
    },
  };
}

export class NugetGallery extends PublicRegistry implements RegistryClient<undefined, GalleryVersion> {
  constructor(private readonly settings: RegistryConfig) {
    super(settings, (connection) => (externalConnection(connection)?.format === "nuget" ? externalConnection(connection)?.url : undefined));
  }

  /** The feed's service index URL: the configured URL when it names a `.json` document, else `<url>/index.json`. */
  override baseUrl(connection: string): string | undefined {
    const configured = this.settings.externalConnectionUrls[connection];
    const catalog = externalConnection(connection);
    const url = configured ?? (catalog?.format === "nuget" ? catalog.url : undefined);
    if (!url) return undefined;
    // The server's configuration stores URLs as directories (with a trailing slash).
    const parsed = new URL(url);
    parsed.pathname = parsed.pathname.replace(/(\.json)\/$/i, "$1");
    if (/\.json$/i.test(parsed.pathname)) return parsed.href;
    return new URL("index.json", parsed.href.endsWith("/") ? parsed.href : `${parsed.href}/`).href;
  }

  async resources(connection: string): Promise<UpstreamResult<Resources>> {
    const index = this.baseUrl(connection);
    if (!index) return { ok: false, unreachable: `no service index URL is configured for ${connection}` };
    const read = await this.fetcher.document(index, { accept: "application/json" }, async (response) =>
      readServiceIndex(await response.json(), response.url || index),
    );
    // A feed without a service index is not a feed: never "the package is not there".
    if (!read.ok && "notFound" in read) return { ok: false, unreachable: `${index} answered 404` };
    return read;
  }

  /** Every version the feed's registration lists for the package (`coordinate.name` is lowercase). */
  async getPackage(connection: string, coordinate: Coordinate): Promise<UpstreamResult<GalleryPackage>> {
    const resources = await this.resources(connection);
    if (!resources.ok) return resources;
    const base = resources.value.registrationBase;
    if (!base) return { ok: false, unreachable: `the service index of ${connection} lists no RegistrationsBaseUrl` };
    const url = new URL(`${encodeURIComponent(coordinate.name)}/index.json`, base).href;
    const index = await this.document(url);
    if (!index.ok) return index;
    const versions: ExternalVersion<GalleryVersion>[] = [];
    const pages = isObject(index.value) && Array.isArray(index.value.items) ? index.value.items.filter(isObject) : [];
    for (const page of pages) {
      let leaves = page.items;
      if (!Array.isArray(leaves)) {
        // Large packages' pages are documents of their own.
        const pageUrl = str(page["@id"]);
        if (!pageUrl) continue;
        const fetched = await this.document(new URL(pageUrl, url).href);
        if (!fetched.ok) return "notFound" in fetched ? { ok: false, unreachable: `${pageUrl} answered 404` } : fetched;
        leaves = isObject(fetched.value) ? fetched.value.items : undefined;
      }
      for (const leaf of Array.isArray(leaves) ? leaves : []) {
        const version = readLeaf(leaf);
        if (version) versions.push(version);
      }
    }
    return { ok: true, value: { versions, data: undefined } };
  }

  async fetchAsset(
    connection: string,
    coordinate: Coordinate,
    _pkg: GalleryPackage,
    version: ExternalVersion<GalleryVersion>,
    assetName: string,
  ): Promise<UpstreamResult<ExternalAsset>> {
    if (assetName !== nupkgName(coordinate.name, version.version)) return { ok: false, notFound: true };
    let url = version.data.packageContent;
    if (!url) {
      const resources = await this.resources(connection);
      if (!resources.ok) return resources;
      const base = resources.value.packageBase;
      if (!base) return { ok: false, notFound: true };
      const lower = version.version.toLowerCase();
      url = new URL(`${encodeURIComponent(coordinate.name)}/${encodeURIComponent(lower)}/${encodeURIComponent(assetName)}`, base).href;
    }
    const download = await this.download(url);
    if (!download.ok) return download;
    const { data } = version;
    return {
      ok: true,
      value: {
        content: download.value,
        // Registrations declare no digest of the .nupkg (the catalog's SHA-512 is another document).
        digests: [],
        metadata: {
          displayName: data.data.id,
          summary: data.description ?? data.summary,
          homePage: data.projectUrl,
          licenses: licensesOf(data.data),
          dependencies: packageDependencies(data.data.dependencyGroups),
          formatMetadata: toJson(data.data),
        },
      },
    };
  }

  /** A document of the feed (JSON), kept for the configured max-age. */
  private document(url: string): Promise<UpstreamResult<unknown>> {
    return this.fetcher.document(url, { accept: "application/json" }, (response) => response.json());
  }

  /** A file of the feed, as a stream that fails if the download stalls. */
  download(url: string): Promise<UpstreamResult<Readable>> {
    return this.fetcher.stream(url, { accept: "*/*" });
  }
}
