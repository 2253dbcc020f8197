import type { FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from "fastify";
import type { RequestContext } from "./context";
import { createRouteHandler } from "./handler";
import { collectBody } from "./http/body";
import { bodyTooLarge, ProtocolError, serializationError, unknownOperationError, unsupportedMediaType } from "./protocol-errors";
import { protocolErrorResponse, send } from "./responses";
import { routePath } from "./route-path";
import type { ServiceSchema, ShapeId } from "./schema";
import { indexOf } from "./shapes";
import { validateValue } from "./validate/validator";

/** A hand-written operation implementation, as the generated handler contract types it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
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
  const index = indexOf(schema);
  const handlerOptions = { bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT };
  // "METHOD /route/path" of routes whose operation takes a streaming payload: their bodies are
  // handed over unread, every other body is read whatever its Content-Type (checked later, per
  // operation). These settings stay inside the plugin's encapsulated context.
  const streamingRoutes = new Set<string>();
  return {
    schema,
    install(app) {
      app.removeAllContentTypeParsers();
      // Route URLs include the plugin's registration prefix; modeled URIs do not.
      const prefixLength = app.prefix.length;
      app.addContentTypeParser("*", (request, payload, done) => {
        const route = (request.routeOptions.url ?? "").slice(prefixLength);
        if (streamingRoutes.has(`${request.method} ${route}`)) done(null, payload);
        else collectBody(payload, request.headers, handlerOptions.bodyLimit, done);
      });
      app.setErrorHandler((error, request, reply) => {
        send(reply, protocolErrorResponse(asProtocolError(error, handlerOptions.bodyLimit, request)));
      });
    },
    routePath,
    handler(operations) {
      for (const { name } of operations) {
        const operation = schema.operations[name];
        const input = operation?.input ? index.bindings(operation.input) : undefined;
        const kind = index.bodyKind(input, true);
        if (kind.kind === "payload-blob" && kind.streaming) streamingRoutes.add(`${operation.http.method} ${routePath(operation.http.uri)}`);
      }
      return createRouteHandler(index, handlerOptions, operations);
    },
  };
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
