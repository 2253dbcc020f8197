import type { FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from "fastify";
import type { Readable } from "node:stream";
import type { RequestContext } from "./context";
import { createRouteHandler } from "./handler";
import { keepTickEntryClasses } from "./http/tick-maps";
import { bodyTooLarge, ProtocolError, serializationError, unknownOperationError, unsupportedMediaType } from "./protocol-errors";
import { protocolErrorResponse, send } from "./responses";
import { routePath } from "./route-path";
import type { ServiceSchema, ShapeId } from "./schema";
import { indexOf } from "./shapes";
import { validateValue } from "./validate/validator";

/** A hand-written operation implementation, as the generated handler contract types it. */
export type OperationHandler<I = any, O = any> = (input: I, context: RequestContext) => Promise<O>;

/** One constraint violation, with the member path as the service's error style needs it. */
export interface ValidationFailure {
  /** Member names and list/map keys from the input root, e.g. ["upstreams", 0, "repositoryName"]. */
  path: Array<string | number>;
  /** Text after "failed to satisfy constraint: ", e.g. "Member must not be null". */
  constraint: string;
  /** The offending value, shown in messages unless the member is `@sensitive`. */
  value: unknown;
  sensitive?: boolean;
  /** The measured length, for `@length` violations (Smithy's messages print it). */
  length?: number;
}

/** A generated input validator: returns every violation, an empty array when valid. */
export type InputValidator = (input: unknown) => ValidationFailure[];

export interface RouteOperation {
  name: string;
  impl?: OperationHandler;
  validate: InputValidator;
}

export interface ServiceRuntimeOptions {
  /** Largest accepted non-streaming request body in bytes (default 10 MiB). */
  bodyLimit?: number;
}

export interface ServiceRuntime {
  readonly schema: ServiceSchema;
  /** Prepares an encapsulated Fastify context (body parsing) for the service's routes. */
  install(app: FastifyInstance): void;
  /** The Fastify route path that routes a modeled URI pattern on its path alone. */
  routePath(uri: string): string;
  /** The route handler for the operations sharing one method and route path. */
  handler(operations: RouteOperation[]): RouteHandlerMethod;
}

const DEFAULT_BODY_LIMIT = 10 * 1024 * 1024;

export function createServiceRuntime(schema: ServiceSchema, options: ServiceRuntimeOptions = {}): ServiceRuntime {
  keepTickEntryClasses();
  const index = indexOf(schema);
  const handlerOptions = { bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT };
  return {
    schema,
    install(app) {
      // Every body reaches the handler unread, whatever its Content-Type: the handler knows the
      // operation, so it checks the type, streams the body or reads it within the limit.
      // These settings stay inside the plugin's encapsulated context.
      app.removeAllContentTypeParsers();
      app.addContentTypeParser("*", passBodyThrough);
      // Fastify caches the parser of exact types only; the catch-all alone would re-parse
      // the Content-Type of every JSON request.
      app.addContentTypeParser("application/json", passBodyThrough);
      app.setErrorHandler(frameworkErrorHandler(handlerOptions.bodyLimit));
    },
    routePath,
    handler(operations) {
      return createRouteHandler(index, handlerOptions, operations);
    },
  };
}

function passBodyThrough(_request: FastifyRequest, payload: Readable, done: (error: Error | null, body?: unknown) => void): void {
  done(null, payload);
}

/**
 * A Fastify error handler answering errors raised around the operations (unparsable Content-Type,
 * aborted body, …) as restJson1 protocol errors; also fit for the routes beside the service.
 */
export function frameworkErrorHandler(bodyLimit = DEFAULT_BODY_LIMIT): (error: unknown, request: FastifyRequest, reply: FastifyReply) => void {
  return (error, request, reply) => void send(reply, protocolErrorResponse(asProtocolError(error, bodyLimit, request)));
}

/** Maps errors Fastify raises around our handler (unparsable Content-Type, aborted body, …). */
function asProtocolError(error: unknown, bodyLimit: number, request: FastifyRequest): ProtocolError {
  if (error instanceof ProtocolError) return error;
  const status = (error as { statusCode?: number }).statusCode;
  if (status === 415) return unsupportedMediaType("Unsupported Content-Type");
  if (status === 413) return bodyTooLarge(bodyLimit);
  if (status !== undefined && status >= 400 && status < 500) return serializationError("Malformed request");
  request.log.error({ err: error }, "request failed outside an operation");
  return new ProtocolError(500, "InternalFailure", "An internal error occurred.");
}

/** Validates `value` against a shape of the schema (constraints, enum values, JSON types). */
export function validateShape(schema: ServiceSchema, shapeId: ShapeId, value: unknown): ValidationFailure[] {
  return validateValue(indexOf(schema), shapeId, value);
}

/** Fastify not-found handler: 404 `UnknownOperationException`. */
export function unknownOperation(request: FastifyRequest, reply: FastifyReply): void {
  const url = request.raw.url ?? request.url;
  send(reply, protocolErrorResponse(unknownOperationError(request.method, url.split("?", 1)[0])));
}
