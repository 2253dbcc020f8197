import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { OperationSchema } from "@codeartifact-local/smithy-runtime";
import { renderFromFiles } from "../generate";
import { batches, type ModelFile } from "./models";
import { RequestBuilder } from "./requests";
import { send, serveGenerated } from "./serve";
import { typecheckFolder } from "./typecheck";

export interface Tally {
  passed: number;
  total: number;
}

export interface ModelResult {
  model: string;
  service?: string;
  operations: number;
  generated: boolean;
  compiled: boolean;
  /** Valid requests answered 501 NotImplemented. */
  valid: Tally;
  /** Invalid requests answered 400 with the service's validation error; `none` counts operations with nothing to get wrong. */
  invalid: Tally & { none: number };
  /** Check → problem: `generate`, `compile`, `serve`, `<Op> valid`, `<Op> invalid`. */
  failures: Record<string, string>;
  generateMs: number;
}

export interface SweepOptions {
  models: readonly ModelFile[];
  /** Folder the servers are generated into (emptied per batch). */
  scratch: string;
  /** Model bytes per compiler run. */
  batchBytes?: number;
  onResult?: (result: ModelResult) => void;
}

/**
 * For each model: generate, type-check (one compiler run per batch of models, in a child process
 * while the batch's servers are exercised in this one), serve with no handlers and send one
 * valid and one invalid request per operation.
 */
export async function sweep(options: SweepOptions): Promise<ModelResult[]> {
  const results: ModelResult[] = [];
  const out = join(options.scratch, "out");
  for (const batch of batches(options.models, options.batchBytes ?? 6_000_000)) {
    await rm(out, { recursive: true, force: true });
    await mkdir(out, { recursive: true });
    const generated: ModelResult[] = [];
    for (const model of batch) generated.push(await generateOne(model, out));
    const folders = generated.filter((r) => r.generated).map((r) => r.model);
    const [diagnostics] = await Promise.all([
      folders.length ? typecheckFolder(out, folders) : Promise.resolve(""),
      (async () => {
        for (const result of generated) if (result.generated) await exercise(result, join(out, result.model));
      })(),
    ]);
    for (const result of generated) {
      if (result.generated) {
        const own = diagnostics.split("\n").filter((line) => line.startsWith(`${result.model}/`) || line.includes(`/${result.model}/`));
        result.compiled = own.length === 0;
        if (!result.compiled) result.failures.compile = `${own.length} diagnostics, first: ${own[0]}`;
      }
      results.push(result);
      options.onResult?.(result);
    }
    // Diagnostics no model owns (runtime, Fastify typings) fail the whole batch.
    const foreign = diagnostics.split("\n").filter((line) => line.trim() && !folders.some((m) => line.startsWith(`${m}/`) || line.includes(`/${m}/`)));
    if (foreign.length && !/^\s/.test(foreign[0]))
      throw new Error(`The compiler reported problems outside the generated folders:\n${foreign.slice(0, 10).join("\n")}`);
  }
  await rm(out, { recursive: true, force: true });
  return results;
}

async function generateOne(model: ModelFile, out: string): Promise<ModelResult> {
  const result: ModelResult = {
    model: model.name,
    operations: 0,
    generated: false,
    compiled: false,
    valid: { passed: 0, total: 0 },
    invalid: { passed: 0, total: 0, none: 0 },
    failures: {},
    generateMs: 0,
  };
  const started = performance.now();
  try {
    const { service, files } = await renderFromFiles([model.file]);
    result.service = service.schema.id;
    result.operations = Object.keys(service.schema.operations).length;
    const dir = join(out, model.name);
    await mkdir(dir, { recursive: true });
    for (const [name, content] of files) await writeFile(join(dir, name), content);
    result.generated = true;
  } catch (error) {
    result.failures.generate = firstLine(error);
  }
  result.generateMs = Math.round(performance.now() - started);
  return result;
}

async function exercise(result: ModelResult, dir: string): Promise<void> {
  let served;
  try {
    served = await serveGenerated(dir);
  } catch (error) {
    result.failures.serve = firstLine(error);
    return;
  }
  const { app, schema } = served;
  const builder = new RequestBuilder(schema);
  const validationError = schema.validation.errorShape.slice(schema.validation.errorShape.indexOf("#") + 1);
  // 400 unless the service models its validation error with another status (Marketplace Catalog: 422).
  const errorShape = schema.shapes[schema.validation.errorShape];
  const validationStatus = (errorShape?.type === "structure" ? errorShape.httpError : undefined) ?? 400;
  const own = Object.keys(schema.shapes).find((id) => id.endsWith("#ValidationException") && !id.startsWith("smithy.framework#"));
  if (own && schema.validation.errorShape !== own)
    result.failures["validation error"] = `the service models ${own}, the runtime reports ${schema.validation.errorShape}`;
  const messageName = schema.validation.style === "service" ? (schema.validation.messageMember ?? "message") : "message";
  const messageMember = (errorShape?.type === "structure" ? errorShape.members[messageName]?.jsonName : undefined) ?? messageName;
  try {
    const operations = Object.values(schema.operations).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const op of operations) {
      result.valid.total++;
      const problem = await check(() => validCheck(app, builder, op));
      if (problem) result.failures[`${op.name} valid`] = problem;
      else result.valid.passed++;

      const invalid = await check(async () => {
        const made = builder.invalid(op);
        if (!made) return "none";
        const answer = await send(app, made.request);
        // A HEAD response has no body to carry the message.
        const message = op.http.method === "HEAD" || hasMessage(answer.body, messageMember);
        if (answer.status === validationStatus && answer.errorType === validationError && message) return undefined;
        return `${made.broken}: got ${answer.status} ${answer.errorType ?? ""} ${answer.body.slice(0, 160)}`;
      });
      if (invalid === "none") {
        result.invalid.none++;
        continue;
      }
      result.invalid.total++;
      if (invalid && invalid !== "none") result.failures[`${op.name} invalid`] = invalid;
      else if (!invalid) result.invalid.passed++;
    }
  } finally {
    await app.close();
  }
}

async function validCheck(app: Parameters<typeof send>[0], builder: RequestBuilder, op: OperationSchema): Promise<string | undefined> {
  const request = builder.valid(op);
  const answer = await send(app, request);
  if (answer.status === 501 && answer.errorType === "NotImplemented") return undefined;
  return `${request.method} ${request.url.slice(0, 80)}: got ${answer.status} ${answer.errorType ?? ""} ${answer.body.slice(0, 200)}`;
}

async function check(run: () => Promise<string | undefined>): Promise<string | undefined> {
  try {
    return await run();
  } catch (error) {
    return `request not built: ${firstLine(error)}`;
  }
}

/** The validation error carries its text in the member the service models (`message`, `Message`, ...), by its JSON name. */
function hasMessage(body: string, member: string): boolean {
  try {
    const json = JSON.parse(body) as Record<string, unknown>;
    return typeof json[member] === "string";
  } catch {
    return false;
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0].slice(0, 300);
}
