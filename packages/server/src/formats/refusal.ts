import { ModeledError } from "@codeartifact-local/smithy-runtime";

/**
 * A refusal of a package-format endpoint: the HTTP status and a sentence saying what to do.
 * Each adapter subclasses it and writes it in its client's conventions (npm JSON `{error}`,
 * PyPI plain text with the reason phrase, ...).
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

/** The HTTP status AWS gives each modeled error of the package service on its endpoints. */
const STATUS_OF: Record<string, number> = {
  ResourceNotFoundException: 404,
  ConflictException: 409,
  AccessDeniedException: 403,
  ValidationException: 400,
  ServiceQuotaExceededException: 402,
  ThrottlingException: 429,
};

/** The status and message of a modeled package-service error, or undefined for anything else. */
export function refusalOf(error: unknown): { status: number; message: string } | undefined {
  if (!(error instanceof ModeledError)) return undefined;
  const status = STATUS_OF[error.name];
  return status === undefined ? undefined : { status, message: error.message };
}
