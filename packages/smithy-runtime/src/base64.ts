import { toBase64 } from "@smithy/core/serde";
import { serializationError } from "./protocol-errors";

// Standard alphabet with mandatory padding; Buffer.from(…, "base64") and @smithy/core's
// fromBase64 would accept more, including the URL-safe alphabet. Decoding stays on Buffer: the
// runtime hands handlers Buffers (fromBase64 gives a plain Uint8Array).
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function decodeBase64(text: string): Buffer {
  if (!BASE64.test(text)) throw serializationError("Invalid base64 value");
  return Buffer.from(text, "base64");
}

export function encodeBase64(bytes: Uint8Array | string): string {
  return toBase64(bytes);
}
