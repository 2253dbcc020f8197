import type { FastifyReply } from "fastify";
import { EndpointRefusal } from "@codeartifact-local/format-kit";

// pip and twine show the HTTP status line of a failure (twine: `HTTPError: 409 Conflict from
// <url>` followed by the reason), so, as PyPI does, the message goes in the reason phrase as well
// as in the plain-text body.

export class PypiError extends EndpointRefusal {}

/** A reason phrase must be one line of visible Latin-1. */
function reasonPhrase(message: string): string {
  return message.replace(/[^\x20-\x7e]+/g, " ").slice(0, 400);
}

export function sendPypiError(reply: FastifyReply, error: EndpointRefusal): FastifyReply {
  reply.raw.statusMessage = reasonPhrase(error.message);
  reply.code(error.status).headers(error.headers).header("content-type", "text/plain; charset=utf-8");
  return reply.send(`${error.message}\n`);
}
