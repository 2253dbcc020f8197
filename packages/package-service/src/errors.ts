// The package service's failures: typed, independent of HTTP. The API turns each code into the
// modeled exception of the same name; format endpoints answer with the status AWS gives it on
// their endpoints (`status`), in their client's idiom.

/** The API's ResourceType values an error can name. */
export type ResourceType = "domain" | "repository" | "package" | "package-version" | "asset";

/** The API's ValidationExceptionReason values. */
export type ValidationReason = "CANNOT_PARSE" | "ENCRYPTION_KEY_ERROR" | "FIELD_VALIDATION_FAILED" | "UNKNOWN_OPERATION" | "OTHER";

export type ServiceErrorCode =
  | "ResourceNotFoundException"
  | "ConflictException"
  | "ServiceQuotaExceededException"
  | "ValidationException"
  | "AccessDeniedException"
  /** An external connection's registry did not answer, or answered with bytes that fail their digest. */
  | "UpstreamUnavailable";

/** The HTTP status AWS gives each failure on the repository endpoints (AWS's mapping). */
const STATUS: Record<ServiceErrorCode, number> = {
  ResourceNotFoundException: 404,
  ConflictException: 409,
  ServiceQuotaExceededException: 402,
  ValidationException: 400,
  AccessDeniedException: 403,
  UpstreamUnavailable: 502,
};

export class ServiceError extends Error {
  readonly status: number;

  constructor(
    readonly code: ServiceErrorCode,
    message: string,
    readonly details: { resourceType?: ResourceType; resourceId?: string; reason?: ValidationReason } = {},
  ) {
    super(message);
    this.name = code;
    this.status = STATUS[code];
  }
}

export function notFound(resourceType: ResourceType | undefined, resourceId: string, message: string): ServiceError {
  return new ServiceError("ResourceNotFoundException", message, { resourceType, resourceId });
}

export function conflict(resourceType: ResourceType | undefined, resourceId: string, message: string): ServiceError {
  return new ServiceError("ConflictException", message, { resourceType, resourceId });
}

export function quotaExceeded(resourceType: ResourceType | undefined, resourceId: string, message: string): ServiceError {
  return new ServiceError("ServiceQuotaExceededException", message, { resourceType, resourceId });
}

export function invalid(message: string, reason: ValidationReason = "FIELD_VALIDATION_FAILED"): ServiceError {
  return new ServiceError("ValidationException", message, { reason });
}

export function accessDenied(message: string): ServiceError {
  return new ServiceError("AccessDeniedException", message);
}

export function upstreamUnavailable(message: string): ServiceError {
  return new ServiceError("UpstreamUnavailable", message);
}

// Package groups are not one of the model's ResourceType values, so their errors carry the
// pattern as resourceId and no resourceType.

export function groupNotFound(pattern: string): ServiceError {
  return new ServiceError("ResourceNotFoundException", `Package group ${pattern} does not exist.`, { resourceId: pattern });
}

export function groupExists(pattern: string, domain: string): ServiceError {
  return new ServiceError("ConflictException", `Package group ${pattern} already exists in domain ${domain}.`, { resourceId: pattern });
}
