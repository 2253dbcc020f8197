import { isLosslessNumber, parse } from "lossless-json";
import { serializationError } from "./protocol-errors";
import type { JsonValue } from "./schema";

/**
 * Parses a JSON document without losing number precision: numbers come back as
 * lossless-json `LosslessNumber`s holding their exact source text, so 64-bit ranges can be
 * checked exactly. The parser is also strict (no comments, trailing commas, duplicate keys).
 */
export function parseJson(text: string): unknown {
  try {
    return parse(text);
  } catch (error) {
    throw serializationError(`Malformed JSON: ${(error as Error).message}`);
  }
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
