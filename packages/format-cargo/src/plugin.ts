import { createHash } from "node:crypto";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { formatEndpoint, RenderedCache, requestBody } from "@codeartifact-local/format-kit";
import type { PackageService } from "@codeartifact-local/package-service";
import type { CargoCall } from "./call";
import { serveCrate } from "./download";
import { renderIndexFile } from "./index-file";
import { handlePublish } from "./publish";
import { CargoError, sendCargoError, sendJson } from "./replies";
import { isWrite, parseCargoRoute, type CargoRoute } from "./routes";
import { handleYank } from "./yank";

// The Cargo registry endpoint of every repository: `/cargo/d/<domain>-<owner>/<repo>/` (and the
// host style), a sparse registry (`sparse+<endpoint>` in cargo's configuration) that requires
// authentication. Cargo sends the token as AWS documents it: the bare token in `Authorization`.

export function cargoEndpointPlugin(packages: PackageService): FastifyPluginAsync {
  const indexFiles = new RenderedCache(() => packages.changeToken());
  return formatEndpoint<CargoRoute>(packages, {
    format: "cargo",
    route: (request, address) => parseCargoRoute(request.method, address.rest),
    action: (route) => (isWrite(route) ? "PublishPackageVersion" : "ReadFromRepository"),
    serve: (call, route, request, reply) => dispatch({ ...call, indexFiles }, route, request, reply),
    refuse: sendCargoError,
  });
}

/** config.json: downloads and the web API below the endpoint itself, as the client addressed it. */
function registryConfig(call: CargoCall): Record<string, unknown> {
  const endpoint = `${call.origin}${call.address.basePath}`;
  return { dl: `${endpoint}api/v1/crates`, api: endpoint.replace(/\/$/, ""), "auth-required": true };
}

async function serveIndexFile(call: CargoCall, request: FastifyRequest, reply: FastifyReply, name: string): Promise<FastifyReply> {
  const key = [call.repository.id, name.toLowerCase()].join("\n");
  const body = await call.indexFiles.get(key, () => renderIndexFile(call, name));
  // Cargo revalidates its cached index files with If-None-Match.
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  reply.header("etag", etag).header("cache-control", "no-cache");
  if (request.headers["if-none-match"] === etag) return reply.code(304).send();
  return reply.code(200).header("content-type", "text/plain; charset=utf-8").send(body);
}

async function dispatch(call: CargoCall, route: CargoRoute, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  switch (route.kind) {
    case "config":
      return sendJson(reply, registryConfig(call));
    case "index":
      return serveIndexFile(call, request, reply, route.name);
    case "download":
      return serveCrate(call, reply, route.name, route.version);
    case "publish":
      return sendJson(reply, await handlePublish(call, requestBody(request)));
    case "yank":
      return sendJson(reply, await handleYank(call, route.name, route.version, route.yanked));
    case "me":
      return reply
        .code(200)
        .header("content-type", "text/plain; charset=utf-8")
        .send(
          `Tokens for this registry come from GetAuthorizationToken: aws codeartifact get-authorization-token --domain ${call.domain.name} --domain-owner ${call.domain.account} --query authorizationToken --output text\n`,
        );
    case "unsupported":
      throw new CargoError(405, `${route.command} is not supported by CodeArtifact repositories.`);
    case "method-not-allowed":
      throw new CargoError(405, `Method ${request.method} is not allowed here.`, { allow: route.allow });
    case "not-found":
      throw new CargoError(404, `Not found: ${call.address.rest}`);
  }
}
