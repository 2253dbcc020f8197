import type { FastifyReply } from "fastify";
import { EndpointRefusal, parseRepositoryAddress } from "@codeartifact-local/format-kit";

// Cargo reads errors of the web API as `{"errors":[{"detail":"..."}]}` and prints the detail after
// the status; index requests show the status and the body. A 401 carries the challenge cargo's
// authenticated registries expect: `WWW-Authenticate: Cargo login_url="<absolute URL>"` (a
// relative URL makes cargo fail with "invalid url").

export class CargoError extends EndpointRefusal {}

export function sendJson(reply: FastifyReply, body: unknown, status = 200): FastifyReply {
  return reply.code(status).header("content-type", "application/json").send(JSON.stringify(body));
}

/** Where cargo sends a user for a token: the endpoint's `me` page (crates.io's shape). */
export function loginUrl(origin: string, basePath: string): string {
  return `${origin}${basePath}me`;
}

export function sendCargoError(reply: FastifyReply, error: EndpointRefusal): FastifyReply {
  const headers = { ...error.headers };
  if (error.status === 401) {
    const request = reply.request;
    const address = parseRepositoryAddress("cargo", request.raw.url ?? request.url, request.headers.host);
    const origin = `${request.protocol}://${request.host}`;
    headers["www-authenticate"] = `Cargo login_url="${loginUrl(origin, address?.basePath ?? "/cargo/")}"`;
  }
  reply.headers(headers);
  return sendJson(reply, { errors: [{ detail: error.message }] }, error.status);
}
