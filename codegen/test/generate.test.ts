import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, unlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkGenerated, generate, hasDrift } from "../src/index";
import { codegenRoot, fixture, repoRoot } from "./support/paths";

const run = promisify(execFile);
const model = fixture("bindings.json");

describe("generate and check", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "codegen-generate-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("writes the files, removes stale generated ones and keeps hand-written ones", async () => {
    await writeFile(join(dir, "old.ts"), "// GENERATED FILE - DO NOT EDIT.\nexport {};\n");
    await writeFile(join(dir, "notes.txt"), "mine");
    const result = await generate({ modelFiles: [model], outDir: dir });
    expect(result.removed).toEqual(["old.ts"]);
    expect((await readdir(dir)).sort()).toEqual([...result.files, "notes.txt"].sort());
    expect(result.service.schema.name).toBe("StorageService");
  });

  it("reports missing, changed and stale files", async () => {
    await generate({ modelFiles: [model], outDir: dir });
    expect(hasDrift(await checkGenerated({ modelFiles: [model], outDir: dir }))).toBe(false);

    await unlink(join(dir, "index.ts"));
    const types = join(dir, "types.ts");
    await writeFile(types, (await readFile(types, "utf8")).replace("export type Permission", "export type Permissions"));
    await writeFile(join(dir, "extra.ts"), "// GENERATED FILE - DO NOT EDIT.\n");
    const report = await checkGenerated({ modelFiles: [model], outDir: dir });
    expect(report.missing).toEqual(["index.ts"]);
    expect(report.changed.map((c) => c.name)).toEqual(["types.ts"]);
    expect(report.changed[0].differingLines).toBe(1);
    expect(report.stale).toEqual(["extra.ts"]);
  });

  it("reports every file missing when the folder does not exist", async () => {
    const report = await checkGenerated({ modelFiles: [model], outDir: join(dir, "nothing") });
    expect(report.missing).toHaveLength(8);
  });
});

describe("cli", () => {
  const tsxLoader = createRequire(join(repoRoot, "package.json")).resolve("tsx");
  const cli = (args: string[]) =>
    run(process.execPath, ["--import", tsxLoader, join(codegenRoot, "src", "cli.ts"), ...args], { cwd: codegenRoot }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );

  it("generates, checks, and fails the check with a summary after a change", async () => {
    const dir = await mkdtemp(join(tmpdir(), "codegen-cli-"));
    try {
      const generated = await cli(["generate", "--model", model, "--out", dir]);
      expect(generated.code).toBe(0);
      expect(generated.stdout).toContain("Generated 8 files for example.bindings#StorageService (6 operations)");
      expect((await cli(["check", "--model", model, "--out", dir])).code).toBe(0);

      await writeFile(join(dir, "routes.ts"), "// edited\n");
      const checked = await cli(["check", "--model", model, "--out", dir]);
      expect(checked.code).toBe(1);
      expect(checked.stderr).toMatch(/changed {2}routes\.ts/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("rejects unknown commands and reports model errors", async () => {
    expect((await cli(["build"])).code).toBe(2);
    const failed = await cli(["generate", "--model", fixture("framework.json"), "--out", join(tmpdir(), "never-written")]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("--service");
  });
});
