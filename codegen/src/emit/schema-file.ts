import type { EmitContext } from "./context";
import { dataLiteral } from "./literal";
import { blankLine, importStatement, type Statement } from "./project";
import { RUNTIME_MODULE } from "./runtime-module";

/** `schema.ts`: the normalized service description the runtime interprets, as sorted plain data. */
export function schemaFile(ctx: EmitContext): Statement[] {
  return [importStatement(RUNTIME_MODULE, ["ServiceSchema"], true), blankLine, `export const serviceSchema: ServiceSchema = ${dataLiteral(ctx.schema)};`];
}
