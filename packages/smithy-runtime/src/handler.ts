import type { FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from "fastify";
import type { IncomingHttpHeaders } from "node:http";
import { Readable } from "node:stream";
import { createRequestContext } from "./context";
import { deserializeInput } from "./deserialize/request";
import { ModeledError } from "./errors";
import { announcesBody, clientDisconnected, collectBody, detachedBody } from "./http/body";
import { accepts, baseMediaType } from "./http/media-type";
import { parseQuery, type QueryMap } from "./http/query";
import { notAcceptable, ProtocolError, serializationError, unknownOperationError, unsupportedMediaType } from "./protocol-errors";
import { internalErrorResponse, modeledErrorResponse, notImplementedResponse, protocolErrorResponse, send, validationErrorResponse } from "./responses";
import { compileUri, matchUri, pathSegments, type UriPattern } from "./route-path";
import type { OperationSchema } from "./schema";
import { serializeMessage } from "./serialize/response";
import type { RouteOperation } from "./service";
import type { BodyKind, Bindings, ShapeIndex } from "./shapes";

/** Everything about one operation that does not depend on the request. */
interface PreparedOperation {
  route: RouteOperation;
  schema: OperationSchema;
  pattern: UriPattern;
  input?: Bindings;
  inputKind: BodyKind;
  output?: Bindings;
  outputKind: BodyKind;
}

export interface HandlerOptions {
  bodyLimit: number;
}

/**
 * The request pipeline for the operations sharing one Fastify route:
 * match → Content-Type / Accept → deserialize → validate → (501 when unimplemented) →
 * call the implementation → serialize the output or error.
 */
export function createRouteHandler(index: ShapeIndex, options: HandlerOptions, operations: RouteOperation[]): RouteHandlerMethod {
  const prepared = operations
    .map((route) => prepare(index, route))
    // Operations sharing a route differ by what follows the routed prefix; the most
    // constrained pattern is tried first.
    .sort((a, b) => specificity(b.pattern) - specificity(a.pattern));

  // Synchronous up to the body read, which is callback-based: a promise resolved with the body
  // costs an extra hop and a `then` lookup on the Buffer, per request.
  return function handleOperation(this: FastifyInstance, request: FastifyRequest, reply: FastifyReply): void {
    let call: Call;
    // Fastify's `headers` is a getter; read it once.
    const headers = request.headers;
    try {
      const url = request.raw.url ?? request.url;
      const queryStart = url.indexOf("?");
      const path = queryStart === -1 ? url : url.slice(0, queryStart);
      const query = parseQuery(queryStart === -1 ? "" : url.slice(queryStart + 1));
      // Modeled URIs are relative to the plugin's registration prefix, if any.
      const segments = pathSegments(path, path.startsWith(this.prefix) ? this.prefix.length : 0);
      let operation: PreparedOperation | undefined;
      let labels: Record<string, string> | undefined;
      for (const candidate of prepared) {
        labels = matchUri(candidate.pattern, segments, query);
        if (labels) {
          operation = candidate;
          break;
        }
      }
      if (!operation || !labels) throw unknownOperationError(request.method, path);
      checkContentType(operation.inputKind, headers);
      checkAccept(operation.outputKind, headers.accept);
      call = { operation, labels, query, headers, request, reply };
    } catch (error) {
      return void fail(index, request, reply, error, undefined);
    }

    const stream = bodyStream(request, headers);
    const kind = call.operation.inputKind;
    if (!stream || kind.kind === "none") {
      void respond(index, call, stream);
      return;
    }
    if (kind.kind === "payload-blob" && kind.streaming) {
      void respond(index, call, detachedBody(stream));
      return;
    }
    collectBody(stream, headers, options.bodyLimit, (error, body) => {
      if (error) fail(index, request, reply, error, call.operation.schema);
      else void respond(index, call, body);
    });
  };
}

/** A request matched to one of the route's operations. */
interface Call {
  operation: PreparedOperation;
  labels: Record<string, string>;
  query: QueryMap;
  headers: IncomingHttpHeaders;
  request: FastifyRequest;
  reply: FastifyReply;
}

/** deserialize → validate → (501 when unimplemented) → call the implementation → serialize. */
async function respond(index: ShapeIndex, { operation, labels, query, headers, request, reply }: Call, body: Buffer | Readable | undefined): Promise<void> {
  try {
    const input = operation.input ? deserializeInput(index, operation.input, operation.inputKind, { labels, query, headers, body }) : {};
    const failures = operation.route.validate(input);
    if (failures.length > 0) return void send(reply, validationErrorResponse(index, failures));
    // Valid input for an operation without business logic: 501, after validation so clients
    // still learn what is wrong with their input. An unread streaming body is discarded.
    const impl = operation.route.impl;
    if (!impl) {
      if (body instanceof Readable) body.resume();
      return void send(reply, notImplementedResponse(operation.schema.name));
    }

    let output: unknown;
    try {
      output = await impl(input, createRequestContext(request, headers, query, operation.schema.name));
    } catch (error) {
      if (error instanceof ModeledError && operation.schema.errors.includes(error.shapeId)) {
        return void send(reply, modeledErrorResponse(index, error.shapeId, error.fields));
      }
      throw error;
    }
    send(reply, serializeMessage(index, operation.output, operation.outputKind, output, operation.schema.http.code));
  } catch (error) {
    fail(index, request, reply, error, operation.schema);
  }
}

/**
 * Protocol errors are the client's; so is a client going away mid-request (noted without a stack);
 * anything else is logged and answered as an internal error.
 */
function fail(index: ShapeIndex, request: FastifyRequest, reply: FastifyReply, error: unknown, operation: OperationSchema | undefined): void {
  if (error instanceof ProtocolError) return void send(reply, protocolErrorResponse(error));
  if (clientDisconnected(request.raw)) {
    request.log.info({ operation: operation?.name }, "client disconnected before the request was read");
    // Nobody reads this answer; it ends the request for Fastify.
    return void send(reply, protocolErrorResponse(serializationError("The request ended early.")));
  }
  request.log.error({ err: error, operation: operation?.name }, "operation failed");
  send(reply, internalErrorResponse(index, operation));
}

/** Literal path segments weigh most, then a fixed segment count (no greedy label), then query literals. */
function specificity(pattern: UriPattern): number {
  const literals = pattern.segments.filter((segment) => "literal" in segment).length;
  return literals * 10_000 + (pattern.greedyAt === -1 ? 1000 : 0) + pattern.query.length;
}

function prepare(index: ShapeIndex, route: RouteOperation): PreparedOperation {
  const schema = index.schema.operations[route.name];
  if (!schema) throw new Error(`Operation ${route.name} is not in the service schema`);
  const input = schema.input ? index.bindings(schema.input) : undefined;
  const output = schema.output ? index.bindings(schema.output) : undefined;
  return {
    route,
    schema,
    pattern: compileUri(schema.http.uri),
    input,
    inputKind: index.bodyKind(input, true),
    output,
    outputKind: index.bodyKind(output, false),
  };
}

/**
 * The unread request body: the stream our content-type parser passed through, or the raw request
 * when Fastify skipped parsers (GET, or DELETE without a Content-Type); undefined without a body.
 */
function bodyStream(request: FastifyRequest, headers: IncomingHttpHeaders): Readable | undefined {
  if (request.body instanceof Readable) return request.body;
  return announcesBody(headers) ? request.raw : undefined;
}

function checkContentType(kind: BodyKind, headers: IncomingHttpHeaders): void {
  const contentType = headers["content-type"];
  switch (kind.kind) {
    case "none":
      if (contentType !== undefined && announcesBody(headers)) throw unsupportedMediaType("This operation does not accept a request body");
      return;
    case "json":
    case "payload-json":
      return expectContentType("application/json", headers);
    case "payload-text":
      return expectContentType(kind.mediaType, headers);
    case "payload-blob":
      // Any type is acceptable for a blob without @mediaType, and a missing header is tolerated.
      if (kind.mediaType !== undefined && contentType !== undefined) expectContentType(kind.mediaType, headers);
      return;
  }
}

/** A body, when there is one, must come with the operation's media type. */
function expectContentType(mediaType: string, headers: IncomingHttpHeaders): void {
  const contentType = headers["content-type"];
  if (contentType === mediaType) return;
  if (contentType === undefined ? announcesBody(headers) : baseMediaType(contentType) !== mediaType.toLowerCase()) {
    throw unsupportedMediaType(`Expected Content-Type ${mediaType}${contentType === undefined ? "" : ` but got ${contentType}`}`);
  }
}

function checkAccept(kind: BodyKind, accept: string | undefined): void {
  const produced = responseMediaType(kind);
  if (produced !== undefined && !accepts(accept, produced)) throw notAcceptable(`This operation responds with ${produced}`);
}

/** The media type a response body will have; undefined when any Accept is fine. */
function responseMediaType(kind: BodyKind): string | undefined {
  switch (kind.kind) {
    case "json":
    case "payload-json":
      return "application/json";
    case "payload-text":
      return kind.mediaType;
    case "payload-blob":
      // A blob without @mediaType is whatever the handler says; don't second-guess Accept.
      return kind.mediaType;
    case "none":
      return undefined;
  }
}
