import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Root of this package (the folder holding package.json). */
export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const repoRoot = resolve(packageRoot, "../..");

/** The three JSON AST files of the compliance suite, loaded together. */
export const PROTOCOL_TEST_FILES = ["smithy-aws-protocol-tests.json", "shared-types.json", "smithy-validation-model.json"] as const;

/**
 * Folder holding the protocol-test models (never committed): `CODEARTIFACT_LOCAL_PROTOCOL_TESTS`,
 * else `CODEARTIFACT_LOCAL_SHARED`/protocol-tests, else `../shared/protocol-tests` beside the repository.
 */
export function protocolTestsDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CODEARTIFACT_LOCAL_PROTOCOL_TESTS) return resolve(env.CODEARTIFACT_LOCAL_PROTOCOL_TESTS);
  if (env.CODEARTIFACT_LOCAL_SHARED) return resolve(env.CODEARTIFACT_LOCAL_SHARED, "protocol-tests");
  return resolve(repoRoot, "..", "shared", "protocol-tests");
}

/** The model files, or undefined when any of them is missing. */
export function protocolTestFiles(dir: string = protocolTestsDir()): string[] | undefined {
  const files = PROTOCOL_TEST_FILES.map((name) => join(dir, name));
  return files.every((file) => existsSync(file)) ? files : undefined;
}

/** Git-ignored folder the servers are generated into. */
export const generatedRoot = join(packageRoot, ".generated");
