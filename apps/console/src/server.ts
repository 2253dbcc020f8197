import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Where `vite build` (run by `pnpm install`) puts the bundle. */
export const consoleDist = fileURLToPath(new URL("../dist/", import.meta.url));

/** The path the console is served under. */
export const consolePath = "/console/";

// Everything the page loads comes from this server; the policy makes the browser refuse anything
// else (a readme's remote image, say), and keeps sanitized readme HTML from running script.
const contentSecurityPolicy = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * Serves the web console's static bundle at `/console/`. The page calls the server's own public
 * API, so it needs nothing else from the server.
 */
export async function registerConsole(app: FastifyInstance, options: { root?: string } = {}): Promise<void> {
  const root = options.root ?? consoleDist;
  app.get("/console", (_request, reply) => reply.redirect(consolePath));
  if (!existsSync(join(root, "index.html"))) {
    app.log.warn("the console bundle is missing; build it with `pnpm --filter @codeartifact-local/console build`");
    app.get(`${consolePath}*`, (_request, reply) =>
      reply.code(503).type("text/plain").send("The console is not built: run `pnpm --filter @codeartifact-local/console build`.\n"),
    );
    return;
  }
  await app.register(async (scope) => {
    scope.addHook("onSend", async (_request, reply) => {
      reply.header("content-security-policy", contentSecurityPolicy);
      reply.header("x-content-type-options", "nosniff");
    });
    await scope.register(fastifyStatic, {
      root,
      prefix: consolePath,
      index: "index.html",
      // Bundled files carry a content hash in their name; index.html does not and is always revalidated.
      setHeaders: (reply, path) => reply.header("cache-control", path.includes("/assets/") ? "public, max-age=31536000, immutable" : "no-cache"),
    });
  });
}
