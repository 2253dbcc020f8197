import { createHash } from "node:crypto";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { formatEndpoint, RenderedCache, requestBody } from "@codeartifact-local/format-kit";
import type { PackageService } from "@codeartifact-local/package-service";
import type { RubyCall } from "./call";
import { dependencyEntries, renderInfoDocument, renderNamesDocument, renderVersionsDocument } from "./documents";
import { serveGem, serveQuickSpec } from "./files";
import type { RubyFormat } from "./format";
import { handlePush } from "./push";
import { RubyError, sendRubyError } from "./replies";
import { isWrite, parseRubyRoute, type RubyRoute } from "./routes";

// The RubyGems endpoint of every repository: `/ruby/d/<domain>-<owner>/<repo>/...` (and the host
// style). It authenticates the token as `gem push` sends it (verbatim), Basic `aws:<token>` (the
// source URL's credentials, Bundler's per-host config) or Bearer, speaks the compact index, the
// dependency API, quick gemspecs, gem downloads and `gem push`, and calls the package service.

export function rubyEndpointPlugin(packages: PackageService, format: RubyFormat): FastifyPluginAsync {
  const documents = new RenderedCache(() => packages.changeToken());
  return formatEndpoint<RubyRoute>(packages, {
    format: "ruby",
    route: (request, address) => parseRubyRoute(request.method, address.rest, address.query),
    action: (route) => (isWrite(route) ? "PublishPackageVersion" : "ReadFromRepository"),
    serve: (call, route, request, reply) => dispatch({ ...call, index: format.registry, documents }, route, request, reply),
    refuse: sendRubyError,
  });
}

/**
 * A compact index file with the validators Bundler checks: an ETag that is the quoted MD5 of the
 * body, a SHA-256 digest, and 304 for a matching If-None-Match.
 */
function sendIndexFile(request: FastifyRequest, reply: FastifyReply, body: string): FastifyReply {
  const md5 = createHash("md5").update(body).digest("hex");
  const sha256 = createHash("sha256").update(body).digest("base64");
  const etag = `"${md5}"`;
  reply.header("etag", etag).header("repr-digest", `sha-256=:${sha256}:`).header("digest", `sha-256=${sha256}`).header("accept-ranges", "none");
  const match = request.headers["if-none-match"];
  if (match && match.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) return reply.code(304).send();
  return reply.code(200).header("content-type", "text/plain; charset=utf-8").send(body);
}

async function dispatch(call: RubyCall, route: RubyRoute, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const key = (...parts: string[]) => [call.repository.id, ...parts].join("\n");
  switch (route.kind) {
    case "root":
      return reply.code(200).header("content-type", "text/plain; charset=utf-8").send("");
    case "versions":
      return sendIndexFile(request, reply, await call.documents.get(key("versions"), () => renderVersionsDocument(call)));
    case "names":
      return sendIndexFile(request, reply, await call.documents.get(key("names"), () => renderNamesDocument(call)));
    case "info":
      return sendIndexFile(request, reply, await call.documents.get(key("info", route.gem), () => renderInfoDocument(call, route.gem)));
    case "dependencies": {
      // Without `gems` Bundler only probes that the API exists: an empty 200.
      if (route.gems.length === 0) return reply.code(200).header("content-type", "application/octet-stream").send("");
      if (route.gems.length > 200) throw new RubyError(422, "Too many gems requested: ask for at most 200 at once.");
      const body = await dependencyEntries(call, route.gems);
      return reply.code(200).header("content-type", "application/octet-stream").send(body);
    }
    case "quick-spec":
      return serveQuickSpec(call, reply, route.file);
    case "gem":
      return serveGem(call, reply, route.file, route.fileName);
    case "push":
      return reply
        .code(200)
        .header("content-type", "text/plain; charset=utf-8")
        .send(await handlePush(call, requestBody(request)));
    case "yank":
      throw new RubyError(
        404,
        "gem yank is not supported by CodeArtifact repositories; change the version's status with UpdatePackageVersionsStatus (Archived or Unlisted) or delete it with DeletePackageVersions.",
      );
    case "spec-index":
      throw new RubyError(
        404,
        `The full spec indexes (${route.name}) are not served by CodeArtifact repositories; use the compact index or the dependency API.`,
      );
    case "method-not-allowed":
      throw new RubyError(405, `Method ${request.method} is not allowed here.`, { allow: route.allow });
    case "not-found":
      throw new RubyError(404, `Not found: ${call.address.rest}`);
  }
}
