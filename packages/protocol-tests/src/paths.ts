import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Root of this package (the folder holding package.json). */
export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const repoRoot = resolve(packageRoot, "../..");

/** The three JSON AST files of the compliance suite, loaded together. */
export const PROTOCOL_TEST_FILES = ["smithy-aws-protocol-tests.json", "shared-types.json", "smithy-validation-model.json"] as const;

/**
 * Folders that may hold the protocol-test models (never committed), in order:
 * `CODEARTIFACT_LOCAL_PROTOCOL_TESTS`, else `CODEARTIFACT_LOCAL_SHARED`/protocol-tests, else
 * `../shared/protocol-tests` beside the repository; then `models/.cache`, where `pnpm models:fetch`
 * puts them, sha256-verified, from the shared folder or their public origin.
 */
export function protocolTestsDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  const cache = join(repoRoot, "models", ".cache");
  if (env.CODEARTIFACT_LOCAL_PROTOCOL_TESTS) return [resolve(env.CODEARTIFACT_LOCAL_PROTOCOL_TESTS)];
  if (env.CODEARTIFACT_LOCAL_SHARED) return [resolve(env.CODEARTIFACT_LOCAL_SHARED, "protocol-tests"), cache];
  return [resolve(repoRoot, "..", "shared", "protocol-tests"), cache];
}

/** The model files from the first folder that holds all of them, or undefined. */
export function protocolTestFiles(dirs: string[] = protocolTestsDirs()): string[] | undefined {
  for (const dir of dirs) {
    const files = PROTOCOL_TEST_FILES.map((name) => join(dir, name));
    if (files.every((file) => existsSync(file))) return files;
  }
  return undefined;
}

/** Git-ignored folder the servers are generated into. */
export const generatedRoot = join(packageRoot, ".generated");
