import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import { PassThrough, type Readable } from "node:stream";
import { bodyTooLarge } from "../protocol-errors";

/** Whether the request announces a body (a non-zero Content-Length or any Transfer-Encoding). */
export function announcesBody(headers: IncomingHttpHeaders): boolean {
  if (headers["transfer-encoding"] !== undefined) return true;
  const length = headers["content-length"];
  return length !== undefined && length.trim() !== "" && Number(length) !== 0;
}

/**
 * Reads a whole non-streaming body, failing with 413 as soon as it exceeds `limit` bytes.
 * On overflow the rest is drained rather than the stream destroyed: destroying a request
 * stream closes the socket before the 413 can be written. Callback style: a promise would add a
 * hop and a `then` lookup on the Buffer to every request.
 */
export function collectBody(stream: Readable, headers: IncomingHttpHeaders, limit: number, done: (error: Error | null, body?: Buffer) => void): void {
  const declared = Number(headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) {
    stream.resume();
    done(bodyTooLarge(limit));
    return;
  }
  // Anonymous listeners and a settled flag rather than named inner functions: tsx (esbuild's
  // keepNames) wraps every named inner function in a per-call __name(), a measurable cost per request.
  // `on` rather than `once`: the flag already ignores repeats, and `once` wraps each listener.
  const chunks: Buffer[] = [];
  let size = 0;
  let settled = false;
  stream.on("data", (chunk: Buffer | string) => {
    if (settled) return;
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > limit) {
      settled = true;
      done(bodyTooLarge(limit));
      return;
    }
    chunks.push(buffer);
  });
  stream.on("end", () => {
    if (settled) return;
    settled = true;
    done(null, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size));
  });
  stream.on("error", (error: Error) => {
    if (settled) return;
    settled = true;
    done(error);
  });
}

/**
 * The request body as a stream its consumer may destroy. `pipeline()` and `for await` destroy
 * their source when they fail, and a destroyed request stream can never be read to its end: the
 * connection stalls until it times out, with the client still sending. Piped through its own
 * stream, a failing consumer only unpipes the request, whose rest the server can then discard
 * so the client gets the early answer.
 */
export function detachedBody(request: Readable): Readable {
  const body = new PassThrough();
  request.once("error", (error) => body.destroy(error));
  return request.pipe(body);
}

/** Whether the client went away before its request was read: not the server's failure. */
export function clientDisconnected(request: IncomingMessage): boolean {
  return !request.complete && request.socket?.destroyed === true;
}
