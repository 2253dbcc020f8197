import { createServer, request as httpRequest, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { EnvHttpProxyAgent } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UpstreamFetcher } from "../src/upstream-fetch";

// The fetcher behind every external connection, against a real local HTTP server.

let server: Server;
let base: string;
/** Requests per path, and how many times /flaky fails before it answers. */
const seen = new Map<string, number>();

beforeAll(async () => {
  server = createServer((request, response) => {
    const count = (seen.get(request.url!) ?? 0) + 1;
    seen.set(request.url!, count);
    if (request.url === "/flaky" && count === 1) return void response.writeHead(502).end();
    if (request.url === "/document") return void response.writeHead(200).end(`version ${count}`);
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
    const fetcher = new UpstreamFetcher({ externalConnectionTimeoutMs: 300, externalMetadataMaxAgeMs: 0 });
    const whole = await fetcher.stream(`${base}/file`, {});
    expect(whole.ok && (await read(whole.value))).toBe("whole body");
    const stalled = await fetcher.stream(`${base}/stalls`, {});
    if (!stalled.ok) throw new Error("expected an answer");
    await expect(read(stalled.value)).rejects.toThrow("the download stalled for 300 ms");
  });

  it("tells a missing resource from an origin that answers badly", async () => {
    const fetcher = new UpstreamFetcher({ externalConnectionTimeoutMs: 2000, externalMetadataMaxAgeMs: 0 });
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
    const fetcher = new UpstreamFetcher({ externalConnectionTimeoutMs: 2000, externalMetadataMaxAgeMs: 0 });
    expect(await fetcher.get(`${origin}/a`, {}, (r) => r.text())).toEqual({ ok: false, unreachable: `${origin} is unreachable (ECONNREFUSED)` });
    // Back up, but not asked again yet: the answer comes at once from what the fetcher remembers.
    const revived = createServer((_request, response) => response.end("up again"));
    await new Promise<void>((resolve) => revived.listen(port, "127.0.0.1", resolve));
    try {
      expect(await fetcher.get(`${origin}/b`, {}, (r) => r.text())).toEqual({ ok: false, unreachable: `${origin} is unreachable (ECONNREFUSED)` });
      expect(await new UpstreamFetcher({ externalConnectionTimeoutMs: 2000, externalMetadataMaxAgeMs: 0 }).get(`${origin}/b`, {}, (r) => r.text())).toEqual({
        ok: true,
        value: "up again",
      });
    } finally {
      revived.closeAllConnections();
      await new Promise((resolve) => revived.close(resolve));
    }
  });

  it("tries a GET once more after a network failure or a 5xx, not after a 4xx", async () => {
    const fetcher = new UpstreamFetcher({ externalConnectionTimeoutMs: 2000, externalMetadataMaxAgeMs: 0 });
    expect(await fetcher.get(`${base}/flaky`, {}, (r) => r.text())).toEqual({ ok: true, value: "whole body" });
    expect(seen.get("/flaky")).toBe(2);
    expect(await fetcher.get(`${base}/gone`, {}, (r) => r.text())).toEqual({ ok: false, notFound: true });
    expect(seen.get("/gone")).toBe(2); // once in the earlier test, once here
  });

  it("reuses a metadata document for the max-age, by the injected clock", async () => {
    let now = 1_000_000;
    const fetcher = new UpstreamFetcher({ externalConnectionTimeoutMs: 2000, externalMetadataMaxAgeMs: 60_000, now: () => now });
    const document = () => fetcher.document(`${base}/document`, { accept: "text/plain" }, (r) => r.text());
    expect(await document()).toEqual({ ok: true, value: "version 1" });
    now += 59_000;
    expect(await document()).toEqual({ ok: true, value: "version 1" });
    now += 2_000;
    expect(await document()).toEqual({ ok: true, value: "version 2" });
  });

  it("goes through the proxy the environment names, except for hosts NO_PROXY exempts", async () => {
    const relayed: string[] = [];
    // A forward proxy: CONNECT tunnels (what undici opens), and absolute-form requests relayed.
    const proxy = createServer((request, response) => {
      relayed.push(request.url!);
      const upstream = httpRequest(request.url!, { method: request.method, headers: request.headers }, (answer) => {
        response.writeHead(answer.statusCode!, answer.headers);
        answer.pipe(response);
      });
      request.pipe(upstream);
    });
    const tunnels: Array<{ destroy(): void }> = [];
    proxy.on("connect", (request, client, head) => {
      relayed.push(request.url!);
      tunnels.push(client);
      const [host, port] = request.url!.split(":");
      const target = connect(Number(port), host, () => {
        client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
        target.write(head);
        target.pipe(client);
        client.pipe(target);
      });
      target.on("error", () => client.destroy());
      client.on("error", () => target.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    try {
      const agent = new EnvHttpProxyAgent({ httpProxy: proxyUrl, noProxy: "" });
      const via = new UpstreamFetcher({ externalConnectionTimeoutMs: 2000, externalMetadataMaxAgeMs: 0, dispatcher: agent });
      expect(await via.get(`${base}/file`, {}, (r) => r.text())).toEqual({ ok: true, value: "whole body" });
      expect(relayed).toEqual([base.slice("http://".length)]);
      await agent.destroy();
      const exempt = new UpstreamFetcher({
        externalConnectionTimeoutMs: 2000,
        externalMetadataMaxAgeMs: 0,
        dispatcher: new EnvHttpProxyAgent({ httpProxy: proxyUrl, noProxy: "127.0.0.1" }),
      });
      expect(await exempt.get(`${base}/file`, {}, (r) => r.text())).toEqual({ ok: true, value: "whole body" });
      expect(relayed).toHaveLength(1);
    } finally {
      for (const tunnel of tunnels) tunnel.destroy();
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    }
  });
});
