import { createHash } from "node:crypto";
import type { FastifyReply } from "fastify";
import { sendAsset } from "@codeartifact-local/format-kit";
import { DOWNLOADABLE, findInGraph } from "@codeartifact-local/package-service";
import { packageRef, type PypiCall } from "./call";
import { versionOfFile } from "./names";
import { PypiError } from "./replies";
import type { IndexFile } from "./upstream-index";
import { readWheelMetadata } from "./wheel-metadata";

// Distribution files and their core metadata. A file is resolved by the package service like the
// simple page lists it: the called repository, its upstreams in search order, then the external
// index, and retained where AWS retains it. Unlisted versions still serve their files to clients
// that know the exact URL.

const notFound = (call: PypiCall, project: string, file: string) =>
  new PypiError(
    404,
    `File ${file} of project ${project} was not found in repository ${call.repository.name}, its upstream repositories or external connections.`,
  );

export async function serveFile(call: PypiCall, reply: FastifyReply, project: string, version: string, file: string): Promise<FastifyReply> {
  if (versionOfFile(project, file) !== version) throw notFound(call, project, file);
  return sendAsset(reply, await call.packages.resolveAsset({ ...packageRef(call, project), version }, file));
}

/** PEP 658: the METADATA of a wheel, read from the stored wheel, or the index's before it is retained. */
export async function serveCoreMetadata(call: PypiCall, reply: FastifyReply, project: string, version: string, file: string): Promise<FastifyReply> {
  if (!file.endsWith(".whl")) throw new PypiError(404, `Core metadata is served for wheels only; ${file} is not one.`);
  const ref = packageRef(call, project);
  const graph = await call.packages.graph(ref);
  const hit = findInGraph(graph, version);
  if (!hit) {
    // Not retained yet: pass the external index's metadata through (pip resolves before it downloads).
    const view = await call.packages.view(ref);
    const listed = view.external?.versions.find((v) => v.version === version)?.data as IndexFile[] | undefined;
    const entry = listed?.find((f) => f.filename === file);
    const download = entry?.coreMetadata ? await call.index.download(`${entry.url}.metadata`) : undefined;
    if (!download?.ok) throw notFound(call, project, `${file}.metadata`);
    reply.code(200).header("content-type", "text/plain; charset=utf-8");
    return reply.send(download.value);
  }
  if (!DOWNLOADABLE.has(hit.version.status)) throw new PypiError(404, `Version ${version} of project ${project} has status ${hit.version.status}.`);
  const asset = await call.packages.readAsset({ domain: graph.domain, coordinate: graph.coordinate, version: hit.version }, file);
  if (!asset) throw notFound(call, project, `${file}.metadata`);
  const metadata = await readWheelMetadata(asset);
  if (!metadata) throw new PypiError(404, `${file} has no readable .dist-info/METADATA.`);
  reply
    .code(200)
    .header("content-type", "text/plain; charset=utf-8")
    .header("etag", `"${createHash("sha256").update(metadata).digest("hex")}"`);
  return reply.send(metadata);
}
