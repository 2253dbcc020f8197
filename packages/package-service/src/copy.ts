import type { DomainRecord, PackageFormat, PackageRecord, PackageVersionRecord, PackageVersionStatus, RepositoryRecord } from "@codeartifact-local/store";
import { invalid } from "./errors";
import { failure, type BatchResult, type VersionFailure, type VersionSuccess } from "./batch";
import { copyVersionRecords, sameContent, snapshot } from "./version-records";
import { domainKeyOf, packageNotFound, type ServiceContext } from "./context";
import { normalizeCoordinate, normalizeVersion } from "./names";
import { PUBLISHED_FIRST, RETAINED_FIRST } from "./origin";
import { ensurePackage } from "./publish";
import { upstreamSearchOrder } from "./upstream-graph";

export interface CopyInput {
  domain: DomainRecord;
  /** Both in `domain`, located and authorized by the caller. */
  source: RepositoryRecord;
  destination: RepositoryRecord;
  format: PackageFormat;
  namespace?: string;
  name: string;
  versions?: readonly string[];
  versionRevisions?: Readonly<Record<string, string>>;
  allowOverwrite?: boolean;
  includeFromUpstream?: boolean;
}

/** Versions whose assets can still be copied. */
const COPYABLE: ReadonlySet<PackageVersionStatus> = new Set(["Published", "Unlisted", "Archived"]);

/**
 * CopyPackageVersions: copies versions (records and asset references, never bytes) between two
 * repositories of a domain. A version already in the destination with the same assets and
 * metadata is left alone and left out of the answer; a different one is ALREADY_EXISTS unless
 * `allowOverwrite`. All-or-nothing, like the other batch operations.
 */
export async function copyVersions(ctx: ServiceContext, input: CopyInput): Promise<BatchResult> {
  const byRevision = input.versionRevisions && Object.keys(input.versionRevisions).length > 0;
  const byVersion = input.versions && input.versions.length > 0;
  if (byRevision === byVersion) throw invalid("Specify either versions or versionRevisions, not both and not neither.");
  if (input.source.id === input.destination.id) {
    throw invalid("The source and destination repositories must be different.");
  }
  const coordinate = normalizeCoordinate(input);
  const { domain, source, destination } = input;
  const format = coordinate.format;
  const requested = byRevision
    ? Object.entries(input.versionRevisions!).map(([v, r]) => [normalizeVersion(format, v), r] as const)
    : [...new Set(input.versions!.map((v) => normalizeVersion(format, v)))].map((v) => [v, undefined] as const);

  const searched = input.includeFromUpstream
    ? await upstreamSearchOrder(ctx.store, source.id, ctx.services.config.quotas.upstreamRepositoriesSearched)
    : [source];
  const sourcePackages: PackageRecord[] = [];
  for (const repo of searched) {
    const pkg = await ctx.store.packages.get(repo.id, coordinate);
    if (pkg) sourcePackages.push(pkg);
  }
  if (sourcePackages.length === 0) throw packageNotFound(coordinate, source.name);

  const replaced: string[] = [];
  const result = await ctx.store.transaction(async (tx) => {
    const failedVersions: Record<string, VersionFailure> = {};
    const plan: Array<{ source: PackageVersionRecord; existing?: PackageVersionRecord }> = [];
    const destinationPackage = await tx.packages.get(destination.id, coordinate);
    for (const [name, revision] of requested) {
      let found: PackageVersionRecord | undefined;
      for (const pkg of sourcePackages) {
        found = await tx.versions.get(pkg.id, name);
        if (found) break;
      }
      if (!found) {
        failedVersions[name] = failure("NOT_FOUND", `Could not find version ${name}`);
        continue;
      }
      if (revision !== undefined && revision !== found.revision) {
        failedVersions[name] = failure("MISMATCHED_REVISION", `current revision: ${found.revision}, expected revision: ${revision}`);
        continue;
      }
      if (!COPYABLE.has(found.status)) {
        failedVersions[name] = failure("NOT_ALLOWED", `Version ${name} has status ${found.status} and cannot be copied`);
        continue;
      }
      const existing = destinationPackage && (await tx.versions.get(destinationPackage.id, name));
      if (existing) {
        if (sameContent(await snapshot(tx, found), await snapshot(tx, existing))) continue;
        if (!input.allowOverwrite) {
          failedVersions[name] = failure("ALREADY_EXISTS", `Version ${name} already exists`);
          continue;
        }
      }
      plan.push({ source: found, existing });
    }
    if (Object.keys(failedVersions).length > 0) {
      for (const { source: version } of plan) failedVersions[version.version] = failure("SKIPPED", `Version ${version.version} was skipped`);
      return { successfulVersions: {}, failedVersions };
    }
    const successfulVersions: Record<string, VersionSuccess> = {};
    const now = ctx.services.now();
    for (const { source: version, existing } of plan) {
      if (existing) {
        replaced.push(...(await tx.assets.listAll(existing.id)).map((a) => a.blobSha256));
        await tx.versions.delete(existing.id);
      }
      const pkg = await ensurePackage(tx, destination.id, coordinate, {
        originRestrictions: version.origin.type === "EXTERNAL" ? RETAINED_FIRST : PUBLISHED_FIRST,
        displayName: sourcePackages[0].displayName,
        createdTime: now,
      });
      // Same content, same revision: the revision names a set of assets and metadata.
      const copied = await copyVersionRecords(tx, version, pkg.id, { revision: version.revision, now });
      successfulVersions[copied.version] = { revision: copied.revision, status: copied.status };
    }
    return { successfulVersions, failedVersions };
  });
  await ctx.janitor.collect(ctx.store, domainKeyOf(domain), replaced);
  return result;
}
