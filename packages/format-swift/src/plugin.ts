import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { formatEndpoint, RenderedCache, requestBody } from "@codeartifact-local/format-kit";
import type { PackageService } from "@codeartifact-local/package-service";
import { negotiateVersion } from "./accept";
import type { SwiftCall } from "./call";
import { serveIdentifiers } from "./identifiers";
import { publishRelease } from "./publish";
import { serveArchive, serveManifest, serveRelease, serveReleases } from "./releases";
import { sendProblem, SwiftError } from "./replies";
import { isWrite, parseSwiftRoute, type SwiftRoute } from "./routes";

// The Swift package registry endpoint of every repository: `/swift/d/<domain>-<owner>/<repo>/...`
// (and the host style). SwiftPM sends the token as `Bearer` (from `swift package-registry login`
// or a netrc `login token password <token>` entry); curl publishes with Basic `aws:<token>`.

export function swiftEndpointPlugin(packages: PackageService): FastifyPluginAsync {
  const documents = new RenderedCache(() => packages.changeToken());
  return formatEndpoint<SwiftRoute>(packages, {
    format: "swift",
    route: (request, address) => parseSwiftRoute(request.method, address.rest, address.query),
    action: (route) => (isWrite(route) ? "PublishPackageVersion" : "ReadFromRepository"),
    serve: (call, route, request, reply) => dispatch({ ...call, documents }, route, request, reply),
    refuse: sendProblem,
  });
}

async function dispatch(call: SwiftCall, route: SwiftRoute, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const negotiated = negotiateVersion(request.headers.accept);
  if (!negotiated.ok) throw new SwiftError(negotiated.status, negotiated.detail);
  switch (route.kind) {
    case "releases":
      return serveReleases(call, reply, route.scope, route.name);
    case "release":
      return serveRelease(call, reply, route);
    case "manifest":
      return serveManifest(call, reply, route, route.swiftVersion);
    case "archive":
      return serveArchive(call, reply, route, request.method === "HEAD");
    case "identifiers":
      return serveIdentifiers(call, reply, route.url);
    case "publish": {
      const location = await publishRelease(call, route, request.headers, requestBody(request));
      return reply.code(201).header("content-version", "1").header("location", location).send();
    }
    case "login":
      // The token was checked before this point; SwiftPM only needs a 200.
      return reply.code(200).header("content-version", "1").send();
    case "invalid":
      throw new SwiftError(400, route.detail);
    case "method-not-allowed":
      throw new SwiftError(405, `method ${request.method} is not allowed here`, { allow: route.allow });
    case "not-found":
      throw new SwiftError(404, `not found: ${call.address.rest}`);
  }
}
