/**
 * Framework-level (unmodeled) restJson1 errors: the request could not be routed, read or
 * accepted before any operation code ran. They carry their own status and error type.
 */
export class ProtocolError extends Error {
  readonly status: number;
  readonly errorType: string;

  constructor(status: number, errorType: string, message: string) {
    super(message);
    this.status = status;
    this.errorType = errorType;
  }
}

export function serializationError(message: string): ProtocolError {
  return new ProtocolError(400, "SerializationException", message);
}

export function unsupportedMediaType(message: string): ProtocolError {
  return new ProtocolError(415, "UnsupportedMediaTypeException", message);
}

export function notAcceptable(message: string): ProtocolError {
  return new ProtocolError(406, "NotAcceptableException", message);
}

export function bodyTooLarge(limit: number): ProtocolError {
  return new ProtocolError(413, "RequestEntityTooLargeException", `Request body exceeds the limit of ${limit} bytes`);
}

export function unknownOperationError(method: string, path: string): ProtocolError {
  return new ProtocolError(404, "UnknownOperationException", `No operation matches ${method} ${path}`);
}
