import type { JsonValue, MemberSchema, ServiceSchema, Shape, ShapeId } from "@codeartifact-local/smithy-runtime";

/**
 * Converts test `params` (Smithy node values with the protocol-test conventions) into the
 * runtime representation the generated handlers receive and return:
 * - timestamps: epoch seconds (numbers, fractions allowed) → `Date`;
 * - blobs: plain-text strings → their UTF-8 bytes (`Uint8Array`), streaming blobs included;
 * - floats/doubles: "NaN", "Infinity", "-Infinity" → the numbers;
 * - bigInteger → `bigint`, bigDecimal → decimal text;
 * - documents are kept as they are.
 *
 * With `fillDefaults` (expected request inputs), structure members that are absent but have a
 * `@default` get the default, as a server deserializer must provide it; defaults are model node
 * values (blobs base64-encoded). Response params are used as given.
 */
export function paramsToRuntime(schema: ServiceSchema, shapeId: ShapeId, params: unknown, options: { fillDefaults: boolean }): Record<string, unknown> {
  return new Converter(schema, options.fillDefaults).structure(shapeId, params ?? {}, "");
}

class Converter {
  constructor(
    private readonly schema: ServiceSchema,
    private readonly fillDefaults: boolean,
  ) {}

  private shape(id: ShapeId): Shape {
    const shape = this.schema.shapes[id];
    if (shape) return shape;
    if (id === "smithy.api#Unit") return { type: "structure", members: {} };
    throw new Error(`Shape ${id} is not in the schema of ${this.schema.id}`);
  }

  structure(id: ShapeId, value: unknown, path: string): Record<string, unknown> {
    const shape = this.shape(id);
    if (shape.type !== "structure" && shape.type !== "union") throw new Error(`${id} is not a structure`);
    const record = expectObject(value, path);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(record)) {
      if (!Object.hasOwn(shape.members, key)) throw new Error(`params${path}: ${id} has no member '${key}'`);
    }
    for (const [name, member] of Object.entries(shape.members)) {
      const item = record[name];
      if (item !== undefined && item !== null) out[name] = this.value(member, item, `${path}.${name}`);
      else if (this.fillDefaults && shape.type === "structure" && member.default !== undefined && member.default !== null) {
        out[name] = this.defaultValue(member, member.default);
      }
    }
    return out;
  }

  value(member: MemberSchema, value: unknown, path: string): unknown {
    const shape = this.shape(member.target);
    switch (shape.type) {
      case "structure":
      case "union":
        return this.structure(member.target, value, path);
      case "list":
        return expectArray(value, path).map((item, i) => (item === null ? null : this.value(shape.member, item, `${path}[${i}]`)));
      case "map":
        return Object.fromEntries(
          Object.entries(expectObject(value, path)).map(([key, item]) => [key, item === null ? null : this.value(shape.value, item, `${path}.${key}`)]),
        );
      case "blob":
        return new Uint8Array(Buffer.from(expectString(value, path), "utf8"));
      case "timestamp":
        return toDate(value, path);
      case "float":
      case "double":
        return toFloat(value, path);
      case "byte":
      case "short":
      case "integer":
      case "long":
        return toInteger(value, path);
      case "bigInteger":
        return BigInt(value as number | string);
      case "bigDecimal":
        return String(value);
      case "boolean":
        if (typeof value !== "boolean") throw new Error(`params${path}: expected a boolean`);
        return value;
      case "string":
        return expectString(value, path);
      case "document":
        return value as JsonValue;
    }
  }

  /** A `@default` node value: like params, except that blobs are base64 in the model. */
  private defaultValue(member: MemberSchema, value: JsonValue): unknown {
    const shape = this.shape(member.target);
    if (shape.type === "blob") return new Uint8Array(Buffer.from(String(value), "base64"));
    return this.value(member, structuredClone(value), "(default)");
  }
}

function toDate(value: unknown, path: string): Date {
  if (typeof value === "number") return new Date(Math.round(value * 1000));
  if (typeof value === "string") {
    const millis = Date.parse(value);
    if (!Number.isNaN(millis)) return new Date(millis);
  }
  throw new Error(`params${path}: expected a timestamp, got ${JSON.stringify(value)}`);
}

function toFloat(value: unknown, path: string): number {
  if (typeof value === "number") return value;
  if (value === "NaN") return Number.NaN;
  if (value === "Infinity") return Number.POSITIVE_INFINITY;
  if (value === "-Infinity") return Number.NEGATIVE_INFINITY;
  throw new Error(`params${path}: expected a float, got ${JSON.stringify(value)}`);
}

function toInteger(value: unknown, path: string): number {
  // Model files keep integers beyond 2^53 as strings (codegen's parseModelJson).
  const number = typeof value === "string" ? Number(value) : value;
  if (typeof number !== "number" || !Number.isFinite(number)) throw new Error(`params${path}: expected an integer, got ${JSON.stringify(value)}`);
  return number;
}

function expectObject(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error(`params${path || "(root)"}: expected an object`);
  return value as Record<string, unknown>;
}

function expectArray(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`params${path}: expected a list`);
  return value;
}

function expectString(value: unknown, path: string): string {
  if (typeof value !== "string") throw new Error(`params${path}: expected a string`);
  return value;
}
