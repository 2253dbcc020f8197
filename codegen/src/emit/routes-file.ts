import { routePath, type OperationSchema } from "@codeartifact-local/smithy-runtime";
import { StructureKind, type CodeBlockWriter } from "ts-morph";
import { handlerMethodName, handlersInterfaceName, pluginFunctionName, validatorName } from "../naming";
import type { EmitContext } from "./context";
import { blankLine, importStatement, type Statement } from "./project";
import { queryLiteralCount } from "./route-path";
import { RUNTIME_MODULE } from "./runtime-module";
import { EMPTY_INPUT_VALIDATOR } from "./validators-file";

interface Route {
  method: string;
  uri: string;
  path: string;
  operations: OperationSchema[];
}

/** Operations sharing method and route path (they differ by query literals) share one Fastify route. */
export function groupRoutes(operations: readonly OperationSchema[]): Route[] {
  const routes = new Map<string, Route>();
  for (const op of operations) {
    const path = routePath(op.http.uri);
    const key = `${op.http.method} ${path}`;
    const route = routes.get(key) ?? { method: op.http.method, uri: op.http.uri, path, operations: [] };
    route.operations.push(op);
    routes.set(key, route);
  }
  for (const route of routes.values()) {
    // Most query literals first, so the runtime can try the most specific operation first.
    route.operations.sort((a, b) => queryLiteralCount(b.http.uri) - queryLiteralCount(a.http.uri) || (a.name < b.name ? -1 : 1));
    route.uri = route.operations[0].http.uri;
  }
  return [...routes.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.method < b.method ? -1 : 1));
}

/** `routes.ts`: the Fastify plugin that serves the service with the given handlers. */
export function routesFile(ctx: EmitContext): Statement[] {
  const routes = groupRoutes(ctx.operations);
  // Fastify answers HEAD on every GET route unless told otherwise; a modeled HEAD route on the
  // same path would clash with it.
  const headPaths = new Set(routes.filter((r) => r.method === "HEAD").map((r) => r.path));
  const validators = ctx.operations.map((op) => (op.input ? validatorName(op.name) : EMPTY_INPUT_VALIDATOR));
  const handlers = handlersInterfaceName(ctx.schema.name);

  const writeBody = (writer: CodeBlockWriter): void => {
    writer.writeLine("return async (app) => {");
    writer.indent(() => {
      writer.writeLine("const rt = createServiceRuntime(serviceSchema, options);");
      writer.writeLine("rt.install(app);");
      for (const route of routes) {
        writer.write("app.route(").inlineBlock(() => {
          writer.writeLine(`method: ${JSON.stringify(route.method)},`);
          writer.writeLine(`url: rt.routePath(${JSON.stringify(route.uri)}),`);
          if (route.method === "GET" && headPaths.has(route.path)) writer.writeLine("exposeHeadRoute: false,");
          writer.writeLine("handler: rt.handler([");
          writer.indent(() => {
            for (const op of route.operations) {
              const method = handlerMethodName(op.name);
              const validate = op.input ? validatorName(op.name) : EMPTY_INPUT_VALIDATOR;
              writer.writeLine(`{ name: ${JSON.stringify(op.name)}, impl: handlers.${method}?.bind(handlers), validate: ${validate} },`);
            }
          });
          writer.writeLine("]),");
        });
        writer.write(");").newLine();
      }
    });
    writer.writeLine("};");
  };

  return [
    importStatement("fastify", ["FastifyPluginAsync"], true),
    importStatement(RUNTIME_MODULE, ["createServiceRuntime", { name: "ServiceRuntimeOptions", typeOnly: true }]),
    importStatement("./handlers", [handlers], true),
    importStatement("./schema", ["serviceSchema"]),
    ...(validators.length ? [importStatement("./validators", [...new Set(validators)].sort())] : []),
    blankLine,
    {
      kind: StructureKind.Function,
      isExported: true,
      name: pluginFunctionName(ctx.schema.name),
      docs: [
        "A Fastify plugin serving every operation of the service; register it with `app.register` (it stays encapsulated).\nHandlers may use any context type derived from RequestContext.",
      ],
      parameters: [
        { name: "handlers", type: `${handlers}<any>` },
        { name: "options", type: "ServiceRuntimeOptions", hasQuestionToken: true },
      ],
      returnType: "FastifyPluginAsync",
      statements: writeBody,
    },
  ];
}
