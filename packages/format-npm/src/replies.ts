import type { FastifyReply } from "fastify";
import { EndpointRefusal } from "@codeartifact-local/format-kit";

// npm clients read failures as `{"error": "<message>"}` and print the message after the status
// line, so every refusal carries a sentence that says what to do.

export class NpmError extends EndpointRefusal {}

export function sendNpmError(reply: FastifyReply, error: EndpointRefusal): FastifyReply {
  reply.code(error.status).headers(error.headers).header("content-type", "application/json");
  return reply.send(JSON.stringify({ error: error.message }));
}

export function sendJson(reply: FastifyReply, body: unknown, contentType = "application/json", status = 200): FastifyReply {
  return sendJsonText(reply, JSON.stringify(body), contentType, status);
}

/** A JSON document already serialized. */
export function sendJsonText(reply: FastifyReply, json: string, contentType = "application/json", status = 200): FastifyReply {
  reply.code(status).header("content-type", contentType);
  return reply.send(json);
}
