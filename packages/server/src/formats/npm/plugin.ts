import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { packageService } from "../../packages";
import type { Services } from "../../services";
import { authorizeRequest } from "../auth";
import { parseRepositoryAddress } from "../endpoint";
import { RenderedCache } from "../rendered-cache";
import type { NpmCall } from "./call";
import { addDistTag, deleteDistTag, listDistTags } from "./dist-tags";
import { entryFor, loadPackageView } from "./package-view";
import { ABBREVIATED_TYPE, renderPackument, servedVersion, wantsAbbreviated } from "./packument";
import { handlePackumentPut } from "./publish";
import { isWrite, parseNpmRoute, type NpmRoute } from "./routes";
import { NpmError, sendJson, sendJsonText, sendNpmError, toNpmError } from "./replies";
import { serveTarball } from "./tarball";
import { UpstreamRegistry } from "./upstream-registry";

// The npm registry endpoint of every repository: `/npm/d/<domain>-<owner>/<repo>/...` (and the
// host style). An adapter only: it authenticates, speaks npm's wire protocol and calls the package
// service. Registered as its own encapsulated plugin, so its body handling (raw streams: publish
// bodies are streamed, not parsed) does not touch the control-plane API.

export function npmEndpointPlugin(services: Services): FastifyPluginAsync {
  return async (app) => {
    const packages = packageService(services);
    const upstream = new UpstreamRegistry(services.config);
    const packuments = new RenderedCache(() => services.store.changeToken());

    app.removeAllContentTypeParsers();
    app.addContentTypeParser("*", (_request, payload, done) => done(null, payload));
    app.setErrorHandler((error, request, reply) => {
      const known = toNpmError(error);
      if (known) return sendNpmError(reply, known);
      const status = (error as { statusCode?: number }).statusCode;
      if (status !== undefined && status >= 400 && status < 500) return sendNpmError(reply, new NpmError(status, (error as Error).message));
      request.log.error({ err: error }, "npm endpoint request failed");
      return sendNpmError(reply, new NpmError(500, "An internal error occurred."));
    });

    const handler = async (request: FastifyRequest, reply: FastifyReply) => {
      const address = parseRepositoryAddress("npm", request.raw.url ?? request.url, request.headers.host);
      if (!address) throw new NpmError(404, "Not a repository endpoint: expected /npm/d/<domain>-<owner>/<repository>/.");
      const route = parseNpmRoute(request.method, address.rest);
      const auth = await authorizeRequest(services, request.headers.authorization, address, isWrite(route) ? "PublishPackageVersion" : "ReadFromRepository");
      if (!auth.ok) {
        drain(request);
        return sendNpmError(reply, new NpmError(auth.status, auth.message, auth.headers));
      }
      const call: NpmCall = { services, packages, upstream, packuments, address, auth, origin: `${request.protocol}://${request.host}`, log: request.log };
      try {
        return await dispatch(call, route, request, reply);
      } catch (error) {
        drain(request);
        throw error;
      }
    };

    app.route({ method: ["GET", "HEAD", "PUT", "POST", "DELETE", "PATCH"], url: "/npm/*", handler });
  };
}

/** Discards what is left of a request body after answering early, so the client gets the answer. */
function drain(request: FastifyRequest): void {
  if (!request.raw.readableEnded) request.raw.resume();
}

async function dispatch(call: NpmCall, route: NpmRoute, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  switch (route.kind) {
    case "ping":
      return sendJson(reply, {});
    case "packument": {
      const abbreviated = wantsAbbreviated(request.headers.accept);
      // Tarball URLs in the document point at the endpoint as the client addressed it.
      const key = [call.auth.repository.id, abbreviated ? "abbreviated" : "full", call.origin, call.address.basePath, route.name.full].join("\n");
      const body = await call.packuments.get(key, () => renderPackument(call, route.name, abbreviated));
      return sendJsonText(reply, body, abbreviated ? ABBREVIATED_TYPE : "application/json");
    }
    case "version-manifest": {
      const view = await loadPackageView(call, route.name, { abbreviated: false });
      const entry = entryFor(view, route.spec);
      if (!entry) throw new NpmError(404, `Version ${route.spec} of package ${route.name.full} was not found in repository ${call.auth.repository.name}.`);
      return sendJson(reply, await servedVersion(call, view, entry));
    }
    case "tarball":
      return serveTarball(call, reply, route.name, route.file);
    case "publish":
      return sendJson(reply, await handlePackumentPut(call, request.raw, route.name));
    case "dist-tags":
      return sendJson(reply, await listDistTags(call, route.name));
    case "dist-tag-set":
      return sendJson(reply, await addDistTag(call, route.name, route.tag, request.raw));
    case "dist-tag-remove":
      return sendJson(reply, await deleteDistTag(call, route.name, route.tag));
    case "unsupported": {
      const hint = route.alternative ? `; ${route.alternative}` : "";
      throw new NpmError(405, `${route.command} is not supported by CodeArtifact repositories${hint}.`);
    }
    case "method-not-allowed":
      throw new NpmError(405, `Method ${request.method} is not allowed here.`, { allow: route.allow });
    case "not-found":
      throw new NpmError(404, `Not found: ${call.address.rest}`);
  }
}
