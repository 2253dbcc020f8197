import type { AssetRecord, PackageRecord, PackageVersionRecord } from "@codeartifact-local/store";
import {
  domainForCall,
  repositoryNotFound,
  requireRepositoryAccess,
  invalid,
  packageService,
  type BatchInput,
  type BatchResult,
  type Services,
} from "@codeartifact-local/package-service";
import type {
  AssetSummary,
  CodeArtifactControlPlaneServiceHandlers,
  PackageVersionDescription,
  PackageVersionOrigin,
  PackageVersionSummary,
} from "../generated";
import { packageRefFor } from "./packages";

type PackageVersionHandlers = Pick<
  CodeArtifactControlPlaneServiceHandlers,
  | "publishPackageVersion"
  | "listPackageVersions"
  | "describePackageVersion"
  | "listPackageVersionAssets"
  | "getPackageVersionAsset"
  | "getPackageVersionReadme"
  | "listPackageVersionDependencies"
  | "updatePackageVersionsStatus"
  | "copyPackageVersions"
  | "deletePackageVersions"
  | "disposePackageVersions"
>;

export function assetSummary(asset: AssetRecord): AssetSummary {
  return {
    name: asset.name,
    size: asset.size,
    hashes: { MD5: asset.hashes.md5, "SHA-1": asset.hashes.sha1, "SHA-256": asset.hashes.sha256, "SHA-512": asset.hashes.sha512 },
  };
}

function origin(version: PackageVersionRecord): PackageVersionOrigin {
  return { originType: version.origin.type, domainEntryPoint: version.origin.domainEntryPoint };
}

function versionSummary(version: PackageVersionRecord): PackageVersionSummary {
  return { version: version.version, revision: version.revision, status: version.status, origin: origin(version) };
}

function versionDescription(pkg: PackageRecord, version: PackageVersionRecord): PackageVersionDescription {
  return {
    format: pkg.format,
    namespace: pkg.namespace,
    packageName: pkg.name,
    displayName: version.displayName ?? pkg.displayName,
    version: version.version,
    summary: version.summary,
    homePage: version.homePage,
    sourceCodeRepository: version.sourceCodeRepository,
    publishedTime: version.publishedTime,
    licenses: version.licenses.length > 0 ? version.licenses : undefined,
    revision: version.revision,
    status: version.status,
    origin: origin(version),
  };
}

/** The package and version echo the version-level list operations start their answers with. */
function versionEcho(pkg: PackageRecord, version: PackageVersionRecord) {
  return { format: pkg.format, namespace: pkg.namespace, package: pkg.name, version: version.version, versionRevision: version.revision };
}

/** Which versions a batch operation names, and what they must currently be. */
const batchSelection = (input: Pick<BatchInput, "versions" | "versionRevisions" | "expectedStatus">) => ({
  versions: input.versions,
  versionRevisions: input.versionRevisions,
  expectedStatus: input.expectedStatus,
});

const batchOutput = (result: BatchResult) => ({
  successfulVersions: result.successfulVersions,
  failedVersions: result.failedVersions,
});

