import { isNumberShape, type MemberSchema, type ServiceSchema, type Shape, type TimestampFormat } from "@codeartifact-local/smithy-runtime";
import { matchesPattern, rewriteJavaClasses } from "@codeartifact-local/smithy-runtime/pattern";
import RandExp from "randexp";

/** Where a value is written: text locations use the protocol's text forms. */
export type Location = "label" | "query" | "header" | "json";

/**
 * Values that satisfy a member's constraints, built from the schema alone: the first enum
 * value, the smallest length and the lowest bound allowed, strings drawn from `@pattern`
 * (deterministically: the generator is seeded by the pattern).
 */
export class ValueMaker {
  constructor(private readonly schema: ServiceSchema) {}

  shape(member: MemberSchema): Shape {
    const shape = this.schema.shapes[member.target];
    if (!shape) throw new Error(`Shape ${member.target} is not in the schema`);
    return shape;
  }

  /** A valid value of the member in its JSON form. */
  json(member: MemberSchema, depth = 0): unknown {
    const shape = this.shape(member);
    const length = member.constraints?.length;
    switch (shape.type) {
      case "structure": {
        const out: Record<string, unknown> = {};
        for (const [name, m] of Object.entries(shape.members)) {
          if (m.required && depth < 12) out[m.jsonName ?? name] = this.json(m, depth + 1);
        }
        return out;
      }
      case "union": {
        const entries = Object.entries(shape.members);
        // A variant that is not a structure ends recursion soonest.
        const [name, m] = entries.find(([, v]) => this.shape(v).type !== "structure" && this.shape(v).type !== "union") ?? entries[0];
        return { [m.jsonName ?? name]: this.json(m, depth + 1) };
      }
      case "list": {
        const count = Math.max(length?.min ?? 0, 0);
        return Array.from({ length: count }, (_, i) => this.variant(this.json(shape.member, depth + 1), i));
      }
      case "map": {
        const out: Record<string, unknown> = {};
        const count = Math.max(length?.min ?? 0, 0);
        for (let i = 0; out && Object.keys(out).length < count && i < count * 4; i++) {
          out[String(this.variant(this.text(shape.key, "json"), i))] = this.json(shape.value, depth + 1);
        }
        return out;
      }
      case "document":
        return {};
      case "boolean":
        return true;
      case "timestamp":
        return (member.timestampFormat ?? shape.timestampFormat ?? "epoch-seconds") === "epoch-seconds" ? 0 : this.text(member, "json");
      case "string":
      case "blob":
        return this.text(member, "json");
      default:
        return Number(this.text(member, "json"));
    }
  }

  /** A valid value of a scalar (or list of scalars, for query and header) in its text form. */
  text(member: MemberSchema, location: Location): string {
    const shape = this.shape(member);
    const c = member.constraints;
    if (isNumberShape(shape)) {
      if (shape.intEnumValues) return String(Object.values(shape.intEnumValues)[0]);
      const { min, max } = c?.range ?? {};
      const low = min === undefined ? undefined : Math.ceil(Number(min));
      const high = max === undefined ? undefined : Math.floor(Number(max));
      return String(low ?? (high !== undefined && high < 1 ? high : 1));
    }
    switch (shape.type) {
      case "string": {
        if (shape.enumValues) return Object.values(shape.enumValues)[0];
        // A label cannot be empty, whatever its constraints allow.
        const min = location === "label" ? Math.max(c?.length?.min ?? 1, 1) : c?.length?.min;
        const value = this.string(c?.pattern, min, c?.length?.max);
        return location === "header" && (member.mediaType ?? shape.mediaType) !== undefined ? Buffer.from(value).toString("base64") : value;
      }
      case "boolean":
        return "true";
      case "timestamp": {
        const fallback: TimestampFormat = location === "header" ? "http-date" : location === "json" ? "epoch-seconds" : "date-time";
        const format = member.timestampFormat ?? shape.timestampFormat ?? fallback;
        return format === "epoch-seconds" ? "0" : format === "http-date" ? "Thu, 01 Jan 1970 00:00:00 GMT" : "1970-01-01T00:00:00Z";
      }
      case "blob":
        return Buffer.from("a".repeat(Math.max(c?.length?.min ?? 1, 1))).toString("base64");
      case "list":
        return this.text(shape.member, location);
      default:
        throw new Error(`No text form for a ${shape.type}`);
    }
  }

  /** A string of allowed length matching the pattern (tries a few draws). */
  string(pattern: string | undefined, min = 0, max = Number.POSITIVE_INFINITY): string {
    const wanted = Math.max(min, 1);
    if (pattern === undefined) return "a".repeat(Math.min(wanted, max));
    const draw = drawer(pattern, Math.min(max, Math.max(wanted, 8)));
    const fits = (s: string): boolean => [...s].length >= min && [...s].length <= max && matchesPattern(pattern, s);
    for (let attempt = 0; attempt < 200; attempt++) {
      let s = draw();
      // Shorter than the minimum: a repeatable tail may be extended.
      for (let grow = 0; [...s].length < min && grow < 4; grow++) s = draw();
      if (fits(s)) return s;
    }
    // Patterns that constrain little (`^(?s)`) draw the empty string: plain fillers may fit.
    const filler = ["a", "1", "a1"].map((s) => s.repeat(Math.ceil(wanted / s.length)).slice(0, wanted)).find(fits);
    if (filler !== undefined) return filler;
    throw new Error(`No value found for pattern ${pattern} with length ${min}..${max}`);
  }

  /** The i-th distinct variant of a scalar, for list items and map keys that must differ. */
  private variant(value: unknown, i: number): unknown {
    if (i === 0) return value;
    if (typeof value === "string") return value.length > 0 ? value.slice(0, -1) + String.fromCharCode(value.charCodeAt(value.length - 1) ^ (i & 7)) : value;
    if (typeof value === "number") return value + i;
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      // A structure differs by its first member that can.
      const entries = Object.entries(value);
      const at = entries.findIndex(([, v]) => this.variant(v, i) !== v);
      if (at !== -1) return { ...value, [entries[at][0]]: this.variant(entries[at][1], i) };
    }
    return value;
  }
}

/** A seeded generator of strings for a pattern (randexp with a small PRNG). */
function drawer(pattern: string, repeatMax: number): () => string {
  // randexp knows no inline flags; `(?s)` only widens `.`, which randexp draws from printable ASCII anyway.
  const source = rewriteJavaClasses(pattern).replaceAll("(?s)", "");
  let regexp: RegExp;
  try {
    regexp = new RegExp(source, "u");
  } catch {
    regexp = new RegExp(source);
  }
  const randexp = new RandExp(regexp);
  randexp.max = repeatMax;
  let seed = [...pattern].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) | 0, 7);
  randexp.randInt = (from: number, to: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    const unit = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return from + Math.floor(unit * (to - from + 1));
  };
  return () => randexp.gen();
}
