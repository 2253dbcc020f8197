import type { PackageView } from "@codeartifact-local/package-service";
import { packageRef, type PypiCall } from "./call";
import { readVersionData } from "./file-records";
import { comparePypiVersions } from "./format";
import { distributionKind } from "./names";
import type { IndexFile } from "./upstream-index";

// A project as its simple page shows it: the files of every version the package service lists
// (the repository and its upstreams), then those of the versions only the external index has.
// Every file is linked through this endpoint, so a download is resolved (and retained) the same way.

export interface ProjectFile {
  filename: string;
  version: string;
  sha256?: string;
  size?: number;
  requiresPython?: string;
  /** SHA-256 of the PEP 658 core metadata, or true when the index offers it without a hash. */
  coreMetadata?: string | true;
  yanked?: string | true;
}

export interface ProjectView {
  project: string;
  service: PackageView;
  /** The project name as published, for page titles. */
  displayName: string;
  files: ProjectFile[];
}

export async function loadProjectView(call: PypiCall, project: string): Promise<ProjectView> {
  const service = await call.packages.view(packageRef(call, project));
  const files: ProjectFile[] = [];
  let displayName: string | undefined;
  const assets = await call.packages.assetsOfVersions(service.listed.map((hit) => hit.version.id));
  for (const hit of service.listed) {
    displayName ??= hit.source.package?.displayName;
    const data = readVersionData(hit.version.formatMetadata);
    for (const asset of assets.get(hit.version.id) ?? []) {
      if (!distributionKind(asset.name)) continue;
      const record = data.files[asset.name];
      files.push({
        filename: asset.name,
        version: hit.version.version,
        sha256: asset.hashes.sha256,
        size: asset.size,
        requiresPython: record?.requiresPython ?? data.requiresPython,
        coreMetadata: record?.coreMetadataSha256,
      });
    }
  }
  for (const version of service.external?.versions ?? []) {
    for (const file of version.data as IndexFile[]) files.push({ ...file, version: version.version });
  }
  if (service.externalProblem) call.log.warn({ problem: service.externalProblem }, "external index unreachable");

  files.sort((a, b) => comparePypiVersions(a.version, b.version) || (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0));
  return { project, service, displayName: displayName ?? project, files };
}
