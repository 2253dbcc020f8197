import type { MemberSchema, OperationSchema, ServiceSchema } from "@codeartifact-local/smithy-runtime";
import { matchesPattern } from "@codeartifact-local/smithy-runtime/pattern";
import { ValueMaker } from "./values";

/** A request in the form `fastify.inject()` takes. */
export interface SweepRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** How the invalid request differs from the valid one, for the report. */
export interface InvalidRequest {
  request: SweepRequest;
  broken: string;
}

type Members = Array<[string, MemberSchema]>;

/** One input member overridden: `undefined` removes it, a string replaces its wire value. */
interface Override {
  name: string;
  text?: string;
  json?: unknown;
  remove?: true;
}

/** Builds the valid request of an operation and the invalid variants derived from it. */
export class RequestBuilder {
  private readonly values: ValueMaker;

  constructor(private readonly schema: ServiceSchema) {
    this.values = new ValueMaker(schema);
  }

  /** Required members and labels filled with valid values, the URI's literal query kept. */
  valid(op: OperationSchema): SweepRequest {
    return this.build(op);
  }

  /**
   * The same request with one thing wrong: a required member left out, else one constraint
   * broken (length, range, pattern, enum). Undefined when the input has nothing to get wrong.
   */
  invalid(op: OperationSchema): InvalidRequest | undefined {
    const members = this.members(op);
    const missing = members.find(([, m]) => m.required && m.default === undefined && !m.httpLabel && !this.isStream(m) && !m.idempotencyToken);
    if (missing) return { request: this.build(op, { name: missing[0], remove: true }), broken: `${missing[0]} missing` };
    for (const [name, member] of [...members.filter(([, m]) => !m.httpLabel), ...members.filter(([, m]) => m.httpLabel)]) {
      const bad = this.breakConstraint(member);
      if (bad) return { request: this.build(op, { name, ...bad.value }), broken: `${name}: ${bad.what}` };
    }
    return undefined;
  }

  private members(op: OperationSchema): Members {
    if (!op.input) return [];
    const shape = this.schema.shapes[op.input];
    return shape?.type === "structure" ? Object.entries(shape.members) : [];
  }

  private isEnum(member: MemberSchema): boolean {
    const shape = this.values.shape(member);
    return shape.type === "string" && shape.enumValues !== undefined;
  }

  private isStream(member: MemberSchema): boolean {
    const shape = this.values.shape(member);
    return (shape.type === "blob" || shape.type === "union") && "streaming" in shape && shape.streaming === true;
  }

  /** A value that breaks one of the member's own constraints, in text and JSON form. */
  private breakConstraint(member: MemberSchema): { what: string; value: { text: string; json: unknown } } | undefined {
    const shape = this.values.shape(member);
    const c = member.constraints;
    const text = (value: string) => ({ text: value, json: value });
    if (shape.type === "string" && shape.enumValues) return { what: "not an enum value", value: text("not-an-enum-value") };
    if (shape.type === "string" && c?.length?.max !== undefined && c.length.max < 4096) {
      return { what: `longer than ${c.length.max}`, value: text("a".repeat(c.length.max + 1)) };
    }
    if (shape.type === "string" && c?.length?.min !== undefined && c.length.min > 1) {
      return { what: `shorter than ${c.length.min}`, value: text("a") };
    }
    if (shape.type === "string" && c?.pattern !== undefined) {
      for (const candidate of ["", "!@#$%^&*()", " ", "a".repeat(300)]) {
        if (candidate === "" && member.httpLabel) continue;
        if (!matchesPattern(c.pattern, candidate)) return { what: "does not match its pattern", value: text(candidate) };
      }
    }
    if ("intEnumValues" in shape && shape.intEnumValues) {
      const used = new Set(Object.values(shape.intEnumValues));
      let value = -7;
      while (used.has(value)) value--;
      return { what: "not an intEnum value", value: { text: String(value), json: value } };
    }
    const range = c?.range;
    if (range && ["byte", "short", "integer", "long", "float", "double"].includes(shape.type)) {
      if (range.max !== undefined && Number(range.max) < 1e15) {
        const value = Math.floor(Number(range.max)) + 1;
        return { what: `above ${range.max}`, value: { text: String(value), json: value } };
      }
      if (range.min !== undefined && Number(range.min) > -1e15) {
        // Below the minimum, but not the member's default: a default is valid by definition.
        let value = Math.ceil(Number(range.min)) - 1;
        if (value === member.default) value--;
        return { what: `below ${range.min}`, value: { text: String(value), json: value } };
      }
    }
    return undefined;
  }

