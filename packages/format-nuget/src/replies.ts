import type { FastifyReply } from "fastify";
import { EndpointRefusal } from "@codeartifact-local/format-kit";

// NuGet clients report a failure as `Response status code does not indicate success: 409
// (<reason phrase>)`, so the message goes in the reason phrase as well as in the plain-text body.
// The 401 challenge is the kit's, as AWS sends it (one header naming Bearer and Basic): NuGet.exe
// on Mono answers it with the source's Basic credentials.

export class NugetError extends EndpointRefusal {}

/** A reason phrase must be one line of visible Latin-1. */
function reasonPhrase(message: string): string {
  return message.replace(/[^\x20-\x7e]+/g, " ").slice(0, 400);
}

export function sendNugetError(reply: FastifyReply, error: EndpointRefusal): FastifyReply {
  reply.raw.statusMessage = reasonPhrase(error.message);
  reply.code(error.status).headers(error.headers).header("content-type", "text/plain; charset=utf-8");
  return reply.send(`${error.message}\n`);
}
