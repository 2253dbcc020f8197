import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./server";

interface AstShape {
  type: string;
  errors?: Array<{ target: string }>;
  operations?: Array<{ target: string }>;
}

/** Operation name → modeled error names, read from the pinned model (filled by `pnpm models:fetch`). */
export function modeledErrors(modelFile = join(repoRoot, "models/.cache/codeartifact-2018-09-22.json")): Map<string, string[]> {
  const shapes = JSON.parse(readFileSync(modelFile, "utf8")).shapes as Record<string, AstShape>;
  const local = (id: string) => id.slice(id.indexOf("#") + 1);
  const errors = new Map<string, string[]>();
  for (const [id, shape] of Object.entries(shapes)) {
    if (shape.type === "operation")
      errors.set(
        local(id),
        (shape.errors ?? []).map((e) => local(e.target)),
      );
  }
  return errors;
}
