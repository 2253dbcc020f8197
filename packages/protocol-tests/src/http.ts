import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/** An HTTP request as the test traits describe it. */
export interface TestRequest {
  method: string;
  /** Path, possibly with a query string already. */
  uri: string;
  /** Serialized `key=value` pairs, appended to the query string as given. */
  queryParams?: readonly string[];
  headers?: Readonly<Record<string, string>>;
  /** Sent byte for byte as UTF-8 text; undefined sends no body. */
  body?: string;
}

export interface TestResponse {
  status: number;
  /** Lower-cased names; repeated fields joined with ", ". */
  headers: Record<string, string>;
  body: Buffer;
}

export function requestUrl(request: Pick<TestRequest, "uri" | "queryParams">): string {
  const query = request.queryParams ?? [];
  if (query.length === 0) return request.uri;
  return `${request.uri}${request.uri.includes("?") ? "&" : "?"}${query.join("&")}`;
}

/**
 * Header through which `send` names the headers light-my-request adds on its own (`host`,
 * `user-agent`) so that `stripInjectedHeaders` removes them again: the server must see exactly
 * the headers of the test.
 */
const STRIP_HEADER = "x-protocol-test-strip";
const INJECTED_DEFAULTS = ["host", "user-agent"];

/** Sends a request through `app.inject` (no socket) and collects the response. */
export async function send(app: FastifyInstance, request: TestRequest): Promise<TestResponse> {
  const url = requestUrl(request);
  // light-my-request parses the URL with WHATWG rules; a case whose target would be rewritten
  // (dot segments, characters it escapes) cannot be sent faithfully this way.
  const parsed = new URL(url.startsWith("//") ? `http://localhost${url}` : url, "http://localhost");
  if (parsed.pathname + parsed.search !== url) throw new Error(`inject would rewrite the request target ${url}`);
  const given = new Set(Object.keys(request.headers ?? {}).map((name) => name.toLowerCase()));
  const strip = INJECTED_DEFAULTS.filter((name) => !given.has(name));
  const response = await app.inject({
    method: request.method as "GET",
    url,
    headers: { ...request.headers, ...(strip.length > 0 ? { [STRIP_HEADER]: strip.join(",") } : {}) },
    ...(request.body !== undefined ? { payload: request.body } : {}),
  });
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : String(value);
  }
  return { status: response.statusCode, headers, body: response.rawPayload };
}

/** Root `onRequest` hook removing the headers `send` did not mean to send. */
export function stripInjectedHeaders(request: FastifyRequest, _reply: FastifyReply, done: () => void): void {
  const headers = request.raw.headers;
  const strip = headers[STRIP_HEADER];
  if (typeof strip === "string") {
    for (const name of [STRIP_HEADER, ...strip.split(",")]) delete headers[name];
  }
  done();
}

export function describeResponse(response: TestResponse): string {
  const text = response.body.toString("utf8");
  const shown = text.length > 400 ? `${text.slice(0, 400)}…` : text;
  const errorType = response.headers["x-amzn-errortype"];
  return `HTTP ${response.status}${errorType ? ` (${errorType})` : ""} ${JSON.stringify(shown)}`;
}
