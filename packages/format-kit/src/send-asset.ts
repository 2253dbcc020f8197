import type { FastifyReply } from "fastify";
import type { ResolvedAsset } from "@codeartifact-local/package-service";

/** Streams a resolved asset to the client, with its length and its SHA-256 as the entity tag. */
export function sendAsset(reply: FastifyReply, resolved: Pick<ResolvedAsset, "asset" | "stream">, contentType = "application/octet-stream"): FastifyReply {
  reply.code(200).header("content-type", contentType).header("content-length", String(resolved.asset.size)).header("etag", `"${resolved.asset.hashes.sha256}"`);
  return reply.send(resolved.stream);
}
