import { decodeBase64 } from "../base64";
import { splitHeaderList, splitHttpDateList } from "../http/headers";
import { numberFromText } from "../numbers";
import { serializationError } from "../protocol-errors";
import { isNumberShape, type MemberSchema, type TimestampFormat } from "../schema";
import type { ShapeIndex } from "../shapes";
import { parseTimestamp } from "../timestamps";

/** Where a text value was bound; decides the default timestamp format and base64 strings. */
export type TextLocation = "header" | "query" | "label";

const DEFAULT_FORMAT: Record<TextLocation, TimestampFormat> = { header: "http-date", query: "date-time", label: "date-time" };

/** Parses one scalar bound to a header, query parameter or label. */
export function scalarFromText(index: ShapeIndex, member: MemberSchema, text: string, location: TextLocation): unknown {
  const shape = index.shape(member.target);
  if (isNumberShape(shape)) return numberFromText(text, shape.type, true);
  switch (shape.type) {
    case "string":
      // Header strings with a @mediaType are base64 so any content survives header syntax.
      if (location === "header" && (member.mediaType ?? shape.mediaType) !== undefined) return decodeBase64(text).toString("utf8");
      return text;
    case "boolean":
      if (text === "true") return true;
      if (text === "false") return false;
      throw serializationError(`Expected a boolean but got '${text}'`);
    case "timestamp":
      return parseTimestamp(text, member.timestampFormat ?? shape.timestampFormat ?? DEFAULT_FORMAT[location]);
    case "blob":
      return decodeBase64(text);
    default:
      throw serializationError(`A ${shape.type} cannot be bound to a ${location}`);
  }
}

/** Parses a header value bound to a scalar or a list of scalars. */
export function valueFromHeader(index: ShapeIndex, member: MemberSchema, text: string): unknown {
  const shape = index.shape(member.target);
  if (shape.type !== "list") return scalarFromText(index, member, text.trim(), "header");
  const item = shape.member;
  const itemShape = index.shape(item.target);
  const isHttpDate = itemShape.type === "timestamp" && (item.timestampFormat ?? itemShape.timestampFormat ?? "http-date") === "http-date";
  const parts = text.trim() === "" ? [] : isHttpDate ? splitHttpDateList(text) : splitHeaderList(text);
  return parts.map((part) => scalarFromText(index, item, part, "header"));
}

/** Parses the query values of one key for a scalar (first value wins) or list member. */
export function valueFromQuery(index: ShapeIndex, member: MemberSchema, values: string[]): unknown {
  const shape = index.shape(member.target);
  if (shape.type === "list") return values.map((v) => scalarFromText(index, shape.member, v, "query"));
  return scalarFromText(index, member, values[0], "query");
}
