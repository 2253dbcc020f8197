import { strictParseByte, strictParseDouble, strictParseInt32, strictParseShort } from "@smithy/core/serde";
import { serializationError } from "./protocol-errors";
import type { NumberType } from "./schema";

const INTEGER_TEXT = /^-?\d+$/;
const FLOAT_TEXT = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?$/;

const INTEGER_RANGES = {
  long: [-9223372036854775808n, 9223372036854775807n],
} as const;

/**
 * Converts the exact decimal text of a number to the runtime value of `type`, rejecting
 * fractions for integer types and values outside the type's range.
 * `nonNumeric` allows the "NaN"/"Infinity"/"-Infinity" spellings (float/double only).
 */
export function numberFromText(text: string, type: NumberType, nonNumeric: boolean): number | bigint | string {
  switch (type) {
    case "byte":
    case "short":
    case "integer":
    case "long": {
      // The text check stays: @smithy/core's strict parsers, made for clients, accept exponents
      // ("1e3"), which a server must refuse (json-body.test.ts, the compliance suite's malformed
      // integer cases).
      if (!INTEGER_TEXT.test(text)) throw serializationError(`Expected ${article(type)} ${type} but got '${text}'`);
      if (type !== "long") {
        const parse = type === "byte" ? strictParseByte : type === "short" ? strictParseShort : strictParseInt32;
        try {
          return (parse(text) as number) + 0; // + 0 turns "-0" into 0
        } catch {
          throw serializationError(`Value ${text} is out of range for ${type}`);
        }
      }
      // A long is checked here: strictParseLong reads it as a double, which cannot tell 2^63 from
      // 2^63 - 1 (compliance cases RestJson*LongUnderflowOverflow). Up to 15 digits a double is
      // exact: only longer texts need BigInt for the range check.
      const [min, max] = INTEGER_RANGES.long;
      if (text.length <= 15) return Number(text) + 0;
      const value = BigInt(text);
      if (value < min || value > max) throw serializationError(`Value ${text} is out of range for ${type}`);
      return Number(value);
    }
    case "bigInteger":
      if (!INTEGER_TEXT.test(text)) throw serializationError(`Expected a bigInteger but got '${text}'`);
      return BigInt(text);
    case "bigDecimal":
      if (!FLOAT_TEXT.test(text)) throw serializationError(`Expected a bigDecimal but got '${text}'`);
      return text;
    case "float":
    case "double": {
      const special = nonNumeric ? nonNumericFloat(text) : undefined;
      if (special !== undefined) return special;
      let value: number | undefined;
      try {
        value = strictParseDouble(text);
      } catch {
        value = undefined;
      }
      if (value === undefined || !Number.isFinite(value)) throw serializationError(`Expected ${article(type)} ${type} but got '${text}'`);
      return value;
    }
  }
}

/** A float or double given in JSON as a string must be one of the non-numeric spellings. */
export function nonNumericFloat(text: string): number | undefined {
  if (text === "NaN") return Number.NaN;
  if (text === "Infinity") return Number.POSITIVE_INFINITY;
  if (text === "-Infinity") return Number.NEGATIVE_INFINITY;
  return undefined;
}

/** JSON text of a float/double: non-finite values are strings in restJson1. */
export function floatToJson(value: number): string {
  if (Number.isNaN(value)) return '"NaN"';
  if (value === Number.POSITIVE_INFINITY) return '"Infinity"';
  if (value === Number.NEGATIVE_INFINITY) return '"-Infinity"';
  return JSON.stringify(value);
}

export function floatToText(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === Number.POSITIVE_INFINITY) return "Infinity";
  if (value === Number.NEGATIVE_INFINITY) return "-Infinity";
  return String(value);
}

/** Whether text is a valid JSON number, safe to emit verbatim. */
export function isJsonNumberText(text: string): boolean {
  return JSON_NUMBER.test(text);
}

function article(type: string): string {
  return type === "integer" ? "an" : "a";
}