  private build(op: OperationSchema, override?: Override): SweepRequest {
    const members = this.members(op);
    const byName = new Map(members);
    const [pathPattern, literalQuery] = splitOnce(op.http.uri, "?");
    const textOf = (name: string, member: MemberSchema, location: "label" | "query" | "header"): string =>
      override?.name === name && override.text !== undefined ? override.text : this.values.text(member, location);

    const path = pathPattern.replace(/\{([^}+]+)(\+?)\}/g, (_match, label: string, greedy: string) => {
      const member = byName.get(label);
      if (!member) throw new Error(`${op.name}: no member for label {${label}}`);
      const value = textOf(label, member, "label");
      return greedy ? value.split("/").map(encodeURIComponent).join("/") : encodeURIComponent(value);
    });
    const query = literalQuery ? literalQuery.split("&").filter(Boolean) : [];
    const headers: Record<string, string> = {};
    const body: Record<string, unknown> = {};
    let payload: { text: string; contentType?: string } | undefined;
    let contentTypeMember = false;
    const contentTypeRemoved = override?.remove === true && byName.get(override.name)?.httpHeader?.toLowerCase() === "content-type";

    for (const [name, member] of members) {
      const overridden = override?.name === name;
      if (overridden && override.remove) continue;
      // A Content-Type member with an enum fixes the media type even when optional (TNB: application/zip).
      const enumContentType = member.httpHeader?.toLowerCase() === "content-type" && this.isEnum(member);
      if (member.httpLabel || (!member.required && !overridden && !enumContentType)) continue;
      if (member.httpQuery !== undefined) {
        const shape = this.values.shape(member);
        const count = shape.type === "list" ? Math.max(member.constraints?.length?.min ?? 1, 1) : 1;
        for (let i = 0; i < count; i++) query.push(`${encodeURIComponent(member.httpQuery)}=${encodeURIComponent(textOf(name, member, "query"))}`);
      } else if (member.httpHeader !== undefined) {
        const header = member.httpHeader.toLowerCase();
        // A modeled Content-Type without an enum takes the payload's media type (set below).
        if (header !== "content-type" || overridden || this.isEnum(member)) headers[header] = textOf(name, member, "header");
        else contentTypeMember = true;
      } else if (member.httpPayload) {
        payload = this.payload(member, overridden ? override : undefined);
      } else if (member.httpQueryParams || member.httpPrefixHeaders !== undefined || member.httpResponseCode) {
        continue;
      } else {
        body[member.jsonName ?? name] = overridden && override.json !== undefined ? override.json : this.values.json(member);
      }
    }

    const url = query.length ? `${path}?${query.join("&")}` : path;
    if (contentTypeMember) headers["content-type"] = payload?.contentType ?? "application/octet-stream";
    if (payload) {
      if (payload.contentType && !contentTypeRemoved) headers["content-type"] ??= payload.contentType;
      return { method: op.http.method, url, headers, body: payload.text };
    }
    if (Object.keys(body).length > 0) {
      headers["content-type"] = "application/json";
      return { method: op.http.method, url, headers, body: JSON.stringify(body) };
    }
    return { method: op.http.method, url, headers };
  }

  private payload(member: MemberSchema, override: Override | undefined): { text: string; contentType?: string } {
    const shape = this.values.shape(member);
    const mediaType = member.mediaType ?? ("mediaType" in shape ? shape.mediaType : undefined);
    if (shape.type === "union" && "streaming" in shape) return { text: "", contentType: "application/vnd.amazon.eventstream" };
    if (shape.type === "blob") return { text: "a", contentType: mediaType ?? "application/octet-stream" };
    if (shape.type === "string") return { text: override?.text ?? this.values.text(member, "json"), contentType: mediaType ?? "text/plain" };
    return { text: JSON.stringify(override?.json ?? this.values.json(member)), contentType: "application/json" };
  }
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
