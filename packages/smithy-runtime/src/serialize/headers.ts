import { encodeBase64 } from "../base64";
import { quoteHeaderItem } from "../http/headers";
import { floatToText } from "../numbers";
import type { MemberSchema } from "../schema";
import type { ShapeIndex } from "../shapes";
import { formatTimestamp } from "../timestamps";
import { toDate } from "./json";

/** The header text of a member value; lists are comma-joined with quoting where needed. */
export function headerFromValue(index: ShapeIndex, member: MemberSchema, value: unknown): string {
  const shape = index.shape(member.target);
  if (shape.type !== "list") return scalarToText(index, member, value);
  const item = shape.member;
  const itemShape = index.shape(item.target);
  return (value as unknown[])
    .filter((v) => v !== null && v !== undefined)
    .map((v) => {
      const text = scalarToText(index, item, v);
      // http-date items contain a comma by definition and are split specially by readers.
      return itemShape.type === "string" ? quoteHeaderItem(text) : text;
    })
    .join(", ");
}

function scalarToText(index: ShapeIndex, member: MemberSchema, value: unknown): string {
  const shape = index.shape(member.target);
  switch (shape.type) {
    case "string":
      return (member.mediaType ?? shape.mediaType) !== undefined ? encodeBase64(String(value)) : String(value);
    case "timestamp":
      return String(formatTimestamp(toDate(value), member.timestampFormat ?? shape.timestampFormat ?? "http-date"));
    case "float":
    case "double":
      return floatToText(Number(value));
    case "blob":
      return encodeBase64(value as Uint8Array | string);
    default:
      return String(value);
  }
}
