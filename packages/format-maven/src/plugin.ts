import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { formatEndpoint, RenderedCache, requestBody } from "@codeartifact-local/format-kit";
import type { PackageService } from "@codeartifact-local/package-service";
import type { MavenCall } from "./call";
import { putArtifactMetadata, putChecksum, putFile, putSnapshotMetadata } from "./publish";
import { MavenError, sendMavenError } from "./replies";
import { parseMavenRoute, type MavenRoute } from "./routes";
import { serveArtifactMetadata, serveFile, serveSnapshotMetadata } from "./serve";

// The Maven repository endpoint of every repository: `/maven/d/<domain>-<owner>/<repo>/...` (and
// the host style), in the Maven 2 layout. Reads need ReadFromRepository, PUTs PublishPackageVersion.

export function mavenEndpointPlugin(packages: PackageService): FastifyPluginAsync {
  const documents = new RenderedCache(() => packages.changeToken());
  const imports = new Map<string, Promise<void>>();
  return formatEndpoint<{ route: MavenRoute; write: boolean }>(packages, {
    format: "maven",
    route: (request, address) => ({ route: parseMavenRoute(request.method, address.rest), write: request.method === "PUT" }),
    action: ({ write }) => (write ? "PublishPackageVersion" : "ReadFromRepository"),
    serve: (call, { route }, request, reply) => dispatch({ ...call, documents, imports }, route, request, reply),
    refuse: sendMavenError,
  });
}

/** 201 for a stored upload, as Maven repositories answer. */
const created = (reply: FastifyReply) => reply.code(201).send();

async function dispatch(call: MavenCall, route: MavenRoute, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const head = request.method === "HEAD";
  const put = request.method === "PUT";
  switch (route.kind) {
    case "artifact-metadata":
      if (!put) return serveArtifactMetadata(call, reply, head, route.artifact, route.checksum);
      // Checksums of metadata are accepted and not kept: the document served is generated.
      if (route.checksum) requestBody(request).resume();
      else await putArtifactMetadata(call, route.artifact, requestBody(request));
      return created(reply);
    case "snapshot-metadata":
      if (!put) return serveSnapshotMetadata(call, reply, head, route.artifact, route.version, route.checksum);
      if (route.checksum) requestBody(request).resume();
      else await putSnapshotMetadata(call, route.artifact, route.version, requestBody(request));
      return created(reply);
    case "file":
      if (!put) return serveFile(call, reply, head, route.artifact, route.version, route.file, route.checksum);
      if (route.checksum) await putChecksum(call, route.artifact, route.version, route.file, route.checksum, requestBody(request));
      else await putFile(call, route.artifact, route.version, route.file, requestBody(request));
      return created(reply);
    case "method-not-allowed":
      throw new MavenError(405, `Method ${request.method} is not allowed here.`, { allow: route.allow });
    case "not-found":
      throw new MavenError(404, `Not found: ${call.address.rest} (${route.reason}).`);
  }
}
