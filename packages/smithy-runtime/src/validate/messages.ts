import { Readable } from "node:stream";
import type { ValidationFailure } from "../service";
import type { LengthConstraint, RangeConstraint, ValidationStyle } from "../schema";

/**
 * Wording of validation failures. `framework` follows Smithy's
 * `smithy.framework#ValidationException` (as pinned by the RestJsonValidation protocol
 * tests); `service` follows the AWS (Coral) style AWS services answer with.
 */
export type MessageStyle = ValidationStyle["style"];

export function lengthConstraintText(style: MessageStyle, { min, max }: LengthConstraint, length: number): string {
  if (style === "framework" && min !== undefined && max !== undefined) return `Member must have length between ${min} and ${max}, inclusive`;
  if (min !== undefined && length < min) return `Member must have length greater than or equal to ${min}`;
  return `Member must have length less than or equal to ${max}`;
}

export function rangeConstraintText(style: MessageStyle, { min, max }: RangeConstraint, value: number | bigint | string): string {
  if (style === "framework") {
    if (min !== undefined && max !== undefined) return `Member must be between ${min} and ${max}, inclusive`;
    return min !== undefined ? `Member must be greater than or equal to ${min}` : `Member must be less than or equal to ${max}`;
  }
  const belowMin = min !== undefined && (Number.isNaN(Number(value)) || Number(value) < Number(min));
  return belowMin || max === undefined ? `Member must have value greater than or equal to ${min}` : `Member must have value less than or equal to ${max}`;
}

/** Members of `smithy.framework#ValidationException`: `{message, fieldList: [{path, message}]}`. */
export function frameworkErrorFields(failures: ValidationFailure[]): { message: string; fieldList: Array<{ path: string; message: string }> } {
  const fieldList = failures.map((f) => {
    const path = jsonPointer(f.path);
    const length = f.length === undefined ? "" : ` with length ${f.length}`;
    return { path, message: `Value${length} at '${path}' failed to satisfy constraint: ${f.constraint}` };
  });
  const count = failures.length === 1 ? "1 validation error detected." : `${failures.length} validation errors detected.`;
  return { message: `${count} ${fieldList.map((f) => f.message).join("; ")}`, fieldList };
}

/** The AWS-style message: "2 validation errors detected: Value 'x' at 'a.b' failed to …; …". */
export function serviceErrorMessage(failures: ValidationFailure[]): string {
  const parts = failures.map((f) => {
    const value = f.sensitive ? "" : f.value === null || f.value === undefined ? " null" : ` '${coralValue(f.value)}'`;
    return `Value${value} at '${coralPath(f.path)}' failed to satisfy constraint: ${f.constraint}`;
  });
  const count = failures.length === 1 ? "1 validation error detected" : `${failures.length} validation errors detected`;
  return `${count}: ${parts.join("; ")}`;
}

function jsonPointer(path: Array<string | number>): string {
  return path.map((p) => `/${String(p).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

/** Member names joined with dots; list items as `<n>.member` with 1-based n, like AWS. */
function coralPath(path: Array<string | number>): string {
  return path.map((p) => (typeof p === "number" ? `${p + 1}.member` : p)).join(".");
}

/** Values printed the way AWS's Java services print them (`[a, b]`, `{k=v}`). */
function coralValue(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("base64");
  if (value instanceof Readable) return "<stream>";
  if (Array.isArray(value)) return `[${value.map(coralValue).join(", ")}]`;
  if (typeof value === "object" && value !== null) {
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${coralValue(v)}`)
      .join(", ")}}`;
  }
  return String(value);
}
