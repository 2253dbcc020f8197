// /health reports what the server runs on and whether each part answers; /ready answers 503 while
// the database or the blob store does not, so a load balancer stops sending requests to it.
import type { FastifyInstance } from "fastify";
import { blobStoreLocation, type ServerServices } from "./services";

/** A health probe that hangs (a dropped network) counts as a failure after this long. */
const PROBE_TIMEOUT_MS = 3000;

interface Probe {
  location: string;
  status: "ok" | "unreachable";
  error?: string;
}

async function probe(location: string, ping: () => Promise<void>): Promise<Probe> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
  });
  try {
    await Promise.race([ping(), timeout]);
    return { location, status: "ok" };
  } catch (error) {
    // The driver's message (e.g. "connect ECONNREFUSED 10.0.0.5:5432"), never a stack trace.
    return { location, status: "unreachable", error: String((error as Error)?.message ?? error).split("\n")[0] };
  } finally {
    clearTimeout(timer);
  }
}

async function report(services: ServerServices) {
  const [database, blobStore] = await Promise.all([
    probe(`${services.store.backend} ${services.store.location}`, () => services.store.ping()),
    probe(blobStoreLocation(services.config), () => services.blobs.ping()),
  ]);
  const ready = database.status === "ok" && blobStore.status === "ok";
  return { ready, body: { status: ready ? "ok" : "degraded", database, blobStore } };
}

export function registerHealthRoutes(app: FastifyInstance, services: ServerServices): void {
  app.get("/health", async () => (await report(services)).body);
  app.get("/ready", async (_request, reply) => {
    const { ready, body } = await report(services);
    return reply.code(ready ? 200 : 503).send({ ...body, status: ready ? "ready" : "unavailable" });
  });
}
