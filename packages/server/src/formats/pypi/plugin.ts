import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { packageService } from "../../packages";
import type { Services } from "../../services";
import { authorizeRequest } from "../auth";
import { parseRepositoryAddress } from "../endpoint";
import { RenderedCache } from "../rendered-cache";
import { HTML_TYPE, JSON_TYPE, negotiate } from "./accept";
import type { PypiCall } from "./call";
import { serveCoreMetadata, serveFile } from "./files";
import { PypiError, sendPypiError, toPypiError } from "./replies";
import { isWrite, parsePypiRoute, type PypiRoute } from "./routes";
import { renderProjectPage } from "./simple-page";
import { handleUpload } from "./upload";
import { UpstreamIndex } from "./upstream-index";

// The PyPI endpoint of every repository: `/pypi/d/<domain>-<owner>/<repo>/...` (and the host
// style). An adapter only: it authenticates (Basic `aws:<token>` as pip and twine send it, or
// Bearer), speaks the simple API and the legacy upload API, and calls the package service.
// Registered as its own encapsulated plugin, so its raw body handling (uploads are streamed)
// does not touch the control-plane API.

export function pypiEndpointPlugin(services: Services): FastifyPluginAsync {
  return async (app) => {
    const packages = packageService(services);
    const index = new UpstreamIndex(services.config);
    const pages = new RenderedCache(() => services.store.changeToken());

    app.removeAllContentTypeParsers();
    app.addContentTypeParser("*", (_request, payload, done) => done(null, payload));
    app.setErrorHandler((error, request, reply) => {
      const known = toPypiError(error);
      if (known) return sendPypiError(reply, known);
      const status = (error as { statusCode?: number }).statusCode;
      if (status !== undefined && status >= 400 && status < 500) return sendPypiError(reply, new PypiError(status, (error as Error).message));
      request.log.error({ err: error }, "pypi endpoint request failed");
      return sendPypiError(reply, new PypiError(500, "An internal error occurred."));
    });

    const handler = async (request: FastifyRequest, reply: FastifyReply) => {
      const address = parseRepositoryAddress("pypi", request.raw.url ?? request.url, request.headers.host);
      if (!address) throw new PypiError(404, "Not a repository endpoint: expected /pypi/d/<domain>-<owner>/<repository>/.");
      const route = parsePypiRoute(request.method, address.rest, address.basePath);
      const auth = await authorizeRequest(services, request.headers.authorization, address, isWrite(route) ? "PublishPackageVersion" : "ReadFromRepository");
      if (!auth.ok) {
        drain(request);
        return sendPypiError(reply, new PypiError(auth.status, auth.message, auth.headers));
      }
      const call: PypiCall = { services, packages, index, pages, address, auth, log: request.log };
      try {
        return await dispatch(call, route, request, reply);
      } catch (error) {
        drain(request);
        throw error;
      }
    };

    app.route({ method: ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH"], url: "/pypi/*", handler });
  };
}

/** Discards what is left of a request body after answering early, so the client gets the answer. */
function drain(request: FastifyRequest): void {
  if (!request.raw.readableEnded) request.raw.resume();
}

async function dispatch(call: PypiCall, route: PypiRoute, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  switch (route.kind) {
    case "upload":
      await handleUpload(call, request.headers, request.raw);
      return reply.code(200).header("content-type", "text/plain; charset=utf-8").send("OK\n");
    case "project": {
      const form = negotiate(request.headers.accept);
      if (!form) throw new PypiError(406, `Not acceptable: the simple API is served as ${JSON_TYPE}, ${HTML_TYPE} or text/html.`);
      // Links in the page are relative, so it does not depend on how the client addressed us.
      const key = [call.auth.repository.id, form, route.project].join("\n");
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
