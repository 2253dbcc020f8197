#!/usr/bin/env node
// The project's test command: the turbo pipeline (models → codegen check → typecheck, lint, build → test),
// then one closing line summing every package's vitest report, so CI logs end with the totals.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const reportDirs = ["codegen", ...["packages", "apps"].flatMap((d) => readdirSync(join(root, d)).map((p) => join(d, p))), "e2e"];
const reportOf = (dir) => join(root, dir, ".vitest", "report.json");
for (const dir of reportDirs) rmSync(reportOf(dir), { force: true });

// The checks first, two at a time. The type check is one tsc program over every package (each file
// checked once: 26 s here, where a tsc per package re-checked its dependencies' sources, 280 s in
// all), plus the console with its DOM and JSX settings. Then the tests, without re-running what
// they depend on: the packages' unit tests two packages at a time (vitest gives each one worker on
// two cores), then the e2e suite alone, whose real clients are timing-sensitive under extra load.
const turbo = (args) => spawnSync("pnpm", ["exec", "turbo", "run", ...args, ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
const E2E = "@codeartifact-local/e2e";
const checks = turbo(["codegen:check", "//#typecheck", "build", "//#lint", "--concurrency=2"]);
const run =
  checks.status === 0
    ? ([turbo(["test", "--only", "--concurrency=2", `--filter=!${E2E}`]), turbo(["test", "--only", `--filter=${E2E}`])].find((r) => r.status !== 0) ?? {
        status: 0,
      })
    : checks;

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
