// Requests per second of ListDomains through the generated pipeline against a bare Fastify route
// answering the same JSON, measured side by side in alternating rounds.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { benchRoot, load, median, requestsPerSecond, startTarget } from "./harness";

const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const request = {
  method: "POST" as const,
  path: "/v1/domains?max-results=10",
  headers: {
    "content-type": "application/json",
    authorization: "AWS4-HMAC-SHA256 Credential=123456789012/20261125/us-west-2/codeartifact/aws4_request, SignedHeaders=host, Signature=0",
  },
  body: "{}",
  seconds,
  connections: 10,
};

// Requests per second depend on everything else the machine does; the server's CPU time per
// request (from /proc) is the steadier figure, so both are reported.
const samples: Record<"generated" | "bare", number[]> = { generated: [], bare: [] };
const cpuPerRequest: Record<"generated" | "bare", number[]> = { generated: [], bare: [] };
for (let round = 0; round < rounds; round++) {
  for (const mode of ["bare", "generated"] as const) {
    const target = await startTarget("control-plane.ts", [mode]);
    requestsPerSecond({ ...request, url: target.url, seconds: 1 }); // warm-up
    const before = target.cpuMicros();
    const run = load({ ...request, url: target.url });
    cpuPerRequest[mode].push((target.cpuMicros() - before) / run.requests);
    samples[mode].push(run.requestsPerSecond);
    await target.stop();
  }
}
const result = {
  benchmark: "control-plane pipeline: ListDomains",
  date: new Date().toISOString(),
  rounds,
  seconds,
  generatedRps: median(samples.generated),
  bareRps: median(samples.bare),
  ratio: median(samples.generated) / median(samples.bare),
  cpuMicrosPerRequest: { generated: median(cpuPerRequest.generated), bare: median(cpuPerRequest.bare) },
  samples,
  cpuPerRequest,
};
mkdirSync(join(benchRoot, "results"), { recursive: true });
writeFileSync(join(benchRoot, "results/pipeline.json"), JSON.stringify(result, null, 2));
console.log(
  `generated pipeline ${result.generatedRps.toFixed(0)} req/s, bare Fastify ${result.bareRps.toFixed(0)} req/s, ratio ${result.ratio.toFixed(2)}; ` +
    `server CPU per request ${result.cpuMicrosPerRequest.generated.toFixed(0)} µs vs ${result.cpuMicrosPerRequest.bare.toFixed(0)} µs`,
);
