import type { FastifyReply } from "fastify";
import { sendAsset } from "@codeartifact-local/format-kit";
import { DOWNLOADABLE, ServiceError } from "@codeartifact-local/package-service";
import { crateRef, type CargoCall } from "./call";
import { crateAssetName } from "./names";

// `.crate` downloads. A version the called repository holds in a downloadable status (Published,
// or Unlisted: yanked crates stay fetchable for lockfiles) is served from it directly, as the
// package service's resolution would serve it, without loading the upstream graph: a build asks
// for every crate once, and most are the repository's own. Anything else (upstream versions,
// the external connection, refusals) goes through `resolveAsset`, which retains as AWS does.

export async function serveCrate(call: CargoCall, reply: FastifyReply, name: string, version: string): Promise<FastifyReply> {
  const ref = { ...crateRef(call, name), version };
  const assetName = crateAssetName(name, version);
  const held = await call.packages.getVersion(ref).catch((error: unknown) => {
    if (error instanceof ServiceError && error.status === 404) return undefined;
    throw error;
  });
  if (held && DOWNLOADABLE.has(held.version.status)) {
    const opened = await call.packages.openLocatedAsset(held, assetName).catch(() => undefined);
    if (opened) return sendAsset(reply, opened, "application/gzip");
  }
  return sendAsset(reply, await call.packages.resolveAsset(ref, assetName), "application/gzip");
}
