import { ServiceError, type ServiceErrorCode } from "../src/errors";

/** A class `toThrow` and `toBeInstanceOf` accept, matching the service's errors of one code. */
function withCode(code: ServiceErrorCode) {
  return class {
    static [Symbol.hasInstance](error: unknown): boolean {
      return error instanceof ServiceError && error.code === code;
    }
  };
}

export const AccessDeniedException = withCode("AccessDeniedException");
export const ConflictException = withCode("ConflictException");
export const ResourceNotFoundException = withCode("ResourceNotFoundException");
export const ServiceQuotaExceededException = withCode("ServiceQuotaExceededException");
export const ValidationException = withCode("ValidationException");
export const UpstreamUnavailable = withCode("UpstreamUnavailable");
