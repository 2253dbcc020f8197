import type { Socket } from "node:net";

// Requests Node's HTTP parser refuses before any route sees them: a request line or headers over
// the size limit (431), a malformed request (400), a request not received in time (408). Fastify's
// default answer has no error type and resets the connection, which loses the answer when the
// client is still sending. This one carries `x-amzn-errortype`, closes the connection gracefully
// (the parser cannot go on after an error) and reads what else arrives so the close is not a reset.

const REFUSALS: Record<string, [status: number, reason: string, errorType: string, message: string]> = {
  HPE_HEADER_OVERFLOW: [
    431,
    "Request Header Fields Too Large",
    "RequestHeaderFieldsTooLargeException",
    "The request line and headers exceed the server's limit.",
  ],
  ERR_HTTP_REQUEST_TIMEOUT: [408, "Request Timeout", "RequestTimeoutException", "The request was not received in time."],
};
const MALFORMED: [number, string, string, string] = [400, "Bad Request", "SerializationException", "The request is not valid HTTP/1.1."];

/** How long a refused connection may keep sending before it is closed hard. */
const LINGER_MS = 5_000;
const refused = new WeakSet<Socket>();

export function refuseClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === "ECONNRESET" || socket.destroyed || refused.has(socket)) return;
  refused.add(socket);
  const [status, reason, errorType, message] = REFUSALS[error.code ?? ""] ?? MALFORMED;
  const body = JSON.stringify({ message });
  if (socket.writable) {
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nx-amzn-errortype: ${errorType}\r\ncontent-type: application/json\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  }
  setTimeout(() => socket.destroy(), LINGER_MS).unref();
}
