#!/usr/bin/env node
// The project's test command: the turbo pipeline (models → codegen check → typecheck → test),
// then one closing line summing every package's vitest report, so CI logs end with the totals.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const reportDirs = ["codegen", ...["packages", "apps"].flatMap((d) => readdirSync(join(root, d)).map((p) => join(d, p))), "e2e"];
const reportOf = (dir) => join(root, dir, ".vitest", "report.json");
for (const dir of reportDirs) rmSync(reportOf(dir), { force: true });

const run = spawnSync("pnpm", ["exec", "turbo", "run", "test", "--concurrency=1", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
});

let passed = 0;
let failed = 0;
let skipped = 0;
for (const dir of reportDirs) {
  if (!existsSync(reportOf(dir))) continue;
  const report = JSON.parse(readFileSync(reportOf(dir), "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  console.log(`${dir}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
}
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(run.status ?? 1);
