import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { ModelSource } from "./emit/context";
import { renderService } from "./emit/render";
import { GENERATED_MARKER } from "./emit/templates";
import { parseModelJson } from "./model/json";
import { loadModel, type LoadedService } from "./model/load";

export interface GenerateOptions {
  /** JSON AST files loaded together (e.g. a test suite plus its shared shapes). */
  modelFiles: readonly string[];
  outDir: string;
  /** Absolute shape id of the service; required when the model defines several. */
  service?: string;
}

export interface GenerateResult {
  service: LoadedService;
  /** Names of the files written into `outDir`. */
  files: string[];
  /** Stale generated files removed from `outDir`. */
  removed: string[];
}

/** Reads model files and renders the generated files in memory: file name → content. */
export async function renderFromFiles(modelFiles: readonly string[], service?: string): Promise<{ service: LoadedService; files: Map<string, string> }> {
  if (modelFiles.length === 0) throw new Error("No model file given");
  const docs: object[] = [];
  const sources: ModelSource[] = [];
  for (const file of modelFiles) {
    const bytes = await readFile(file);
    sources.push({ name: basename(file), sha256: createHash("sha256").update(bytes).digest("hex") });
    docs.push(parseModelJson(bytes.toString("utf8")) as object);
  }
  const loaded = loadModel(docs, { service });
  return { service: loaded, files: renderService(loaded, sources) };
}

/**
 * Generates the service's files into `outDir`, replacing earlier output: generated files no
 * longer produced are deleted; files without the generated marker are never touched.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const { service, files } = await renderFromFiles(options.modelFiles, options.service);
  await mkdir(options.outDir, { recursive: true });
  const removed: string[] = [];
  for (const name of await readdir(options.outDir)) {
    if (files.has(name)) continue;
    const path = join(options.outDir, name);
    const text = await readFile(path, "utf8").catch(() => "");
    if (text.slice(0, 400).includes(GENERATED_MARKER)) {
      await rm(path);
      removed.push(name);
    }
  }
  for (const [name, content] of files) await writeFile(join(options.outDir, name), content);
  return { service, files: [...files.keys()], removed };
}

export interface FileDrift {
  name: string;
  /** First differing line (1-based) and how many lines differ, position by position. */
  firstLine: number;
  differingLines: number;
}

export interface DriftReport {
  missing: string[];
  changed: FileDrift[];
  /** Generated files present in the folder that the model no longer produces. */
  stale: string[];
}

export const hasDrift = (report: DriftReport): boolean => report.missing.length + report.changed.length + report.stale.length > 0;

/** Regenerates into a temporary folder and compares the result with the content of `outDir`. */
export async function checkGenerated(options: GenerateOptions): Promise<DriftReport> {
  const scratch = await mkdtemp(join(tmpdir(), "smithy-codegen-check-"));
  try {
    const { files } = await generate({ ...options, outDir: scratch });
    const report: DriftReport = { missing: [], changed: [], stale: [] };
    const present = await readdir(options.outDir).catch(() => [] as string[]);
    for (const name of files) {
      if (!present.includes(name)) {
        report.missing.push(name);
        continue;
      }
      const [expected, actual] = await Promise.all([readFile(join(scratch, name), "utf8"), readFile(join(options.outDir, name), "utf8")]);
      if (expected !== actual) report.changed.push(compareLines(name, expected, actual));
    }
    for (const name of present) {
      if (files.includes(name)) continue;
      const text = await readFile(join(options.outDir, name), "utf8").catch(() => "");
      if (text.slice(0, 400).includes(GENERATED_MARKER)) report.stale.push(name);
    }
    return report;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

function compareLines(name: string, expected: string, actual: string): FileDrift {
  const a = expected.split("\n");
  const b = actual.split("\n");
  let firstLine = 0;
  let differingLines = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      differingLines++;
      if (firstLine === 0) firstLine = i + 1;
    }
  }
  return { name, firstLine, differingLines };
}
