import type { PackageRecord } from "@codeartifact-local/store";
import { invalid, notFound } from "./errors";
import { locatePackage, type PackageRef } from "./context";
import type { PackageService } from "./service";

// npm dist-tags of a package in one repository (the store keeps them in their own table, one row
// per tag), and how tags from several repositories combine: as the User Guide describes for
// upstreams, when downstream and upstream both have a tag, the upstream's value wins.

/**
 * Merges tag layers given in search order (the called repository first, external registries
 * last). A later layer's tag replaces an earlier one, but only with a version the client can see.
 */
export function mergeDistTags(layers: ReadonlyArray<Record<string, string>>, visible: (version: string) => boolean): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const layer of layers) {
    for (const [tag, version] of Object.entries(layer)) {
      if (visible(version)) merged[tag] = version;
    }
  }
  return merged;
}

export async function getDistTags(service: PackageService, ref: PackageRef): Promise<Record<string, string>> {
  const located = await locatePackage(service.ctx, ref);
  return service.ctx.store.distTags.get(located.package.id);
}

/** Points `tag` of the package in the called repository at `version`. */
export async function setDistTag(service: PackageService, ref: PackageRef, tag: string, version: string): Promise<PackageRecord> {
  checkTag(tag);
  const located = await locatePackage(service.ctx, ref);
  await service.ctx.store.distTags.set(located.package.id, tag, version);
  return located.package;
}

/** Sets `latest` when the package has none yet, as npm registries do on a first publish. */
export async function ensureLatestTag(service: PackageService, ref: PackageRef, version: string): Promise<void> {
  const located = await locatePackage(service.ctx, ref);
  const tags = await service.ctx.store.distTags.get(located.package.id);
  if (tags.latest === undefined) await service.ctx.store.distTags.set(located.package.id, "latest", version);
}

export async function removeDistTag(service: PackageService, ref: PackageRef, tag: string): Promise<void> {
  if (tag === "latest") throw invalid("The latest dist-tag cannot be removed.");
  const located = await locatePackage(service.ctx, ref);
  if (!(await service.ctx.store.distTags.remove(located.package.id, tag))) {
    throw notFound(
      "package",
      located.package.displayName,
      `Package ${located.package.displayName} has no dist-tag ${tag} in repository ${located.repository.name}.`,
    );
  }
}

/** npm refuses tags that read as version ranges, since `name@<tag>` would be ambiguous. */
function checkTag(tag: string): void {
  if (tag === "" || encodeURIComponent(tag) !== tag || /^v?\d/.test(tag)) {
    throw invalid(`Tag name ${tag} is not valid: tags must be URL-safe and must not look like a version.`);
  }
}
