import { decodeBase64 } from "./base64";
import type { Member, ShapeIndex } from "./shapes";
import type { MemberSchema } from "./schema";
import { epochSecondsToDate, parseTimestamp } from "./timestamps";

/**
 * The runtime value of a member's `@default`, or undefined when it has none. `null` is
 * Smithy's explicit "no default". Aggregates are cloned so requests never share state.
 */
export function defaultValue(index: ShapeIndex, member: MemberSchema): unknown {
  const value = member.default;
  if (value === undefined || value === null) return undefined;
  const shape = index.shape(member.target);
  switch (shape.type) {
    case "blob":
      return decodeBase64(String(value));
    case "timestamp":
      return typeof value === "number" ? epochSecondsToDate(value) : parseTimestamp(String(value), "date-time");
    case "bigInteger":
      return BigInt(value as number | string);
    case "bigDecimal":
      return String(value);
    default:
      return typeof value === "object" ? structuredClone(value) : value;
  }
}

/** Fills absent members that have a default. */
export function applyDefaults(index: ShapeIndex, members: Member[], target: Record<string, unknown>): void {
  for (const [name, member] of members) {
    if (member.default === undefined || (target[name] !== undefined && target[name] !== null)) continue;
    const value = defaultValue(index, member);
    if (value !== undefined) target[name] = value;
  }
}
