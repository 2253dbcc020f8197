import type { MemberSchema, ServiceSchema, Shape, ShapeId, StructureShape } from "./schema";

/** A structure or union member with its name. */
export type Member = readonly [name: string, member: MemberSchema];

const EVENT_STREAM = "application/vnd.amazon.eventstream";
const UNIT: StructureShape = { type: "structure", members: {} };

export function shapeName(id: ShapeId): string {
  return id.slice(id.indexOf("#") + 1);
}

/** How the members of an input, output or error structure are bound to the HTTP message. */
export interface Bindings {
  shapeId: ShapeId;
  shape: StructureShape;
  all: Member[];
  labels: Member[];
  queries: Member[];
  queryParams?: Member;
  headers: Member[];
  prefixHeaders: Member[];
  payload?: Member;
  responseCode?: Member;
  /** Members without an HTTP binding: the JSON document body (unless there is a payload member). */
  body: Member[];
}

/** What the body of a message looks like, derived from its bindings. */
export type BodyKind =
  | { kind: "none" }
  | { kind: "json" }
  | { kind: "payload-json"; member: Member }
  | { kind: "payload-blob"; member: Member; streaming: boolean; mediaType?: string }
  | { kind: "payload-text"; member: Member; mediaType: string };

/**
 * Per-schema lookups with memoized derived data. One instance serves every request of a
 * runtime; `indexOf` shares it with standalone `validateShape` calls.
 */
export class ShapeIndex {
  readonly schema: ServiceSchema;
  private readonly bindingCache = new Map<ShapeId, Bindings>();
  private readonly jsonNameCache = new Map<ShapeId, Map<string, Member>>();
  private readonly memberListCache = new Map<ShapeId, Member[]>();

  constructor(schema: ServiceSchema) {
    this.schema = schema;
  }

  shape(id: ShapeId): Shape {
    const shape = this.schema.shapes[id];
    if (shape) return shape;
    if (id === "smithy.api#Unit") return UNIT;
    throw new Error(`Shape ${id} is missing from the service schema`);
  }

  structure(id: ShapeId): StructureShape {
    const shape = this.shape(id);
    if (shape.type !== "structure") throw new Error(`Shape ${id} is a ${shape.type}, not a structure`);
    return shape;
  }

  /** Members of a structure or union, in model order. */
  members(id: ShapeId): Member[] {
    let list = this.memberListCache.get(id);
    if (!list) {
      const shape = this.shape(id);
      list = shape.type === "structure" || shape.type === "union" ? Object.entries(shape.members) : [];
      this.memberListCache.set(id, list);
    }
    return list;
  }

  /** Members of a structure or union keyed by their JSON name. */
  membersByJsonName(id: ShapeId): Map<string, Member> {
    let map = this.jsonNameCache.get(id);
    if (!map) {
      map = new Map(this.members(id).map((m) => [m[1].jsonName ?? m[0], m] as const));
      this.jsonNameCache.set(id, map);
    }
    return map;
  }

  bindings(id: ShapeId): Bindings {
    let b = this.bindingCache.get(id);
    if (!b) {
      b = computeBindings(id, this.structure(id), this.members(id));
      this.bindingCache.set(id, b);
    }
    return b;
  }

  /** Body of a request (`input` true) or of a response/error message. */
  bodyKind(bindings: Bindings | undefined, input: boolean): BodyKind {
    if (!bindings) return { kind: "none" };
    const payload = bindings.payload;
    if (payload) {
      const [, member] = payload;
      const target = this.shape(member.target);
      if (target.type === "blob") {
        return { kind: "payload-blob", member: payload, streaming: target.streaming === true, mediaType: member.mediaType ?? target.mediaType };
      }
      if (target.type === "union" && target.streaming) {
        // An event stream is passed through as bytes: the handler reads or writes the framing.
        return { kind: "payload-blob", member: payload, streaming: true, mediaType: EVENT_STREAM };
      }
      if (target.type === "string") {
        return { kind: "payload-text", member: payload, mediaType: member.mediaType ?? target.mediaType ?? "text/plain" };
      }
      return { kind: "payload-json", member: payload };
    }
    // An input whose members are all bound elsewhere has no body; an input with no members at
    // all still tolerates a JSON object (protocol test RestJsonEmptyInputAndEmptyOutputWithJson).
    if (input && bindings.body.length === 0 && bindings.all.length > 0) return { kind: "none" };
    return { kind: "json" };
  }
}

function computeBindings(shapeId: ShapeId, shape: StructureShape, all: Member[]): Bindings {
  const b: Bindings = { shapeId, shape, all, labels: [], queries: [], headers: [], prefixHeaders: [], body: [] };
  for (const m of all) {
    const member = m[1];
    if (member.httpLabel) b.labels.push(m);
    else if (member.httpQuery !== undefined) b.queries.push(m);
    else if (member.httpQueryParams) b.queryParams = m;
    else if (member.httpHeader !== undefined) b.headers.push(m);
    else if (member.httpPrefixHeaders !== undefined) b.prefixHeaders.push(m);
    else if (member.httpPayload) b.payload = m;
    else if (member.httpResponseCode) b.responseCode = m;
    else b.body.push(m);
  }
  return b;
}

const indexes = new WeakMap<ServiceSchema, ShapeIndex>();

export function indexOf(schema: ServiceSchema): ShapeIndex {
  let index = indexes.get(schema);
  if (!index) {
    index = new ShapeIndex(schema);
    indexes.set(schema, index);
  }
  return index;
}

/** An object literal (not an array, Date, Buffer, stream or parsed JSON number). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
