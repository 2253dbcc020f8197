import type { Readable } from "node:stream";
import type { FastifyBaseLogger, FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { clientDisconnected, detachedBody } from "@codeartifact-local/smithy-runtime";
import type { PackageService, RepositoryAction, TokenCall } from "@codeartifact-local/package-service";
import { authorizeRequest } from "./auth";
import { parseRepositoryAddress, type RepositoryAddress } from "./endpoint";
import { EndpointRefusal, refusalOf } from "./refusal";

// The skeleton every package-format endpoint shares: the repository address in the URL, the
// token check, the body left unparsed (uploads are streamed) and refusals written in the client's
// idiom. Registered as its own encapsulated plugin, so none of this touches the control-plane API.
// The server discards what is left of a request body after an early answer.

/** One authenticated request to a repository's endpoint, with what a format needs to answer it. */
export interface EndpointCall extends TokenCall {
  packages: PackageService;
  address: RepositoryAddress;
  /** `scheme://host[:port]` the client used, for absolute links back to this endpoint. */
  origin: string;
  log: FastifyBaseLogger;
}

export interface EndpointSpec<Route> {
  /** The URL prefix: requests reach `/<format>/...`. */
  format: string;
  /** What the path after the repository asks for. */
  route(request: FastifyRequest, address: RepositoryAddress): Route;
  /** The repository policy action the route needs. */
  action(route: Route): RepositoryAction;
  /** Answers the route. */
  serve(call: EndpointCall, route: Route, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply>;
  /** Writes a refusal the way the format's clients read errors. */
  refuse(reply: FastifyReply, refusal: EndpointRefusal): FastifyReply;
}

export function formatEndpoint<Route>(packages: PackageService, spec: EndpointSpec<Route>): FastifyPluginAsync {
  return async (app) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser("*", (_request, payload, done) => done(null, payload));
    app.setErrorHandler((error, request, reply) => {
      const refusal = refusalOf(error);
      if (refusal) return spec.refuse(reply, refusal);
      if (clientDisconnected(request.raw)) {
        request.log.info(`${spec.format} endpoint client disconnected before the request was read`);
        return reply.code(400).send();
      }
      request.log.error({ err: error }, `${spec.format} endpoint request failed`);
      return spec.refuse(reply, new EndpointRefusal(500, "An internal error occurred."));
    });

    const handler = async (request: FastifyRequest, reply: FastifyReply) => {
      const address = parseRepositoryAddress(spec.format, request.raw.url ?? request.url, request.headers.host);
      if (!address) throw new EndpointRefusal(404, `Not a repository endpoint: expected /${spec.format}/d/<domain>-<owner>/<repository>/.`);
      const route = spec.route(request, address);
      const authorized = await authorizeRequest(packages, request.headers.authorization, address, spec.action(route));
      const call: EndpointCall = { ...authorized, packages, address, origin: `${request.protocol}://${request.host}`, log: request.log };
      return spec.serve(call, route, request, reply);
    };

    app.route({ method: ["GET", "HEAD", "PUT", "POST", "DELETE", "PATCH"], url: `/${spec.format}/*`, handler });
  };
}

/** The request body, for a consumer that may fail (and destroy it) before reading it all. */
export function requestBody(request: FastifyRequest): Readable {
  return detachedBody(request.raw);
}
