#!/usr/bin/env tsx
/**
 * smithy-fastify-codegen: generate | check
 *   --model <file>  JSON AST file, repeatable (default: the pinned model of models/manifest.json,
 *                   read from models/.cache/, which `pnpm models:fetch` fills)
 *   --out <dir>     output folder (default: packages/api/src/generated)
 *   --service <id>  service shape id, when the model defines several
 * Relative paths are resolved against the directory the command was started from.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { checkGenerated, generate, hasDrift } from "./generate";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const USAGE = "usage: smithy-fastify-codegen <generate|check> [--model <file>]... [--out <dir>] [--service <id>]";

interface ManifestEntry {
  name: string;
  pinned?: boolean;
}

/** The pinned model of the repository's manifest, where `pnpm models:fetch` stores it. */
function defaultModel(): string {
  const manifestPath = join(repoRoot, "models", "manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { models: ManifestEntry[] };
  const pinned = manifest.models.find((m) => m.pinned);
  if (!pinned) throw new Error(`${manifestPath} marks no model as pinned`);
  const file = join(repoRoot, "models", ".cache", pinned.name);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`pnpm models:fetch\` or pass --model <file>`);
  return file;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      model: { type: "string", multiple: true },
      out: { type: "string" },
      service: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const command = positionals[0];
  if (values.help || positionals.length !== 1 || (command !== "generate" && command !== "check")) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  // pnpm runs scripts in the package folder; INIT_CWD is where the user typed the command.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const modelFiles = values.model?.length ? values.model.map((f) => resolve(cwd, f)) : [defaultModel()];
  const outDir = values.out ? resolve(cwd, values.out) : join(repoRoot, "packages", "api", "src", "generated");
  const options = { modelFiles, outDir, service: values.service };
  const shown = relative(cwd, outDir) || ".";

  if (command === "generate") {
    const result = await generate(options);
    const ops = Object.keys(result.service.schema.operations).length;
    console.log(`Generated ${result.files.length} files for ${result.service.schema.id} (${ops} operations) in ${shown}`);
    if (result.removed.length) console.log(`Removed stale files: ${result.removed.join(", ")}`);
    return 0;
  }

  const report = await checkGenerated(options);
  if (!hasDrift(report)) {
    console.log(`${shown} is up to date`);
    return 0;
  }
  console.error(`${shown} differs from what the model generates:`);
  for (const name of report.missing) console.error(`  missing  ${name}`);
  for (const drift of report.changed) {
    console.error(`  changed  ${drift.name} (${drift.differingLines} lines differ, first at line ${drift.firstLine})`);
  }
  for (const name of report.stale) console.error(`  stale    ${name}`);
  console.error("Run `pnpm codegen` to regenerate.");
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
