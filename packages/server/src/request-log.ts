import { STATUS_CODES } from "node:http";
import { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";

/** Why a request was refused, read from the response the client got. */
interface Refusal {
  errorType: string;
  errorMessage: string;
}

const refusals = new WeakMap<FastifyReply, Refusal>();

/**
 * One log line per request, when it completes (Fastify writes two), and for every 4xx the error
 * type and message the client was given: `X-Amzn-ErrorType` and `message` on the control plane,
 * the body of an npm (`{error}`) or PyPI (plain text) refusal on the package endpoints.
 */
export class RequestLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null, request: FastifyRequest, reply: FastifyReply): void {
    const status = reply.statusCode;
    const refusal = refusals.get(reply);
    const line = `${request.method} ${request.url} ${status} ${Math.round(reply.elapsedTime)} ms`;
    const fields = { method: request.method, url: request.url, statusCode: status, responseTime: reply.elapsedTime, ...refusal };
    if (error) reply.log.error({ ...fields, err: error }, line);
    else reply.log.info(fields, refusal ? `${line}: ${refusal.errorType}: ${refusal.errorMessage}` : line);
  }
}

/** Keeps what a 4xx response said, for its log line. */
export function recordRefusals(app: FastifyInstance): void {
  app.addHook("onSend", async (_request, reply, payload) => {
    if (reply.statusCode >= 400 && reply.statusCode < 500) refusals.set(reply, refusalOf(reply, payload));
    return payload;
  });
}

function refusalOf(reply: FastifyReply, payload: unknown): Refusal {
  const header = reply.getHeader("x-amzn-errortype");
  // The header may carry a `:`-separated suffix (a URL for the error's documentation).
  const errorType = typeof header === "string" ? header.split(":", 1)[0] : (STATUS_CODES[reply.statusCode] ?? String(reply.statusCode));
  const text = typeof payload === "string" ? payload : Buffer.isBuffer(payload) ? payload.toString("utf8") : "";
  return { errorType, errorMessage: messageIn(text) };
}

/** The `message` (or npm's `error`) of a JSON body, else the first line of a text body. */
function messageIn(text: string): string {
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    const message = body.message ?? body.Message ?? body.error;
    if (typeof message === "string") return message;
  } catch {
    // not JSON: a PyPI refusal or an empty body
  }
  return text.split("\n", 1)[0].slice(0, 500);
}
