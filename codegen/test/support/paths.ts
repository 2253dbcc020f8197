import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadModel, parseModelJson, type LoadedService } from "../../src/index";

export const codegenRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const repoRoot = resolve(codegenRoot, "..");

/**
 * The AWS models and the protocol compliance suite, as `pnpm models:fetch` leaves them (pinned by
 * sha256, from ../shared or their public origin; the test pipeline runs it first). A missing file
 * fails the tests that read it: nothing is skipped.
 */
export const modelsDir = join(repoRoot, "models", ".cache");

export const fixture = (name: string): string => join(codegenRoot, "test", "fixtures", name);
export const sharedModel = (name: string): string => join(modelsDir, name);
export const protocolTestFiles = ["smithy-aws-protocol-tests.json", "shared-types.json", "smithy-validation-model.json"].map((name) => join(modelsDir, name));

export function loadFiles(files: readonly string[], service?: string): LoadedService {
  return loadModel(
    files.map((file) => parseModelJson(readFileSync(file, "utf8")) as object),
    { service },
  );
}

/** Every model the generator must handle, with the service to pick. */
export interface ModelCase {
  name: string;
  files: string[];
  service?: string;
  shared?: boolean;
}

export const fixtureCases: ModelCase[] = [
  { name: "bindings", files: [fixture("bindings.json")] },
  { name: "shapes", files: [fixture("shapes.json"), fixture("shapes-other.json")] },
  { name: "legacy", files: [fixture("legacy.json")] },
  { name: "framework", files: [fixture("framework.json"), fixture("framework-validation.json")], service: "example.fw#Strict" },
  { name: "empty-service", files: [fixture("framework.json")], service: "example.fw#Empty" },
];

export const sharedCases: ModelCase[] = [
  { name: "codeartifact", files: [sharedModel("codeartifact-2018-09-22.json")], shared: true },
  { name: "codeartifact-2023-10", files: [sharedModel("codeartifact-2018-09-22.2023-10.json")], shared: true },
  { name: "codeartifact-2022-04", files: [sharedModel("codeartifact-2018-09-22.2022-04.json")], shared: true },
  { name: "restjson", files: protocolTestFiles, service: "aws.protocoltests.restjson#RestJson", shared: true },
  {
    name: "restjson-validation",
    files: protocolTestFiles,
    service: "aws.protocoltests.restjson.validation#RestJsonValidation",
    shared: true,
  },
];

export const readJson = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));
