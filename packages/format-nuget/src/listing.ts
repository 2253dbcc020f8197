import type { PackageVersionStatus } from "@codeartifact-local/package-service";
import { packageRef, type NugetCall } from "./call";
import { findVersion } from "./package-view";
import { NugetError } from "./replies";

// `nuget delete` (DELETE on the publish resource) and a relist (POST there, as nuget.org takes
// it). CodeArtifact never deletes through a package manager: a delete unlists the version
// (status Unlisted: gone from version lists, still downloadable by exact version), a relist
// publishes it again. Only versions the called repository holds can change.

export async function setListed(call: NugetCall, id: string, requested: string, listed: boolean): Promise<void> {
  const ref = packageRef(call, id);
  const { versions } = await call.packages.listAllVersions(ref);
  const version = findVersion(
    versions.map((v) => v.version),
    requested,
  );
  if (!version) throw new NugetError(404, `Version ${requested} of package ${id} was not found in repository ${call.repository.name}.`);
  const targetStatus: PackageVersionStatus = listed ? "Published" : "Unlisted";
  const result = await call.packages.updateVersionsStatus({ ...ref, versions: [version], targetStatus });
  const failure = result.failedVersions[version];
  if (failure) throw new NugetError(failure.errorCode === "NOT_FOUND" ? 404 : 409, failure.errorMessage);
}
