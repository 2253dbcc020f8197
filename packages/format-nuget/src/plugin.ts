import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { formatEndpoint, RenderedCache, requestBody, type RenderedDocument } from "@codeartifact-local/format-kit";
import type { PackageService } from "@codeartifact-local/package-service";
import { feedUrls, type NugetCall } from "./call";
import { registrationIndex, registrationLeaf, serviceIndex, versionsDocument } from "./documents";
import { serveNupkg, serveNuspec } from "./files";
import type { NugetFormat } from "./format";
import { setListed } from "./listing";
import { handlePush } from "./push";
import { NugetError, sendNugetError } from "./replies";
import { isWrite, parseNugetRoute, type NugetRoute } from "./routes";
import { search } from "./search";

// The NuGet endpoint of every repository: `/nuget/d/<domain>-<owner>/<repo>/...` (and the host
// style). It authenticates Basic `aws:<token>` as NuGet clients send it from the source's
// credentials (or Bearer), speaks the V3 feed protocol and calls the package service.

export function nugetEndpointPlugin(packages: PackageService, format: NugetFormat): FastifyPluginAsync {
  const documents = new RenderedCache(() => packages.changeToken());
  return formatEndpoint<NugetRoute>(packages, {
    format: "nuget",
    route: (request, address) => parseNugetRoute(request.method, address.rest),
    action: (route) => (isWrite(route) ? "PublishPackageVersion" : "ReadFromRepository"),
    serve: (call, route, request, reply) => dispatch({ ...call, gallery: format.registry, documents }, route, request, reply),
    refuse: sendNugetError,
  });
}

const JSON_TYPE = "application/json; charset=utf-8";

async function sendDocument(call: NugetCall, reply: FastifyReply, key: string[], render: () => Promise<RenderedDocument>): Promise<FastifyReply> {
  // Documents carry absolute URLs, so the address the client used is part of the key.
  const body = await call.documents.get([call.repository.id, call.origin, call.address.basePath, ...key].join("\n"), render);
  return reply.code(200).header("content-type", JSON_TYPE).send(body);
}

async function dispatch(call: NugetCall, route: NugetRoute, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  switch (route.kind) {
    case "service-index":
      return reply
        .code(200)
        .header("content-type", JSON_TYPE)
        .send(serviceIndex(feedUrls(call)));
    case "versions":
      return sendDocument(call, reply, ["versions", route.id], () => versionsDocument(call, route.id));
    case "registration-index":
      return sendDocument(call, reply, ["registration", route.id], () => registrationIndex(call, route.id));
    case "registration-leaf":
      return sendDocument(call, reply, ["leaf", route.id, route.version.toLowerCase()], () => registrationLeaf(call, route.id, route.version));
    case "nupkg":
      return serveNupkg(call, reply, route.id, route.version);
    case "nuspec":
      return serveNuspec(call, reply, route.id, route.version);
    case "search":
      return reply
        .code(200)
        .header("content-type", JSON_TYPE)
        .send(await search(call, call.address.query));
    case "push": {
      const pushed = await handlePush(call, request.headers, requestBody(request));
      call.log.info({ package: pushed.id, version: pushed.version }, "NuGet package pushed");
      return reply.code(201).header("content-type", "text/plain; charset=utf-8").send(`Created ${pushed.id} ${pushed.version}\n`);
    }
    case "unlist":
    case "relist":
      await setListed(call, route.id, route.version, route.kind === "relist");
      return reply.code(204).send();
    case "method-not-allowed":
      throw new NugetError(405, `Method ${request.method} is not allowed here.`, { allow: route.allow });
    case "not-found":
      throw new NugetError(404, `Not found: ${call.address.rest}. The NuGet source URL is ${feedUrls(call).serviceIndex}.`);
  }
}
