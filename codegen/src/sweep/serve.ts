import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Fastify, { type FastifyInstance, type FastifyPluginAsync } from "fastify";
import { unknownOperation, type ServiceSchema } from "@codeartifact-local/smithy-runtime";
import type { SweepRequest } from "./requests";

export interface ServedService {
  app: FastifyInstance;
  schema: ServiceSchema;
}

/** Imports a generated folder and serves its plugin with no handlers (every operation unimplemented). */
export async function serveGenerated(dir: string): Promise<ServedService> {
  const module = (await import(pathToFileURL(join(dir, "index.ts")).href)) as Record<string, unknown>;
  const plugins = Object.entries(module).filter(([name, value]) => name.endsWith("Plugin") && typeof value === "function");
  if (plugins.length !== 1) throw new Error(`Expected one *Plugin export in ${dir}, found ${plugins.map(([n]) => n).join(", ") || "none"}`);
  const plugin = plugins[0][1] as (handlers: object) => FastifyPluginAsync;
  const app = Fastify();
  await app.register(plugin({}));
  app.setNotFoundHandler(unknownOperation);
  await app.ready();
  return { app, schema: module.serviceSchema as ServiceSchema };
}

export interface Answer {
  status: number;
  errorType?: string;
  body: string;
}

export async function send(app: FastifyInstance, request: SweepRequest): Promise<Answer> {
  const response = await app.inject({ method: request.method as "GET", url: request.url, headers: request.headers, payload: request.body });
  const errorType = response.headers["x-amzn-errortype"];
  return { status: response.statusCode, errorType: typeof errorType === "string" ? errorType.split(":")[0] : undefined, body: response.body };
}
