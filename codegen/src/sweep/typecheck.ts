import { execFile } from "node:child_process";
import { realpathSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const requireFromRoot = createRequire(join(repoRoot, "package.json"));

/**
 * Type-checks the `.ts` files below `root` (every one, or those of the given subfolders) in one
 * compiler run, with the settings the server package uses plus `noUnusedLocals`, the runtime
 * package mapped to its sources and `fastify` to the runtime's copy. Returns the compiler's
 * diagnostics, empty when the code type-checks.
 */
export async function typecheckFolder(root: string, folders?: readonly string[]): Promise<string> {
  const fastifyDir = realpathSync(join(repoRoot, "packages", "smithy-runtime", "node_modules", "fastify"));
  const tsconfig = {
    extends: join(repoRoot, "tsconfig.base.json"),
    compilerOptions: {
      noUnusedLocals: true,
      typeRoots: [join(repoRoot, "node_modules", "@types")],
      paths: {
        "@codeartifact-local/smithy-runtime": [join(repoRoot, "packages", "smithy-runtime", "src", "index.ts")],
        fastify: [fastifyDir],
      },
    },
    include: folders ? folders.map((folder) => `${folder}/**/*.ts`) : ["**/*.ts"],
  };
  const config = join(root, folders ? `tsconfig.${process.pid}.${Date.now()}.json` : "tsconfig.json");
  await writeFile(config, JSON.stringify(tsconfig, null, 2));
  const tsc = requireFromRoot.resolve("typescript/bin/tsc");
  try {
    await run(process.execPath, [tsc, "-p", config, "--pretty", "false"], { maxBuffer: 64 * 1024 * 1024 });
    return "";
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    return `${stdout ?? ""}${stderr ?? ""}` || String(error);
  }
}
