import { existsSync, readFileSync, writeFileSync } from "node:fs";

/** `{ "<model>": { "<check>": "<reason>" } }`; checks are `generate`, `compile`, `serve`, `<Op> valid`, `<Op> invalid`. */
export type ExpectedFailures = Record<string, Record<string, string>>;

export function readExpected(file: string): ExpectedFailures {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as ExpectedFailures) : {};
}

export interface Verdict {
  /** Failures not listed: `model check: problem`. */
  unexpected: string[];
  /** Listed failures of swept models that passed: the list must shrink. */
  nowPassing: string[];
}

/** Compares observed failures of the swept models with the list (models not swept are ignored). */
export function judge(expected: ExpectedFailures, observed: ReadonlyMap<string, Record<string, string>>): Verdict {
  const verdict: Verdict = { unexpected: [], nowPassing: [] };
  for (const [model, failures] of observed) {
    const listed = expected[model] ?? {};
    for (const [check, problem] of Object.entries(failures)) if (!(check in listed)) verdict.unexpected.push(`${model} ${check}: ${problem}`);
    for (const check of Object.keys(listed)) if (!(check in failures)) verdict.nowPassing.push(`${model} ${check}`);
  }
  return verdict;
}

/** Rewrites the list for the swept models: reasons already written are kept, passing checks dropped. */
export function updateExpected(file: string, expected: ExpectedFailures, observed: ReadonlyMap<string, Record<string, string>>): void {
  const next: ExpectedFailures = { ...expected };
  for (const [model, failures] of observed) {
    const entries = Object.entries(failures).map(([check, problem]) => [check, expected[model]?.[check] ?? problem.slice(0, 200)] as const);
    if (entries.length) next[model] = Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
    else delete next[model];
  }
  const sorted = Object.fromEntries(Object.entries(next).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
}
