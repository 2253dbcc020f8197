#!/usr/bin/env node
// Fills models/.cache/ (git-ignored) with the files listed in manifest.json: the AWS models and
// Smithy's compliance suite. Source order per file: --from <dir> / MODELS_DIR, then the shared
// folder (--shared <dir> / CODEARTIFACT_LOCAL_SHARED, default ../shared beside the repo) /<folder>
// (`models` unless the entry names another), then the manifest URL. Every file is checked against
// its pinned sha256 whatever its source. The tests need every file: a file that can be had
// neither way is an error (`--pinned-only` fetches just the model the server is generated from).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "..");
const { values: flags } = parseArgs({
  options: {
    from: { type: "string" },
    shared: { type: "string" },
    "pinned-only": { type: "boolean", default: false },
  },
});

const manifest = JSON.parse(readFileSync(join(here, "manifest.json"), "utf8"));
const cacheDir = join(here, ".cache");
const sharedDir = resolve(flags.shared ?? process.env.CODEARTIFACT_LOCAL_SHARED ?? join(repoRoot, "..", "shared"));
const fromDir = flags.from ?? process.env.MODELS_DIR;
const localDirs = (model) => [fromDir, join(sharedDir, model.folder ?? "models")].filter(Boolean);

const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");

async function obtain(model) {
  for (const dir of localDirs(model)) {
    const file = resolve(dir, model.name);
    if (existsSync(file)) return { bytes: readFileSync(file), from: file };
  }
  if (!model.url) return undefined;
  const response = await fetch(model.url, { signal: AbortSignal.timeout(30_000) }).catch((error) => ({ error }));
  if (response.error || !response.ok) {
    console.error(`${model.url}: ${response.error ? (response.error.cause?.message ?? response.error.message) : `HTTP ${response.status}`}`);
    return undefined;
  }
  return { bytes: Buffer.from(await response.arrayBuffer()), from: model.url };
}

mkdirSync(cacheDir, { recursive: true });
let failed = false;
for (const model of manifest.models) {
  if (flags["pinned-only"] && !model.pinned) continue;
  const target = join(cacheDir, model.name);
  if (existsSync(target) && sha256(readFileSync(target)) === model.sha256) continue;
  const found = await obtain(model);
  if (!found) {
    console.error(
      `error: ${model.name} not found in ${localDirs(model).join(", ")}${model.url ? ` nor at ${model.url}` : ""}.\n` +
        `  Put a copy in a folder and run: pnpm models:fetch --from <folder>  (or set MODELS_DIR).`,
    );
    failed = true;
    continue;
  }
  const digest = sha256(found.bytes);
  if (digest !== model.sha256) {
    console.error(`error: ${model.name} from ${found.from} has sha256 ${digest}, expected ${model.sha256}`);
    failed = true;
    continue;
  }
  writeFileSync(`${target}.tmp`, found.bytes);
  renameSync(`${target}.tmp`, target);
  console.log(`models: ${model.name} ← ${found.from} (sha256 verified)`);
}
process.exit(failed ? 1 : 0);
