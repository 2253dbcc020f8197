import { randomUUID } from "node:crypto";
import Fastify, { type FastifyInstance } from "fastify";
import { sigV4Guard, unknownOperation } from "@codeartifact-local/smithy-runtime";
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
  if (config.credentials) requireSignatures(app, shared);
  await app.register(codeArtifactControlPlaneServicePlugin(createHandlers(shared)));
  await app.register(npmEndpointPlugin(shared));
  await app.register(pypiEndpointPlugin(shared));
  app.setNotFoundHandler(unknownOperation);
  return app;
}

/**
 * With `--credentials`, every control-plane call (all under /v1/) must be signed with one of the
 * listed keys, and acts as that key's account; authorization tokens for the package endpoints are
 * then issued to signed callers only. Without it, the local default stays: any signature is taken
 * at its word.
 */
function requireSignatures(app: FastifyInstance, services: Services): void {
  const credentials = services.config.credentials!;
  const guard = sigV4Guard({
    lookup: (accessKeyId) => {
      const key = credentials.get(accessKeyId);
      return key && { secretAccessKey: key.secretAccessKey, accountId: key.account };
    },
    now: services.now,
  });
  app.addHook("preHandler", async function (request, reply) {
    if (request.url.startsWith("/v1/")) return guard.call(this, request, reply);
  });
}
