import { pipeline, type Readable } from "node:stream";
import type { AssetRecord, PackageVersionRecord } from "@codeartifact-local/store";
import { conflict, notFound, upstreamUnavailable, ServiceError } from "./errors";
import { describeCoordinate, type VersionRef, type PackageRef } from "./context";
import type { ExternalPackage, ExternalVersion, RegistryClient, UpstreamResult } from "./formats";
import {
  findInGraph,
  findInUpstreams,
  heldVersions,
  listedVersions,
  packageGraph,
  retainHit,
  type GraphExternalConnection,
  type GraphHit,
  type PackageGraph,
} from "./graph";
import { IntegrityCheck, IntegrityError } from "./integrity-check";
import { requireAllowed } from "./origin";
import type { PackageService } from "./service";
import { DOWNLOADABLE } from "./versions";

// The one resolution path of every package endpoint. A package is seen from the repository the
// client called: that repository, its upstreams in AWS's search order, then the external
// connections of that graph (see graph.ts for the origin rules). A download takes the version from
// the first repository holding it and retains it in the called repository (copy on read); a
// version only a public registry has is fetched through the format's registry client, checked
// against the registry's digests while it streams to the blob store, and retained in the
// repository owning the connection and in the called one. Nothing is recorded when a check fails.

/** A package as a client of the called repository sees it. */
export interface PackageView {
  graph: PackageGraph;
  /** Versions held in the graph that clients see listed (Published, first hit per version). */
  listed: GraphHit[];
  /** The first external registry that answered, and its versions the graph does not hold. */
  external?: { connection: GraphExternalConnection; package: ExternalPackage; versions: ExternalVersion[] };
  /** Why no external registry could be consulted, when one should have been. */
  externalProblem?: string;
}

/** The downloaded asset, from the version as the called repository now holds it. */
export interface ResolvedAsset {
  graph: PackageGraph;
  version: PackageVersionRecord;
  asset: AssetRecord;
  stream: Readable;
}

function registryOf(service: PackageService, graph: PackageGraph): RegistryClient | undefined {
  return service.ctx.formats.get(graph.coordinate.format)?.registry;
}

function unreachable(registry: RegistryClient, connection: string, problem: string): string {
  const url = registry.baseUrl(connection);
  return `${connection}${url ? ` (${url})` : ""} could not be reached: ${problem}`;
}

/** Asks the graph's external connections in order; the first that has the package answers. */
async function firstExternal(service: PackageService, graph: PackageGraph) {
  const registry = registryOf(service, graph);
  let problem: string | undefined;
  if (!registry) return { problem };
  for (const connection of graph.externalConnections) {
    const result: UpstreamResult<ExternalPackage> = await registry.getPackage(connection.name, graph.coordinate);
    if (result.ok) return { registry, connection, package: result.value };
    if ("unreachable" in result) problem = unreachable(registry, connection.name, result.unreachable);
  }
  return { problem };
}

export async function packageView(service: PackageService, ref: PackageRef): Promise<PackageView> {
  const graph = await packageGraph(service, ref);
  const listed = listedVersions(graph);
  const found = await firstExternal(service, graph);
  if (!found.connection) return { graph, listed, externalProblem: found.problem };
  // A version the graph holds in any status is the graph's: never listed from outside.
  const held = heldVersions(graph);
  const versions = found.package.versions.filter((v) => !held.has(v.version));
  return { graph, listed, external: { connection: found.connection, package: found.package, versions } };
}

/**
 * `assetName` of `ref.version`, resolved through the graph and the external connections and
 * retained in the called repository. ResourceNotFoundException when nothing has it, or when the
 * version's status does not serve assets; UpstreamUnavailable when only an unreachable registry
 * could have had it, or its bytes failed their digest.
 */
export async function resolveAsset(service: PackageService, ref: VersionRef, assetName: string): Promise<ResolvedAsset> {
  const graph = await packageGraph(service, ref);
  const what = `${assetName} of version ${ref.version} of the ${describeCoordinate(graph.coordinate)}`;
  const hit = findInGraph(graph, ref.version);
  let version: PackageVersionRecord;
  if (hit) {
    if (!DOWNLOADABLE.has(hit.version.status)) {
      throw notFound(
        "package-version",
        hit.version.version,
        `Version ${hit.version.version} of the ${describeCoordinate(graph.coordinate)} has status ${hit.version.status}; its assets cannot be downloaded.`,
      );
    }
    // Asked only where it matters (the called repository's own assets are opened straight away):
    // an upstream version is not retained for an asset it lacks, and a version ingested from
    // outside gains its other assets on demand, as AWS imports them.
    const ingested = hit.version.origin.type === "EXTERNAL" && graph.externalConnections.length > 0;
    const has = hit.source.depth === 0 && !ingested ? true : await service.ctx.store.assets.get(hit.version.id, assetName);
    if (!has && ingested) version = await ingest(service, graph, ref.version, assetName, what);
    else if (!has) throw notFound("asset", assetName, `Asset ${what} was not found in repository ${graph.repository.name}.`);
    else version = await retainHit(service, graph, hit);
  } else {
    version = await ingest(service, graph, ref.version, assetName, what);
  }
  const opened = await service.openLocatedAsset({ domain: graph.domain, coordinate: graph.coordinate, version }, assetName);
  return { graph, version, ...opened };
}

