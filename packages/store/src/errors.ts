// Integrity failures, typed so handlers can map them to AWS errors (ConflictException,
// ResourceNotFoundException, ValidationException) without parsing driver messages.

export class StoreError extends Error {
  override name = "StoreError";
}

/** A unique key already exists (e.g. a second domain with the same name in a partition). */
export class StoreConflictError extends StoreError {
  override name = "StoreConflictError";
  constructor(
    readonly entity: string,
    options?: ErrorOptions,
  ) {
    super(`${entity} already exists`, options);
  }
}

/** A row refers to a parent that does not exist (bad id, unknown repository name, ...). */
export class StoreReferenceError extends StoreError {
  override name = "StoreReferenceError";
  constructor(
    readonly entity: string,
    readonly missing: readonly string[] = [],
    options?: ErrorOptions,
  ) {
    super(`${entity} refers to a missing resource${missing.length ? `: ${missing.join(", ")}` : ""}`, options);
  }
}

/** A pagination cursor that this list did not issue. */
export class StoreInvalidCursorError extends StoreError {
  override name = "StoreInvalidCursorError";
  constructor() {
    super("invalid pagination cursor");
  }
}
