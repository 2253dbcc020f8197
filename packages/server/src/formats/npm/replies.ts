import type { FastifyReply } from "fastify";
import { ModeledError } from "@codeartifact-local/smithy-runtime";

// npm clients read failures as `{"error": "<message>"}` and print the message after the status
// line, so every refusal carries a sentence that says what to do.

export class NpmError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "NpmError";
  }
}

/** The HTTP status AWS gives each modeled error of the package service. */
const STATUS_OF: Record<string, number> = {
  ResourceNotFoundException: 404,
  ConflictException: 409,
  AccessDeniedException: 403,
  ValidationException: 400,
  ServiceQuotaExceededException: 402,
  ThrottlingException: 429,
};

/** The npm answer for an error thrown by the package service or by the adapter itself. */
export function toNpmError(error: unknown): NpmError | undefined {
  if (error instanceof NpmError) return error;
  if (error instanceof ModeledError) {
    const status = STATUS_OF[error.name];
    if (status !== undefined) return new NpmError(status, error.message);
  }
  return undefined;
}

export function sendNpmError(reply: FastifyReply, error: NpmError): FastifyReply {
  reply.code(error.status).headers(error.headers).header("content-type", "application/json");
  return reply.send(JSON.stringify({ error: error.message }));
}

export function sendJson(reply: FastifyReply, body: unknown, contentType = "application/json", status = 200): FastifyReply {
  reply.code(status).header("content-type", contentType);
  return reply.send(JSON.stringify(body));
}
