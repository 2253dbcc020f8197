import { existsSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { judge, readExpected } from "../src/sweep/expected";
import { listModels, selectModels, type ModelFile } from "../src/sweep/models";
import { sweep, type ModelResult } from "../src/sweep/run";
import { codegenRoot, modelsDir } from "./support/paths";

const archive = join(modelsDir, "aws-restjson1-models.tar.gz");

/**
 * A fixed sample of the AWS restJson1 models, each chosen for a construct that once broke the
 * generator or the runtime (the full sweep is `pnpm codegen:sweep`).
 */
const SAMPLE = [
  "eks-auth", // the smallest model
  "quicksight", // the largest (2.4 MB, 209 operations): generation time and compiler memory
  "workspaces-web", // greedy labels (48 operations)
  "bedrock-runtime", // event streams both ways; labels longer than Fastify's 100-character parameter limit
  "transcribe-streaming", // event-stream input payloads
  "lex-runtime-v2", // streaming blob payload with a modeled Content-Type header, event streams
  "tnb", // an enum Content-Type header (application/zip) beside a streaming payload
  "cloudsearch-domain", // enum Content-Type; a shape named Partial
  "marketplace-catalog", // ValidationException with `Message`, modeled as 422
  "connect", // Smithy 1.0 `@default(0)` beside `@range(min: 1)` on input members (1.8 MB)
  "pinpoint", // required structure payloads sent as `{}`
  "amplify", // `(?s)` in patterns
  "evidently", // patterns that allow an empty label
  "dlm", // Java `\p{all}`
  "iot-wireless", // lookahead, backreference and a quantified anchor in patterns
  "rbin", // a quantifier on a quantified atom (`{11}{0,1011}`)
  "lex-models-v2", // possessive quantifiers
  "sagemaker-runtime", // `\A` and `\z` anchors, an event stream
  "sso-oidc", // a shape named Error
  "cognito-sync", // shapes named Date and Record
  "appflow", // shapes named Object, Date, Boolean, String
  "location", // ValidationException with `Message` (JSON name `message`) and a required `Reason`
  "ivs", // ValidationException whose text member is `exceptionMessage`
];

const scratch = join(codegenRoot, ".sweep", `test-${process.pid}`);
const expectedFile = join(codegenRoot, "sweep-expected-failures.json");

async function models(): Promise<ModelFile[]> {
  const own = await listModels(join(codegenRoot, "test", "fixtures", "sweep"), scratch);
  if (!existsSync(archive)) throw new Error(`${archive} is missing: run pnpm models:fetch (it reads ../shared/models or CODEARTIFACT_LOCAL_SHARED)`);
  return [...own, ...selectModels(await listModels(archive, scratch), SAMPLE)];
}

describe("sweep: generate, compile and serve real models", () => {
  let results: ModelResult[];

  beforeAll(async () => {
    await mkdir(scratch, { recursive: true });
    results = await sweep({ models: await models(), scratch });
  });

  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it("sweeps the fixture and the whole sample", () => {
    expect(results.map((r) => r.model)).toContain("objects");
    expect(results).toHaveLength(SAMPLE.length + 1);
  });

  it("generates and compiles every model", () => {
    expect(results.filter((r) => !r.generated || !r.compiled).map((r) => [r.model, r.failures])).toEqual([]);
  });

  it("answers HEAD and GET on one greedy path, streams and event streams with 501, a default outside its range is valid", () => {
    const objects = results.find((r) => r.model === "objects")!;
    expect(objects.failures).toEqual({});
    expect(objects.valid).toEqual({ passed: 4, total: 4 });
    expect(objects.invalid.passed).toBe(4);
  });

  it("fails only where the expected-failures file says, and every listed failure still fails", () => {
    const verdict = judge(readExpected(expectedFile), new Map(results.map((r) => [r.model, r.failures])));
    expect(verdict).toEqual({ unexpected: [], nowPassing: [] });
  });
});
