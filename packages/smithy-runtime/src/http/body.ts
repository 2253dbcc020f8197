import type { IncomingHttpHeaders } from "node:http";
import type { Readable } from "node:stream";
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
 * stream closes the socket before the 413 can be written.
 */
export function readBody(stream: Readable, headers: IncomingHttpHeaders, limit: number): Promise<Buffer> {
  const declared = Number(headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) {
    stream.resume();
    return Promise.reject(bodyTooLarge(limit));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = () => {
      stream.off("data", onData);
      stream.off("end", onEnd);
      stream.off("error", onError);
    };
    const onData = (chunk: Buffer | string) => {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      size += buffer.length;
      if (size > limit) {
        cleanup();
        stream.resume();
        reject(bodyTooLarge(limit));
        return;
      }
      chunks.push(buffer);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    stream.on("data", onData);
    stream.on("end", onEnd);
    stream.on("error", onError);
  });
}
