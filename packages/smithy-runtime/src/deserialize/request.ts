import type { IncomingHttpHeaders } from "node:http";
import { Readable } from "node:stream";
import { applyDefaults, defaultValue } from "../defaults";
import { decodeComponent, type QueryMap } from "../http/query";
import { headerValue } from "../http/headers";
import { parseJson } from "../json";
import { serializationError } from "../protocol-errors";
import { isPlainObject, type BodyKind, type Bindings, type ShapeIndex } from "../shapes";
import { membersFromJson, valueFromJson } from "./json";
import { scalarFromText, valueFromHeader, valueFromQuery } from "./text";

/** The parts of an HTTP request that input members can be bound to. */
export interface RequestParts {
  /** Raw (percent-encoded) label values from the matched URI pattern. */
  labels: Record<string, string>;
  query: QueryMap;
  headers: IncomingHttpHeaders;
  /** The body: read (non-streaming operations), or the unread stream (streaming payloads). */
  body?: Buffer | Readable;
}

/** Builds an operation input from the request, following the input's HTTP bindings. */
export function deserializeInput(index: ShapeIndex, bindings: Bindings, kind: BodyKind, request: RequestParts): Record<string, unknown> {
  const input: Record<string, unknown> = {};

  for (const [name, member] of bindings.labels) {
    const raw = request.labels[name];
    if (raw !== undefined) input[name] = scalarFromText(index, member, decodeComponent(raw), "label");
  }

  for (const [name, member] of bindings.queries) {
    const values = request.query.get(member.httpQuery as string);
    if (values) input[name] = valueFromQuery(index, member, values);
  }

  if (bindings.queryParams) {
    // Servers put every parameter in the map, including ones also bound by @httpQuery
    // (protocol tests RestJsonServersPutAllQueryParamsInMap, RestJsonServersQueryParamsStringListMap).
    const [name, member] = bindings.queryParams;
    const mapShape = index.shape(member.target);
    if (mapShape.type === "map" && request.query.size > 0) {
      input[name] = Object.fromEntries([...request.query].map(([key, values]) => [key, valueFromQuery(index, mapShape.value, values)]));
    }
  }

  for (const [name, member] of bindings.headers) {
    const text = headerValue(request.headers, (member.httpHeader as string).toLowerCase());
    if (text !== undefined) input[name] = valueFromHeader(index, member, text);
  }

  for (const [name, member] of bindings.prefixHeaders) {
    const prefix = (member.httpPrefixHeaders as string).toLowerCase();
    const mapShape = index.shape(member.target);
    if (mapShape.type !== "map") continue;
    const entries: Array<[string, unknown]> = [];
    for (const headerName of Object.keys(request.headers)) {
      if (!headerName.startsWith(prefix)) continue;
      const text = headerValue(request.headers, headerName) as string;
      entries.push([headerName.slice(prefix.length), valueFromHeader(index, mapShape.value, text)]);
    }
    if (entries.length > 0) input[name] = Object.fromEntries(entries);
  }

  readBodyInto(index, bindings, kind, request, input);
  applyDefaults(index, bindings.all, input);
  return input;
}

function readBodyInto(index: ShapeIndex, bindings: Bindings, kind: BodyKind, request: RequestParts, input: Record<string, unknown>): void {
  const body = request.body;
  if (kind.kind === "payload-blob" && kind.streaming) {
    const [name, member] = kind.member;
    // Never buffered. Without a body, a member the handler can count on (required or
    // defaulted) is an empty stream rather than absent.
    if (body) input[name] = Buffer.isBuffer(body) ? Readable.from([body]) : body;
    else if (member.required || defaultValue(index, member) !== undefined) input[name] = Readable.from([]);
    return;
  }
  if (kind.kind === "none" || !body) {
    if (body instanceof Readable) body.resume();
    return;
  }
  if (!Buffer.isBuffer(body)) throw new Error("A non-streaming body must be read before deserializing");
  const bytes = body;
  switch (kind.kind) {
    case "json": {
      const text = bytes.toString("utf8");
      // "{}" is what clients send when no body member is set; nothing to parse or bind.
      if (text === "{}" || text.trim() === "") return;
      const json = parseJson(text);
      if (!isPlainObject(json)) throw serializationError("The request body must be a JSON object");
      membersFromJson(index, bindings.body, json, input, "");
      return;
    }
    case "payload-json": {
      if (bytes.length === 0) return;
      const [name, member] = kind.member;
      const json = parseJson(bytes.toString("utf8"));
      // Clients send "{}" for an unset structure payload (RestJsonHttpWithHeadersButNoPayload);
      // for a required one it is the structure with no members set (Pinpoint's CreateCampaign).
      if (isPlainObject(json) && Object.keys(json).length === 0 && !member.required && index.shape(member.target).type !== "document") return;
      input[name] = valueFromJson(index, member, json, "");
      return;
    }
    case "payload-blob":
      if (bytes.length > 0) input[kind.member[0]] = bytes;
      return;
    case "payload-text":
      if (bytes.length > 0) input[kind.member[0]] = bytes.toString("utf8");
      return;
  }
}
