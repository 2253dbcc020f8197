import { randomUUID } from "node:crypto";
import Fastify, { type FastifyInstance } from "fastify";
import { frameworkErrorHandler, sigV4Guard, unknownOperation } from "@codeartifact-local/smithy-runtime";
import { createHandlers } from "@codeartifact-local/api";
import { codeArtifactControlPlaneServicePlugin } from "@codeartifact-local/api/generated";
import { cargoEndpointPlugin, cargoFormat } from "@codeartifact-local/format-cargo";
import { mavenEndpointPlugin, mavenFormat } from "@codeartifact-local/format-maven";
import { npmEndpointPlugin, npmFormat } from "@codeartifact-local/format-npm";
import { nugetEndpointPlugin, nugetFormat } from "@codeartifact-local/format-nuget";
import { pypiEndpointPlugin, pypiFormat } from "@codeartifact-local/format-pypi";
import { rubyEndpointPlugin, rubyFormat } from "@codeartifact-local/format-ruby";
import { swiftEndpointPlugin, swiftFormat } from "@codeartifact-local/format-swift";
import { createPackageService } from "@codeartifact-local/package-service";
import { refuseClientError } from "./client-errors";
import type { ServerConfig } from "./config";
import { registerHealthRoutes } from "./health";
import { recordRefusals, RequestLog } from "./request-log";
import { drainAfterEarlyAnswers } from "./early-answer";
import { openServices, type ServerServices } from "./services";

/** How the application logs; the runnable app picks a human-readable stream in a terminal. */
export interface ServerOptions {
  /** Where log lines go (default: JSON lines on stdout). */
  logStream?: NodeJS.WritableStream;
}

/** Builds the Fastify application: the generated control-plane API, the package endpoints and the health route. */
export async function createServer(config: ServerConfig, services?: ServerServices, options: ServerOptions = {}): Promise<FastifyInstance> {
  const shared = services ?? (await openServices(config));
  const app = Fastify({
    logger: { level: config.logLevel, ...(options.logStream ? { stream: options.logStream } : {}) },
    logController: new RequestLog(),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    // Package uploads are streamed; the control-plane runtime applies its own limit to JSON bodies.
    bodyLimit: 10 * 1024 * 1024,
    clientErrorHandler: refuseClientError,
    // A path the router cannot decode (`%zz`) is the client's error, with an error type.
    frameworkErrors: frameworkErrorHandler(),
  });
  // Bodies reach routes unparsed (each plugin reads its own); a request no route matches is
  // answered 404 by the not-found handler whatever its body, never by a root parser's error.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", (_request, payload, done) => done(null, payload));
  app.setErrorHandler(frameworkErrorHandler());
  drainAfterEarlyAnswers(app);
  app.addHook("onRequest", async (request, reply) => {
    reply.header("x-amzn-requestid", request.id);
  });
  recordRefusals(app);
  app.addHook("onClose", async () => shared.close());
  registerHealthRoutes(app, shared);
  if (config.credentials) requireSignatures(app, shared);
  // Every format the package service knows, and its endpoint on the same port.
  const pypi = pypiFormat(config);
  const nuget = nugetFormat(config);
  const ruby = rubyFormat(config);
  const packages = createPackageService(shared, [npmFormat(config), pypi, mavenFormat(config), nuget, ruby, cargoFormat(config), swiftFormat()]);
  await app.register(codeArtifactControlPlaneServicePlugin(createHandlers(shared)));
  await app.register(npmEndpointPlugin(packages));
  await app.register(pypiEndpointPlugin(packages, pypi));
  await app.register(mavenEndpointPlugin(packages));
  await app.register(nugetEndpointPlugin(packages, nuget));
  await app.register(rubyEndpointPlugin(packages, ruby));
  await app.register(cargoEndpointPlugin(packages));
  await app.register(swiftEndpointPlugin(packages));
  app.setNotFoundHandler(unknownOperation);
  return app;
}

/**
 * With `--credentials`, every control-plane call (all under /v1/) must be signed with one of the
 * listed keys, and acts as that key's account; authorization tokens for the package endpoints are
 * then issued to signed callers only. Without it, the local default stays: any signature is taken
 * at its word.
 */
function requireSignatures(app: FastifyInstance, services: ServerServices): void {
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
