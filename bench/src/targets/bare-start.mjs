// Cold-start reference: a bare Fastify app, plain JavaScript run by Node, answering the JSON
// ListDomains answers on an empty server; prints its URL when listening, like the real server.
import Fastify from "fastify";

const app = Fastify({ logger: { level: "warn" } });
app.post("/v1/domains", async () => ({ domains: [] }));
process.on("SIGTERM", () => void app.close().then(() => process.exit(0)));
console.log(`listening on ${await app.listen({ host: "127.0.0.1", port: 0 })}`);
