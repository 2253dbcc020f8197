import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { accountIdFromAccessKey, createServiceRuntime, parseSigV4Credential, type RequestContext } from "../src";
import { buildApp } from "./support/app";
import { S, m, op, service } from "./support/schema";

const schema = service([op("Who", "POST", "/who", { input: "test#In" })], { "test#In": { type: "structure", members: { a: m(S) } } });

describe("SigV4 credential parsing", () => {
  it("reads the credential scope of an Authorization header or a presigned credential", () => {
    const header = "AWS4-HMAC-SHA256 Credential=123456789012/20240101/eu-west-1/codeartifact/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc";
    expect(parseSigV4Credential(header)).toEqual({ accessKeyId: "123456789012", date: "20240101", region: "eu-west-1", service: "codeartifact" });
    expect(parseSigV4Credential("AKIAEXAMPLE/20240101/us-west-2/s3/aws4_request")?.region).toBe("us-west-2");
    expect(parseSigV4Credential("Bearer token")).toBeUndefined();
    expect(parseSigV4Credential("AWS4-HMAC-SHA256 Credential=AKID/20240101/us-west-2/aws4_request")).toBeUndefined();
    expect(parseSigV4Credential(undefined)).toBeUndefined();
    expect(parseSigV4Credential("AWS4-HMAC-SHA256 Credential=AKID/20240101/us-west-2/s3/aws4_request/x, Signature=abc")).toBeUndefined();
    expect(parseSigV4Credential("AWS4-HMAC-SHA256 Credential=/20240101/us-west-2/s3/aws4_request")).toBeUndefined();
    expect(parseSigV4Credential(" AKID/20240101/eu-west-3/s3/aws4_request\t")).toEqual({
      accessKeyId: "AKID",
      date: "20240101",
      region: "eu-west-3",
      service: "s3",
    });
  });

  it("takes a 12-digit access key id as the account", () => {
    expect(accountIdFromAccessKey("123456789012")).toBe("123456789012");
    expect(accountIdFromAccessKey("AKIAIOSFODNN7EXAMPLE")).toBe("000000000000");
    expect(accountIdFromAccessKey("1234567890123")).toBe("000000000000");
  });
});

describe("request context", () => {
  async function contextFor(headers: Record<string, string>): Promise<RequestContext> {
    let seen: RequestContext | undefined;
    const app = await buildApp(schema, {
      Who: async (_input, context) => {
        seen = context;
        return {};
      },
    });
    const res = await app.inject({ method: "POST", url: "/who", headers });
    expect(res.headers["x-amzn-requestid"]).toBe(seen?.requestId);
    return seen as RequestContext;
  }

  it("derives account and region from the SigV4 credential", async () => {
    const context = await contextFor({
      authorization: "AWS4-HMAC-SHA256 Credential=210987654321/20240101/ap-south-1/codeartifact/aws4_request, SignedHeaders=host, Signature=x",
      host: "localhost:8080",
    });
    expect(context).toMatchObject({ accountId: "210987654321", region: "ap-south-1", operation: "Who", host: "localhost:8080", protocol: "http" });
    expect(context.requestId).toMatch(/.+/);
    expect(typeof context.log.info).toBe("function");
  });

  it("falls back to the default account and region", async () => {
    expect(await contextFor({})).toMatchObject({ accountId: "000000000000", region: "us-east-1" });
    expect(await contextFor({ authorization: "AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE/20240101/eu-north-1/codeartifact/aws4_request" })).toMatchObject({
      accountId: "000000000000",
      region: "eu-north-1",
    });
  });
});

describe("encapsulation", () => {
  it("leaves body parsing and error handling of other plugins alone", async () => {
    const app = Fastify({ logger: false });
    await app.register(async (instance) => {
      const runtime = createServiceRuntime(schema);
      runtime.install(instance);
      instance.post(runtime.routePath("/who"), runtime.handler([{ name: "Who", impl: async () => ({}), validate: () => [] }]));
    });
    await app.register(async (other) => {
      other.post("/npm/publish", async (request) => ({ parsed: request.body }));
      other.get("/npm/boom", async () => {
        throw Object.assign(new Error("teapot"), { statusCode: 418 });
      });
    });
    const parsed = await app.inject({ method: "POST", url: "/npm/publish", payload: { name: "pkg" } });
    expect(parsed.json()).toEqual({ parsed: { name: "pkg" } });
    const boom = await app.inject({ method: "GET", url: "/npm/boom" });
    expect([boom.statusCode, boom.headers["x-amzn-errortype"]]).toEqual([418, undefined]);
    const service = await app.inject({ method: "POST", url: "/who", headers: { "content-type": "application/json" }, payload: "{}" });
    expect(service.statusCode).toBe(200);
  });
});
