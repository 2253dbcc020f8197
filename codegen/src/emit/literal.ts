import { isIdentifier } from "../naming";

/**
 * Prints plain data as a TypeScript expression with object keys sorted, so the output does not
 * depend on the order of the model file. Keys are unquoted when they are identifiers.
 */
export function dataLiteral(value: unknown, indent = ""): string {
  if (value === null || typeof value !== "object") {
    if (value === undefined) throw new Error("undefined cannot be printed as data");
    return JSON.stringify(value);
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const scalars = value.every((item) => item === null || typeof item !== "object");
    const oneLine = `[${value.map((item) => dataLiteral(item)).join(", ")}]`;
    if (scalars && oneLine.length <= 80) return oneLine;
    return `[\n${value.map((item) => inner + dataLiteral(item, inner)).join(",\n")},\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) return "{}";
  const body = entries.map(([key, v]) => `${inner}${propertyKey(key)}: ${dataLiteral(v, inner)}`).join(",\n");
  return `{\n${body},\n${indent}}`;
}

export function propertyKey(key: string): string {
  return isIdentifier(key) ? key : JSON.stringify(key);
}
