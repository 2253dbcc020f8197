import type { MemberSchema, NumberType, OperationSchema, ServiceSchema, Shape, TimestampFormat } from "@codeartifact-local/smithy-runtime";
import type { TestRequest } from "./http";

/**
 * The smallest valid request reaching an operation's handler, used by response tests: every
 * label filled, required query/header/body members given a placeholder value, the URI's
 * literal query parameters kept.
 */
export function minimalRequest(schema: ServiceSchema, operation: OperationSchema): TestRequest {
  const members = operation.input ? structureMembers(schema, operation.input) : {};
  const [pathPattern, literalQuery] = splitOnce(operation.http.uri, "?");

  const path = pathPattern.replace(/\{([^}+]+)\+?\}/g, (_match, label: string) => {
    const member = members[label];
    if (!member) throw new Error(`${operation.name}: no member for label {${label}}`);
    return encodeURIComponent(placeholderText(schema, member, "date-time"));
  });

  const queryParams = literalQuery ? literalQuery.split("&") : [];
  const headers: Record<string, string> = {};
  const body: Record<string, unknown> = {};
  let payload: { text: string; contentType?: string } | undefined;

  for (const [name, member] of Object.entries(members)) {
    if (!member.required || member.httpLabel) continue;
    if (member.httpQuery !== undefined) {
      queryParams.push(`${encodeURIComponent(member.httpQuery)}=${encodeURIComponent(placeholderText(schema, member, "date-time"))}`);
    } else if (member.httpHeader !== undefined) {
      headers[member.httpHeader] = placeholderText(schema, member, "http-date");
    } else if (member.httpPayload) {
      payload = placeholderPayload(schema, member);
    } else if (member.httpQueryParams || member.httpPrefixHeaders !== undefined || member.httpResponseCode) {
      continue;
    } else {
      body[member.jsonName ?? name] = placeholderJson(schema, member, 0);
    }
  }

  if (payload) {
    if (payload.contentType) headers["Content-Type"] = payload.contentType;
    return { method: operation.http.method, uri: path, queryParams, headers, body: payload.text };
  }
  if (Object.keys(body).length > 0) {
    headers["Content-Type"] = "application/json";
    return { method: operation.http.method, uri: path, queryParams, headers, body: JSON.stringify(body) };
  }
  return { method: operation.http.method, uri: path, queryParams, headers };
}

function structureMembers(schema: ServiceSchema, id: string): Record<string, MemberSchema> {
  const shape = schema.shapes[id];
  return shape && (shape.type === "structure" || shape.type === "union") ? shape.members : {};
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

function target(schema: ServiceSchema, member: MemberSchema): Shape {
  const shape = schema.shapes[member.target];
  if (!shape) throw new Error(`Shape ${member.target} is not in the schema`);
  return shape;
}

const numberTypes: ReadonlySet<string> = new Set<NumberType>(["byte", "short", "integer", "long", "float", "double", "bigInteger", "bigDecimal"]);
const isNumberShape = (shape: Shape): shape is Extract<Shape, { type: NumberType }> => numberTypes.has(shape.type);

/** A valid text form (label, query value, header) of a member's target. */
function placeholderText(schema: ServiceSchema, member: MemberSchema, defaultFormat: TimestampFormat): string {
  const shape = target(schema, member);
  if (isNumberShape(shape)) return shape.intEnumValues ? String(Object.values(shape.intEnumValues)[0]) : "1";
  switch (shape.type) {
    case "string":
      return shape.enumValues ? Object.values(shape.enumValues)[0] : "a";
    case "boolean":
      return "true";
    case "timestamp": {
      const format = member.timestampFormat ?? shape.timestampFormat ?? defaultFormat;
      return format === "epoch-seconds" ? "0" : format === "http-date" ? "Thu, 01 Jan 1970 00:00:00 GMT" : "1970-01-01T00:00:00Z";
    }
    case "blob":
      return "YQ==";
    case "list":
      return placeholderText(schema, shape.member, defaultFormat);
    default:
      throw new Error(`No text placeholder for a ${shape.type}`);
  }
}

/** A valid JSON value of a member's target with only required members set. */
function placeholderJson(schema: ServiceSchema, member: MemberSchema, depth: number): unknown {
  const shape = target(schema, member);
  switch (shape.type) {
    case "structure": {
      const out: Record<string, unknown> = {};
      if (depth < 8) {
        for (const [name, m] of Object.entries(shape.members)) if (m.required) out[m.jsonName ?? name] = placeholderJson(schema, m, depth + 1);
      }
      return out;
    }
    case "union": {
      const [name, m] = Object.entries(shape.members)[0];
      return { [m.jsonName ?? name]: placeholderJson(schema, m, depth + 1) };
    }
    case "list":
      return [];
    case "map":
    case "document":
      return {};
    case "timestamp":
      return (member.timestampFormat ?? shape.timestampFormat ?? "epoch-seconds") === "epoch-seconds" ? 0 : placeholderText(schema, member, "date-time");
    case "boolean":
      return true;
    case "string":
    case "blob":
      return placeholderText(schema, member, "date-time");
    default:
      return Number(placeholderText(schema, member, "date-time"));
  }
}

function placeholderPayload(schema: ServiceSchema, member: MemberSchema): { text: string; contentType?: string } {
  const shape = target(schema, member);
  if (shape.type === "blob") return { text: "a", contentType: member.mediaType ?? shape.mediaType ?? "application/octet-stream" };
  if (shape.type === "string") return { text: "a", contentType: member.mediaType ?? shape.mediaType ?? "text/plain" };
  return { text: JSON.stringify(placeholderJson(schema, member, 0)), contentType: "application/json" };
}
