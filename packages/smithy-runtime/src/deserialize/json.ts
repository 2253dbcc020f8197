import { decodeBase64 } from "../base64";
import { applyDefaults } from "../defaults";
import { numberText, toPlainJson } from "../json";
import { nonNumericFloat, numberFromText } from "../numbers";
import { serializationError } from "../protocol-errors";
import type { MemberSchema, NumberType, ShapeId } from "../schema";
import { isPlainObject, type Member, type ShapeIndex } from "../shapes";
import { epochSecondsToDate, parseTimestamp } from "../timestamps";

/**
 * Converts parsed JSON (from `parseJson`) to the runtime representation of a shape,
 * rejecting anything restJson1 does not allow. `path` is a JSON pointer for error messages.
 */
export function valueFromJson(index: ShapeIndex, member: MemberSchema, json: unknown, path: string): unknown {
  const shape = index.shape(member.target);
  switch (shape.type) {
    case "structure":
      return structureFromJson(index, member.target, expectObject(json, path), path);
    case "union":
      return unionFromJson(index, member.target, expectObject(json, path), path);
    case "list": {
      if (!Array.isArray(json)) throw mismatch("a list", path);
      return json.map((item, i) => {
        if (item !== null) return valueFromJson(index, shape.member, item, `${path}/${i}`);
        if (shape.sparse) return null;
        throw serializationError(`Null item at ${path}/${i} in a dense list`);
      });
    }
    case "map": {
      const entries = Object.entries(expectObject(json, path)).map(([key, value]) => {
        if (value !== null) return [key, valueFromJson(index, shape.value, value, `${path}/${key}`)];
        if (shape.sparse) return [key, null];
        throw serializationError(`Null value at ${path}/${key} in a dense map`);
      });
      return Object.fromEntries(entries);
    }
    case "string":
      if (typeof json !== "string") throw mismatch("a string", path);
      return json;
    case "boolean":
      if (typeof json !== "boolean") throw mismatch("a boolean", path);
      return json;
    case "float":
    case "double": {
      const special = typeof json === "string" ? nonNumericFloat(json) : undefined;
      if (special !== undefined) return special;
      return numberFromJson(json, shape.type, path);
    }
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "bigInteger":
    case "bigDecimal":
      return numberFromJson(json, shape.type, path);
    case "timestamp": {
      const format = member.timestampFormat ?? shape.timestampFormat ?? "epoch-seconds";
      if (format === "epoch-seconds") {
        const text = numberText(json);
        if (text === undefined) throw mismatch("epoch seconds", path);
        const seconds = Number(text);
        if (!Number.isFinite(seconds)) throw mismatch("epoch seconds", path);
        return epochSecondsToDate(seconds);
      }
      if (typeof json !== "string") throw mismatch(`a ${format} string`, path);
      return parseTimestamp(json, format);
    }
    case "blob":
      if (typeof json !== "string") throw mismatch("a base64 string", path);
      return decodeBase64(json);
    case "document":
      return toPlainJson(json);
  }
}

/** Reads the given members of a structure from a JSON object; unknown keys are ignored. */
export function membersFromJson(index: ShapeIndex, members: Member[], json: Record<string, unknown>, out: Record<string, unknown>, path: string): void {
  for (const [name, member] of members) {
    const key = member.jsonName ?? name;
    if (!Object.hasOwn(json, key)) continue;
    const value = json[key];
    if (value !== null) out[name] = valueFromJson(index, member, value, `${path}/${key}`);
  }
}

function structureFromJson(index: ShapeIndex, id: ShapeId, json: Record<string, unknown>, path: string): Record<string, unknown> {
  const members = index.members(id);
  const out: Record<string, unknown> = {};
  membersFromJson(index, members, json, out, path);
  applyDefaults(index, members, out);
  return out;
}

function unionFromJson(index: ShapeIndex, id: ShapeId, json: Record<string, unknown>, path: string): Record<string, unknown> {
  const byJsonName = index.membersByJsonName(id);
  let chosen: { member: Member; value: unknown; key: string } | undefined;
  for (const [key, value] of Object.entries(json)) {
    if (key === "__type" || value === null) continue;
    const member = byJsonName.get(key);
    if (!member) throw serializationError(`Unknown union member '${key}' at ${path}`);
    if (chosen) throw serializationError(`More than one union member is set at ${path}`);
    chosen = { member, value, key };
  }
  if (!chosen) throw serializationError(`No union member is set at ${path}`);
  const [name, member] = chosen.member;
  return { [name]: valueFromJson(index, member, chosen.value, `${path}/${chosen.key}`) };
}

function numberFromJson(json: unknown, type: NumberType, path: string): unknown {
  const text = numberText(json);
  if (text === undefined) throw mismatch(`a number (${type})`, path);
  try {
    return numberFromText(text, type, false);
  } catch {
    throw serializationError(`Invalid ${type} value ${text} at ${path || "/"}`);
  }
}

function expectObject(json: unknown, path: string): Record<string, unknown> {
  if (!isPlainObject(json)) throw mismatch("an object", path);
  return json;
}

function mismatch(expected: string, path: string) {
  return serializationError(`Expected ${expected} at ${path || "/"}`);
}
