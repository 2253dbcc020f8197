import { randomUUID } from "node:crypto";
import Fastify, { type FastifyInstance } from "fastify";
import { unknownOperation } from "@codeartifact-local/smithy-runtime";
import type { ServerConfig } from "./config";
import { codeArtifactControlPlaneServicePlugin } from "./generated";
import { createHandlers } from "./handlers";

/** Builds the Fastify application: the generated control-plane API plus the health route. */
export async function createServer(config: ServerConfig): Promise<FastifyInstance> {
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
  app.get("/health", async () => ({ status: "ok" }));
  await app.register(codeArtifactControlPlaneServicePlugin(createHandlers()));
  app.setNotFoundHandler(unknownOperation);
  return app;
}
