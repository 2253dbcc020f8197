import { StructureKind, type MethodSignatureStructure, type OptionalKind } from "ts-morph";
import { handlerMethodName, handlersInterfaceName } from "../naming";
import type { EmitContext } from "./context";
import { blankLine, importStatement, type Statement } from "./project";
import { RUNTIME_MODULE } from "./runtime-module";

/** Input type of operations without input. */
const NO_INPUT = "Record<string, never>";

/** `handlers.ts`: the contract hand-written code implements, one optional method per operation. */
export function handlersFile(ctx: EmitContext): Statement[] {
  const typeImports = new Set<string>();
  const methods = ctx.operations.map((op): OptionalKind<MethodSignatureStructure> => {
    const input = op.input ? ctx.typeNames[op.input] : NO_INPUT;
    const output = op.output ? ctx.typeNames[op.output] : "void";
    if (op.input) typeImports.add(input);
    if (op.output) typeImports.add(output);
    const url = ctx.loaded.docsUrl?.(op.name);
    return {
      name: handlerMethodName(op.name),
      hasQuestionToken: true,
      docs: url ? [`API reference: ${url}`] : [],
      parameters: [
        { name: "input", type: input },
        { name: "context", type: "Ctx" },
      ],
      returnType: `Promise<${output}>`,
    };
  });
  const names = ctx.operations.map((op) => JSON.stringify(op.name));
  const statements: Statement[] = [importStatement(RUNTIME_MODULE, ["RequestContext"], true)];
  if (typeImports.size) {
    statements.push(importStatement("./types", [...typeImports].sort(), true));
  }
  statements.push(
    blankLine,
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: handlersInterfaceName(ctx.schema.name),
      docs: ["Operation implementations; operations without one answer with the runtime's not-implemented error."],
      typeParameters: [{ name: "Ctx", constraint: "RequestContext", default: "RequestContext" }],
      methods,
    },
    blankLine,
    names.length ? `export const operationNames = [\n${names.map((n) => `  ${n},`).join("\n")}\n] as const;` : "export const operationNames = [] as const;",
  );
  return statements;
}
