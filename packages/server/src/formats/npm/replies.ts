import type { FastifyReply } from "fastify";
import { EndpointRefusal, refusalOf } from "../refusal";

// npm clients read failures as `{"error": "<message>"}` and print the message after the status
// line, so every refusal carries a sentence that says what to do.

export class NpmError extends EndpointRefusal {}

/** The npm answer for an error thrown by the package service or by the adapter itself. */
export function toNpmError(error: unknown): NpmError | undefined {
  if (error instanceof NpmError) return error;
  const refusal = refusalOf(error);
  return refusal && new NpmError(refusal.status, refusal.message);
}

export function sendNpmError(reply: FastifyReply, error: NpmError): FastifyReply {
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
