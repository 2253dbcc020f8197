import { encodeBase64 } from "../base64";
import { defaultValue } from "../defaults";
import { floatToJson, isJsonNumberText } from "../numbers";
import type { MemberSchema } from "../schema";
import type { Member, ShapeIndex } from "../shapes";
import { formatTimestamp } from "../timestamps";

/**
 * Writes a runtime value as restJson1 JSON text for a member's target shape. Written by
 * hand rather than via JSON.stringify because bigints, bigDecimal strings, Dates, byte
 * arrays and non-finite floats all need shape-directed encodings.
 */
export function jsonFromValue(index: ShapeIndex, member: MemberSchema, value: unknown): string {
  const shape = index.shape(member.target);
  switch (shape.type) {
    case "structure":
      return jsonFromMembers(index, index.members(member.target), value as Record<string, unknown>);
    case "union": {
      const record = value as Record<string, unknown>;
      const set = index.members(member.target).find(([name]) => record[name] !== undefined && record[name] !== null);
      if (!set) return "{}";
      const [name, unionMember] = set;
      return `{${JSON.stringify(unionMember.jsonName ?? name)}:${jsonFromValue(index, unionMember, record[name])}}`;
    }
    case "list": {
      const items: string[] = [];
      for (const item of value as unknown[]) {
        if (item !== null && item !== undefined) items.push(jsonFromValue(index, shape.member, item));
        else if (shape.sparse) items.push("null");
      }
      return `[${items.join(",")}]`;
    }
    case "map": {
      const entries: string[] = [];
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        if (item !== null && item !== undefined) entries.push(`${JSON.stringify(key)}:${jsonFromValue(index, shape.value, item)}`);
        else if (shape.sparse) entries.push(`${JSON.stringify(key)}:null`);
      }
      return `{${entries.join(",")}}`;
    }
    case "string":
      return JSON.stringify(String(value));
    case "boolean":
      return value ? "true" : "false";
    case "float":
    case "double":
      return floatToJson(Number(value));
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "bigInteger":
      return typeof value === "bigint" ? value.toString() : JSON.stringify(Number(value));
    case "bigDecimal": {
      const text = String(value);
      if (!isJsonNumberText(text)) throw new Error(`Invalid bigDecimal value '${text}'`);
      return text;
    }
    case "timestamp":
      return JSON.stringify(formatTimestamp(toDate(value), member.timestampFormat ?? shape.timestampFormat ?? "epoch-seconds"));
    case "blob":
      return JSON.stringify(encodeBase64(value as Uint8Array | string));
    case "document":
      return JSON.stringify(value ?? null);
  }
}

/** A JSON object of the given members; absent members take their default, nulls are omitted. */
export function jsonFromMembers(index: ShapeIndex, members: Member[], record: Record<string, unknown> | undefined): string {
  const parts: string[] = [];
  for (const [name, member] of members) {
    const value = record?.[name] ?? defaultValue(index, member);
    if (value === undefined || value === null) continue;
    parts.push(`${JSON.stringify(member.jsonName ?? name)}:${jsonFromValue(index, member, value)}`);
  }
  return `{${parts.join(",")}}`;
}

/** Timestamps are Dates at runtime; epoch seconds and ISO strings are tolerated from handlers. */
export function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === "number") return new Date(value * 1000);
  return new Date(String(value));
}
