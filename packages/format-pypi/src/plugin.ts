import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { formatEndpoint, RenderedCache, requestBody } from "@codeartifact-local/format-kit";
import type { PackageService } from "@codeartifact-local/package-service";
import { HTML_TYPE, JSON_TYPE, negotiate } from "./accept";
import type { PypiCall } from "./call";
import { serveCoreMetadata, serveFile } from "./files";
import type { PypiFormat } from "./format";
import { PypiError, sendPypiError } from "./replies";
import { isWrite, parsePypiRoute, type PypiRoute } from "./routes";
import { renderProjectPage } from "./simple-page";
import { handleUpload } from "./upload";

// The PyPI endpoint of every repository: `/pypi/d/<domain>-<owner>/<repo>/...` (and the host
// style). It authenticates Basic `aws:<token>` as pip and twine send it (or Bearer), speaks the
// simple API and the legacy upload API, and calls the package service.

export function pypiEndpointPlugin(packages: PackageService, format: PypiFormat): FastifyPluginAsync {
  const pages = new RenderedCache(() => packages.changeToken());
  return formatEndpoint<PypiRoute>(packages, {
    format: "pypi",
    route: (request, address) => parsePypiRoute(request.method, address.rest, address.basePath),
    action: (route) => (isWrite(route) ? "PublishPackageVersion" : "ReadFromRepository"),
    serve: (call, route, request, reply) => dispatch({ ...call, index: format.registry, pages }, route, request, reply),
    refuse: sendPypiError,
  });
}

async function dispatch(call: PypiCall, route: PypiRoute, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  switch (route.kind) {
    case "upload":
      await handleUpload(call, request.headers, requestBody(request));
      return reply.code(200).header("content-type", "text/plain; charset=utf-8").send("OK\n");
    case "project": {
      const form = negotiate(request.headers.accept);
      if (!form) throw new PypiError(406, `Not acceptable: the simple API is served as ${JSON_TYPE}, ${HTML_TYPE} or text/html.`);
      // Links in the page are relative, so it does not depend on how the client addressed us.
      const key = [call.repository.id, form, route.project].join("\n");
      const page = await call.pages.get(key, () => renderProjectPage(call, route.project, form));
      reply.code(200).header("vary", "Accept");
      return reply.header("content-type", form === "json" ? JSON_TYPE : "text/html; charset=utf-8").send(page);
    }
    case "redirect":
      return reply.code(301).header("location", route.location).send();
    case "file":
      return serveFile(call, reply, route.project, route.version, route.file);
    case "core-metadata":
      return serveCoreMetadata(call, reply, route.project, route.version, route.file);
    case "index-root":
      throw new PypiError(404, "Listing every project (/simple/) is not supported by CodeArtifact repositories; ask for simple/<project>/.");
    case "method-not-allowed":
      throw new PypiError(405, `Method ${request.method} is not allowed here.`, { allow: route.allow });
    case "not-found":
      throw new PypiError(404, `Not found: ${call.address.rest}`);
  }
}
