import { ServiceError } from "@codeartifact-local/package-service";
import {
  AccessDeniedException,
  ConflictException,
  InternalServerException,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  ValidationException,
} from "./generated";

/**
 * The modeled exception for a package-service failure: the same name, message and fields. A
 * registry behind an external connection failing is the service's internal error here, as on AWS.
 */
export function toModeledError(error: ServiceError) {
  const { resourceId, resourceType, reason } = error.details;
  const message = error.message;
  switch (error.code) {
    case "ResourceNotFoundException":
      return new ResourceNotFoundException({ message, resourceId, resourceType });
    case "ConflictException":
      return new ConflictException({ message, resourceId, resourceType });
    case "ServiceQuotaExceededException":
      return new ServiceQuotaExceededException({ message, resourceId, resourceType });
    case "ValidationException":
      return new ValidationException({ message, reason });
    case "AccessDeniedException":
      return new AccessDeniedException({ message });
    case "UpstreamUnavailable":
      return new InternalServerException({ message });
  }
}

/** Rethrows package-service failures as the API's modeled exceptions; anything else as it is. */
export function translateErrors<H extends object>(handlers: H): H {
  const translated: Record<string, unknown> = {};
  for (const [name, handler] of Object.entries(handlers)) {
    translated[name] = (input: unknown, context: unknown) =>
      (handler as (input: unknown, context: unknown) => Promise<unknown>)(input, context).catch((error: unknown) => {
        throw error instanceof ServiceError ? toModeledError(error) : error;
      });
  }
  return translated as H;
}
