import type { ModelResult } from "./run";

const yes = (ok: boolean): string => (ok ? "yes" : "**no**");

/** The results as a Markdown table: one row per model, failures with their reasons. */
export function resultTable(results: readonly ModelResult[]): string {
  const rows = results.map((r) => {
    const failures = Object.entries(r.failures)
      .map(([check, problem]) => `${check}: ${problem}`.replace(/\|/g, "\\|").replace(/\n/g, " "))
      .join("<br>");
    const invalid = `${r.invalid.passed}/${r.invalid.total}${r.invalid.none ? ` (+${r.invalid.none} n/a)` : ""}`;
    return `| ${r.model} | ${r.operations} | ${yes(r.generated)} | ${yes(r.compiled)} | ${r.valid.passed}/${r.valid.total} | ${invalid} | ${failures || "-"} |`;
  });
  return [
    "| model | operations | generated | compiled | valid → 501 | invalid → 400 | failures |",
    "| --- | ---: | --- | --- | ---: | ---: | --- |",
    ...rows,
  ].join("\n");
}

export interface Totals {
  models: number;
  generated: number;
  compiled: number;
  operations: number;
  valid: number;
  invalid: number;
  invalidTotal: number;
  invalidNone: number;
  failures: number;
}

export function totals(results: readonly ModelResult[]): Totals {
  const sum = (f: (r: ModelResult) => number): number => results.reduce((acc, r) => acc + f(r), 0);
  return {
    models: results.length,
    generated: sum((r) => (r.generated ? 1 : 0)),
    compiled: sum((r) => (r.compiled ? 1 : 0)),
    operations: sum((r) => r.valid.total),
    valid: sum((r) => r.valid.passed),
    invalid: sum((r) => r.invalid.passed),
    invalidTotal: sum((r) => r.invalid.total),
    invalidNone: sum((r) => r.invalid.none),
    failures: sum((r) => Object.keys(r.failures).length),
  };
}

export function totalsLine(t: Totals): string {
  return (
    `${t.models} models: ${t.generated} generated, ${t.compiled} compiled; ` +
    `${t.operations} operations: valid → 501 ${t.valid}/${t.operations}, invalid → 400 ${t.invalid}/${t.invalidTotal}` +
    ` (${t.invalidNone} with no member to get wrong); ${t.failures} failures`
  );
}
