// Cold start to the first answered request: from spawning the process to the answer of its first
// ListDomains, for the server as users start it against a bare Fastify app (plain JavaScript, one
// route), in alternating rounds. Also shown: the same server through `pnpm start`, and the way it
// started before it was bundled (tsx transpiling the TypeScript sources at every start).
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchRoot, median } from "./harness";

const rounds = Number(process.env.BENCH_ROUNDS ?? 10);
const repoRoot = join(benchRoot, "..");
const listDomains = {
  method: "POST",
  headers: {
    "content-type": "application/json",
    authorization: "AWS4-HMAC-SHA256 Credential=123456789012/20261202/us-east-1/codeartifact/aws4_request, SignedHeaders=host, Signature=0",
  },
  body: "{}",
};

interface Target {
  command: string;
  args: (dataDir: string) => string[];
  cwd?: string;
}

const server = ["--port", "0", "--log-level", "warn"];
const targets: Record<string, Target> = {
  bare: { command: process.execPath, args: () => [join(benchRoot, "src/targets/bare-start.mjs")] },
  server: { command: process.execPath, args: (dataDir) => [join(repoRoot, "apps/server/bin/codeartifact-local.js"), ...server, "--data-dir", dataDir] },
  "pnpm start": { command: "pnpm", args: (dataDir) => ["start", ...server, "--data-dir", dataDir], cwd: repoRoot },
  "tsx (before)": {
    command: process.execPath,
    args: (dataDir) => ["--import", "tsx", join(repoRoot, "apps/server/src/main.ts"), ...server, "--data-dir", dataDir],
  },
};

/** Milliseconds from spawn to the first ListDomains answer; each run gets a new data folder. */
async function coldStart(target: Target): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), "ca-cold-"));
  const started = performance.now();
  const child = spawn(target.command, target.args(dataDir), { cwd: target.cwd ?? repoRoot, stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise((done) => child.once("close", done));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match) resolve(match[1]);
      });
      child.once("close", (code) => reject(new Error(`exited with ${code}: ${output}`)));
    });
    const answer = await fetch(`${url}/v1/domains`, listDomains);
    if (!answer.ok) throw new Error(`ListDomains answered ${answer.status}: ${await answer.text()}`);
    await answer.json();
    return performance.now() - started;
  } finally {
    child.kill("SIGTERM");
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// The first start builds the bundle when a source changed; that is setup, not a cold start.
await coldStart(targets.server);
const samples: Record<string, number[]> = Object.fromEntries(Object.keys(targets).map((name) => [name, []]));
const ratios: number[] = [];
for (let round = 0; round < rounds; round++) {
  const names = Object.keys(targets);
  for (const name of round % 2 === 0 ? names : names.reverse()) samples[name].push(await coldStart(targets[name]));
  ratios.push(samples.server[round] / samples.bare[round]);
}

const result = {
  benchmark: "cold start to the first answered ListDomains",
  date: new Date().toISOString(),
  rounds,
  medianMs: Object.fromEntries(Object.entries(samples).map(([name, ms]) => [name, Math.round(median(ms))])),
  /** Median over rounds of server ÷ bare. */
  ratio: Number(median(ratios).toFixed(2)),
  samplesMs: Object.fromEntries(Object.entries(samples).map(([name, ms]) => [name, ms.map(Math.round)])),
};
mkdirSync(join(benchRoot, "results"), { recursive: true });
writeFileSync(join(benchRoot, "results", "cold-start.json"), `${JSON.stringify(result, null, 2)}\n`);
console.log(
  `cold start to first answer (median of ${rounds}): ${Object.entries(result.medianMs)
    .map(([name, ms]) => `${name} ${ms} ms`)
    .join(", ")}; server ÷ bare ${result.ratio}`,
);
