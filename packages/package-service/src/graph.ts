import type { DomainRecord, PackageRecord, PackageVersionRecord, RepositoryRecord } from "@codeartifact-local/store";
import { externalConnectionsInSearchOrder, upstreamSearchOrder } from "./upstream-graph";
import type { PackageRef } from "./context";
import { normalizeCoordinate, normalizeVersion, type Coordinate } from "./names";
import { loadEffectiveRestrictions } from "./origin";
import type { EffectiveRestrictions } from "./restrictions";
import type { RetainResult } from "./retain";
import type { PackageService } from "./service";

// One package as seen from the repository a client called: the repository itself, then its
// upstreams in AWS's search order (depth-first, at most the quota), then the external connections
// of that graph. Package-format endpoints list versions and resolve downloads through this view,
// so the rules live here once:
//   - an upstream repository's versions count only when the called repository may retain versions
//     from internal upstreams (its effective INTERNAL_UPSTREAM / package `upstream` restriction);
//   - an external connection counts only when the repository owning it may ingest from it
//     (EXTERNAL_UPSTREAM) and, when that is not the called repository, the called repository may
//     retain from upstreams;
//   - a version is taken from the first repository that has it, whatever its status: a version the
//     called repository holds is never shadowed by an upstream copy.

export interface GraphRepository {
  repository: RepositoryRecord;
  /** Edges from the called repository (0 for itself). */
  depth: number;
  package?: PackageRecord;
  /** Every version the repository holds, in any status. */
  versions: PackageVersionRecord[];
  distTags: Record<string, string>;
}

export interface GraphExternalConnection {
  /** The repository the connection belongs to (where fetched versions are also retained). */
  owner: RepositoryRecord;
  name: string;
}

export interface PackageGraph {
  ref: PackageRef;
  domain: DomainRecord;
  repository: RepositoryRecord;
  coordinate: Coordinate;
  /** Restrictions of the called repository. */
  restrictions: EffectiveRestrictions;
  /** The called repository first, then the upstreams whose versions may enter it. */
  repositories: GraphRepository[];
  /** External connections, in search order, whose versions may enter the called repository. */
  externalConnections: GraphExternalConnection[];
  /** Whether some upstream or external source was left out by an origin restriction. */
  blocked: boolean;
}

export interface GraphHit {
  source: GraphRepository;
  version: PackageVersionRecord;
}

export async function packageGraph(service: PackageService, ref: PackageRef): Promise<PackageGraph> {
  const ctx = service.ctx;
  const coordinate = normalizeCoordinate(ref);
  const located = { domain: ref.domain, repository: ref.repository };
  const calledPackage = await ctx.store.packages.get(located.repository.id, coordinate);
  const restrictions = await loadEffectiveRestrictions(ctx, service.groups, { ...located, coordinate, package: calledPackage });
  const order = await upstreamSearchOrder(ctx.store, located.repository.id, ctx.services.config.quotas.upstreamRepositoriesSearched);
  const fromUpstreams = restrictions.internalUpstream.allowed;
  let blocked = false;

  const repositories: GraphRepository[] = [];
  for (const searched of order) {
    if (searched.depth > 0 && !fromUpstreams) {
      blocked = true;
      continue;
    }
    const pkg = searched.id === located.repository.id ? calledPackage : await ctx.store.packages.get(searched.id, coordinate);
    repositories.push({
      repository: searched,
      depth: searched.depth,
      package: pkg,
      versions: pkg ? await ctx.store.versions.listAll(pkg.id) : [],
      distTags: pkg ? await ctx.store.distTags.get(pkg.id) : {},
    });
  }

  const externalConnections: GraphExternalConnection[] = [];
  for (const { repository: owner, connection } of externalConnectionsInSearchOrder(order)) {
    if (connection.packageFormat !== coordinate.format) continue;
    let allowed: boolean;
    if (owner.id === located.repository.id) {
      allowed = restrictions.externalUpstream.allowed;
    } else {
      const ownerRestrictions = await loadEffectiveRestrictions(ctx, service.groups, { domain: located.domain, repository: owner, coordinate });
      allowed = fromUpstreams && ownerRestrictions.externalUpstream.allowed;
    }
    if (allowed) externalConnections.push({ owner, name: connection.name });
    else blocked = true;
  }

  return { ref, ...located, coordinate, restrictions, repositories, externalConnections, blocked };
}

/** The first repository of the graph holding `version`, in any status. */
export function findInGraph(graph: PackageGraph, version: string): GraphHit | undefined {
  const name = normalizeVersion(graph.coordinate.format, version);
  for (const source of graph.repositories) {
    const hit = source.versions.find((v) => v.version === name);
    if (hit) return { source, version: hit };
  }
  return undefined;
}

/** The first upstream (not the called repository) holding `version`: a publish of it conflicts. */
export function findInUpstreams(graph: PackageGraph, version: string): GraphHit | undefined {
  const hit = findInGraph({ ...graph, repositories: graph.repositories.filter((r) => r.depth > 0) }, version);
  return hit;
}

/**
 * Every version a client may see listed, first hit per version string, keeping only the hits
 * whose status lists them (Published).
 */
export function listedVersions(graph: PackageGraph): GraphHit[] {
  const seen = new Set<string>();
  const listed: GraphHit[] = [];
  for (const source of graph.repositories) {
    for (const version of source.versions) {
      if (seen.has(version.version)) continue;
      seen.add(version.version);
      if (version.status === "Published") listed.push({ source, version });
    }
  }
  return listed;
}

/** Every version string some repository of the graph holds, whatever its status. */
export function heldVersions(graph: PackageGraph): Set<string> {
  return new Set(graph.repositories.flatMap((r) => r.versions.map((v) => v.version)));
}

/**
 * Makes an upstream hit a version of the called repository (copy on read, keeping its origin).
 * A hit in the called repository itself is returned as is.
 */
export async function retainHit(service: PackageService, graph: PackageGraph, hit: GraphHit): Promise<PackageVersionRecord> {
  if (hit.source.depth === 0) return hit.version;
  const result: RetainResult = await service.retainVersion({
    ...graph.ref,
    version: hit.version.version,
    from: { repository: hit.source.repository },
  });
  return result.version;
}
