import type { FastifyReply } from "fastify";
import type { ProtocolError } from "./protocol-errors";
import type { OperationSchema } from "./schema";
import { serializeMessage, type HttpResponse } from "./serialize/response";
import type { ValidationFailure } from "./service";
import { shapeName, type ShapeIndex } from "./shapes";
import { frameworkErrorFields, serviceErrorMessage } from "./validate/messages";

/** Writes a serialized response through Fastify, tagging it with the request id. */
export function send(reply: FastifyReply, response: HttpResponse): FastifyReply {
  reply.code(response.status);
  reply.header("x-amzn-requestid", reply.request.id);
  reply.headers(response.headers);
  // Fastify appends "; charset=utf-8" to the JSON content type of a string payload unless the
  // reply has its own serializer; an identity serializer keeps the modeled Content-Type and lets
  // Node write headers and body in one go (a Buffer would cost a copy and a second write).
  if (typeof response.body === "string") reply.serializer(asIs);
  return reply.send(response.body);
}

function asIs(payload: string): string {
  return payload;
}

/** An error without a schema shape: `X-Amzn-ErrorType` plus a JSON body (`{message}` by default). */
export function plainError(status: number, errorType: string, message: string, body: object = { message }): HttpResponse {
  return {
    status,
    headers: { "x-amzn-errortype": errorType, "content-type": "application/json" },
    body: JSON.stringify(body),
  };
}

export function protocolErrorResponse(error: ProtocolError): HttpResponse {
  return plainError(error.status, error.errorType, error.message);
}

export function notImplementedResponse(operation: string): HttpResponse {
  return plainError(501, "NotImplemented", `Operation ${operation} is not implemented`);
}

/** A modeled error shape: `@httpError` status, bound headers, the other members as JSON. */
export function modeledErrorResponse(index: ShapeIndex, shapeId: string, fields: unknown): HttpResponse {
  const shape = index.structure(shapeId);
  const bindings = index.bindings(shapeId);
  const status = shape.httpError ?? (shape.error === "server" ? 500 : 400);
  const response = serializeMessage(index, bindings, index.bodyKind(bindings, false), fields, status);
  response.headers["x-amzn-errortype"] = shapeName(shapeId);
  return response;
}

/**
 * A failure with no modeled meaning. Reported as the operation's own internal-error shape
 * when it has one (so AWS SDKs raise a typed exception), else as `InternalFailure`; the
 * cause never reaches the client.
 */
export function internalErrorResponse(index: ShapeIndex, operation: OperationSchema | undefined): HttpResponse {
  const message = "An internal error occurred.";
  const internal = operation?.errors.find((id) => {
    const shape = index.schema.shapes[id];
    return shape?.type === "structure" && shape.error === "server" && shapeName(id).includes("Internal");
  });
  return internal ? modeledErrorResponse(index, internal, { message }) : plainError(500, "InternalFailure", message);
}

/** Input validation failures in the service's configured style. */
export function validationErrorResponse(index: ShapeIndex, failures: ValidationFailure[]): HttpResponse {
  const validation = index.schema.validation;
  const shape = index.schema.shapes[validation.errorShape];
  let fields: Record<string, unknown>;
  if (validation.style === "framework") {
    fields = frameworkErrorFields(failures);
  } else {
    fields = { [validation.messageMember ?? "message"]: serviceErrorMessage(failures) };
    const reason = validation.reasonMember ?? "reason";
    const hasReason = shape === undefined || (shape.type === "structure" && reason in shape.members);
    if (validation.reasonValue !== undefined && hasReason) fields[reason] = validation.reasonValue;
  }
  if (shape?.type === "structure") return modeledErrorResponse(index, validation.errorShape, fields);
  return plainError(400, shapeName(validation.errorShape), "", fields);
}
