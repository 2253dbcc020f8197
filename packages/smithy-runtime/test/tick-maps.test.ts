import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const probe = join(dirname(fileURLToPath(import.meta.url)), "support/tick-probe.mjs");

/** How many of nextTick's property-definition caches went megamorphic in a fresh process. */
function megamorphicSlots(mode: "keep" | "none"): number {
  // V8 prints with C stdio; into a pipe, the end of it was sometimes lost at exit. A file keeps it all.
  const dir = mkdtempSync(join(tmpdir(), "tick-probe-"));
  const file = join(dir, "out.txt");
  const fd = openSync(file, "w");
  try {
    const run = spawnSync(process.execPath, ["--allow-natives-syntax", "--expose-gc", "--import", "tsx", probe, mode], {
      encoding: "utf8",
      stdio: ["ignore", fd, "pipe"],
    });
    expect(run.status, run.stderr).toBe(0);
  } finally {
    closeSync(fd);
  }
  const out = readFileSync(file, "utf8");
  rmSync(dir, { recursive: true, force: true });
  expect(out).toContain("DefineKeyedOwnPropertyInLiteral");
  return out.split("\n").filter((line) => line.includes("DefineKeyedOwnPropertyInLiteral MEGAMORPHIC")).length;
}

describe("keepTickEntryClasses", () => {
  it("reproduces the slowdown without it: a full GC with no tick queued turns nextTick's caches megamorphic", () => {
    // If this starts failing, the Node version in use no longer has the problem and the workaround can go.
    expect(megamorphicSlots("none")).toBeGreaterThan(0);
  });

  it("keeps nextTick's caches monomorphic across that GC", () => {
    expect(megamorphicSlots("keep")).toBe(0);
  });
});
