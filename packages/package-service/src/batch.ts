import type { PackageVersionRecord, PackageVersionStatus, StoreOps } from "@codeartifact-local/store";
import { invalid } from "./errors";
import { domainKeyOf, locatePackage, type LocatedPackage, type PackageRef, type ServiceContext } from "./context";
import { normalizeVersion } from "./names";

// The batch version operations (UpdatePackageVersionsStatus, DisposePackageVersions,
// DeletePackageVersions, and CopyPackageVersions in copy.ts) answer per version, in maps keyed by
// version. As AWS does today, they are all-or-nothing: when one version fails its checks, no
// version is changed and the others are reported as SKIPPED.

export type PackageVersionErrorCode = "ALREADY_EXISTS" | "MISMATCHED_REVISION" | "MISMATCHED_STATUS" | "NOT_ALLOWED" | "NOT_FOUND" | "SKIPPED";

export interface VersionFailure {
  errorCode: PackageVersionErrorCode;
  errorMessage: string;
}

export interface VersionSuccess {
  revision: string;
  status: PackageVersionStatus;
}

export interface BatchResult {
  successfulVersions: Record<string, VersionSuccess>;
  failedVersions: Record<string, VersionFailure>;
}

export interface BatchInput extends PackageRef {
  versions: readonly string[];
  /** version → revision the version must currently have. */
  versionRevisions?: Readonly<Record<string, string>>;
  /** The status every version must currently have. */
  expectedStatus?: PackageVersionStatus;
}

export const UPDATABLE_TARGETS: ReadonlySet<PackageVersionStatus> = new Set(["Published", "Unlisted", "Archived"]);

export const failure = (errorCode: PackageVersionErrorCode, errorMessage: string): VersionFailure => ({ errorCode, errorMessage });

/** Requested versions, normalized and de-duplicated; revision keys must be among them. */
export function requestedVersions(located: LocatedPackage, input: { versions: readonly string[]; versionRevisions?: Readonly<Record<string, string>> }) {
  const format = located.coordinate.format;
  const versions = [...new Set(input.versions.map((v) => normalizeVersion(format, v)))];
  const revisions = new Map<string, string>();
  for (const [version, revision] of Object.entries(input.versionRevisions ?? {})) {
    const normalized = normalizeVersion(format, version);
    if (!versions.includes(normalized)) {
      throw invalid(`Version ${version} has a revision in versionRevisions but is not in versions.`);
    }
    revisions.set(normalized, revision);
  }
  return { versions, revisions };
}

/** The common preconditions: the version exists, has the expected revision and status. */
export function checkPreconditions(
  name: string,
  version: PackageVersionRecord | undefined,
  expectedRevision: string | undefined,
  expectedStatus: PackageVersionStatus | undefined,
): VersionFailure | undefined {
  if (!version) return failure("NOT_FOUND", `Could not find version ${name}`);
  if (expectedRevision !== undefined && expectedRevision !== version.revision) {
    return failure("MISMATCHED_REVISION", `current revision: ${version.revision}, expected revision: ${expectedRevision}`);
  }
  if (expectedStatus !== undefined && expectedStatus !== version.status) {
    return failure("MISMATCHED_STATUS", `current status: ${version.status}, expected status: ${expectedStatus}`);
  }
  return undefined;
}

