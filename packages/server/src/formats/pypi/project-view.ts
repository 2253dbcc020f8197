import { heldVersions, listedVersions, packageGraph, type GraphExternalConnection, type PackageGraph } from "../../packages/graph";
import { compareVersions } from "../../packages/version-order";
import { packageRef, type PypiCall } from "./call";
import { readVersionData } from "./file-records";
import { distributionKind, versionOfFile } from "./names";

// A project as its simple page shows it: the files of every listed version across the repository
// and its upstreams (package service rules: first hit per version, Published only, origin
// restrictions applied), then the files of the versions only the external index has. Every file
// is linked through this endpoint, so a download is resolved (and retained) the same way.

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
  graph: PackageGraph;
  /** The project name as published, for page titles. */
  displayName: string;
  files: ProjectFile[];
  /** Why no external index could be consulted, when one should have been. */
  externalProblem?: string;
  external?: GraphExternalConnection;
}

export async function loadProjectView(call: PypiCall, project: string): Promise<ProjectView> {
  const graph = await packageGraph(call.packages, packageRef(call, project), call.auth);
  const files: ProjectFile[] = [];
  let displayName: string | undefined;
  const listed = listedVersions(graph);
  const assets = await call.services.store.assets.listAllForVersions(listed.map((hit) => hit.version.id));
  for (const hit of listed) {
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

  let externalProblem: string | undefined;
  let external: GraphExternalConnection | undefined;
  const held = heldVersions(graph);
  for (const connection of graph.externalConnections) {
    const result = await call.index.project(connection.name, project);
    if (!result.ok) {
      if ("unreachable" in result) {
        externalProblem = `${connection.name} (${call.index.baseUrl(connection.name)}) could not be reached: ${result.unreachable}`;
        call.log.warn({ connection: connection.name, problem: result.unreachable }, "external index unreachable");
      }
      continue;
    }
    external = connection;
    externalProblem = undefined;
    for (const file of result.value) {
      const version = versionOfFile(project, file.filename);
      // A version the graph holds in any status is the graph's: its files are never listed from outside.
      if (version === undefined || held.has(version)) continue;
      files.push({ ...file, version });
    }
    break;
  }

  files.sort((a, b) => compareVersions("pypi", a.version, b.version) || (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0));
  return { project, graph, displayName: displayName ?? project, files, externalProblem, external };
}
