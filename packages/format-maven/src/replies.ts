import type { FastifyReply } from "fastify";
import { EndpointRefusal } from "@codeartifact-local/format-kit";

// Maven prints the status line of a failed transfer (`status code: 409, reason phrase: ...`), so
// the message goes in the reason phrase as well as in the plain-text body. Maven also reads
// `WWW-Authenticate` one scheme per header: a combined `Bearer ..., Basic ...` challenge makes it
// give up, so the kit's challenge is sent as two headers.

export class MavenError extends EndpointRefusal {}

function reasonPhrase(message: string): string {
  return message.replace(/[^\x20-\x7e]+/g, " ").slice(0, 400);
}

/** Each scheme of a combined challenge (`Bearer realm="x", Basic realm="x"`) as its own header value. */
export function splitChallenge(value: string): string[] {
  return value
    .split(/,\s*(?=[A-Za-z]+\s+realm=)/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

export function sendMavenError(reply: FastifyReply, error: EndpointRefusal): FastifyReply {
  reply.raw.statusMessage = reasonPhrase(error.message);
  reply.code(error.status);
  for (const [name, value] of Object.entries(error.headers)) {
    reply.header(name, name.toLowerCase() === "www-authenticate" ? splitChallenge(value) : value);
  }
  reply.header("content-type", "text/plain; charset=utf-8");
  return reply.send(`${error.message}\n`);
}