/** Applies `act` to every version only when `check` passes for all of them. */
async function runBatch(
  ctx: ServiceContext,
  input: BatchInput,
  check: (version: PackageVersionRecord) => VersionFailure | undefined,
  act: (tx: StoreOps, version: PackageVersionRecord) => Promise<VersionSuccess | undefined>,
): Promise<BatchResult & { located: LocatedPackage; touched: PackageVersionRecord[] }> {
  const located = await locatePackage(ctx, input);
  const { versions, revisions } = requestedVersions(located, input);
  return ctx.store.transaction(async (tx) => {
    const failedVersions: Record<string, VersionFailure> = {};
    const found: PackageVersionRecord[] = [];
    for (const name of versions) {
      const version = await tx.versions.get(located.package.id, name);
      const problem = checkPreconditions(name, version, revisions.get(name), input.expectedStatus) ?? (version && check(version));
      if (problem) failedVersions[name] = problem;
      else found.push(version!);
    }
    if (Object.keys(failedVersions).length > 0) {
      for (const version of found) failedVersions[version.version] = failure("SKIPPED", `version ${version.version} is skipped`);
      return { successfulVersions: {}, failedVersions, located, touched: [] };
    }
    const successfulVersions: Record<string, VersionSuccess> = {};
    for (const version of found) {
      const success = await act(tx, version);
      if (success) successfulVersions[version.version] = success;
    }
    return { successfulVersions, failedVersions, located, touched: found };
  });
}

export async function updateVersionsStatus(ctx: ServiceContext, input: BatchInput & { targetStatus: PackageVersionStatus }): Promise<BatchResult> {
  if (!UPDATABLE_TARGETS.has(input.targetStatus)) {
    throw invalid(
      `The target status must be Published, Unlisted or Archived, not ${input.targetStatus}` +
        (input.targetStatus === "Disposed" ? "; use DisposePackageVersions to dispose of versions." : "."),
    );
  }
  const { successfulVersions, failedVersions } = await runBatch(
    ctx,
    input,
    (version) =>
      version.status === "Disposed" && input.targetStatus !== "Disposed"
        ? failure("NOT_ALLOWED", `Version ${version.version} is Disposed; its status cannot be changed to ${input.targetStatus}.`)
        : undefined,
    async (tx, version) => {
      if (version.status === input.targetStatus) return { revision: version.revision, status: version.status };
      const updated = await tx.versions.update(version.id, {
        status: input.targetStatus,
        revision: ctx.revision(),
        ...(input.targetStatus === "Published" && !version.publishedTime ? { publishedTime: ctx.services.now() } : {}),
      });
      return { revision: updated!.revision, status: updated!.status };
    },
  );
  return { successfulVersions, failedVersions };
}

/**
 * A batch that lets go of asset bytes: `act` adds the blobs it releases to `released`; once the
 * batch is committed they go, unless another version in the domain still uses them.
 */
async function runReleasingBatch(
  ctx: ServiceContext,
  input: BatchInput,
  act: (tx: StoreOps, version: PackageVersionRecord, released: string[]) => Promise<VersionSuccess>,
): Promise<BatchResult> {
  const released: string[] = [];
  const result = await runBatch(
    ctx,
    input,
    () => undefined,
    (tx, version) => act(tx, version, released),
  );
  await ctx.janitor.collect(ctx.store, domainKeyOf(result.located.domain), released);
  return { successfulVersions: result.successfulVersions, failedVersions: result.failedVersions };
}

/** Removes the asset bytes of versions for good; the version records stay, Disposed. */
export async function disposeVersions(ctx: ServiceContext, input: BatchInput): Promise<BatchResult> {
  return runReleasingBatch(ctx, input, async (tx, version, released) => {
    const assets = await tx.assets.listAll(version.id);
    if (version.status === "Disposed" && assets.length === 0) return { revision: version.revision, status: "Disposed" };
    released.push(...assets.map((a) => a.blobSha256));
    await tx.assets.removeAll(version.id);
    const updated = await tx.versions.update(version.id, { status: "Disposed", revision: ctx.revision() });
    return { revision: updated!.revision, status: "Disposed" };
  });
}

/** Deletes version records (and their assets); bytes go when no other version in the domain uses them. */
export async function deleteVersions(ctx: ServiceContext, input: BatchInput): Promise<BatchResult> {
  return runReleasingBatch(ctx, input, async (tx, version, released) => {
    released.push(...(await tx.assets.listAll(version.id)).map((a) => a.blobSha256));
    await tx.versions.delete(version.id);
    return { revision: version.revision, status: "Deleted" };
  });
}
