import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UpstreamFetcher } from "../src/upstream-fetch";

// The fetcher behind every external connection, against a real local HTTP server.

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === "/stalls") {
      response.writeHead(200, { "content-type": "application/octet-stream" });
      response.write("first bytes"); // and nothing more
      return;
    }
    if (request.url === "/gone") return void response.writeHead(404).end();
    if (request.url === "/broken") return void response.writeHead(503, "Service Unavailable").end();
    response.writeHead(200, { "content-type": "text/plain" }).end("whole body");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const read = async (stream: NodeJS.ReadableStream) => {
  let text = "";
  for await (const chunk of stream) text += String(chunk);
  return text;
};

describe("UpstreamFetcher", () => {
  it("streams a body, and fails a download that stalls longer than the timeout", async () => {
    const fetcher = new UpstreamFetcher({ externalConnectionTimeoutMs: 300 });
    const whole = await fetcher.stream(`${base}/file`, {});
    expect(whole.ok && (await read(whole.value))).toBe("whole body");
    const stalled = await fetcher.stream(`${base}/stalls`, {});
    if (!stalled.ok) throw new Error("expected an answer");
    await expect(read(stalled.value)).rejects.toThrow("the download stalled for 300 ms");
  });

  it("tells a missing resource from an origin that answers badly", async () => {
    const fetcher = new UpstreamFetcher({ externalConnectionTimeoutMs: 2000 });
    expect(await fetcher.get(`${base}/gone`, {}, (r) => r.text())).toEqual({ ok: false, notFound: true });
    expect(await fetcher.get(`${base}/broken`, {}, (r) => r.text())).toEqual({ ok: false, unreachable: `${base}/broken answered 503 Service Unavailable` });
    // An origin that answered badly is still asked about other things.
    expect(await fetcher.get(`${base}/file`, {}, (r) => r.text())).toEqual({ ok: true, value: "whole body" });
  });

  it("leaves an origin that did not answer alone for a while", async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve)); // nothing listens there now
    const origin = `http://127.0.0.1:${port}`;
    const fetcher = new UpstreamFetcher({ externalConnectionTimeoutMs: 2000 });
    expect(await fetcher.get(`${origin}/a`, {}, (r) => r.text())).toEqual({ ok: false, unreachable: `${origin} is unreachable (ECONNREFUSED)` });
    // Back up, but not asked again yet: the answer comes at once from what the fetcher remembers.
    const revived = createServer((_request, response) => response.end("up again"));
    await new Promise<void>((resolve) => revived.listen(port, "127.0.0.1", resolve));
    try {
      expect(await fetcher.get(`${origin}/b`, {}, (r) => r.text())).toEqual({ ok: false, unreachable: `${origin} is unreachable (ECONNREFUSED)` });
      expect(await new UpstreamFetcher({ externalConnectionTimeoutMs: 2000 }).get(`${origin}/b`, {}, (r) => r.text())).toEqual({ ok: true, value: "up again" });
    } finally {
      revived.closeAllConnections();
      await new Promise((resolve) => revived.close(resolve));
    }
  });
});
