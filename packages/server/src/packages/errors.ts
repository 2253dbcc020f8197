import { ConflictException, ResourceNotFoundException } from "../generated";

// Package groups are not one of the model's ResourceType values, so their errors carry the
// pattern as resourceId and no resourceType.

export function groupNotFound(pattern: string): ResourceNotFoundException {
  return new ResourceNotFoundException({ message: `Package group ${pattern} does not exist.`, resourceId: pattern });
}

export function groupExists(pattern: string, domain: string): ConflictException {
  return new ConflictException({ message: `Package group ${pattern} already exists in domain ${domain}.`, resourceId: pattern });
}
