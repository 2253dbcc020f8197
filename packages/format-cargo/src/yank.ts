import type { PackageVersionStatus } from "@codeartifact-local/package-service";
import { crateRef, type CargoCall } from "./call";
import { CargoError } from "./replies";

// `cargo yank` and `cargo yank --undo` as CodeArtifact statuses: a yanked version is Unlisted
// (not offered to new resolutions, still downloadable by lockfiles that name it), an unyanked one
// Published again, through the same status change as UpdatePackageVersionsStatus. Only versions
// the called repository holds can change, and only between those two statuses: an Archived or
// Disposed version is not brought back by an unyank.

const STATUS: Record<"yank" | "unyank", { from: PackageVersionStatus; to: PackageVersionStatus }> = {
  yank: { from: "Published", to: "Unlisted" },
  unyank: { from: "Unlisted", to: "Published" },
};

export async function handleYank(call: CargoCall, name: string, version: string, yanked: boolean): Promise<{ ok: true }> {
  const ref = crateRef(call, name);
  const { from, to } = STATUS[yanked ? "yank" : "unyank"];
  // ResourceNotFoundException (404) when the repository does not hold the version.
  const { version: held } = await call.packages.getVersion({ ...ref, version });
  if (held.status === to) return { ok: true };
  if (held.status !== from) {
    throw new CargoError(
      400,
      `Version ${version} of crate ${name} has status ${held.status} in repository ${call.repository.name}; ${yanked ? "cargo yank" : "cargo yank --undo"} changes only ${from} versions.`,
    );
  }
  const result = await call.packages.updateVersionsStatus({ ...ref, versions: [held.version], targetStatus: to, expectedStatus: from });
  const failure = Object.values(result.failedVersions)[0];
  if (failure) throw new CargoError(409, `Version ${version} of crate ${name} could not be ${yanked ? "yanked" : "unyanked"}: ${failure.errorMessage}`);
  return { ok: true };
}
