import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../src/index";
import { fixtureCases, sharedCases } from "./support/paths";
import { typecheckFolder } from "../src/sweep/typecheck";

const cases = [...fixtureCases, ...sharedCases];

describe("generated code type-checks against the runtime", () => {
  let root: string;
  let diagnostics: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "codegen-typecheck-"));
    for (const c of cases) await generate({ modelFiles: c.files, outDir: join(root, c.name), service: c.service });
    // One compiler run for all outputs: the runtime and Fastify typings are checked once.
    diagnostics = await typecheckFolder(root);
  });

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it.each(cases.map((c) => c.name))("%s", (name) => {
    const own = diagnostics.split("\n").filter((line) => line.includes(`/${name}/`));
    expect(own).toEqual([]);
  });

  it("reports nothing else", () => {
    expect(diagnostics).toBe("");
  });
});
