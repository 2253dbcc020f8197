/**
 * The protocol-level description of a Smithy service that the generator emits
 * (`src/generated/schema.ts`) and the runtime interprets. It is plain data: no
 * documentation, no functions. It is the only contract between codegen and runtime.
 *
 * Semantics are already normalized by the loader: Smithy 1.0 and 2.0 look the same,
 * mixins are flattened, `apply` is merged, constraint traits are resolved per member
 * (member-level traits override the target's), enum shapes and the 1.0 enum trait both
 * become `string` shapes with `enumValues`.
 */

export type ShapeId = string;

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export type TimestampFormat = "date-time" | "epoch-seconds" | "http-date";

export interface LengthConstraint {
  min?: number;
  max?: number;
}

/** Numbers are kept as strings when they cannot be represented exactly as a JS number. */
export interface RangeConstraint {
  min?: number | string;
  max?: number | string;
}

/** Effective constraints of a member: its own traits merged over its target's. */
export interface Constraints {
  length?: LengthConstraint;
  pattern?: string;
  range?: RangeConstraint;
  uniqueItems?: true;
}

export interface MemberSchema {
  /** Absolute id of the target shape; prelude ids (`smithy.api#String`) appear in `shapes` too. */
  target: ShapeId;
  required?: true;
  /** Resolved `@default` value (member trait, else the target's root-level default). */
  default?: JsonValue;
  /** Name in JSON bodies when it differs from the member name. */
  jsonName?: string;
  /** Only when a `@timestampFormat` trait applies (member overrides target); else the location default. */
  timestampFormat?: TimestampFormat;
  /** `@mediaType` of the target (string or blob), when present. */
  mediaType?: string;
  constraints?: Constraints;
  sensitive?: true;
  idempotencyToken?: true;
  // HTTP bindings (at most one is set)
  httpLabel?: true;
  httpQuery?: string;
  httpQueryParams?: true;
  httpHeader?: string;
  httpPrefixHeaders?: string;
  httpPayload?: true;
  httpResponseCode?: true;
}

/** Smithy's number shape types, in one list so every switch over shape types treats them alike. */
export const NUMBER_TYPES = ["byte", "short", "integer", "long", "float", "double", "bigInteger", "bigDecimal"] as const;
export type NumberType = (typeof NUMBER_TYPES)[number];

/** The Smithy prelude's simple shapes (`smithy.api#<name>`), which models target without defining them. */
export const PRELUDE_SIMPLE_SHAPES = [
  ["String", "string"],
  ["Blob", "blob"],
  ["Boolean", "boolean"],
  ["Byte", "byte"],
  ["Short", "short"],
  ["Integer", "integer"],
  ["Long", "long"],
  ["Float", "float"],
  ["Double", "double"],
  ["BigInteger", "bigInteger"],
  ["BigDecimal", "bigDecimal"],
  ["Timestamp", "timestamp"],
  ["Document", "document"],
] as const;

export function isNumberType(type: string): type is NumberType {
  return (NUMBER_TYPES as readonly string[]).includes(type);
}

/** Narrows a shape to a number shape (intEnums included). */
export function isNumberShape(shape: Shape): shape is Extract<Shape, { type: NumberType }> {
  return isNumberType(shape.type);
}

export type Shape =
  | { type: "blob"; streaming?: true; mediaType?: string }
  | { type: "boolean" }
  | {
      type: "string";
      mediaType?: string;
      /** Enum member name → wire value (2.0 enum shapes, 1.0 `@enum` trait; names invented when absent). */
      enumValues?: Record<string, string>;
      /** Names of `@internal` enum members: accepted, but not listed in validation messages. */
      internalEnumValues?: string[];
    }
  | {
      type: NumberType;
      /** intEnum member name → value */
      intEnumValues?: Record<string, number>;
      /** Names of `@internal` intEnum members: accepted, but not listed in validation messages. */
      internalEnumValues?: string[];
    }
  | { type: "timestamp"; timestampFormat?: TimestampFormat }
  | { type: "document" }
  | { type: "list"; member: MemberSchema; sparse?: true }
  | { type: "map"; key: MemberSchema; value: MemberSchema; sparse?: true }
  | StructureShape
  | UnionShape;

/** `streaming` marks an event stream: its events travel in the raw `application/vnd.amazon.eventstream` framing. */
export interface UnionShape {
  type: "union";
  members: Record<string, MemberSchema>;
  streaming?: true;
}

export interface StructureShape {
  type: "structure";
  members: Record<string, MemberSchema>;
  /** Present on error shapes. */
  error?: "client" | "server";
  /** `@httpError`, or the protocol default (400 client, 500 server) for errors. */
  httpError?: number;
}

export interface HttpTrait {
  method: string;
  /** The URI pattern as modeled, e.g. `/v1/foo/{bar}/{rest+}?literal=x`. */
  uri: string;
  code: number;
}

export interface PaginatedTrait {
  inputToken?: string;
  outputToken?: string;
  items?: string;
  pageSize?: string;
}

export interface OperationSchema {
  /** Operation shape name, e.g. `ListDomains`. */
  name: string;
  id: ShapeId;
  http: HttpTrait;
  /** Input structure id; absent when the input is `smithy.api#Unit`. */
  input?: ShapeId;
  /** Output structure id; absent when the output is `smithy.api#Unit`. */
  output?: ShapeId;
  /** Operation errors followed by service-wide errors, without duplicates. */
  errors: ShapeId[];
  paginated?: PaginatedTrait;
}

/**
 * How input validation failures are reported:
 * - `framework`: `smithy.framework#ValidationException` with `fieldList` (Smithy's message style);
 * - `service`: the service's own error shape (`{message}` plus optionally `reason`), with AWS's
 *   message style; `reason` is filled with `reasonValue` when the shape has that member.
 */
export type ValidationStyle =
  | { style: "framework"; errorShape: ShapeId }
  /**
   * `messageMember` and `reasonMember`: the members holding the text and the reason when they are
   * not `message` and `reason` (some services model `Message`, `Reason`, `exceptionMessage`).
   */
  | { style: "service"; errorShape: ShapeId; reasonValue?: string; messageMember?: string; reasonMember?: string };

export interface ServiceSchema {
  id: ShapeId;
  /** Service shape name, e.g. `CodeArtifactControlPlaneService`. */
  name: string;
  version: string;
  /** `aws.api#service` sdkId when present. */
  sdkId?: string;
  /** Operations keyed by operation name. */
  operations: Record<string, OperationSchema>;
  /** Every shape reachable from the operations, prelude shapes included. */
  shapes: Record<ShapeId, Shape>;
  validation: ValidationStyle;
}
