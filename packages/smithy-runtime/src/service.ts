import type { FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from "fastify";
import type { RequestContext } from "./context";
import type { ServiceSchema, ShapeId } from "./schema";

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

export declare function createServiceRuntime(schema: ServiceSchema, options?: ServiceRuntimeOptions): ServiceRuntime;

/** Validates `value` against a shape of the schema (constraints, enum values, JSON types). */
export declare function validateShape(schema: ServiceSchema, shapeId: ShapeId, value: unknown): ValidationFailure[];

/** Fastify not-found handler: 404 `UnknownOperationException`. */
export declare function unknownOperation(request: FastifyRequest, reply: FastifyReply): void;
