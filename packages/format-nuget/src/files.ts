import type { FastifyReply } from "fastify";
import { sendAsset } from "@codeartifact-local/format-kit";
import { DOWNLOADABLE, type PackageGraph, type PackageView } from "@codeartifact-local/package-service";
import { packageRef, type NugetCall } from "./call";
import { nupkgName } from "./names";
import { nuspecOfAsset } from "./nupkg";
import { findVersion } from "./package-view";
import { NugetError } from "./replies";

// A version's .nupkg and .nuspec from the flat container. Clients address versions lowercased;
// the version is matched against what the repository graph holds (in any status), then against
// the external feed, and the .nupkg is resolved by the package service like any asset: from the
// first repository holding it, or fetched through the external connection, and retained where AWS
// retains it. Unlisted versions keep serving their files to clients that ask for them exactly.

const notFound = (call: NugetCall, id: string, version: string) =>
  new NugetError(
    404,
    `Version ${version} of package ${id} was not found in repository ${call.repository.name}, its upstream repositories or external connections.`,
  );

function heldSpelling(graph: PackageGraph, requested: string): string | undefined {
  return findVersion(
    graph.repositories.flatMap((r) => r.versions.map((v) => v.version)),
    requested,
  );
}

/** The version as stored (with the graph holding it) or as the external feed spells it (with the view listing it). */
async function locate(call: NugetCall, id: string, requested: string): Promise<{ version: string; graph?: PackageGraph; view?: PackageView }> {
  const ref = packageRef(call, id);
  const graph = await call.packages.graph(ref);
  const held = heldSpelling(graph, requested);
  if (held) return { version: held, graph };
  if (graph.externalConnections.length === 0) throw notFound(call, id, requested);
  const view = await call.packages.view(ref);
  const external = findVersion(view.external?.versions.map((v) => v.version) ?? [], requested);
  if (!external) {
    if (view.externalProblem)
      throw new NugetError(502, `Version ${requested} of package ${id} is not in repository ${call.repository.name}, and ${view.externalProblem}.`);
    throw notFound(call, id, requested);
  }
  return { version: external, view };
}

export async function serveNupkg(call: NugetCall, reply: FastifyReply, id: string, requested: string): Promise<FastifyReply> {
  const { version } = await locate(call, id, requested);
  const resolved = await call.packages.resolveAsset({ ...packageRef(call, id), version }, nupkgName(id, version));
  return sendAsset(reply, resolved, "application/octet-stream");
}

/** The manifest: read from the stored package (not retained by reading it), or passed through from the external feed. */
export async function serveNuspec(call: NugetCall, reply: FastifyReply, id: string, requested: string): Promise<FastifyReply> {
  const { version, graph, view } = await locate(call, id, requested);
  const send = (body: Buffer | NodeJS.ReadableStream) => reply.code(200).header("content-type", "application/xml").send(body);
  if (!graph) {
    const external = view?.external;
    const resources = external && (await call.gallery.resources(external.connection.name));
    const base = resources?.ok ? resources.value.packageBase : undefined;
    if (!base) throw notFound(call, id, requested);
    const lower = version.toLowerCase();
    const download = await call.gallery.download(new URL(`${encodeURIComponent(id)}/${encodeURIComponent(lower)}/${encodeURIComponent(id)}.nuspec`, base).href);
    if (!download.ok) throw notFound(call, id, requested);
    return send(download.value);
  }
  const hit = graph.repositories.map((source) => ({ source, version: source.versions.find((v) => v.version === version) })).find((h) => h.version)!;
  if (!DOWNLOADABLE.has(hit.version!.status)) {
    throw new NugetError(404, `Version ${version} of package ${id} has status ${hit.version!.status}; its files cannot be downloaded.`);
  }
  const asset = await call.packages.readAsset({ domain: graph.domain, coordinate: graph.coordinate, version: hit.version! }, nupkgName(id, version));
  if (!asset) throw notFound(call, id, requested);
  try {
    return send(await nuspecOfAsset(asset));
  } catch {
    throw new NugetError(404, `The stored package ${asset.name} has no readable .nuspec.`);
  }
}
