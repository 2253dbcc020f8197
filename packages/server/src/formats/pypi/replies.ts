import type { FastifyReply } from "fastify";
import { EndpointRefusal, refusalOf } from "../refusal";

// pip and twine show the HTTP status line of a failure (twine: `HTTPError: 409 Conflict from
// <url>` followed by the reason), so, as PyPI does, the message goes in the reason phrase as well
// as in the plain-text body.

export class PypiError extends EndpointRefusal {}

export function toPypiError(error: unknown): PypiError | undefined {
  if (error instanceof PypiError) return error;
  const refusal = refusalOf(error);
  return refusal && new PypiError(refusal.status, refusal.message);
}

/** A reason phrase must be one line of visible Latin-1. */
function reasonPhrase(message: string): string {
  return message.replace(/[^\x20-\x7e]+/g, " ").slice(0, 400);
}

export function sendPypiError(reply: FastifyReply, error: PypiError): FastifyReply {
  reply.raw.statusMessage = reasonPhrase(error.message);
  reply.code(error.status).headers(error.headers).header("content-type", "text/plain; charset=utf-8");
  return reply.send(`${error.message}\n`);
}
