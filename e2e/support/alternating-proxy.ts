// A minimal load balancer for the shared-deployment runs: each request goes to the next instance in
// turn, with method, path, headers (Host included, so signatures and generated URLs stay those of
// the address the client used) and body streamed through unchanged.
import { Agent, createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface AlternatingProxy {
  url: string;
  close(): Promise<void>;
}

export async function startAlternatingProxy(targets: () => string[]): Promise<AlternatingProxy> {
  const agent = new Agent({ keepAlive: true });
  let next = 0;
  const forward = (req: IncomingMessage, res: ServerResponse) => {
    const live = targets();
    const target = new URL(live[next++ % live.length]!);
    const upstream = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers, agent }, (answer) => {
      // The reason phrase too: twine shows the PyPI endpoint's refusals from the status line.
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, answer.rawHeaders as unknown as Record<string, string>);
      answer.pipe(res);
    });
    upstream.on("error", (error) => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
      res.end(`proxy: ${error.message}`);
    });
    req.pipe(upstream);
  };
  const server = createServer(forward);
  // As long as the instances behind it keep an idle connection (Fastify's 72 s): a shorter idle timeout
  // races a client reusing the connection, and the SDK cannot retry a streamed upload reset that way.
  server.keepAliveTimeout = 72_000;
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
        agent.destroy();
      }),
  };
}
