import { execFile } from "node:child_process";
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface ModelFile {
  /** File name without `.json`, e.g. `s3-control-2018-08-20`. */
  name: string;
  file: string;
  bytes: number;
}

/** The JSON AST files of a folder, or of a `.tar.gz` archive unpacked below `scratch`. */
export async function listModels(from: string, scratch: string): Promise<ModelFile[]> {
  let dir = from;
  if ((await stat(from)).isFile()) {
    dir = join(scratch, "models");
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await run("tar", ["-xzf", from, "-C", dir]);
  }
  const models: ModelFile[] = [];
  for (const entry of (await readdir(dir, { recursive: true })).sort()) {
    if (!entry.endsWith(".json")) continue;
    const file = join(dir, entry);
    models.push({ name: basename(entry, ".json"), file, bytes: (await stat(file)).size });
  }
  return models;
}

/** Whether `name` is the model `wanted`, given with or without its `-YYYY-MM-DD` version. */
const isModel = (name: string, wanted: string): boolean =>
  name === wanted || (name.startsWith(wanted) && /^-\d{4}-\d{2}-\d{2}$/.test(name.slice(wanted.length)));

/** The models named in `only` (all when `only` is empty). */
export function selectModels(models: readonly ModelFile[], only: readonly string[]): ModelFile[] {
  if (only.length === 0) return [...models];
  const picked = models.filter((m) => only.some((o) => isModel(m.name, o)));
  const unknown = only.filter((o) => !models.some((m) => isModel(m.name, o)));
  if (unknown.length) throw new Error(`No model named ${unknown.join(", ")}`);
  return picked;
}

/** Consecutive groups whose model files add up to about `bytes` (one compiler run each). */
export function batches(models: readonly ModelFile[], bytes: number): ModelFile[][] {
  const out: ModelFile[][] = [];
  let current: ModelFile[] = [];
  let size = 0;
  for (const model of models) {
    if (current.length > 0 && size + model.bytes > bytes) {
      out.push(current);
      [current, size] = [[], 0];
    }
    current.push(model);
    size += model.bytes;
  }
  if (current.length) out.push(current);
  return out;
}
