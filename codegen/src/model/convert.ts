import {
  isNumberType,
  type Constraints,
  type JsonValue,
  type LengthConstraint,
  type MemberSchema,
  type RangeConstraint,
  type Shape,
  type TimestampFormat,
} from "@codeartifact-local/smithy-runtime";
import { patternError } from "@codeartifact-local/smithy-runtime/pattern";
import { hasTrait, type AstMember, type AstShape, type ShapeMap, type Traits } from "./ast";
import { inventEnumNames } from "./enum-names";

const T = {
  default: "smithy.api#default",
  enum: "smithy.api#enum",
  enumValue: "smithy.api#enumValue",
  internal: "smithy.api#internal",
  error: "smithy.api#error",
  httpError: "smithy.api#httpError",
  idempotencyToken: "smithy.api#idempotencyToken",
  jsonName: "smithy.api#jsonName",
  length: "smithy.api#length",
  mediaType: "smithy.api#mediaType",
  pattern: "smithy.api#pattern",
  range: "smithy.api#range",
  required: "smithy.api#required",
  sensitive: "smithy.api#sensitive",
  sparse: "smithy.api#sparse",
  streaming: "smithy.api#streaming",
  timestampFormat: "smithy.api#timestampFormat",
  uniqueItems: "smithy.api#uniqueItems",
} as const;

/** Turns one merged AST shape into its schema form; `onTarget` sees every member target. */
export function convertShape(id: string, shapes: ShapeMap, onTarget: (target: string) => void): Shape {
  const shape = shapes.get(id);
  if (!shape) throw new Error(`Unknown shape ${id}`);
  const traits = shape.traits ?? {};
  const member = (name: string, m: AstMember | undefined): MemberSchema => {
    if (!m) throw new Error(`Shape ${id} lacks its ${name} member`);
    onTarget(m.target);
    return convertMember(`${id}$${name}`, m, shapes);
  };
  const members = (): Record<string, MemberSchema> => Object.fromEntries(Object.entries(shape.members ?? {}).map(([name, m]) => [name, member(name, m)]));
  const sparse = hasTrait(traits, T.sparse) ? { sparse: true as const } : {};

  switch (shape.type) {
    case "blob":
      return {
        type: "blob",
        ...(hasTrait(traits, T.streaming) ? { streaming: true as const } : {}),
        ...optional("mediaType", stringTrait(traits, T.mediaType)),
      };
    case "boolean":
      return { type: "boolean" };
    case "string":
      return {
        type: "string",
        ...optional("mediaType", stringTrait(traits, T.mediaType)),
        ...optional("enumValues", legacyEnumValues(traits)),
        ...optional("internalEnumValues", legacyInternalNames(traits)),
      };
    case "enum":
      return { type: "string", enumValues: enumShapeValues(id, shape), ...optional("internalEnumValues", internalMembers(shape)) };
    case "intEnum":
      return { type: "integer", intEnumValues: intEnumValues(id, shape), ...optional("internalEnumValues", internalMembers(shape)) };
    case "timestamp":
      return { type: "timestamp", ...optional("timestampFormat", stringTrait(traits, T.timestampFormat) as TimestampFormat) };
    case "document":
      return { type: "document" };
    case "list":
      return { type: "list", member: member("member", shape.member), ...sparse };
    case "map":
      return { type: "map", key: member("key", shape.key), value: member("value", shape.value), ...sparse };
    case "structure": {
      const fault = traits[T.error];
      if (fault === undefined) return { type: "structure", members: members() };
      if (fault !== "client" && fault !== "server") throw new Error(`${id}: invalid @error value ${JSON.stringify(fault)}`);
      const status = typeof traits[T.httpError] === "number" ? (traits[T.httpError] as number) : fault === "client" ? 400 : 500;
      return { type: "structure", members: members(), error: fault, httpError: status };
    }
    case "union":
      return { type: "union", members: members(), ...(hasTrait(traits, T.streaming) ? { streaming: true as const } : {}) };
    default:
      if (isNumberType(shape.type)) return { type: shape.type };
      throw new Error(`${id}: a ${shape.type} shape cannot be the target of a member`);
  }
}

