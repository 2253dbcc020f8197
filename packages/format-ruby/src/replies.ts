import type { FastifyReply } from "fastify";
import { EndpointRefusal } from "@codeartifact-local/format-kit";

// `gem push` prints the body of a failed answer; Bundler and `gem install` report the status and
// URL. Refusals are therefore plain text, one sentence, as rubygems.org writes them.

export class RubyError extends EndpointRefusal {}

export function sendRubyError(reply: FastifyReply, error: EndpointRefusal): FastifyReply {
  reply.code(error.status).headers(error.headers).header("content-type", "text/plain; charset=utf-8");
  return reply.send(`${error.message}\n`);
}
