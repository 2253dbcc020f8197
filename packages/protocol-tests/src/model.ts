import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseModelJson, renderFromFiles } from "@codeartifact-local/codegen";
import type { ServiceSchema, ShapeId } from "@codeartifact-local/smithy-runtime";
import type { RawShape } from "./traits";

/** The shapes of several JSON AST files, merged (test traits are read from here). */
export async function readRawShapes(files: readonly string[]): Promise<Map<ShapeId, RawShape>> {
  const shapes = new Map<ShapeId, RawShape>();
  for (const file of files) {
    const doc = parseModelJson(await readFile(file, "utf8")) as { shapes?: Record<string, RawShape> };
    for (const [id, shape] of Object.entries(doc.shapes ?? {})) {
      const known = shapes.get(id);
      // A shape present in several files: keep the first, adding any traits it lacks.
      shapes.set(id, known ? { ...known, traits: { ...shape.traits, ...known.traits } } : shape);
    }
  }
  return shapes;
}

export interface GeneratedService {
  schema: ServiceSchema;
  /** Folder holding the generated TypeScript (index.ts re-exports everything). */
  dir: string;
}

/**
 * Generates the server of `service` into `<outRoot>/<ServiceName>/` with the project's
 * generator. Files are only rewritten when their content changed; other files are removed.
 */
export async function generateService(modelFiles: readonly string[], service: ShapeId, outRoot: string): Promise<GeneratedService> {
  const { service: loaded, files } = await renderFromFiles(modelFiles, service);
  const dir = join(outRoot, loaded.schema.name);
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(dir)) {
    if (!files.has(name)) await rm(join(dir, name), { recursive: true, force: true });
  }
  for (const [name, content] of files) {
    const path = join(dir, name);
    const current = await readFile(path, "utf8").catch(() => undefined);
    if (current !== content) await writeFile(path, content);
  }
  return { schema: loaded.schema, dir };
}
