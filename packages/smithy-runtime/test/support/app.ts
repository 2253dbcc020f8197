import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { createServiceRuntime, unknownOperation, validateShape, type OperationHandler, type ServiceRuntimeOptions, type ServiceSchema } from "../../src";

/**
 * Registers a service the way generated code does: one route per method + route path,
 * operations sharing a route grouped into one handler, validators built on validateShape.
 */
export async function buildApp(
  schema: ServiceSchema,
  handlers: Record<string, OperationHandler | undefined>,
  options?: ServiceRuntimeOptions,
  fastifyOptions: FastifyServerOptions = { logger: false },
): Promise<FastifyInstance> {
  const app = Fastify(fastifyOptions);
  await app.register(async (instance) => {
    const runtime = createServiceRuntime(schema, options);
    runtime.install(instance);
    const routes = new Map<string, string[]>();
    for (const operation of Object.values(schema.operations)) {
      const key = `${operation.http.method} ${runtime.routePath(operation.http.uri)}`;
      routes.set(key, [...(routes.get(key) ?? []), operation.name]);
    }
    for (const [key, names] of routes) {
      const [method, url] = key.split(" ");
      instance.route({
        method,
        url,
        handler: runtime.handler(
          names.map((name) => ({
            name,
            impl: handlers[name],
            validate: (input) => {
              const inputShape = schema.operations[name].input;
              return inputShape ? validateShape(schema, inputShape, input) : [];
            },
          })),
        ),
      });
    }
  });
  app.setNotFoundHandler(unknownOperation);
  await app.ready();
  return app;
}

/** A handler that records its input and answers with `output`. */
export function recorder(output: unknown = {}) {
  const calls: unknown[] = [];
  const handler: OperationHandler = async (input) => {
    calls.push(input);
    return typeof output === "function" ? (output as (i: unknown) => unknown)(input) : output;
  };
  return { calls, handler };
}
