import type { FastifyReply } from "fastify";
import { EndpointRefusal } from "@codeartifact-local/format-kit";

// NuGet clients report a failure as `Response status code does not indicate success: 409
// (<reason phrase>)`, so the message goes in the reason phrase as well as in the plain-text body.
// The authentication challenge names both schemes AWS offers, each in its own header: clients
// built on .NET's and Mono's HTTP stacks then answer the Basic one with the source's credentials.

export class NugetError extends EndpointRefusal {}

/** A reason phrase must be one line of visible Latin-1. */
function reasonPhrase(message: string): string {
  return message.replace(/[^\x20-\x7e]+/g, " ").slice(0, 400);
}

/** `Bearer realm="r", Basic realm="r"` as one challenge per scheme. */
export function splitChallenges(header: string): string[] {
  return header.split(/,\s*(?=[A-Za-z][\w-]*\s+[\w-]+=)/).map((c) => c.trim());
}

export function sendNugetError(reply: FastifyReply, error: EndpointRefusal): FastifyReply {
  reply.raw.statusMessage = reasonPhrase(error.message);
  const { "www-authenticate": challenge, ...headers } = error.headers;
  reply.code(error.status).headers(headers).header("content-type", "text/plain; charset=utf-8");
  if (challenge) reply.header("www-authenticate", splitChallenges(challenge));
  return reply.send(`${error.message}\n`);
}
