import * as sdk from "@aws-sdk/client-codeartifact";
import { buildCrate, publishBody, publishMetadata } from "../../e2e/support/cargo";
import { sdkClient, startServer } from "../../e2e/support/server";
const server = await startServer({ inMemory: true, env: { NODE_OPTIONS: "--cpu-prof --cpu-prof-dir=/tmp/cargo-prof" } });
const client = sdkClient(server.url);
await client.send(new sdk.CreateDomainCommand({ domain: "bb" }));
await client.send(new sdk.CreateRepositoryCommand({ domain: "bb", repository: "repo" }));
const token = (await client.send(new sdk.GetAuthorizationTokenCommand({ domain: "bb" }))).authorizationToken!;
const ep = (await client.send(new sdk.GetRepositoryEndpointCommand({ domain: "bb", repository: "repo", format: "cargo" }))).repositoryEndpoint!;
const crate = await buildCrate({ name: "bench-crate-000", version: "1.0.0", lib: "x".repeat(16000) });
await fetch(`${ep}api/v1/crates/new`, { method: "PUT", headers: { authorization: token }, body: publishBody(publishMetadata(crate.spec), crate.bytes) });
for (const [label, path] of [["download", "api/v1/crates/bench-crate-000/1.0.0/download"]]) {
  const times: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const t = performance.now();
    const r = await fetch(ep + path, { headers: { authorization: token } });
    await r.arrayBuffer();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(label, "median", times[100].toFixed(2), "p90", times[180].toFixed(2));
}
await server.stop();
