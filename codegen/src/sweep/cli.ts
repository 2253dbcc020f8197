#!/usr/bin/env tsx
/**
 * codegen sweep: generate, compile and serve every model of an archive or folder.
 *   --from <archive.tar.gz|folder>  default: models/.cache/aws-restjson1-models.tar.gz (pnpm models:fetch)
 *   --only <name,...>               models by file name (without the version suffix: `eks-auth`)
 *   --out <dir>                     scratch folder and results (default: codegen/.sweep)
 *   --expected <file>               expected failures (default: codegen/sweep-expected-failures.json)
 *   --update-expected               rewrite the expected failures of the swept models from this run
 * Exits 1 when a check fails that the expected-failures file does not list, or a listed one passes.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { judge, readExpected, updateExpected } from "./expected";
import { listModels, selectModels } from "./models";
import { resultTable, totals, totalsLine } from "./report";
import { sweep } from "./run";

const codegenRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const repoRoot = resolve(codegenRoot, "..");

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      from: { type: "string" },
      only: { type: "string", multiple: true },
      out: { type: "string" },
      expected: { type: "string" },
      "update-expected": { type: "boolean" },
    },
  });
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const from = values.from ? resolve(cwd, values.from) : join(repoRoot, "models", ".cache", "aws-restjson1-models.tar.gz");
  const scratch = values.out ? resolve(cwd, values.out) : join(codegenRoot, ".sweep");
  const expectedFile = values.expected ? resolve(cwd, values.expected) : join(codegenRoot, "sweep-expected-failures.json");
  await mkdir(scratch, { recursive: true });

  const only = (values.only ?? []).flatMap((v) => v.split(",")).filter(Boolean);
  const models = selectModels(await listModels(from, scratch), only);
  const started = performance.now();
  const results = await sweep({
    models,
    scratch,
    onResult: (r) => {
      const failed = Object.keys(r.failures).length;
      console.log(
        `${r.model.padEnd(48)} ${String(r.operations).padStart(4)} ops  valid ${r.valid.passed}/${r.valid.total}  invalid ${r.invalid.passed}/${r.invalid.total}${failed ? `  ${failed} failures` : ""}`,
      );
    },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const summary = `${totalsLine(totals(results))}; ${seconds} s`;
  const table = resultTable(results);
  await writeFile(join(scratch, "results.md"), `# Sweep of ${from}\n\n${summary}\n\n${table}\n`);
  await writeFile(join(scratch, "results.json"), `${JSON.stringify({ from, seconds: Number(seconds), results }, null, 2)}\n`);
  console.log(`\n${table}\n\n${summary}\nResults: ${join(scratch, "results.md")}`);

  const observed = new Map(results.map((r) => [r.model, r.failures]));
  const expected = readExpected(expectedFile);
  if (values["update-expected"]) {
    updateExpected(expectedFile, expected, observed);
    console.log(`Updated ${expectedFile}`);
    return 0;
  }
  const verdict = judge(expected, observed);
  for (const line of verdict.unexpected) console.error(`unexpected failure: ${line}`);
  for (const line of verdict.nowPassing) console.error(`listed as failing but passes (remove it from ${expectedFile}): ${line}`);
  return verdict.unexpected.length + verdict.nowPassing.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  },
);
