// GENERATED FILE - DO NOT EDIT.
// Written by @codeartifact-local/codegen from the Smithy model:
//   codeartifact-2018-09-22.json (sha256 ddaa1ab37a6433f825060f8495fe901900c3646b0fbdceeef48b738712896ee9)
// Service com.amazonaws.codeartifact#CodeArtifactControlPlaneService, version 2018-09-22.
// Change the generator or the model instead and regenerate (`pnpm codegen`); `pnpm codegen:check` detects drift.

import { ModeledError } from "@codeartifact-local/smithy-runtime";
import type {
  AccessDeniedExceptionFields,
  ConflictExceptionFields,
  InternalServerExceptionFields,
  ResourceNotFoundExceptionFields,
  ServiceQuotaExceededExceptionFields,
  ThrottlingExceptionFields,
  ValidationExceptionFields,
} from "./types";

export class AccessDeniedException extends ModeledError<AccessDeniedExceptionFields> {
  static override readonly shapeId = "com.amazonaws.codeartifact#AccessDeniedException";

  constructor(fields: AccessDeniedExceptionFields) {
    super("com.amazonaws.codeartifact#AccessDeniedException", fields, "client");
  }
}

export class ConflictException extends ModeledError<ConflictExceptionFields> {
  static override readonly shapeId = "com.amazonaws.codeartifact#ConflictException";

  constructor(fields: ConflictExceptionFields) {
    super("com.amazonaws.codeartifact#ConflictException", fields, "client");
  }
}

export class InternalServerException extends ModeledError<InternalServerExceptionFields> {
  static override readonly shapeId = "com.amazonaws.codeartifact#InternalServerException";

  constructor(fields: InternalServerExceptionFields) {
    super("com.amazonaws.codeartifact#InternalServerException", fields, "server");
  }
}

export class ResourceNotFoundException extends ModeledError<ResourceNotFoundExceptionFields> {
  static override readonly shapeId = "com.amazonaws.codeartifact#ResourceNotFoundException";

  constructor(fields: ResourceNotFoundExceptionFields) {
    super("com.amazonaws.codeartifact#ResourceNotFoundException", fields, "client");
  }
}

export class ServiceQuotaExceededException extends ModeledError<ServiceQuotaExceededExceptionFields> {
  static override readonly shapeId = "com.amazonaws.codeartifact#ServiceQuotaExceededException";

  constructor(fields: ServiceQuotaExceededExceptionFields) {
    super("com.amazonaws.codeartifact#ServiceQuotaExceededException", fields, "client");
  }
}

export class ThrottlingException extends ModeledError<ThrottlingExceptionFields> {
  static override readonly shapeId = "com.amazonaws.codeartifact#ThrottlingException";

  constructor(fields: ThrottlingExceptionFields) {
    super("com.amazonaws.codeartifact#ThrottlingException", fields, "client");
  }
}

export class ValidationException extends ModeledError<ValidationExceptionFields> {
  static override readonly shapeId = "com.amazonaws.codeartifact#ValidationException";

  constructor(fields: ValidationExceptionFields) {
    super("com.amazonaws.codeartifact#ValidationException", fields, "client");
  }
}
