// Bundles the server (src/main.ts and every workspace package it imports, which export
// TypeScript sources) into one JavaScript file, dist/main.js, that Node runs directly.
// Native and optional modules stay outside the bundle and are loaded from where the importing
// package resolves them. dist/meta.json lists the inputs, so a start can tell a stale bundle.
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const appRoot = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(appRoot, "..", "..");
export const bundle = join(appRoot, "dist", "main.js");
const metafile = join(appRoot, "dist", "meta.json");

/** Loaded from node_modules at run time: native addons, and optional drivers. */
const EXTERNAL = ["better-sqlite3", "pg", "pg-native"];

/** True when the bundle is missing or older than one of its inputs or the lockfile. */
export function isStale() {
  if (!existsSync(bundle) || !existsSync(metafile)) return true;
  const built = statSync(bundle).mtimeMs;
  const inputs = JSON.parse(readFileSync(metafile, "utf8")).inputs.map((input) => join(repoRoot, input));
  for (const file of [...inputs, join(repoRoot, "pnpm-lock.yaml")]) {
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat || stat.mtimeMs > built) return true;
  }
  return false;
}

export async function build() {
  const esbuild = await import("esbuild");
  const external = {
    name: "external-from-importer",
    setup(build) {
      const filter = new RegExp(`^(${EXTERNAL.join("|")})$`);
      build.onResolve({ filter }, ({ path, importer }) => {
        // Absolute, so the bundle finds the module wherever pnpm put it for the importer.
        try {
          return { path: createRequire(importer).resolve(path), external: true };
        } catch {
          return { path, external: true };
        }
      });
    },
  };
  // Written aside and renamed into place, so a start running meanwhile never reads half a file.
  const aside = `${bundle}.${process.pid}.tmp`;
  try {
    const result = await esbuild.build({
      entryPoints: [join(appRoot, "src", "main.ts")],
      outfile: aside,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      absWorkingDir: repoRoot,
      metafile: true,
      logLevel: "warning",
      plugins: [external],
      // CommonJS dependencies call require(); an ES module bundle has to provide it.
      banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
      legalComments: "none",
    });
    writeFileSync(`${metafile}.${process.pid}.tmp`, JSON.stringify({ inputs: Object.keys(result.metafile.inputs) }));
    renameSync(aside, bundle);
    renameSync(`${metafile}.${process.pid}.tmp`, metafile);
  } finally {
    await esbuild.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  await build();
  console.log(`built ${bundle} in ${Math.round(performance.now() - started)} ms`);
}
