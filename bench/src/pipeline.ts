// Requests per second of ListDomains through the generated pipeline against a bare Fastify route
// answering the same JSON, measured side by side in short alternating rounds.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { benchRoot, load, median, startTarget, type Target } from "./harness";

const rounds = Number(process.env.BENCH_ROUNDS ?? 15);
const seconds = Number(process.env.BENCH_SECONDS ?? 2);
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

type Mode = "generated" | "bare";
// Both targets stay up for the whole run and take turns under load, a few seconds each: this VM's
// speed drifts by several percent from one minute to the next, so each round compares two
// measurements taken seconds apart, and the result is the median over rounds.
const targets: Record<Mode, Target> = {
  generated: await startTarget("control-plane.ts", ["generated"]),
  bare: await startTarget("control-plane.ts", ["bare"]),
};
const samples: Record<Mode, number[]> = { generated: [], bare: [] };
// Requests per second depend on what else the machine does; the server's CPU time per request
// (from /proc) is reported beside them.
const cpuPerRequest: Record<Mode, number[]> = { generated: [], bare: [] };
const ratios: number[] = [];
try {
  for (const mode of ["bare", "generated"] as const) load({ ...request, url: targets[mode].url, seconds: 2 }); // warm-up
  for (let round = 0; round < rounds; round++) {
    const order: Mode[] = round % 2 === 0 ? ["bare", "generated"] : ["generated", "bare"];
    for (const mode of order) {
      const target = targets[mode];
      const before = target.cpuMicros();
      const run = load({ ...request, url: target.url });
      cpuPerRequest[mode].push((target.cpuMicros() - before) / run.requests);
      samples[mode].push(run.requestsPerSecond);
    }
    ratios.push(samples.generated[round] / samples.bare[round]);
  }
} finally {
  await Promise.all([targets.generated.stop(), targets.bare.stop()]);
}

const result = {
  benchmark: "control-plane pipeline: ListDomains",
  date: new Date().toISOString(),
  rounds,
  seconds,
  generatedRps: median(samples.generated),
  bareRps: median(samples.bare),
  /** Median over rounds of generated ÷ bare requests/s. */
  ratio: median(ratios),
  cpuMicrosPerRequest: { generated: median(cpuPerRequest.generated), bare: median(cpuPerRequest.bare) },
  ratios,
  samples,
  cpuPerRequest,
};
mkdirSync(join(benchRoot, "results"), { recursive: true });
writeFileSync(join(benchRoot, "results/pipeline.json"), JSON.stringify(result, null, 2));
console.log(
  `generated pipeline ${result.generatedRps.toFixed(0)} req/s, bare Fastify ${result.bareRps.toFixed(0)} req/s, ` +
    `ratio ${result.ratio.toFixed(2)} (median of ${rounds} rounds, range ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}); ` +
    `server CPU per request ${result.cpuMicrosPerRequest.generated.toFixed(0)} µs vs ${result.cpuMicrosPerRequest.bare.toFixed(0)} µs`,
);
