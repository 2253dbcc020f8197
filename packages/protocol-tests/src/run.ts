import type { FastifyInstance } from "fastify";
import type { ServiceSchema } from "@codeartifact-local/smithy-runtime";
import type { MalformedCase, ProtocolCase, RequestCase, ResponseCase } from "./cases";
import { diffJson, diffValues, parseJsonText, show } from "./compare";
import { describeResponse, send, type TestResponse } from "./http";
import { minimalRequest } from "./minimal-request";
import { paramsToRuntime } from "./params";
import type { GeneratedModule, RecordingHandlers } from "./server";

/** One service under test: its schema, app and handlers. */
export interface ServiceHarness {
  schema: ServiceSchema;
  app: FastifyInstance;
  handlers: RecordingHandlers;
  generated: GeneratedModule;
}

export type CaseResult = { ok: true } | { ok: false; problems: string[] };

const result = (problems: string[]): CaseResult => (problems.length === 0 ? { ok: true } : { ok: false, problems });

export async function runCase(harness: ServiceHarness, c: ProtocolCase): Promise<CaseResult> {
  switch (c.kind) {
    case "request":
      return runRequestCase(harness, c);
    case "response":
      return runResponseCase(harness, c);
    case "malformed":
      return runMalformedCase(harness, c);
  }
}

/** httpRequestTests: the request must reach the operation with exactly the expected input. */
async function runRequestCase({ schema, app, handlers }: ServiceHarness, c: RequestCase): Promise<CaseResult> {
  const { test } = c;
  const op = schema.operations[c.operation];
  const expected = op.input ? paramsToRuntime(schema, op.input, test.params, { fillDefaults: true }) : {};
  handlers.reset({ kind: "return", output: {} });
  const response = await send(app, { method: test.method, uri: test.uri, queryParams: test.queryParams, headers: test.headers, body: test.body });
  const call = handlers.calls[0];
  if (!call) return result([`the handler was not called; the server answered ${describeResponse(response)}`]);
  if (call.operation !== c.operation) return result([`routed to ${call.operation} instead of ${c.operation}`]);
  return result(diffValues(expected, call.input).map((d) => `input${d}`));
}

/** httpResponseTests: the handler returns (or throws) `params`; the response must match. */
async function runResponseCase({ schema, app, handlers, generated }: ServiceHarness, c: ResponseCase): Promise<CaseResult> {
  const { test } = c;
  const op = schema.operations[c.operation];
  if (c.errorShape) {
    const ErrorClass = generated.errors.get(c.errorShape);
    if (!ErrorClass) return result([`no generated error class for ${c.errorShape}`]);
    handlers.reset({ kind: "throw", error: new ErrorClass(paramsToRuntime(schema, c.errorShape, test.params, { fillDefaults: false })) });
  } else {
    const output = op.output ? paramsToRuntime(schema, op.output, test.params, { fillDefaults: false }) : {};
    handlers.reset({ kind: "return", output });
  }
  const response = await send(app, minimalRequest(schema, op));
  if (handlers.calls.length === 0) return result([`the handler was not called (harness request rejected): ${describeResponse(response)}`]);

  const problems: string[] = [];
  if (response.status !== test.code) problems.push(`status: expected ${test.code}, got ${describeResponse(response)}`);
  problems.push(...checkHeaders(response, test.headers, test.forbidHeaders, test.requireHeaders));
  if (test.body !== undefined) problems.push(...checkBody(response, test.body, test.bodyMediaType));
  return result(problems);
}

/** httpMalformedRequestTests: the request must be rejected with the expected status, headers and body. */
async function runMalformedCase({ app, handlers }: ServiceHarness, c: MalformedCase): Promise<CaseResult> {
  handlers.reset({ kind: "return", output: {} });
  const response = await send(app, c.request);
  const problems: string[] = [];
  if (handlers.calls.length > 0) problems.push(`the request was not rejected: the handler received ${show(handlers.calls[0].input)}`);
  if (response.status !== c.response.code) problems.push(`status: expected ${c.response.code}, got ${describeResponse(response)}`);
  problems.push(...checkHeaders(response, c.response.headers));
  const body = c.response.body;
  if (body?.assertion.contents !== undefined) problems.push(...checkBody(response, body.assertion.contents, body.mediaType));
  if (body?.assertion.messageRegex !== undefined) problems.push(...checkMessage(response, body.assertion.messageRegex));
  return result(problems);
}

function checkHeaders(
  response: TestResponse,
  expected: Readonly<Record<string, string>> = {},
  forbid: readonly string[] = [],
  require: readonly string[] = [],
): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(expected)) {
    const actual = response.headers[name.toLowerCase()];
    if (actual === undefined) problems.push(`header ${name}: missing (expected ${JSON.stringify(value)})`);
    else if (actual !== value) problems.push(`header ${name}: expected ${JSON.stringify(value)}, got ${JSON.stringify(actual)}`);
  }
  for (const name of forbid) {
    const actual = response.headers[name.toLowerCase()];
    if (actual !== undefined) problems.push(`header ${name}: forbidden, got ${JSON.stringify(actual)}`);
  }
  for (const name of require) {
    if (response.headers[name.toLowerCase()] === undefined) problems.push(`header ${name}: required but missing`);
  }
  return problems;
}

const isJsonMediaType = (mediaType: string | undefined): boolean => mediaType !== undefined && /^application\/(?:[\w.+-]+\+)?json\b/i.test(mediaType);

/** An empty expected body means no body; JSON bodies compare structurally, others byte for byte. */
function checkBody(response: TestResponse, expected: string, mediaType: string | undefined): string[] {
  const actualText = response.body.toString("utf8");
  if (expected === "") return response.body.length === 0 ? [] : [`body: expected none, got ${JSON.stringify(actualText)}`];
  if (isJsonMediaType(mediaType)) {
    const want = parseJsonText(expected);
    if (!want.ok) throw new Error(`Expected body of the test is not JSON: ${want.error}`);
    const got = parseJsonText(actualText);
    if (!got.ok) return [`body: expected JSON ${expected}, got ${JSON.stringify(actualText)} (${got.error})`];
    return diffJson(want.value, got.value).map((d) => `body${d}`);
  }
  return response.body.equals(Buffer.from(expected, "utf8")) ? [] : [`body: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actualText)}`];
}

function checkMessage(response: TestResponse, pattern: string): string[] {
  const got = parseJsonText(response.body.toString("utf8"));
  const message = got.ok && typeof got.value === "object" && got.value !== null ? (got.value as Record<string, unknown>).message : undefined;
  if (typeof message !== "string") return [`body: expected a JSON object with a message matching /${pattern}/, got ${describeResponse(response)}`];
  return new RegExp(pattern).test(message) ? [] : [`body.message: ${JSON.stringify(message)} does not match /${pattern}/`];
}
