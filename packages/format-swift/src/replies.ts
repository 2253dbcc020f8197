import type { FastifyReply } from "fastify";
import { EndpointRefusal } from "@codeartifact-local/format-kit";

// Errors as the registry specification (section 3.3) has them: RFC 7807 problem details with
// `Content-Version: 1`; SwiftPM shows the `detail`.

export class SwiftError extends EndpointRefusal {}

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  402: "Payment Required",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Entity",
  500: "Internal Server Error",
  502: "Bad Gateway",
};

export function sendProblem(reply: FastifyReply, error: EndpointRefusal): FastifyReply {
  const body = { type: "about:blank", title: TITLES[error.status] ?? "Error", status: error.status, detail: error.message };
  reply.code(error.status).headers(error.headers);
  reply.header("content-type", "application/problem+json").header("content-version", "1").header("content-language", "en");
  return reply.send(JSON.stringify(body));
}