export function packageVersionHandlers(services: Services): PackageVersionHandlers {
  const service = packageService(services);
  return {
    async publishPackageVersion(input, context) {
      try {
        // The API publishes generic packages only; other formats go through their endpoints.
        if (input.format !== "generic") {
          throw invalid(`PublishPackageVersion publishes generic packages only, not ${input.format} packages.`);
        }
        const ref = await packageRefFor(services, context, input);
        const result = await service.publishVersion({
          ...ref,
          version: input.packageVersion,
          assets: [{ name: input.assetName, content: input.assetContent, expectedSha256: input.assetSHA256 }],
          unfinished: input.unfinished === true,
        });
        return {
          format: result.package.format,
          namespace: result.package.namespace,
          package: result.package.name,
          version: result.version.version,
          versionRevision: result.version.revision,
          status: result.version.status,
          asset: assetSummary(result.assets[0]),
        };
      } catch (error) {
        // Refused before (or while) reading the body: drain the rest so the connection stays usable.
        input.assetContent.resume();
        throw error;
      }
    },

    async listPackageVersions(input, context) {
      const ref = await packageRefFor(services, context, input);
      const result = await service.listVersions(
        ref,
        { status: input.status, originType: input.originType, sortBy: input.sortBy === "PUBLISHED_TIME" ? "publishedTime" : "version" },
        input,
      );
      return {
        defaultDisplayVersion: result.defaultDisplayVersion,
        format: result.package.format,
        namespace: result.package.namespace,
        package: result.package.name,
        versions: result.items.map(versionSummary),
        nextToken: result.nextToken,
      };
    },

    async describePackageVersion(input, context) {
      const ref = await packageRefFor(services, context, input);
      const { package: pkg, version } = await service.getVersion({ ...ref, version: input.packageVersion });
      return { packageVersion: versionDescription(pkg, version) };
    },

    async listPackageVersionAssets(input, context) {
      const ref = await packageRefFor(services, context, input);
      const result = await service.listAssets({ ...ref, version: input.packageVersion }, input);
      return { ...versionEcho(result.package, result.version), assets: result.assets.map(assetSummary), nextToken: result.nextToken };
    },

    async getPackageVersionAsset(input, context) {
      const ref = await packageRefFor(services, context, input);
      const result = await service.openAsset({ ...ref, version: input.packageVersion, asset: input.asset, revision: input.packageVersionRevision });
      return {
        asset: result.stream,
        assetName: result.asset.name,
        packageVersion: result.version.version,
        packageVersionRevision: result.version.revision,
      };
    },

    async getPackageVersionReadme(input, context) {
      const ref = await packageRefFor(services, context, input);
      const result = await service.getReadme({ ...ref, version: input.packageVersion });
      return { ...versionEcho(result.package, result.version), readme: result.readme };
    },

    async listPackageVersionDependencies(input, context) {
      const ref = await packageRefFor(services, context, input);
      const result = await service.listDependencies({ ...ref, version: input.packageVersion }, input);
      return { ...versionEcho(result.package, result.version), dependencies: result.dependencies, nextToken: result.nextToken };
    },

    async updatePackageVersionsStatus(input, context) {
      const ref = await packageRefFor(services, context, input);
      return batchOutput(await service.updateVersionsStatus({ ...ref, ...batchSelection(input), targetStatus: input.targetStatus }));
    },

    async deletePackageVersions(input, context) {
      const ref = await packageRefFor(services, context, input);
      return batchOutput(await service.deleteVersions({ ...ref, ...batchSelection(input) }));
    },

    async disposePackageVersions(input, context) {
      const ref = await packageRefFor(services, context, input);
      return batchOutput(await service.disposeVersions({ ...ref, ...batchSelection(input) }));
    },

    async copyPackageVersions(input, context) {
      // Reading from the source and copying into the destination are separate permissions.
      const domain = await domainForCall(services, context, input, { action: "ReadFromRepository" });
      const located = [];
      for (const [name, action] of [
        [input.sourceRepository, "ReadFromRepository"],
        [input.destinationRepository, "CopyPackageVersions"],
      ] as const) {
        const repository = await services.store.repositories.get(domain.id, name);
        if (repository) await requireRepositoryAccess(services.store, context, repository, action);
        located.push(repository);
      }
      const [source, destination] = located;
      if (!source) throw repositoryNotFound(input.sourceRepository, domain.name, domain.account);
      if (!destination) throw repositoryNotFound(input.destinationRepository, domain.name, domain.account);
      const result = await service.copyVersions({
        domain,
        source,
        destination,
        format: input.format,
        namespace: input.namespace,
        name: input.package,
        versions: input.versions,
        versionRevisions: input.versionRevisions,
        allowOverwrite: input.allowOverwrite,
        includeFromUpstream: input.includeFromUpstream,
      });
      return batchOutput(result);
    },
  };
}
