import { validatorName } from "../naming";
import type { EmitContext } from "./context";
import { blankLine, importStatement, type Statement } from "./project";
import { RUNTIME_MODULE } from "./runtime-module";

/** Validator of operations without input: there is nothing to check. */
export const EMPTY_INPUT_VALIDATOR = "acceptEmptyInput";

/** `validators.ts`: one input validator per operation with an input, checking it against the schema. */
export function validatorsFile(ctx: EmitContext): Statement[] {
  const validators = ctx.operations
    .filter((op) => op.input !== undefined)
    .map((op) => `export const ${validatorName(op.name)}: InputValidator = (input) =>\n  validateShape(serviceSchema, ${JSON.stringify(op.input)}, input);`);
  const needsEmpty = ctx.operations.some((op) => op.input === undefined);
  if (!validators.length && !needsEmpty) return ["export {};"];
  const statements: Statement[] = [
    importStatement(RUNTIME_MODULE, [...(validators.length ? ["validateShape"] : []), { name: "InputValidator", typeOnly: true }]),
  ];
  if (validators.length) statements.push(importStatement("./schema", ["serviceSchema"]));
  if (needsEmpty) statements.push(blankLine, `export const ${EMPTY_INPUT_VALIDATOR}: InputValidator = () => [];`);
  for (const validator of validators) statements.push(blankLine, validator);
  return statements;
}