/** Fetches the asset from the first external registry that lists it and retains it; the called repository's version. */
async function ingest(service: PackageService, graph: PackageGraph, versionName: string, assetName: string, what: string): Promise<PackageVersionRecord> {
  const registry = registryOf(service, graph);
  let problem: string | undefined;
  for (const connection of registry ? graph.externalConnections : []) {
    const listed = await registry!.getPackage(connection.name, graph.coordinate);
    if (!listed.ok) {
      if ("unreachable" in listed) problem = unreachable(registry!, connection.name, listed.unreachable);
      continue;
    }
    const external = listed.value.versions.find((v) => v.version === versionName);
    if (!external) continue;
    const fetched = await registry!.fetchAsset(connection.name, graph.coordinate, listed.value, external, assetName);
    if (!fetched.ok) {
      if ("unreachable" in fetched) problem = unreachable(registry!, connection.name, fetched.unreachable);
      continue;
    }
    const checked = new IntegrityCheck(fetched.value.digests, `${what} from ${connection.name}`);
    // pipeline destroys both streams on failure, so the blob store sees the error and keeps nothing.
    pipeline(fetched.value.content, checked, () => undefined);
    const ref = { domain: graph.domain, repository: connection.owner, ...graph.coordinate, version: versionName };
    try {
      await service.retainVersion({
        ...ref,
        from: { externalConnection: connection.name, assets: [{ name: assetName, content: checked }], metadata: fetched.value.metadata },
      });
    } catch (error) {
      fetched.value.content.destroy();
      if (error instanceof ServiceError) throw error;
      // The bytes failed their digest, or the download broke off: the registry's fault, not the client's.
      const reason = error instanceof IntegrityError ? error.message : `the download failed: ${(error as Error).message}`;
      throw upstreamUnavailable(`Fetching ${what} from ${connection.name} failed: ${reason}`);
    }
    await service.recordAssetMetadata(ref, assetName);
    const retained = await service.retainVersion({ ...ref, repository: graph.repository, from: { repository: connection.owner } });
    return retained.version;
  }
  if (problem) throw upstreamUnavailable(`${capitalize(what)} is not in repository ${graph.repository.name} or its upstreams, and ${problem}.`);
  throw notFound(
    "package-version",
    versionName,
    `${capitalize(what)} was not found in repository ${graph.repository.name}, its upstream repositories or external connections.`,
  );
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export interface PublishCheck {
  graph: PackageGraph;
  /** The version as the called repository already holds it. */
  existing?: PackageVersionRecord;
  /** External registries that could not be asked (as on AWS, they do not block the publish). */
  skipped: string[];
}

/**
 * What AWS checks before a publish: the package's origin controls allow publishing to the called
 * repository (AccessDeniedException), and no upstream or external connection reachable from it
 * already has the version (ConflictException).
 */
export async function checkPublish(service: PackageService, ref: VersionRef): Promise<PublishCheck> {
  const graph = await packageGraph(service, ref);
  requireAllowed(graph.restrictions, "publish", graph.coordinate, graph.repository.name);
  const existing = graph.repositories[0].versions.find((v) => v.version === ref.version);
  const skipped: string[] = [];
  if (existing) return { graph, existing, skipped };
  const name = `Version ${ref.version} of the ${describeCoordinate(graph.coordinate)}`;
  const upstream = findInUpstreams(graph, ref.version);
  if (upstream) {
    throw conflict(
      "package-version",
      ref.version,
      `${name} already exists in upstream repository ${upstream.source.repository.name}; a version available from a reachable upstream cannot be published to ${graph.repository.name}.`,
    );
  }
  const registry = registryOf(service, graph);
  for (const connection of registry ? graph.externalConnections : []) {
    const listed = await registry!.getPackage(connection.name, graph.coordinate);
    if (listed.ok && listed.value.versions.some((v) => v.version === ref.version)) {
      throw conflict(
        "package-version",
        ref.version,
        `${name} already exists in ${connection.name}, reachable from repository ${graph.repository.name}; it cannot be published there.`,
      );
    }
    if (!listed.ok && "unreachable" in listed) skipped.push(unreachable(registry!, connection.name, listed.unreachable));
  }
  return { graph, skipped };
}
