import { Readable } from "node:stream";
import { Hash } from "@smithy/hash-node";
import { SignatureV4 } from "@smithy/signature-v4";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRequestContext, sigV4Guard } from "../src";
import { parseQuery } from "../src/http/query";

// The verifier against requests signed here with AWS's signer at a fixed time (the e2e suite signs
// with the real SDK and CLI). The route echoes the body and the account the context resolved.

const NOW = new Date("2025-03-04T05:06:07Z");
const KEY = { accessKeyId: "AKIDTEST", secretAccessKey: "secret-key" };
const app = Fastify();

beforeAll(async () => {
  // As the runtime does: every body reaches the route unread.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", (_request, payload, done) => done(null, payload));
  app.addHook(
    "preHandler",
    sigV4Guard({ lookup: (id) => (id === KEY.accessKeyId ? { secretAccessKey: KEY.secretAccessKey, accountId: "444455556666" } : undefined), now: () => NOW }),
  );
  app.post("/v1/echo", async (request) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request.body as Readable) chunks.push(chunk as Buffer);
    return { account: createRequestContext(request, request.headers, parseQuery(""), "Echo").accountId, body: Buffer.concat(chunks).toString() };
  });
  await app.ready();
});
afterAll(() => app.close());

async function signed(body: string, options: { at?: Date; headers?: Record<string, string>; secret?: string } = {}) {
  const signer = new SignatureV4({
    credentials: { ...KEY, secretAccessKey: options.secret ?? KEY.secretAccessKey },
    region: "us-west-2",
    service: "codeartifact",
    sha256: Hash.bind(null, "sha256"),
  });
  const request = await signer.sign(
    {
      method: "POST",
      protocol: "http:",
      hostname: "localhost",
      path: "/v1/echo",
      query: { a: "b c" },
      headers: { host: "localhost", "content-type": "application/json", ...options.headers },
      body,
    },
    { signingDate: options.at ?? NOW },
  );
  return app.inject({ method: "POST", url: "/v1/echo?a=b%20c", headers: request.headers as Record<string, string>, payload: body });
}

describe("SigV4 verification", () => {
  it("accepts a signed body and resolves the key's account", async () => {
    const answer = await signed('{"x":1}');
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json()).toEqual({ account: "444455556666", body: '{"x":1}' });
  });

  it("refuses a body that does not have the hash the client declared and signed", async () => {
    const answer = await signed('{"x":1}', { headers: { "x-amz-content-sha256": "0".repeat(64) } });
    expect(answer.statusCode).toBe(403);
    expect(answer.headers["x-amzn-errortype"]).toBe("InvalidSignatureException");
  });

  it("refuses dates more than 15 minutes ahead, and accepts 14 minutes either way", async () => {
    const ahead = await signed("{}", { at: new Date(NOW.getTime() + 16 * 60_000) });
    expect(ahead.statusCode).toBe(403);
    expect(ahead.json().message).toBe("Signature not yet current: 20250304T052207Z is still later than 20250304T052107Z (20250304T050607Z + 15 min.)");
    expect((await signed("{}", { at: new Date(NOW.getTime() + 14 * 60_000) })).statusCode).toBe(200);
    expect((await signed("{}", { at: new Date(NOW.getTime() - 14 * 60_000) })).statusCode).toBe(200);
  });

  it("answers a malformed Authorization header with IncompleteSignatureException (400)", async () => {
    const answer = await app.inject({
      method: "POST",
      url: "/v1/echo",
      headers: { authorization: "AWS4-HMAC-SHA256 Credential=AKIDTEST", "x-amz-date": "20250304T050607Z" },
      payload: "{}",
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.headers["x-amzn-errortype"]).toBe("IncompleteSignatureException");
  });
});
