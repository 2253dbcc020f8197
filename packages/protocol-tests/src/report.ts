import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { PreparedService } from "./harness";
import { packageRoot } from "./paths";
import type { CaseResult } from "./run";

/** Outcomes of one run: service name → case key → result. */
export type Outcomes = Map<string, Map<string, CaseResult>>;

export interface ServiceSummary {
  passed: number;
  total: number;
  /** Case key → problems, for every failing case (expected or not). */
  failures: Record<string, string[]>;
}

export const resultsFile = join(packageRoot, ".vitest", "protocol-results.json");

export function summarize(prepared: readonly PreparedService[], outcomes: Outcomes): Record<string, ServiceSummary> {
  const summary: Record<string, ServiceSummary> = {};
  for (const p of prepared) {
    const results = outcomes.get(p.service.name) ?? new Map<string, CaseResult>();
    const failures: Record<string, string[]> = {};
    for (const [key, result] of results) if (!result.ok) failures[key] = result.problems;
    summary[p.service.name] = { passed: results.size - Object.keys(failures).length, total: p.cases.length, failures };
  }
  return summary;
}

/** `RestJson: 747/752 passed`, one line per service. */
export const summaryLines = (summary: Record<string, ServiceSummary>): string[] =>
  Object.entries(summary).map(([service, s]) => `${service}: ${s.passed}/${s.total} passed`);

/** Writes every failure with all its problems (the detail behind the summary lines). */
export function writeResults(summary: Record<string, ServiceSummary>, file: string = resultsFile): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
}

/** Failing cases with their first problem, in the shape `writeExpectedFailures` takes. */
export function firstProblems(summary: Record<string, ServiceSummary>): Map<string, Map<string, string>> {
  return new Map(
    Object.entries(summary).map(([service, s]) => [service, new Map(Object.entries(s.failures).map(([key, problems]) => [key, problems[0] ?? "fails"]))]),
  );
}
