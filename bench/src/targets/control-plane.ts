// Bench target: one trivial implemented operation, either through the generated pipeline
// (routing, parsing, validation, serialization) or as a bare Fastify route with the same JSON.
import Fastify from "fastify";
import { codeArtifactControlPlaneServicePlugin, type ListDomainsResult } from "@codeartifact-local/api/generated";

const mode = process.argv[2];
const answer: ListDomainsResult = { domains: [{ name: "bench", owner: "123456789012", status: "Active" }] };
const app = Fastify({ logger: false });
if (mode === "generated") {
  await app.register(codeArtifactControlPlaneServicePlugin({ listDomains: async () => answer }));
} else if (mode === "bare") {
  app.post("/v1/domains", async () => answer);
} else {
  throw new Error(`usage: control-plane.ts generated|bare`);
}
process.on("SIGTERM", () => void app.close().then(() => process.exit(0)));
console.log(await app.listen({ host: "127.0.0.1", port: 0 }));
