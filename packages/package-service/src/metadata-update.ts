import type { JsonValue, PackageVersionRecord } from "@codeartifact-local/store";
import { locateVersion, type VersionRef } from "./context";
import type { PackageService } from "./service";

/**
 * Rewrites the format-specific metadata of a version (e.g. npm's deprecation message), atomically
 * and with a new revision when it changes. `update` gets the current value and returns the new one.
 */
export async function updateFormatMetadata(
  service: PackageService,
  ref: VersionRef,
  update: (current: JsonValue | undefined) => JsonValue | undefined,
): Promise<PackageVersionRecord> {
  const ctx = service.ctx;
  const located = await locateVersion(ctx, ref);
  return ctx.store.transaction(async (tx) => {
    // Re-read inside the transaction so concurrent updates do not overwrite each other.
    const version = (await tx.versions.get(located.package.id, located.version.version)) ?? located.version;
    const next = update(version.formatMetadata);
    if (JSON.stringify(next ?? null) === JSON.stringify(version.formatMetadata ?? null)) return version;
    return (await tx.versions.update(version.id, { formatMetadata: next ?? null, revision: ctx.revision() }))!;
  });
}

/** Records a version's readme, with a new revision, unless it has one already (a format read it from an asset). */
export async function recordReadme(service: PackageService, ref: VersionRef, readme: string): Promise<void> {
  const ctx = service.ctx;
  const located = await locateVersion(ctx, ref);
  await ctx.store.transaction(async (tx) => {
    if ((await tx.versions.getReadme(located.version.id)) !== undefined) return;
    await tx.versions.update(located.version.id, { readme, revision: ctx.revision() });
  });
}
