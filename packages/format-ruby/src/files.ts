import type { FastifyReply } from "fastify";
import { sendAsset } from "@codeartifact-local/format-kit";
import { DOWNLOADABLE, findInGraph } from "@codeartifact-local/package-service";
import { gemRef, type RubyCall } from "./call";
import { readGemSpec } from "./gem-archive";
import { readGemRecords } from "./gem-records";
import type { GemSpec } from "./gem-spec";
import { quickSpec } from "./marshal";
import { fullName, gemFileName, type FullName } from "./names";
import { RubyError } from "./replies";

// Gem files and quick gemspecs. A gem is resolved by the package service as the index lists it:
// the called repository, its upstreams in search order, then the external registry, and retained
// where AWS retains it. A quick gemspec is rendered from the recorded specification of the gem
// file (or, for a version only the external registry has so far, passed through from it); it does
// not retain anything, as it is metadata. Unlisted versions still serve both to clients that know
// the exact name; Archived, Unfinished and Disposed ones answer 404.

const notFound = (call: RubyCall, what: string) =>
  new RubyError(404, `${what} was not found in repository ${call.repository.name}, its upstream repositories or external connections.`);

export async function serveGem(call: RubyCall, reply: FastifyReply, file: FullName, fileName: string): Promise<FastifyReply> {
  const resolved = await call.packages.resolveAsset({ ...gemRef(call, file.name), version: file.version }, fileName);
  return sendAsset(reply, resolved);
}

export async function serveQuickSpec(call: RubyCall, reply: FastifyReply, file: FullName): Promise<FastifyReply> {
  const ref = gemRef(call, file.name);
  const name = fullName(file.name, file.version, file.platform);
  const gemFile = gemFileName(file.name, file.version, file.platform);
  const graph = await call.packages.graph(ref);
  const hit = findInGraph(graph, file.version);
  let body: Buffer | undefined;
  if (hit) {
    if (!DOWNLOADABLE.has(hit.version.status)) throw new RubyError(404, `Version ${file.version} of gem ${file.name} has status ${hit.version.status}.`);
    let spec: GemSpec | undefined = readGemRecords(hit.version.formatMetadata)[gemFile];
    if (!spec) {
      // Recorded when the gem was stored; read from the gem itself when that failed.
      const asset = await call.packages.readAsset({ domain: graph.domain, coordinate: graph.coordinate, version: hit.version }, gemFile);
      if (asset) spec = await readGemSpec(asset.read(0, asset.size - 1)).catch(() => undefined);
    }
    if (!spec) throw notFound(call, `${name}.gemspec.rz`);
    body = quickSpec(spec);
  } else {
    const view = await call.packages.view(ref);
    const listed = view.external?.versions.some((v) => v.version === file.version);
    const fetched = listed ? await call.index.quickSpec(view.external!.connection.name, name) : undefined;
    if (!fetched?.ok) throw notFound(call, `${name}.gemspec.rz`);
    return reply.code(200).header("content-type", "application/octet-stream").send(fetched.value);
  }
  return reply.code(200).header("content-type", "application/octet-stream").header("content-length", String(body.length)).send(body);
}
