import {
  AccessDeniedException,
  ConflictException,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  ValidationException,
  type ResourceType,
  type ValidationExceptionReason,
} from "../generated";

// AWS-style errors for handlers. Messages follow AWS's wording where it is known.

export function notFound(resourceType: ResourceType | undefined, resourceId: string, message: string): ResourceNotFoundException {
  return new ResourceNotFoundException({ message, resourceId, resourceType });
}

export function conflict(resourceType: ResourceType | undefined, resourceId: string, message: string): ConflictException {
  return new ConflictException({ message, resourceId, resourceType });
}

export function quotaExceeded(resourceType: ResourceType | undefined, resourceId: string, message: string): ServiceQuotaExceededException {
  return new ServiceQuotaExceededException({ message, resourceId, resourceType });
}

export function invalid(message: string, reason: ValidationExceptionReason = "FIELD_VALIDATION_FAILED"): ValidationException {
  return new ValidationException({ message, reason });
}

export function accessDenied(message: string): AccessDeniedException {
  return new AccessDeniedException({ message });
}
