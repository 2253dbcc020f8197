import { encodeBase64 } from "../base64";
import { defaultValue } from "../defaults";
import { floatToJson, isJsonNumberText } from "../numbers";
import type { MemberSchema, ShapeId } from "../schema";
import type { Member, ShapeIndex } from "../shapes";
import { formatTimestamp } from "../timestamps";

// restJson1 JSON text written by hand rather than via JSON.stringify, because bigints,
// bigDecimal strings, Dates, byte arrays and non-finite floats all need shape-directed encodings.
// Each shape's writer is built once per schema and reused: the switch over shape types, key
// quoting and default lookups happen at build time, not per response.

type JsonWriter = (value: unknown) => string;

interface Field {
  name: string;
  member: MemberSchema;
  /** `"jsonName":` */
  prefix: string;
  hasDefault: boolean;
  write: JsonWriter;
}

interface WriterCache {
  byMember: WeakMap<MemberSchema, JsonWriter>;
  byStructure: Map<ShapeId, JsonWriter>;
  byMemberList: WeakMap<Member[], JsonWriter>;
}

const caches = new WeakMap<ShapeIndex, WriterCache>();

function cacheOf(index: ShapeIndex): WriterCache {
  let cache = caches.get(index);
  if (!cache) {
    cache = { byMember: new WeakMap(), byStructure: new Map(), byMemberList: new WeakMap() };
    caches.set(index, cache);
  }
  return cache;
}

/** Writes a runtime value as JSON text for a member's target shape. */
export function jsonFromValue(index: ShapeIndex, member: MemberSchema, value: unknown): string {
  return writerFor(index, member)(value);
}

/** A JSON object of the given members; absent members take their default, nulls are omitted. */
export function jsonFromMembers(index: ShapeIndex, members: Member[], record: Record<string, unknown> | undefined): string {
  const cache = cacheOf(index);
  let writer = cache.byMemberList.get(members);
  if (!writer) {
    writer = objectWriter(index, () => members);
    cache.byMemberList.set(members, writer);
  }
  return writer(record);
}

/**
 * Writes one list element or map value: null/undefined is skipped (undefined) unless the
 * collection is @sparse, where it is written as null. The element writer is looked up on first
 * use, so recursive shapes do not recurse here.
 */
function elementWriter(index: ShapeIndex, member: MemberSchema, sparse: boolean): (element: unknown) => string | undefined {
  let item: JsonWriter | undefined;
  return (element) => {
    if (element === null || element === undefined) return sparse ? "null" : undefined;
    item ??= writerFor(index, member);
    return item(element);
  };
}

function writerFor(index: ShapeIndex, member: MemberSchema): JsonWriter {
  const cache = cacheOf(index);
  let writer = cache.byMember.get(member);
  if (!writer) {
    writer = buildWriter(index, member);
    cache.byMember.set(member, writer);
  }
  return writer;
}

function buildWriter(index: ShapeIndex, member: MemberSchema): JsonWriter {
  const shape = index.shape(member.target);
  switch (shape.type) {
    case "structure":
      return structureWriter(index, member.target);
    case "union": {
      const members = index.members(member.target);
      return (value) => {
        const record = value as Record<string, unknown>;
        const set = members.find(([name]) => record[name] !== undefined && record[name] !== null);
        if (!set) return "{}";
        const [name, unionMember] = set;
        return `{${JSON.stringify(unionMember.jsonName ?? name)}:${writerFor(index, unionMember)(record[name])}}`;
      };
    }
    case "list": {
      const item = elementWriter(index, shape.member, shape.sparse === true);
      return (value) => {
        let text = "";
        for (const element of value as unknown[]) {
          const written = item(element);
          if (written !== undefined) text += text === "" ? written : `,${written}`;
        }
        return `[${text}]`;
      };
    }
    case "map": {
      const item = elementWriter(index, shape.value, shape.sparse === true);
      return (value) => {
        let text = "";
        for (const key in value as Record<string, unknown>) {
          if (!Object.hasOwn(value as object, key)) continue;
          const written = item((value as Record<string, unknown>)[key]);
          if (written !== undefined) text += `${text === "" ? "" : ","}${JSON.stringify(key)}:${written}`;
        }
        return `{${text}}`;
      };
    }
    case "string":
      return (value) => JSON.stringify(String(value));
    case "boolean":
      return (value) => (value ? "true" : "false");
    case "float":
    case "double":
      return (value) => floatToJson(Number(value));
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "bigInteger":
      return (value) => (typeof value === "bigint" ? value.toString() : JSON.stringify(Number(value)));
    case "bigDecimal":
      return (value) => {
        const text = String(value);
        if (!isJsonNumberText(text)) throw new Error(`Invalid bigDecimal value '${text}'`);
        return text;
      };
    case "timestamp": {
      const format = member.timestampFormat ?? shape.timestampFormat ?? "epoch-seconds";
      return (value) => JSON.stringify(formatTimestamp(toDate(value), format));
    }
    case "blob":
      return (value) => JSON.stringify(encodeBase64(value as Uint8Array | string));
    case "document":
      return (value) => JSON.stringify(value ?? null);
  }
}

/** One writer per structure shape (members' own traits don't change a structure's JSON). */
function structureWriter(index: ShapeIndex, id: ShapeId): JsonWriter {
  const cache = cacheOf(index);
  let writer = cache.byStructure.get(id);
  if (!writer) {
    writer = objectWriter(index, () => index.members(id));
    cache.byStructure.set(id, writer);
  }
  return writer;
}

/** Member writers are resolved on first use, so recursive structures build without looping. */
function objectWriter(index: ShapeIndex, members: () => Member[]): JsonWriter {
  let fields: Field[] | undefined;
  return (value) => {
    fields ??= members().map(([name, member]) => ({
      name,
      member,
      prefix: `${JSON.stringify(member.jsonName ?? name)}:`,
      hasDefault: member.default !== undefined && member.default !== null,
      write: writerFor(index, member),
    }));
    const record = value as Record<string, unknown> | undefined;
    let text = "";
    for (const field of fields) {
      let item = record?.[field.name];
      if ((item === undefined || item === null) && field.hasDefault) item = defaultValue(index, field.member);
      if (item === undefined || item === null) continue;
      text += `${text === "" ? "" : ","}${field.prefix}${field.write(item)}`;
    }
    return `{${text}}`;
  };
}

/** Timestamps are Dates at runtime; epoch seconds and ISO strings are tolerated from handlers. */
export function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === "number") return new Date(value * 1000);
  return new Date(String(value));
}
