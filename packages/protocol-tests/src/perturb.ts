import type { ProtocolCase } from "./cases";
import { runCase, type ServiceHarness } from "./run";

/**
 * Changes the first scalar found (depth first) in test params: strings get a suffix, numbers
 * grow by one, booleans flip; the non-numeric float spellings become a number. Returns
 * undefined when there is no scalar to change.
 */
export function perturbParams(value: unknown): unknown {
  if (typeof value === "string") return value === "NaN" || value === "Infinity" || value === "-Infinity" ? 2.5 : `${value}x`;
  if (typeof value === "number") return value + 1;
  if (typeof value === "boolean") return !value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const changed = perturbParams(value[i]);
      if (changed !== undefined) return value.map((item, j) => (j === i ? changed : item));
    }
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const changed = perturbParams(item);
      if (changed !== undefined) return { ...value, [key]: changed };
    }
  }
  return undefined;
}

/**
 * Negative control of the harness: every passing request/response case whose params hold a
 * scalar is run again with one param changed, which must make it fail (a request case then
 * expects another input, a response case returns another output). Returns the cases that
 * still passed, i.e. where the harness compared too little.
 */
export async function undetectedPerturbations(harness: ServiceHarness, cases: readonly ProtocolCase[]): Promise<string[]> {
  const undetected: string[] = [];
  for (const c of cases) {
    if (c.kind === "malformed") continue;
    const params = perturbParams(c.test.params ?? {});
    if (params === undefined || !(await runCase(harness, c)).ok) continue;
    const changed = { ...c, test: { ...c.test, params: params as Record<string, unknown> } } as ProtocolCase;
    if ((await runCase(harness, changed)).ok) undetected.push(`${c.kind} ${c.id}`);
  }
  return undetected;
}
