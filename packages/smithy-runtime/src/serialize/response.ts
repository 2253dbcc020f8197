import { Readable } from "node:stream";
import { defaultValue } from "../defaults";
import type { MemberSchema } from "../schema";
import type { BodyKind, Bindings, ShapeIndex } from "../shapes";
import { headerFromValue } from "./headers";
import { jsonFromMembers, jsonFromValue } from "./json";

export type ResponseBody = string | Buffer | Readable;

/** A serialized HTTP response, independent of Fastify. */
export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body?: ResponseBody;
}

/**
 * Serializes an output or error structure: status (httpResponseCode member or the given
 * default), bound headers, and the payload member or the JSON body of unbound members.
 * Without bindings (a Unit output) the response has no body.
 */
export function serializeMessage(index: ShapeIndex, bindings: Bindings | undefined, kind: BodyKind, value: unknown, status: number): HttpResponse {
  const response: HttpResponse = { status, headers: {} };
  if (!bindings) return response;
  const record = (value ?? {}) as Record<string, unknown>;

  if (bindings.responseCode) {
    const code = record[bindings.responseCode[0]];
    if (typeof code === "number") response.status = code;
  }

  // Prefix headers first so that an explicitly bound header with the same name wins.
  for (const [name, member] of bindings.prefixHeaders) {
    const map = present(index, record, name, member) as Record<string, unknown> | undefined;
    if (!map) continue;
    const mapShape = index.shape(member.target);
    if (mapShape.type !== "map") continue;
    for (const [key, item] of Object.entries(map)) {
      if (item !== undefined && item !== null)
        response.headers[`${member.httpPrefixHeaders}${key}`.toLowerCase()] = headerFromValue(index, mapShape.value, item);
    }
  }
  for (const [name, member] of bindings.headers) {
    const item = present(index, record, name, member);
    if (item !== undefined && item !== null) response.headers[(member.httpHeader as string).toLowerCase()] = headerFromValue(index, member, item);
  }

  setBody(index, bindings, kind, record, response);
  return response;
}

function setBody(index: ShapeIndex, bindings: Bindings, kind: BodyKind, record: Record<string, unknown>, response: HttpResponse): void {
  switch (kind.kind) {
    case "none":
      return;
    case "json":
      setContentType(response, "application/json");
      response.body = jsonFromMembers(index, bindings.body, record);
      return;
    case "payload-json": {
      const [name, member] = kind.member;
      const value = record[name] ?? defaultValue(index, member);
      if (value === undefined || value === null) return;
      setContentType(response, "application/json");
      response.body = jsonFromValue(index, member, value);
      return;
    }
    case "payload-text": {
      const value = record[kind.member[0]] ?? defaultValue(index, kind.member[1]);
      if (value === undefined || value === null) return;
      setContentType(response, kind.mediaType);
      response.body = String(value);
      return;
    }
    case "payload-blob": {
      const value = record[kind.member[0]] ?? defaultValue(index, kind.member[1]);
      if (value === undefined || value === null) return;
      setContentType(response, kind.mediaType ?? "application/octet-stream");
      response.body = toBody(value);
      return;
    }
  }
}

/** A member's value, or its default when the handler left it out. */
function present(index: ShapeIndex, record: Record<string, unknown>, name: string, member: MemberSchema): unknown {
  return record[name] ?? defaultValue(index, member);
}

/** A Content-Type bound to a header member wins over the body's. */
function setContentType(response: HttpResponse, type: string): void {
  response.headers["content-type"] ??= type;
}

function toBody(value: unknown): ResponseBody {
  if (value instanceof Readable || typeof value === "string" || Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  throw new Error("A blob payload must be a Readable, a Uint8Array or a string");
}
