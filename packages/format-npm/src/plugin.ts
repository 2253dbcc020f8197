import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { formatEndpoint, RenderedCache, requestBody, type EndpointCall } from "@codeartifact-local/format-kit";
import type { PackageService } from "@codeartifact-local/package-service";
import type { NpmCall } from "./call";
import { addDistTag, deleteDistTag, listDistTags } from "./dist-tags";
import { entryFor, loadPackageView } from "./package-view";
import { ABBREVIATED_TYPE, renderPackument, servedVersion, wantsAbbreviated } from "./packument";
import { handlePackumentPut } from "./publish";
import { isWrite, parseNpmRoute, type NpmRoute } from "./routes";
import { NpmError, sendJson, sendJsonText, sendNpmError } from "./replies";
import { serveTarball } from "./tarball";

// The npm registry endpoint of every repository: `/npm/d/<domain>-<owner>/<repo>/...` (and the
// host style). It speaks npm's wire protocol and calls the package service.

export function npmEndpointPlugin(packages: PackageService): FastifyPluginAsync {
  const packuments = new RenderedCache(() => packages.changeToken());
  return formatEndpoint<NpmRoute>(packages, {
    format: "npm",
    route: (request, address) => parseNpmRoute(request.method, address.rest),
    action: (route) => (isWrite(route) ? "PublishPackageVersion" : "ReadFromRepository"),
    serve: (call: EndpointCall, route, request, reply) => dispatch({ ...call, packuments }, route, request, reply),
    refuse: sendNpmError,
  });
}

async function dispatch(call: NpmCall, route: NpmRoute, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  switch (route.kind) {
    case "ping":
      return sendJson(reply, {});
    case "packument": {
      const abbreviated = wantsAbbreviated(request.headers.accept);
      // Tarball URLs in the document point at the endpoint as the client addressed it.
      const key = [call.repository.id, abbreviated ? "abbreviated" : "full", call.origin, call.address.basePath, route.name.full].join("\n");
      const body = await call.packuments.get(key, () => renderPackument(call, route.name, abbreviated));
      return sendJsonText(reply, body, abbreviated ? ABBREVIATED_TYPE : "application/json");
    }
    case "version-manifest": {
      const view = await loadPackageView(call, route.name);
      const entry = entryFor(view, route.spec);
      if (!entry) throw new NpmError(404, `Version ${route.spec} of package ${route.name.full} was not found in repository ${call.repository.name}.`);
      return sendJson(reply, await servedVersion(call, view, entry));
    }
    case "tarball":
      return serveTarball(call, reply, route.name, route.file);
    case "publish":
      return sendJson(reply, await handlePackumentPut(call, requestBody(request), route.name));
    case "dist-tags":
      return sendJson(reply, await listDistTags(call, route.name));
    case "dist-tag-set":
      return sendJson(reply, await addDistTag(call, route.name, route.tag, requestBody(request)));
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
