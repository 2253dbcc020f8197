import { ServiceError } from "@codeartifact-local/package-service";

/**
 * A refusal of a package-format endpoint: the HTTP status and a sentence saying what to do. The
 * endpoint writes it in its client's conventions (npm JSON `{error}`, PyPI plain text with the
 * reason phrase, ...).
 */
export class EndpointRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/**
 * What to answer for an error thrown while serving: refusals as they are, package-service errors
 * with the status AWS gives them on repository endpoints, Fastify's own 4xx (a malformed request)
 * with its message; undefined for anything else (an internal error).
 */
export function refusalOf(error: unknown): EndpointRefusal | undefined {
  if (error instanceof EndpointRefusal) return error;
  if (error instanceof ServiceError) return new EndpointRefusal(error.status, error.message);
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  if (typeof status === "number" && status >= 400 && status < 500) return new EndpointRefusal(status, (error as Error).message);
  return undefined;
}
