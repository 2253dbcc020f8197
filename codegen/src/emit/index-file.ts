import { StructureKind } from "ts-morph";
import type { Statement } from "./project";

export const TS_MODULES = ["schema", "types", "errors", "validators", "handlers", "routes"] as const;

/** `index.ts`: re-exports every generated module. */
export function indexFile(): Statement[] {
  return TS_MODULES.map((name) => ({ kind: StructureKind.ExportDeclaration, moduleSpecifier: `./${name}` }));
}
