import type { FastifyInstance } from "fastify";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";

// An answer written before the request body was read to its end (a refused upload, a quota, an
// unknown route) only reaches clients that read while they send (the AWS SDK for JavaScript, curl).
// Those that send the whole body first (the AWS CLI, pip, twine) read it only afterwards, so the
// rest of the body is discarded, up to a bound; past it, the connection is closed instead.

/** Request body bytes discarded after an early answer before the connection is closed. */
export const DRAIN_LIMIT_BYTES = 1024 * 1024 * 1024;
/** How long discarding may take before the connection is closed. */
export const DRAIN_TIMEOUT_MS = 60_000;

export function drainAfterEarlyAnswers(app: FastifyInstance): void {
  app.addHook("onSend", (request, reply, payload, done) => {
    const raw = request.raw;
    const socket = reply.raw.socket;
    if (!raw.complete && socket) {
      // A destroyed request stream cannot be read on: answer, then close.
      if (raw.destroyed || Number(raw.headers["content-length"]) > DRAIN_LIMIT_BYTES) reply.header("connection", "close");
      else discardRest(raw, socket);
    }
    done(null, payload);
  });
}

function discardRest(raw: IncomingMessage, socket: Socket): void {
  let discarded = 0;
  const timer = setTimeout(() => socket.destroy(), DRAIN_TIMEOUT_MS).unref();
  raw.on("data", (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > DRAIN_LIMIT_BYTES) socket.destroy();
  });
  raw.once("close", () => clearTimeout(timer));
  // Whatever the body was piped into stops receiving it (unpiping pauses the request).
  raw.unpipe();
  raw.resume();
}
