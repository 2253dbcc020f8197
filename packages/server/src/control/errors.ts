import {
  AccessDeniedException,
  ConflictException,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  ValidationException,
  type ResourceType,
} from "../generated";

// AWS-style errors for handlers. Messages follow AWS's wording where it is known.

export function notFound(resourceType: ResourceType, resourceId: string, message: string): ResourceNotFoundException {
  return new ResourceNotFoundException({ message, resourceId, resourceType });
}

export function conflict(resourceType: ResourceType, resourceId: string, message: string): ConflictException {
  return new ConflictException({ message, resourceId, resourceType });
}

export function quotaExceeded(resourceType: ResourceType, resourceId: string, message: string): ServiceQuotaExceededException {
  return new ServiceQuotaExceededException({ message, resourceId, resourceType });
}

export function invalid(message: string): ValidationException {
  return new ValidationException({ message, reason: "FIELD_VALIDATION_FAILED" });
}

export function accessDenied(message: string): AccessDeniedException {
  return new AccessDeniedException({ message });
}
