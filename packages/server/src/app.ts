import { randomUUID } from "node:crypto";
import Fastify, { type FastifyInstance } from "fastify";
import { unknownOperation } from "@codeartifact-local/smithy-runtime";
import type { ServerConfig } from "./config";
import { npmEndpointPlugin } from "./formats/npm/plugin";
import { pypiEndpointPlugin } from "./formats/pypi/plugin";
import { codeArtifactControlPlaneServicePlugin } from "./generated";
import { createHandlers } from "./handlers";
import { registerHealthRoutes } from "./health";
import { openServices, type Services } from "./services";

/** Builds the Fastify application: the generated control-plane API, the package endpoints and the health routes. */
export async function createServer(config: ServerConfig, services?: Services): Promise<FastifyInstance> {
  const shared = services ?? (await openServices(config));
  const app = Fastify({
    logger: { level: config.logLevel },
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    // Package uploads are streamed; the control-plane runtime applies its own limit to JSON bodies.
    bodyLimit: 10 * 1024 * 1024,
  });
  app.addHook("onRequest", async (request, reply) => {
    reply.header("x-amzn-requestid", request.id);
  });
  app.addHook("onClose", async () => shared.close());
  registerHealthRoutes(app, shared);
  await app.register(codeArtifactControlPlaneServicePlugin(createHandlers(shared)));
  await app.register(npmEndpointPlugin(shared));
  await app.register(pypiEndpointPlugin(shared));
  app.setNotFoundHandler(unknownOperation);
  return app;
}
