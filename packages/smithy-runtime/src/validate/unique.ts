import { isPlainObject } from "../shapes";

/** Whether a list has two structurally equal items (`@uniqueItems`). */
export function hasDuplicates(items: unknown[]): boolean {
  const seen = new Set<string>();
  for (const item of items) {
    const key = canonical(item);
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

/** A string that is equal for structurally equal runtime values (object key order ignored). */
function canonical(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return `s${JSON.stringify(value)}`;
  if (typeof value === "number" || typeof value === "bigint") return `n${Object.is(value, -0) ? 0 : value}`;
  if (typeof value === "boolean") return `b${value}`;
  if (value instanceof Date) return `t${value.getTime()}`;
  if (value instanceof Uint8Array) return `x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("hex")}`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined && value[k] !== null)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
  }
  return `?${String(value)}`;
}
