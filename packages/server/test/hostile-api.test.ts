import fc from "fast-check";
import type { FastifyInstance } from "fastify";
import { serviceSchema } from "@codeartifact-local/api/generated";
import type { OperationSchema, StructureShape } from "@codeartifact-local/smithy-runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anyText, call, checkAnswer, contentType, fuzzOptions, hostileBody, queryValue, startApp } from "./support/hostile";

// Property: whatever reaches any operation of the model (random and malformed bodies, query
// values, headers, content types, methods), the answer is never a 5xx other than 501, every 4xx
// names its error type, and no body shows a stack trace or a path of the server. On failure
// fast-check prints the seed; FUZZ_SEED=<seed> replays it.

let app: FastifyInstance;
const operations = Object.values(serviceSchema.operations) as OperationSchema[];

beforeAll(async () => {
  app = await startApp();
  for (const [url, payload] of [
    ["/v1/domain?domain=fz", undefined],
    ["/v1/repository?domain=fz&repository=upstream", undefined],
    ["/v1/repository?domain=fz&repository=repo", { upstreams: [{ repositoryName: "upstream" }] }],
  ] as const) {
    const response = await call(app, { method: "POST", url, payload, headers: payload ? { "content-type": "application/json" } : {} });
    expect(response.statusCode, response.body).toBe(200);
  }
  const published = await call(app, {
    method: "POST",
    url: "/v1/package/version/publish?domain=fz&repository=repo&format=generic&namespace=ns&package=pkg&version=1.0&asset=a.bin",
    payload: "content",
    headers: { "content-type": "application/octet-stream", "x-amz-content-sha256": "ed7002b439e9ac845f22357d822bac1444730fbdb6016d3ec9432297b9ec9f73" },
  });
  expect(published.statusCode, published.body).toBe(200);
});
afterAll(() => app?.close());

function members(operation: OperationSchema): Array<[string, StructureShape["members"][string]]> {
  const shape = operation.input ? serviceSchema.shapes[operation.input] : undefined;
  return shape?.type === "structure" ? Object.entries(shape.members) : [];
}

/** One request to an operation: its members filled (or not) with known and hostile values. */
const request = fc.constantFrom(...operations).chain((operation) =>
  fc.record({
    operation: fc.constant(operation),
    method: fc.oneof(
      { weight: 9, arbitrary: fc.constant(operation.http.method) },
      { weight: 1, arbitrary: fc.constantFrom("GET", "PUT", "PATCH", "DELETE", "POST", "OPTIONS") },
    ),
    values: fc.array(fc.option(anyText, { nil: undefined }), { minLength: members(operation).length, maxLength: members(operation).length }),
    rawQuery: fc.boolean(),
    extraQuery: fc.option(fc.tuple(anyText, anyText), { nil: undefined }),
    contentType,
    accept: fc.option(fc.constantFrom("application/json", "text/html", "*/*", "application/xml;q=0", ""), { nil: undefined }),
    jsonBody: fc.boolean(),
    body: hostileBody,
  }),
);

describe("every operation of the model under random and malformed input", () => {
  it("answers without 5xx (but 501), with an error type on every 4xx, leaking nothing", async () => {
    let requests = 0;
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const query: string[] = [];
        const headers: Record<string, string> = {};
        const json: Record<string, unknown> = {};
        for (const [i, [name, member]] of members(r.operation).entries()) {
          const value = r.values[i];
          if (value === undefined) continue;
          if (member.httpQuery) query.push(`${member.httpQuery}=${queryValue(value, r.rawQuery)}`);
          else if (member.httpHeader) headers[member.httpHeader] = value.replace(/[^\x20-\x7e]/g, "?");
          else if (!member.httpPayload) json[name] = value;
        }
        if (r.extraQuery) query.push(`${queryValue(r.extraQuery[0], r.rawQuery)}=${queryValue(r.extraQuery[1], r.rawQuery)}`);
        if (r.contentType) headers["content-type"] = r.contentType;
        if (r.accept !== undefined) headers.accept = r.accept;
        const payload = r.jsonBody && r.body === undefined ? JSON.stringify(json) : r.body;
        const url = `${r.operation.http.uri}${query.length > 0 ? `?${query.join("&")}` : ""}`;
        const response = await call(app, { method: r.method as "GET", url, headers, payload });
        requests++;
        checkAnswer(response, "api", `${r.method} ${url.slice(0, 200)} (${r.operation.name})`);
      }),
      fuzzOptions(2000),
    );
    // Every operation was reached many times over.
    expect(requests).toBeGreaterThan(operations.length * 5);
  }, 120_000);

  it("refuses deep nesting and routes nothing to a parser's error", async () => {
    const deep = await call(app, {
      method: "POST",
      url: "/v1/domain?domain=deep",
      headers: { "content-type": "application/json" },
      payload: "[".repeat(100_000),
    });
    expect(deep.statusCode).toBe(400);
    expect(deep.headers["x-amzn-errortype"]).toBe("SerializationException");
    expect(JSON.parse(deep.body).message).toBe("Malformed JSON: nested deeper than 1000 levels");
    const nested = await call(app, {
      method: "PUT",
      url: "/v1/domain/permissions/policy",
      headers: { "content-type": "application/json" },
      payload: `{"domain":"fz","policyDocument":${"[".repeat(999)}${"]".repeat(999)}}`,
    });
    checkAnswer(nested, "api", "999 levels");
    expect(nested.statusCode).toBe(400);

    const miss = await call(app, { method: "POST", url: "/v1/no-such-operation", headers: { "content-type": "application/json" }, payload: "{bad" });
    expect(miss.statusCode).toBe(404);
    expect(miss.headers["x-amzn-errortype"]).toBe("UnknownOperationException");
  });
});
