import { feedUrls, packageRef, type NugetCall } from "./call";
import { readVersionData, type NugetVersionData } from "./version-data";
import { compareNugetVersions, isPrerelease, isSemVer2 } from "./versions";

// SearchQueryService over the packages the called repository holds (not its upstreams or the
// external feed, which a search cannot enumerate): `q` matches ids case-insensitively as a
// substring (empty: every package), `prerelease` and `semVerLevel=2.0.0` filter versions as the
// protocol defines, `skip`/`take` page through ids in order. Only Published versions count.

const MAX_TAKE = 1000;

interface Match {
  id: string;
  /** Ascending. */
  versions: Array<{ version: string; data: NugetVersionData; summary?: string; projectUrl?: string }>;
}

function intParam(params: URLSearchParams, name: string, fallback: number, max: number): number {
  const raw = params.get(name);
  if (raw === null || raw === "") return fallback;
  const value = Number(raw);
  return Number.isInteger(value) && value >= 0 ? Math.min(value, max) : fallback;
}

export async function search(call: NugetCall, query: string): Promise<string> {
  const params = new URLSearchParams(query);
  const q = (params.get("q") ?? "").trim().toLowerCase();
  const skip = intParam(params, "skip", 0, Number.MAX_SAFE_INTEGER);
  const take = intParam(params, "take", 20, MAX_TAKE);
  const prerelease = params.get("prerelease") === "true";
  const semVer2 = (params.get("semVerLevel") ?? "").startsWith("2");
  const urls = feedUrls(call);

  const matches: Match[] = [];
  let nextToken: string | undefined;
  do {
    const page = await call.packages.listPackages({ domain: call.domain, repository: call.repository }, { format: "nuget" }, { maxResults: 1000, nextToken });
    nextToken = page.nextToken;
    for (const pkg of page.items) {
      if (q !== "" && !pkg.name.includes(q) && !(pkg.displayName ?? "").toLowerCase().includes(q)) continue;
      const { versions } = await call.packages.listAllVersions(packageRef(call, pkg.name), { status: "Published" });
      const visible = versions
        .filter((v) => (prerelease || !isPrerelease(v.version)) && (semVer2 || !isSemVer2(v.version)))
        .sort((a, b) => compareNugetVersions(a.version, b.version))
        .map((v) => ({ version: v.version, data: readVersionData(v.formatMetadata), summary: v.summary, projectUrl: v.homePage }));
      if (visible.length > 0) matches.push({ id: visible.at(-1)!.data.id ?? pkg.displayName ?? pkg.name, versions: visible });
    }
  } while (nextToken);

  matches.sort((a, b) => (a.id.toLowerCase() < b.id.toLowerCase() ? -1 : a.id.toLowerCase() > b.id.toLowerCase() ? 1 : 0));
  const data = matches.slice(skip, skip + take).map((match) => {
    const latest = match.versions.at(-1)!;
    return {
      "@id": urls.registrationIndex(match.id),
      "@type": "Package",
      registration: urls.registrationIndex(match.id),
      id: match.id,
      version: latest.version,
      description: latest.summary ?? "",
      title: latest.data.title ?? match.id,
      authors: latest.data.authors ? [latest.data.authors] : [],
      tags: latest.data.tags ? latest.data.tags.split(/[\s,;]+/).filter((t) => t !== "") : [],
      ...(latest.projectUrl ? { projectUrl: latest.projectUrl } : {}),
      totalDownloads: 0,
      verified: false,
      versions: match.versions.map((v) => ({ version: v.version, downloads: 0, "@id": urls.registrationLeaf(match.id, v.version) })),
    };
  });
  return JSON.stringify({ totalHits: matches.length, data });
}
