import { isLosslessNumber, parse as parseLossless } from "lossless-json";

/**
 * Structural comparison of runtime values (Dates, byte arrays, bigints, NaN, sparse nulls).
 * Returns human-readable differences, empty when equal. In objects, an absent key, `undefined`
 * and `null` are all "not set".
 */
export function diffValues(expected: unknown, actual: unknown, path = "", out: string[] = []): string[] {
  if (out.length >= 10) return out;
  const at = path || "(root)";
  if (isUnset(expected) || isUnset(actual)) {
    if (!(isUnset(expected) && isUnset(actual))) out.push(`${at}: expected ${show(expected)}, got ${show(actual)}`);
    return out;
  }
  if (expected instanceof Date || actual instanceof Date) {
    if (!(expected instanceof Date && actual instanceof Date && expected.getTime() === actual.getTime())) {
      out.push(`${at}: expected ${show(expected)}, got ${show(actual)}`);
    }
    return out;
  }
  if (expected instanceof Uint8Array || actual instanceof Uint8Array) {
    if (!(expected instanceof Uint8Array && actual instanceof Uint8Array && Buffer.from(expected).equals(Buffer.from(actual)))) {
      out.push(`${at}: expected ${show(expected)}, got ${show(actual)}`);
    }
    return out;
  }
  if (Array.isArray(expected) || Array.isArray(actual)) {
    if (!Array.isArray(expected) || !Array.isArray(actual)) {
      out.push(`${at}: expected ${show(expected)}, got ${show(actual)}`);
      return out;
    }
    if (expected.length !== actual.length) out.push(`${at}: expected ${expected.length} items, got ${actual.length}: ${show(actual)}`);
    for (let i = 0; i < Math.min(expected.length, actual.length); i++) {
      // Sparse lists: a null item must stay a null item.
      if ((expected[i] === null) !== (actual[i] === null)) out.push(`${path}[${i}]: expected ${show(expected[i])}, got ${show(actual[i])}`);
      else diffValues(expected[i], actual[i], `${path}[${i}]`, out);
    }
    return out;
  }
  if (isRecord(expected) && isRecord(actual)) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    for (const key of [...keys].sort()) diffValues(expected[key], actual[key], `${path}.${key}`, out);
    return out;
  }
  if (typeof expected === "number" && typeof actual === "number") {
    if (!(expected === actual || (Number.isNaN(expected) && Number.isNaN(actual)))) out.push(`${at}: expected ${show(expected)}, got ${show(actual)}`);
    return out;
  }
  if (typeof expected !== typeof actual || expected !== actual) out.push(`${at}: expected ${show(expected)}, got ${show(actual)}`);
  return out;
}

const isUnset = (value: unknown): value is null | undefined => value === undefined || value === null;

function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A compact rendering for failure messages. */
export function show(value: unknown): string {
  if (value === undefined) return "(absent)";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Date(invalid)" : `Date(${value.toISOString()})`;
  if (value instanceof Uint8Array) return `bytes(${clip(JSON.stringify(Buffer.from(value).toString("utf8")))})`;
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "number") return Number.isNaN(value) || !Number.isFinite(value) ? String(value) : JSON.stringify(value);
  if (typeof value === "function") return "function";
  if (typeof value === "object" && value !== null && !Array.isArray(value) && !isRecord(value)) {
    return `${(value as object).constructor?.name ?? "object"}`;
  }
  if (Array.isArray(value)) return clip(`[${value.map(show).join(", ")}]`);
  if (isRecord(value))
    return clip(
      `{${Object.entries(value)
        .map(([k, v]) => `${k}: ${show(v)}`)
        .join(", ")}}`,
    );
  return clip(JSON.stringify(value));
}

const clip = (text: string): string => (text.length > 160 ? `${text.slice(0, 100)}…(${text.length} chars)` : text);

/** Parses JSON keeping number text exact (lossless-json numbers). */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: parseLossless(text) };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/** Structural JSON comparison: key order and number spelling (1 vs 1.0) do not matter. */
export function diffJson(expected: unknown, actual: unknown, path = "", out: string[] = []): string[] {
  if (out.length >= 10) return out;
  const at = path || "(root)";
  if (isLosslessNumber(expected) || isLosslessNumber(actual)) {
    if (!(isLosslessNumber(expected) && isLosslessNumber(actual) && sameNumber(expected.value, actual.value))) {
      out.push(`${at}: expected ${jsonText(expected)}, got ${jsonText(actual)}`);
    }
    return out;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) out.push(`${at}: expected ${expected.length} items, got ${actual.length}`);
    for (let i = 0; i < Math.min(expected.length, actual.length); i++) diffJson(expected[i], actual[i], `${path}[${i}]`, out);
    return out;
  }
  if (isRecord(expected) && isRecord(actual)) {
    for (const key of Object.keys(expected)) {
      if (!Object.hasOwn(actual, key)) out.push(`${path}.${key}: missing (expected ${jsonText(expected[key])})`);
      else diffJson(expected[key], actual[key], `${path}.${key}`, out);
    }
    for (const key of Object.keys(actual)) {
      if (!Object.hasOwn(expected, key)) out.push(`${path}.${key}: unexpected (got ${jsonText(actual[key])})`);
    }
    return out;
  }
  if (expected !== actual) out.push(`${at}: expected ${jsonText(expected)}, got ${jsonText(actual)}`);
  return out;
}

function sameNumber(a: string, b: string): boolean {
  if (a === b) return true;
  const integer = /^-?\d+$/;
  if (integer.test(a) && integer.test(b)) return BigInt(a) === BigInt(b);
  return Number(a) === Number(b);
}

function jsonText(value: unknown): string {
  if (value === undefined) return "(absent)";
  if (isLosslessNumber(value)) return value.value;
  const text = JSON.stringify(value, (_key, v: unknown) => (isLosslessNumber(v) ? Number(v.value) : v));
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