/** A member with its target's traits folded in (member-level traits win). */
export function convertMember(memberId: string, member: AstMember, shapes: ShapeMap): MemberSchema {
  const target = shapes.get(member.target);
  if (!target) throw new Error(`${memberId} targets unknown shape ${member.target}`);
  const own = member.traits ?? {};
  const inherited = target.traits ?? {};
  const schema: MemberSchema = { target: member.target };

  if (hasTrait(own, T.required)) schema.required = true;
  const defaultValue = resolveDefault(own, inherited);
  if (defaultValue !== undefined) schema.default = defaultValue;
  const jsonName = stringTrait(own, T.jsonName);
  if (jsonName !== undefined) schema.jsonName = jsonName;
  const format = stringTrait(own, T.timestampFormat) ?? stringTrait(inherited, T.timestampFormat);
  if (format !== undefined) schema.timestampFormat = format as TimestampFormat;
  const mediaType = stringTrait(inherited, T.mediaType);
  if (mediaType !== undefined) schema.mediaType = mediaType;
  const constraints = effectiveConstraints(own, inherited);
  const unusable = constraints?.pattern === undefined ? undefined : patternError(constraints.pattern);
  if (unusable) throw new Error(`${memberId}: @pattern ${JSON.stringify(constraints?.pattern)} cannot be compiled: ${unusable}`);
  if (constraints) schema.constraints = constraints;
  if (hasTrait(own, T.sensitive) || hasTrait(inherited, T.sensitive)) schema.sensitive = true;
  if (hasTrait(own, T.idempotencyToken)) schema.idempotencyToken = true;

  if (hasTrait(own, "smithy.api#httpLabel")) schema.httpLabel = true;
  const query = stringTrait(own, "smithy.api#httpQuery");
  if (query !== undefined) schema.httpQuery = query;
  if (hasTrait(own, "smithy.api#httpQueryParams")) schema.httpQueryParams = true;
  const header = stringTrait(own, "smithy.api#httpHeader");
  if (header !== undefined) schema.httpHeader = header;
  const prefix = stringTrait(own, "smithy.api#httpPrefixHeaders");
  if (prefix !== undefined) schema.httpPrefixHeaders = prefix;
  if (hasTrait(own, "smithy.api#httpPayload")) schema.httpPayload = true;
  if (hasTrait(own, "smithy.api#httpResponseCode")) schema.httpResponseCode = true;
  return schema;
}

/** The member's `@default` (null removes an inherited one), else the target's root-level default. */
function resolveDefault(own: Traits, inherited: Traits): JsonValue | undefined {
  const value = hasTrait(own, T.default) ? own[T.default] : inherited[T.default];
  return value === null || value === undefined ? undefined : (value as JsonValue);
}

function effectiveConstraints(own: Traits, inherited: Traits): Constraints | undefined {
  const pick = (name: string): unknown => (hasTrait(own, name) ? own[name] : inherited[name]);
  const constraints: Constraints = {};
  const length = pick(T.length) as LengthConstraint | undefined;
  if (length) constraints.length = bounds(length) as LengthConstraint;
  const pattern = pick(T.pattern);
  if (typeof pattern === "string") constraints.pattern = pattern;
  const range = pick(T.range) as RangeConstraint | undefined;
  if (range) constraints.range = bounds(range);
  if (pick(T.uniqueItems) !== undefined) constraints.uniqueItems = true;
  return Object.keys(constraints).length ? constraints : undefined;
}

function bounds(trait: { min?: number | string; max?: number | string }): RangeConstraint {
  return { ...optional("min", trait.min), ...optional("max", trait.max) };
}

type LegacyEnumEntry = { value: string; name?: string; tags?: string[] };

/** The 1.0 `@enum` trait's entries with their (possibly invented) names. */
function legacyEnumEntries(traits: Traits): Array<LegacyEnumEntry & { name: string }> | undefined {
  const entries = traits[T.enum] as LegacyEnumEntry[] | undefined;
  if (!Array.isArray(entries)) return undefined;
  const names = inventEnumNames(
    entries.map((e) => e.value),
    entries.map((e) => e.name),
  );
  return entries.map((e, i) => ({ ...e, name: names[i] }));
}

function legacyEnumValues(traits: Traits): Record<string, string> | undefined {
  const entries = legacyEnumEntries(traits);
  return entries && Object.fromEntries(entries.map((e) => [e.name, e.value]));
}

/** Legacy `@enum` entries tagged "internal" (the 1.0 way of marking them). */
function legacyInternalNames(traits: Traits): string[] | undefined {
  const names = legacyEnumEntries(traits)
    ?.filter((e) => e.tags?.includes("internal"))
    .map((e) => e.name);
  return names && names.length > 0 ? names : undefined;
}

/** Enum and intEnum members carrying `@internal`. */
function internalMembers(shape: AstShape): string[] | undefined {
  const names = Object.entries(shape.members ?? {})
    .filter(([, m]) => m.traits?.[T.internal] !== undefined)
    .map(([name]) => name);
  return names.length > 0 ? names : undefined;
}

/** 2.0 enum shape: a member without `@enumValue` uses its own name as the value. */
function enumShapeValues(id: string, shape: AstShape): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, m] of Object.entries(shape.members ?? {})) {
    const value = m.traits?.[T.enumValue] ?? name;
    if (typeof value !== "string") throw new Error(`${id}$${name}: enum value must be a string`);
    values[name] = value;
  }
  return values;
}

function intEnumValues(id: string, shape: AstShape): Record<string, number> {
  const values: Record<string, number> = {};
  for (const [name, m] of Object.entries(shape.members ?? {})) {
    const value = m.traits?.[T.enumValue];
    if (typeof value !== "number") throw new Error(`${id}$${name}: intEnum members need an integer @enumValue`);
    values[name] = value;
  }
  return values;
}

function stringTrait(traits: Traits, name: string): string | undefined {
  const value = traits[name];
  return typeof value === "string" ? value : undefined;
}

/** `{ [key]: value }` when the value is defined, else `{}`: keeps absent fields out of the data. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
