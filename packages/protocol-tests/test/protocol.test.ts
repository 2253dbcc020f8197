import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  caseKey,
  countCases,
  firstProblems,
  generatedRoot,
  prepareServices,
  PROTOCOL_TEST_FILES,
  protocolTestFiles,
  protocolTestsDirs,
  readExpectedFailures,
  runCase,
  SERVICES,
  startHarness,
  summarize,
  summaryLines,
  undetectedPerturbations,
  writeExpectedFailures,
  writeResults,
  type CaseResult,
  type Outcomes,
  type ServiceHarness,
} from "../src/index";

/** `PROTOCOL_TESTS_UPDATE=1` rewrites expected-failures.json from this run instead of failing. */
const updating = process.env.PROTOCOL_TESTS_UPDATE === "1";
const modelFiles = protocolTestFiles();
const prepared = modelFiles ? await prepareServices(modelFiles, SERVICES, generatedRoot) : [];
const expectedFailures = readExpectedFailures();

const outcomes: Outcomes = new Map(prepared.map((p) => [p.service.name, new Map()]));
const harnesses = new Map<string, ServiceHarness>();

beforeAll(async () => {
  for (const p of prepared) harnesses.set(p.service.name, await startHarness(p));
});

afterAll(async () => {
  for (const harness of harnesses.values()) await harness.app.close();
  const summary = summarize(prepared, outcomes);
  for (const line of summaryLines(summary)) console.log(line);
  writeResults(summary);
  // Only a complete run may rewrite the list (a filtered run would drop entries).
  const complete = prepared.every((p) => outcomes.get(p.service.name)?.size === p.cases.length);
  if (updating && complete) writeExpectedFailures(expectedFailures, firstProblems(summary));
});

describe("protocol-test suite", () => {
  // Never a silent skip: without the suite this run has checked nothing, and says so.
  it("is available", () => {
    if (!modelFiles) {
      throw new Error(
        `the compliance suite (${PROTOCOL_TEST_FILES.join(", ")}) is in none of ${protocolTestsDirs().join(", ")}: ` +
          "run `pnpm models:fetch` (it reads ../shared or downloads the pinned files) or set CODEARTIFACT_LOCAL_PROTOCOL_TESTS",
      );
    }
  });

  it.each(SERVICES.map((s) => s.name))("%s has the published number of server-side cases", (name) => {
    const p = prepared.find((x) => x.service.name === name);
    expect(p && countCases(p.cases)).toEqual(SERVICES.find((s) => s.name === name)?.expectedCounts);
  });

  it("expected-failures.json names only existing cases", () => {
    const stale: string[] = [];
    for (const [service, listed] of Object.entries(expectedFailures)) {
      const keys = new Set(prepared.find((p) => p.service.name === service)?.cases.map(caseKey));
      for (const key of Object.keys(listed)) if (!keys.has(key)) stale.push(`${service} ${key}`);
    }
    expect(stale).toEqual([]);
  });
});

for (const p of prepared) {
  const service = p.service.name;
  for (const c of p.cases) {
    const key = caseKey(c);
    it(`${service} ${key}`, async () => {
      const harness = harnesses.get(service);
      if (!harness) throw new Error(`${service} did not start`);
      const outcome = await runCase(harness, c).catch((error: unknown): CaseResult => ({
        ok: false,
        problems: [`harness error: ${(error as Error).stack ?? String(error)}`],
      }));
      outcomes.get(service)?.set(key, outcome);
      if (updating) return;
      const listed = expectedFailures[service]?.[key];
      if (listed !== undefined) {
        if (outcome.ok) throw new Error(`passes now but is listed in expected-failures.json ("${listed}"): remove the entry`);
        return;
      }
      if (!outcome.ok) throw new Error(outcome.problems.join("\n"));
    });
  }
}

// Runs last: the harness must notice a changed param in every passing request/response case.
describe("harness negative control", () => {
  it.each(prepared.map((p) => p.service.name))("%s: a perturbed param makes every passing case fail", async (service) => {
    const harness = harnesses.get(service);
    const p = prepared.find((x) => x.service.name === service);
    if (!harness || !p) throw new Error(`${service} did not start`);
    expect(await undetectedPerturbations(harness, p.cases)).toEqual([]);
  });
});
