import { Readable } from "node:stream";
import type { ValidationFailure } from "../service";
import type { Constraints, MemberSchema, Shape, ShapeId } from "../schema";
import { isPlainObject, type ShapeIndex } from "../shapes";
import { lengthConstraintText, rangeConstraintText, type MessageStyle } from "./messages";
import { matchesPattern } from "./pattern";
import { hasDuplicates } from "./unique";

type Path = Array<string | number>;

/**
 * Checks a runtime value against a shape: JSON types, `@required`, `@length`, `@pattern`,
 * `@range`, `@uniqueItems`, enum and intEnum values. Collects every violation in traversal
 * order. Walks the value, not the shape graph, so recursive shapes terminate.
 */
export function validateValue(index: ShapeIndex, shapeId: ShapeId, value: unknown): ValidationFailure[] {
  const walk = new Walk(index, index.schema.validation.style);
  walk.shape(shapeId, value, [], false);
  return walk.failures;
}

class Walk {
  readonly failures: ValidationFailure[] = [];
  private readonly index: ShapeIndex;
  private readonly style: MessageStyle;

  constructor(index: ShapeIndex, style: MessageStyle) {
    this.index = index;
    this.style = style;
  }

  shape(id: ShapeId, value: unknown, path: Path, sensitive: boolean): void {
    const shape = this.index.shape(id);
    if (!hasType(shape, value)) {
      this.fail(path, `Member must be ${typeDescription(shape)}`, value, sensitive);
      return;
    }
    switch (shape.type) {
      case "structure":
        for (const [name, member] of this.index.members(id)) {
          const item = (value as Record<string, unknown>)[name];
          if (item === undefined || item === null) {
            if (member.required) this.fail([...path, name], "Member must not be null", null, false);
          } else {
            this.member(member, item, [...path, name]);
          }
        }
        return;
      case "union":
        if (value instanceof Readable) return; // an event stream, not read here
        for (const [name, member] of this.index.members(id)) {
          const item = (value as Record<string, unknown>)[name];
          if (item !== undefined && item !== null) this.member(member, item, [...path, name]);
        }
        return;
      case "list":
        (value as unknown[]).forEach((item, i) => {
          if (item !== null && item !== undefined) this.member(shape.member, item, [...path, i]);
        });
        return;
      case "map":
        for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
          // Key violations are reported at the map itself: a key has no path of its own.
          this.member(shape.key, key, path);
          if (item !== null && item !== undefined) this.member(shape.value, item, [...path, key]);
        }
        return;
      default:
        return;
    }
  }

  private member(member: MemberSchema, value: unknown, path: Path): void {
    const shape = this.index.shape(member.target);
    const sensitive = member.sensitive === true;
    // A member's own @default is valid by definition: Smithy does not check it against the
    // member's constraints (smithy-lang/smithy#1500), and 1.0 models have `@default(0)` beside
    // `@range(min: 1)`.
    if (hasType(shape, value) && !(member.default !== undefined && value === member.default)) {
      this.enumValues(shape, value, path, sensitive);
      if (member.constraints) this.constraints(member.constraints, value, path, sensitive);
    }
    this.shape(member.target, value, path, sensitive);
  }

  private enumValues(shape: Shape, value: unknown, path: Path, sensitive: boolean): void {
    const allowed = shape.type === "string" ? shape.enumValues : "intEnumValues" in shape ? shape.intEnumValues : undefined;
    if (!allowed) return;
    const values: Array<string | number> = Object.values(allowed);
    if (values.includes(value as string | number)) return;
    const hidden = new Set("internalEnumValues" in shape ? shape.internalEnumValues : []);
    const listed = Object.entries(allowed)
      .filter(([name]) => !hidden.has(name))
      .map(([, listedValue]) => listedValue);
    this.fail(path, `Member must satisfy enum value set: [${listed.join(", ")}]`, value, sensitive);
  }

  private constraints(c: Constraints, value: unknown, path: Path, sensitive: boolean): void {
    if (c.length) {
      const length = measure(value);
      if (length !== undefined && ((c.length.min !== undefined && length < c.length.min) || (c.length.max !== undefined && length > c.length.max))) {
        this.fail(path, lengthConstraintText(this.style, c.length, length), value, sensitive, length);
      }
    }
    if (c.pattern !== undefined && typeof value === "string" && !matchesPattern(c.pattern, value)) {
      this.fail(path, `Member must satisfy regular expression pattern: ${c.pattern}`, value, sensitive);
    }
    if (c.range && (typeof value === "number" || typeof value === "bigint" || typeof value === "string")) {
      const { min, max } = c.range;
      if ((min !== undefined && !atLeast(value, min)) || (max !== undefined && !atLeast(max, value))) {
        this.fail(path, rangeConstraintText(this.style, c.range, value), value, sensitive);
      }
    }
    if (c.uniqueItems && Array.isArray(value) && hasDuplicates(value)) {
      this.fail(path, "Member must have unique values", value, sensitive);
    }
  }

  private fail(path: Path, constraint: string, value: unknown, sensitive: boolean, length?: number): void {
    const failure: ValidationFailure = { path, constraint, value };
    if (sensitive) failure.sensitive = true;
    if (length !== undefined) failure.length = length;
    this.failures.push(failure);
  }
}

/** Strings count Unicode code points, blobs bytes, lists and maps entries; streams are not measured. */
function measure(value: unknown): number | undefined {
  if (typeof value === "string") {
    let count = 0;
    for (const _ of value) count++;
    return count;
  }
  if (value instanceof Uint8Array) return value.byteLength;
  if (Array.isArray(value)) return value.length;
  if (isPlainObject(value)) return Object.keys(value).length;
  return undefined;
}

/** a >= b for numbers, bigints and decimal strings; NaN satisfies no bound. */
function atLeast(a: number | bigint | string, b: number | bigint | string): boolean {
  if (typeof a !== "number" && typeof b !== "number") {
    const [x, y] = [String(a), String(b)];
    if (/^-?\d+$/.test(x) && /^-?\d+$/.test(y)) return BigInt(x) >= BigInt(y);
  }
  return Number(a) >= Number(b);
}

function hasType(shape: Shape, value: unknown): boolean {
  switch (shape.type) {
    case "union":
      return isPlainObject(value) || (shape.streaming === true && value instanceof Readable);
    case "structure":
    case "map":
      return isPlainObject(value);
    case "list":
      return Array.isArray(value);
    case "string":
      return typeof value === "string";
    case "boolean":
      return typeof value === "boolean";
    case "bigInteger":
      return typeof value === "bigint" || typeof value === "number";
    case "bigDecimal":
      return typeof value === "string" || typeof value === "number";
    case "timestamp":
      return value instanceof Date && !Number.isNaN(value.getTime());
    case "blob":
      return value instanceof Uint8Array || value instanceof Readable || typeof value === "string";
    case "document":
      return true;
    default:
      return typeof value === "number";
  }
}

function typeDescription(shape: Shape): string {
  switch (shape.type) {
    case "structure":
    case "union":
    case "map":
      return "an object";
    case "list":
      return "a list";
    case "timestamp":
      return "a valid timestamp";
    case "integer":
      return "an integer";
    default:
      return `a ${shape.type}`;
  }
}
