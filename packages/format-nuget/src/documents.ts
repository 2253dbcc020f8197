import type { RenderedDocument } from "@codeartifact-local/format-kit";
import { feedUrls, type NugetCall } from "./call";
import { findVersion, loadFeedPackage, type FeedPackage, type FeedVersion } from "./package-view";
import { NugetError } from "./replies";

// The feed's JSON documents: the service index, the flat container's version list and the
// registration index (one page, inlined) and leaves. Registration documents carry what clients
// resolve with: each version's catalog entry (id, version, listed, description, dependency groups
// with their ranges) and its .nupkg URL on this endpoint.

type Urls = ReturnType<typeof feedUrls>;

/** The registration resource under every type NuGet clients look for (NuGet.exe 5.8 needs a versioned one). */
const REGISTRATION_TYPES = [
  "RegistrationsBaseUrl",
  "RegistrationsBaseUrl/3.0.0-rc",
  "RegistrationsBaseUrl/3.0.0-beta",
  "RegistrationsBaseUrl/3.4.0",
  "RegistrationsBaseUrl/3.6.0",
  "RegistrationsBaseUrl/Versioned",
];

export function serviceIndex(urls: Urls): string {
  const resource = (id: string, type: string, comment: string) => ({ "@id": id, "@type": type, comment });
  return JSON.stringify({
    version: "3.0.0",
    resources: [
      resource(urls.publish, "PackagePublish/2.0.0", "Push (PUT) and unlist (DELETE) packages"),
      resource(urls.flat, "PackageBaseAddress/3.0.0", "Versions and .nupkg files by lowercase id and version"),
      ...REGISTRATION_TYPES.map((type) => ({
        ...resource(urls.registrations, type, "Package metadata (SemVer 2.0.0 versions included)"),
        ...(type.endsWith("/Versioned") ? { clientVersion: "4.3.0-alpha" } : {}),
      })),
      resource(urls.search, "SearchQueryService", "Search the packages of this repository"),
      resource(urls.search, "SearchQueryService/3.0.0-beta", "Search the packages of this repository"),
      resource(urls.search, "SearchQueryService/3.0.0-rc", "Search the packages of this repository"),
      resource(urls.search, "SearchQueryService/3.5.0", "Search the packages of this repository"),
    ],
  });
}

function notFound(call: NugetCall, feed: FeedPackage): never {
  if (feed.service.externalProblem) {
    throw new NugetError(502, `Package ${feed.id} is not in repository ${call.repository.name} or its upstreams, and ${feed.service.externalProblem}.`);
  }
  throw new NugetError(404, `Package ${feed.id} was not found in repository ${call.repository.name}, its upstream repositories or external connections.`);
}

const cacheable = (feed: FeedPackage) => feed.service.graph.externalConnections.length === 0;

/** The flat container's `{versions: [...]}`: lowercased, ascending. */
export async function versionsDocument(call: NugetCall, id: string): Promise<RenderedDocument> {
  const feed = await loadFeedPackage(call, id);
  if (feed.versions.length === 0) notFound(call, feed);
  return { body: JSON.stringify({ versions: feed.versions.map((v) => v.version.toLowerCase()) }), cacheable: cacheable(feed) };
}

function catalogEntry(urls: Urls, v: FeedVersion): Record<string, unknown> {
  const leaf = urls.registrationLeaf(v.id, v.version);
  const entry: Record<string, unknown> = {
    "@id": `${leaf}#catalogEntry`,
    "@type": "PackageDetails",
    id: v.id,
    version: v.version,
    listed: v.listed,
    description: v.description ?? "",
    authors: v.data.authors ?? "",
    packageContent: urls.nupkg(v.id, v.version),
    dependencyGroups: v.data.dependencyGroups.map((group, g) => ({
      "@id": `${leaf}#dependencygroup/${g}`,
      "@type": "PackageDependencyGroup",
      ...(group.targetFramework === undefined ? {} : { targetFramework: group.targetFramework }),
      dependencies: group.dependencies.map((d) => ({
        "@id": `${leaf}#dependencygroup/${g}/${d.id.toLowerCase()}`,
        "@type": "PackageDependency",
        id: d.id,
        range: d.range ?? "",
        registration: urls.registrationIndex(d.id),
      })),
    })),
  };
  const optional: Array<[string, string | undefined]> = [
    ["summary", v.summary],
    ["title", v.data.title],
    ["projectUrl", v.projectUrl],
    ["licenseUrl", v.data.licenseUrl],
    ["licenseExpression", v.data.licenseExpression],
    ["published", v.published],
  ];
  for (const [key, value] of optional) if (value !== undefined) entry[key] = value;
  if (v.data.tags) entry.tags = v.data.tags.split(/[\s,;]+/).filter((t) => t !== "");
  return entry;
}

/** The registration index with every version in one inlined page. */
export async function registrationIndex(call: NugetCall, id: string): Promise<RenderedDocument> {
  const feed = await loadFeedPackage(call, id);
  if (feed.versions.length === 0) notFound(call, feed);
  const urls = feedUrls(call);
  const index = urls.registrationIndex(id);
  const lower = feed.versions[0].version.toLowerCase();
  const upper = feed.versions.at(-1)!.version.toLowerCase();
  const page = {
    "@id": `${index}#page/${lower}/${upper}`,
    "@type": "catalog:CatalogPage",
    count: feed.versions.length,
    lower,
    upper,
    parent: index,
    items: feed.versions.map((v) => ({
      "@id": urls.registrationLeaf(id, v.version),
      "@type": "Package",
      catalogEntry: catalogEntry(urls, v),
      packageContent: urls.nupkg(id, v.version),
      registration: index,
    })),
  };
  const body = { "@id": index, "@type": ["catalog:CatalogRoot", "PackageRegistration", "catalog:Permalink"], count: 1, items: [page] };
  return { body: JSON.stringify(body), cacheable: cacheable(feed) };
}

/** One version's registration leaf. */
export async function registrationLeaf(call: NugetCall, id: string, requested: string): Promise<RenderedDocument> {
  const feed = await loadFeedPackage(call, id);
  const version = findVersion(
    feed.versions.map((v) => v.version),
    requested,
  );
  const v = feed.versions.find((candidate) => candidate.version === version);
  if (!v) throw new NugetError(404, `Version ${requested} of package ${id} was not found in repository ${call.repository.name}.`);
  const urls = feedUrls(call);
  const body = {
    "@id": urls.registrationLeaf(id, v.version),
    "@type": ["Package", "http://schema.nuget.org/catalog#Permalink"],
    catalogEntry: `${urls.registrationLeaf(id, v.version)}#catalogEntry`,
    listed: v.listed,
    packageContent: urls.nupkg(id, v.version),
    ...(v.published ? { published: v.published } : {}),
    registration: urls.registrationIndex(id),
  };
  return { body: JSON.stringify(body), cacheable: cacheable(feed) };
}
