import { pipeline } from "node:stream";
import type { FastifyReply } from "fastify";
import type { PackageVersionRecord } from "@codeartifact-local/store";
import { findInGraph, packageGraph, retainHit, type PackageGraph } from "../../packages/graph";
import type { RetainResult } from "../../packages/retain";
import { DOWNLOADABLE } from "../../packages/versions";
import { IntegrityCheck } from "../integrity-check";
import { packageRef, type NpmCall } from "./call";
import { expectedDigests } from "./integrity";
import { isObject, readmeOf, versionMetadataOf } from "./manifest";
import { NPM_ASSET, type NpmName } from "./names";
import { NpmError } from "./replies";

// Tarball downloads. The version is resolved like everything else: the called repository, its
// upstreams in search order, then the external connection. A version found upstream is retained
// in the called repository before it is served (copy on read); one fetched from the public
// registry is retained in the repository owning the connection and in the called repository.

/** The version a tarball file name stands for: `<unscoped name>-<version>.tgz`. */
export function versionOfTarball(name: NpmName, file: string): string | undefined {
  const prefix = `${name.name}-`;
  if (!file.startsWith(prefix) || !file.endsWith(".tgz")) return undefined;
  const version = file.slice(prefix.length, -".tgz".length);
  return version === "" ? undefined : version;
}

export async function serveTarball(call: NpmCall, reply: FastifyReply, name: NpmName, file: string): Promise<FastifyReply> {
  const version = versionOfTarball(name, file);
  if (version === undefined) throw new NpmError(404, `${file} is not a tarball of package ${name.full}.`);
  const graph = await packageGraph(call.packages, packageRef(call, name), call.auth);
  const hit = findInGraph(graph, version);
  let served: PackageVersionRecord;
  if (hit) {
    if (!DOWNLOADABLE.has(hit.version.status)) {
      throw new NpmError(404, `Version ${version} of package ${name.full} has status ${hit.version.status}; its tarball cannot be downloaded.`);
    }
    served = await retainHit(call.packages, graph, hit);
  } else {
    served = await ingestFromExternal(call, graph, name, version);
  }
  const opened = await call.packages.openLocatedAsset({ domain: graph.domain, coordinate: graph.coordinate, version: served }, NPM_ASSET);
  reply
    .code(200)
    .header("content-type", "application/octet-stream")
    .header("content-length", String(opened.asset.size))
    .header("etag", `"${opened.asset.hashes.sha256}"`);
  return reply.send(opened.stream);
}

/** Fetches `version` from the first external connection that has it and retains it; the called repository's copy. */
async function ingestFromExternal(call: NpmCall, graph: PackageGraph, name: NpmName, version: string): Promise<PackageVersionRecord> {
  let problem: string | undefined;
  for (const connection of graph.externalConnections) {
    const packument = await call.upstream.packument(connection.name, name, false);
    if (!packument.ok) {
      if ("unreachable" in packument) problem = `${connection.name} could not be reached: ${packument.unreachable}`;
      continue;
    }
    const manifest = packument.value.versions?.[version];
    if (!isObject(manifest) || !isObject(manifest.dist) || typeof manifest.dist.tarball !== "string") continue;
    const download = await call.upstream.tarball(connection.name, manifest.dist.tarball);
    if (!download.ok) {
      problem = "unreachable" in download ? `${connection.name} could not be reached: ${download.unreachable}` : `${connection.name} lists ${name.full}@${version} but does not have its tarball`;
      continue;
    }
    const checked = new IntegrityCheck(expectedDigests(manifest.dist), `the tarball of ${name.full}@${version} from ${connection.name}`);
    // pipeline destroys both streams on failure, so the blob store sees the error and keeps nothing.
    pipeline(download.value, checked, () => undefined);
    let retained: RetainResult;
    try {
      retained = await call.packages.retainVersion({
        ...packageRef(call, name, connection.owner),
        version,
        from: {
          externalConnection: connection.name,
          assets: [{ name: NPM_ASSET, content: checked }],
          metadata: versionMetadataOf(name, manifest, readmeOf(manifest, version === packument.value["dist-tags"]?.latest ? packument.value.readme : undefined)),
        },
      });
    } catch (error) {
      download.value.destroy();
      if (error instanceof Error && (error.name === "IntegrityError" || /stalled|terminated|aborted/i.test(error.message))) {
        throw new NpmError(502, `Fetching ${name.full}@${version} from ${connection.name} failed: ${error.message}`);
      }
      throw error;
    }
    if (connection.owner.id === graph.repository.id) return retained.version;
    return (await call.packages.retainVersion({ ...packageRef(call, name), version, from: { repository: connection.owner.name } })).version;
  }
  if (problem) throw new NpmError(502, `Version ${version} of package ${name.full} is not in repository ${graph.repository.name} or its upstreams, and ${problem}.`);
  throw new NpmError(404, `Version ${version} of package ${name.full} was not found in repository ${graph.repository.name}, its upstream repositories or external connections.`);
}
