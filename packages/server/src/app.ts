import { randomUUID } from "node:crypto";
import Fastify, { type FastifyInstance } from "fastify";
import { unknownOperation } from "@codeartifact-local/smithy-runtime";
import type { ServerConfig } from "./config";
import { npmEndpointPlugin } from "./formats/npm/plugin";
import { pypiEndpointPlugin } from "./formats/pypi/plugin";
import { codeArtifactControlPlaneServicePlugin } from "./generated";
import { createHandlers } from "./handlers";
import { recordRefusals, RequestLog } from "./request-log";
import { openServices, type Services } from "./services";

/** How the application logs; the runnable app picks a human-readable stream in a terminal. */
export interface ServerOptions {
  /** Where log lines go (default: JSON lines on stdout). */
  logStream?: NodeJS.WritableStream;
}

/** Builds the Fastify application: the generated control-plane API plus the health route. */
export async function createServer(config: ServerConfig, services?: Services, options: ServerOptions = {}): Promise<FastifyInstance> {
  const shared = services ?? (await openServices(config));
  const app = Fastify({
    logger: { level: config.logLevel, ...(options.logStream ? { stream: options.logStream } : {}) },
    logController: new RequestLog(),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    // Package uploads are streamed; the control-plane runtime applies its own limit to JSON bodies.
    bodyLimit: 10 * 1024 * 1024,
  });
  app.addHook("onRequest", async (request, reply) => {
    reply.header("x-amzn-requestid", request.id);
  });
  recordRefusals(app);
  app.addHook("onClose", async () => shared.close());
  app.get("/health", async () => ({ status: "ok" }));
  await app.register(codeArtifactControlPlaneServicePlugin(createHandlers(shared)));
  await app.register(npmEndpointPlugin(shared));
  await app.register(pypiEndpointPlugin(shared));
  app.setNotFoundHandler(unknownOperation);
  return app;
}
