import { tarballUrl, type NpmCall } from "./call";
import { sriOf } from "./integrity";
import { abbreviate, isObject, servedManifest, type Manifest } from "./manifest";
import type { RenderedDocument } from "@codeartifact-local/format-kit";
import { NPM_ASSET, type NpmName } from "./names";
import { loadPackageView, type PackageView, type VersionEntry } from "./package-view";
import { NpmError } from "./replies";

// Packuments in npm's two shapes: the full document (`npm view`, `npm deprecate`) and the
// abbreviated one installers ask for with `Accept: application/vnd.npm.install-v1+json`.

export const ABBREVIATED_TYPE = "application/vnd.npm.install-v1+json";

/** Whether the client prefers the abbreviated packument (npm, pnpm and yarn all send this Accept). */
export function wantsAbbreviated(accept: string | undefined): boolean {
  return (accept ?? "").split(",").some((part) => {
    const [type, ...params] = part.trim().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return type.trim() === ABBREVIATED_TYPE && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/** The entry's manifest as served, with its tarball URL and the digests of the stored bytes. */
export async function servedVersion(call: NpmCall, view: PackageView, entry: VersionEntry): Promise<Manifest> {
  return (await servedVersions(call, view, [entry]))[0];
}

/** `servedVersion` of many entries, with one asset lookup for all of them. */
async function servedVersions(call: NpmCall, view: PackageView, entries: VersionEntry[]): Promise<Manifest[]> {
  const held = entries.flatMap((entry) => (entry.hit ? [entry.hit.version.id] : []));
  const tarballs = await call.packages.assetsOfVersions(held, NPM_ASSET);
  return entries.map((entry) => {
    const url = tarballUrl(call, view.name, entry.version);
    if (!entry.hit) return servedManifest(entry.manifest, url, {});
    const asset = tarballs.get(entry.hit.version.id)?.[0];
    const digests = asset ? { integrity: sriOf("sha512", asset.hashes.sha512), shasum: asset.hashes.sha1 } : {};
    return { ...servedManifest(entry.manifest, url, digests), _id: `${view.name.full}@${entry.version}` };
  });
}

function latestEntry(view: PackageView): VersionEntry | undefined {
  const latest = view.distTags.latest;
  return view.entries.find((e) => e.version === latest) ?? view.entries.at(-1);
}

function modifiedTime(view: PackageView): string {
  let modified = 0;
  for (const entry of view.entries) {
    const t = entry.hit ? entry.hit.version.updatedTime.getTime() : Date.parse(entry.time ?? "");
    if (Number.isFinite(t) && t > modified) modified = t;
  }
  const upstream = view.external?.data.time;
  if (isObject(upstream) && typeof upstream.modified === "string") modified = Math.max(modified, Date.parse(upstream.modified) || 0);
  return new Date(modified || Date.now()).toISOString();
}

/** The packument as JSON text; kept only when no live external registry contributed to it. */
export async function renderPackument(call: NpmCall, name: NpmName, abbreviated: boolean): Promise<RenderedDocument> {
  const view = await loadPackageView(call, name);
  if (view.entries.length === 0) {
    if (view.service.externalProblem)
      throw new NpmError(502, `Package ${name.full} is not in repository ${call.repository.name} or its upstreams, and ${view.service.externalProblem}.`);
    throw new NpmError(404, `Package ${name.full} was not found in repository ${call.repository.name}, its upstream repositories or external connections.`);
  }
  const document = abbreviated ? await abbreviatedPackument(call, view) : await fullPackument(call, view);
  return { body: JSON.stringify(document), cacheable: view.service.graph.externalConnections.length === 0 };
}

async function abbreviatedPackument(call: NpmCall, view: PackageView): Promise<Record<string, unknown>> {
  const served = await servedVersions(call, view, view.entries);
  const versions: Record<string, Manifest> = {};
  view.entries.forEach((entry, i) => (versions[entry.version] = abbreviate(served[i])));
  return { name: view.name.full, modified: modifiedTime(view), "dist-tags": view.distTags, versions };
}

/** Package-level fields npm shows, taken from the latest version as npmjs does. */
const FROM_LATEST = ["description", "homepage", "keywords", "repository", "author", "bugs", "license", "contributors", "maintainers", "readmeFilename"];

async function fullPackument(call: NpmCall, view: PackageView): Promise<Record<string, unknown>> {
  const served = await servedVersions(call, view, view.entries);
  const versions: Record<string, Manifest> = {};
  const time: Record<string, string> = {};
  view.entries.forEach((entry, i) => {
    versions[entry.version] = served[i];
    if (entry.time) time[entry.version] = entry.time;
  });
  const times = Object.values(time).sort();
  const packument: Record<string, unknown> = {
    _id: view.name.full,
    name: view.name.full,
    "dist-tags": view.distTags,
    versions,
    time: { created: times[0] ?? modifiedTime(view), modified: modifiedTime(view), ...time },
  };
  const latest = latestEntry(view);
  if (latest) {
    for (const field of FROM_LATEST) if (latest.manifest[field] !== undefined) packument[field] = latest.manifest[field];
    const readme = latest.hit
      ? await call.packages.readmeOf(latest.hit.version)
      : typeof view.external?.data.readme === "string"
        ? view.external.data.readme
        : undefined;
    if (readme !== undefined) packument.readme = readme;
  }
  return packument;
}
