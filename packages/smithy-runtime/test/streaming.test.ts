import { createHash } from "node:crypto";
import { request as httpRequest, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import type { OperationHandler } from "../src";
import { buildApp, recorder } from "./support/app";
import { S, m, op, service } from "./support/schema";

const schema = service(
  [
    op("Upload", "POST", "/upload", { input: "test#UploadIn", output: "test#UploadOut" }),
    op("Download", "GET", "/download", { input: "test#DownloadIn", output: "test#DownloadOut" }),
    op("Json", "POST", "/json", { input: "test#JsonIn" }),
  ],
  {
    "test#Asset": { type: "blob", streaming: true },
    "test#UploadIn": {
      type: "structure",
      members: { asset: m("test#Asset", { httpPayload: true, required: true }), sha: m(S, { httpHeader: "x-amz-content-sha256", required: true }) },
    },
    "test#UploadOut": { type: "structure", members: { size: m("smithy.api#Long"), sha: m(S), receivedBeforeEnd: m("smithy.api#Long") } },
    "test#DownloadIn": { type: "structure", members: { size: m("smithy.api#Long", { httpQuery: "size", required: true }), kind: m(S, { httpQuery: "kind" }) } },
    "test#DownloadOut": {
      type: "structure",
      members: { asset: m("test#Asset", { httpPayload: true, default: "" }), name: m(S, { httpHeader: "X-AssetName" }) },
    },
    "test#JsonIn": { type: "structure", members: { text: m(S) } },
  },
);

const MiB = 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 7);

/** A lazily produced body of `total` bytes that reports how much it has produced so far. */
function source(total: number) {
  let produced = 0;
  const stream = new Readable({
    read() {
      if (produced >= total) return this.push(null);
      const chunk = CHUNK.subarray(0, Math.min(CHUNK.length, total - produced));
      produced += chunk.length;
      this.push(chunk);
    },
  });
  return { stream, produced: () => produced };
}

function sha256Of(total: number): string {
  const hash = createHash("sha256");
  for (let left = total; left > 0; left -= CHUNK.length) hash.update(CHUNK.subarray(0, Math.min(CHUNK.length, left)));
  return hash.digest("hex");
}

async function consume(stream: Readable): Promise<{ size: number; sha: string }> {
  const hash = createHash("sha256");
  let size = 0;
  for await (const chunk of stream) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { size, sha: hash.digest("hex") };
}

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function listen(handlers: Record<string, OperationHandler>, bodyLimit = MiB): Promise<string> {
  app = await buildApp(schema, handlers, { bodyLimit });
  await app.listen({ port: 0, host: "127.0.0.1" });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

async function readText(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function send(url: string, method: string, headers: Record<string, string>, body?: Readable): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers }, resolve);
    req.on("error", reject);
    if (body) body.pipe(req);
    else req.end();
  });
}

describe("streaming payloads", () => {
  it("hands a multi-MiB upload to the handler as a stream, beyond the buffered-body limit", async () => {
    const total = 48 * MiB;
    const body = source(total);
    const base = await listen({
      Upload: async (input: { asset: Readable; sha: string }) => {
        const receivedBeforeEnd = body.produced();
        const { size, sha } = await consume(input.asset);
        return { size, sha, receivedBeforeEnd };
      },
    });
    const res = await send(`${base}/upload`, "POST", { "content-type": "application/octet-stream", "x-amz-content-sha256": "abc" }, body.stream);
    expect(res.statusCode).toBe(200);
    const answer = JSON.parse(await readText(res));
    expect(answer).toMatchObject({ size: total, sha: sha256Of(total) });
    // The handler started while most of the body had not even been produced yet.
    expect(answer.receivedBeforeEnd).toBeLessThan(total / 2);
  });

  it("gives a required streaming member an empty stream when there is no body", async () => {
    app = await buildApp(schema, { Upload: async (input: { asset: Readable }) => ({ ...(await consume(input.asset)) }) });
    const res = await app.inject({ method: "POST", url: "/upload", headers: { "x-amz-content-sha256": "abc" } });
    expect(res.json()).toEqual({ size: 0, sha: sha256Of(0) });
  });

  it("streams a multi-MiB response from a Readable", async () => {
    const total = 24 * MiB;
    const base = await listen({ Download: async (input: { size: number }) => ({ asset: source(input.size).stream, name: "big.bin" }) });
    const res = await send(`${base}/download?size=${total}`, "GET", {});
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/octet-stream");
    expect(res.headers["x-assetname"]).toBe("big.bin");
    expect(await consume(res)).toEqual({ size: total, sha: sha256Of(total) });
  });

  it("accepts bytes and strings as streaming output, and the default when unset", async () => {
    const outputs: Record<string, unknown> = { bytes: new Uint8Array([104, 105]), text: "hi", none: undefined };
    app = await buildApp(schema, { Download: async (input: { kind: string }) => ({ asset: outputs[input.kind] }) });
    for (const [kind, body] of [
      ["bytes", "hi"],
      ["text", "hi"],
      ["none", ""],
    ]) {
      const res = await app.inject({ method: "GET", url: `/download?size=0&kind=${kind}` });
      expect([res.statusCode, res.body]).toEqual([200, body]);
    }
  });
});

describe("body size limit", () => {
  it("rejects a JSON body over the limit with 413, by Content-Length or while reading a chunked body", async () => {
    const handler = recorder({});
    const base = await listen({ Json: handler.handler }, 1024);
    const big = JSON.stringify({ text: "x".repeat(4096) });
    const declared = await send(`${base}/json`, "POST", { "content-type": "application/json", "content-length": String(big.length) }, Readable.from([big]));
    expect([declared.statusCode, declared.headers["x-amzn-errortype"]]).toEqual([413, "RequestEntityTooLargeException"]);
    await readText(declared);
    const chunked = await send(
      `${base}/json`,
      "POST",
      { "content-type": "application/json", "transfer-encoding": "chunked" },
      Readable.from([big.slice(0, 1000), big.slice(1000)]),
    );
    expect(chunked.statusCode).toBe(413);
    await readText(chunked);
    const small = await send(`${base}/json`, "POST", { "content-type": "application/json" }, Readable.from(['{"text":"ok"}']));
    expect(small.statusCode).toBe(200);
    await readText(small);
    expect(handler.calls).toEqual([{ text: "ok" }]);
  });
});
