import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "./paths";

/** `{ "<Service>": { "<kind> <caseId>": "<reason>" } }`, e.g. `"request RestJsonFoo"`. */
export type ExpectedFailures = Record<string, Record<string, string>>;

export const expectedFailuresFile = join(packageRoot, "expected-failures.json");

export function readExpectedFailures(file: string = expectedFailuresFile): ExpectedFailures {
  if (!existsSync(file)) return {};
  return JSON.parse(readFileSync(file, "utf8")) as ExpectedFailures;
}

/**
 * Rewrites the list from observed failures: reasons already written are kept, new failures get
 * their first problem as reason, cases that pass are dropped. Keys are sorted for stable diffs.
 */
export function writeExpectedFailures(
  previous: ExpectedFailures,
  failures: ReadonlyMap<string, ReadonlyMap<string, string>>,
  file: string = expectedFailuresFile,
): void {
  const next: ExpectedFailures = {};
  for (const [service, cases] of [...failures].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const entries = [...cases].sort(([a], [b]) => (a < b ? -1 : 1));
    next[service] = Object.fromEntries(entries.map(([key, problem]) => [key, previous[service]?.[key] ?? problem.slice(0, 200)]));
  }
  writeFileSync(file, `${JSON.stringify(next, null, 2)}\n`);
}
