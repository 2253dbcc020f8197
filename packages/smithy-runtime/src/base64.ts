import { serializationError } from "./protocol-errors";

// Standard alphabet with mandatory padding; Buffer.from(…, "base64") would silently accept
// anything, including the URL-safe alphabet and garbage.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function decodeBase64(text: string): Buffer {
  if (!BASE64.test(text)) throw serializationError("Invalid base64 value");
  return Buffer.from(text, "base64");
}

export function encodeBase64(bytes: Uint8Array | string): string {
  return (typeof bytes === "string" ? Buffer.from(bytes, "utf8") : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).toString("base64");
}
