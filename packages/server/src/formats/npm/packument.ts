import { tarballUrl, type NpmCall } from "./call";
import { sriOf } from "./integrity";
import { abbreviate, isObject, servedManifest, type Manifest } from "./manifest";
import { NPM_ASSET } from "./names";
import type { PackageView, VersionEntry } from "./package-view";

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
  const url = tarballUrl(call, view.name, entry.version);
  if (entry.hit) {
    const asset = await call.services.store.assets.get(entry.hit.version.id, NPM_ASSET);
    const digests = asset ? { integrity: sriOf("sha512", asset.hashes.sha512), shasum: asset.hashes.sha1 } : {};
    return { ...servedManifest(entry.manifest, url, digests), _id: `${view.name.full}@${entry.version}` };
  }
  return servedManifest(entry.manifest, url, {});
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
  const upstream = view.external?.packument.time;
  if (isObject(upstream) && typeof upstream.modified === "string") modified = Math.max(modified, Date.parse(upstream.modified) || 0);
  return new Date(modified || Date.now()).toISOString();
}

export async function abbreviatedPackument(call: NpmCall, view: PackageView): Promise<Record<string, unknown>> {
  const versions: Record<string, Manifest> = {};
  for (const entry of view.entries) versions[entry.version] = abbreviate(await servedVersion(call, view, entry));
  return { name: view.name.full, modified: modifiedTime(view), "dist-tags": view.distTags, versions };
}

/** Package-level fields npm shows, taken from the latest version as npmjs does. */
const FROM_LATEST = ["description", "homepage", "keywords", "repository", "author", "bugs", "license", "contributors", "maintainers", "readmeFilename"];

export async function fullPackument(call: NpmCall, view: PackageView): Promise<Record<string, unknown>> {
  const versions: Record<string, Manifest> = {};
  const time: Record<string, string> = {};
  for (const entry of view.entries) {
    versions[entry.version] = await servedVersion(call, view, entry);
    if (entry.time) time[entry.version] = entry.time;
  }
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
      ? await call.services.store.versions.getReadme(latest.hit.version.id)
      : typeof view.external?.packument.readme === "string"
        ? view.external.packument.readme
        : undefined;
    if (readme !== undefined) packument.readme = readme;
  }
  return packument;
}
