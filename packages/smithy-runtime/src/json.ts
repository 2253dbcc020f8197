import { isLosslessNumber, parse } from "lossless-json";
import { serializationError } from "./protocol-errors";
import type { JsonValue } from "./schema";

/**
 * Parses a JSON document without losing number precision: numbers come back as
 * lossless-json `LosslessNumber`s holding their exact source text, so 64-bit ranges can be
 * checked exactly. The parser is also strict (no comments, trailing commas, duplicate keys).
 */
export function parseJson(text: string): unknown {
  // The parser recurses per level: a deep document would overflow the stack.
  if (nestingExceeds(text, MAX_JSON_DEPTH)) throw serializationError(`Malformed JSON: nested deeper than ${MAX_JSON_DEPTH} levels`);
  try {
    return parse(text);
  } catch (error) {
    throw serializationError(error instanceof SyntaxError ? `Malformed JSON: ${error.message}` : "Malformed JSON");
  }
}

/** Deepest accepted nesting of objects and arrays (Jackson's default, which AWS services parse with). */
export const MAX_JSON_DEPTH = 1000;

/** Whether brackets outside strings nest deeper than `max`; malformed text is left to the parser. */
function nestingExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** The exact source text of a parsed JSON number, or undefined when `value` is not a number. */
export function numberText(value: unknown): string | undefined {
  if (isLosslessNumber(value)) return value.value;
  if (typeof value === "number") return String(value);
  return undefined;
}

/** Converts a parsed JSON value to plain JS (document values): numbers become `number`s. */
export function toPlainJson(value: unknown): JsonValue {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return value;
  if (isLosslessNumber(value)) return Number(value.value);
  if (Array.isArray(value)) return value.map(toPlainJson);
  // fromEntries defines own properties, so a "__proto__" key stays data.
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlainJson(v)]));
}
