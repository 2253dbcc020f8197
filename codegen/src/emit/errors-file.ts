import { StructureKind } from "ts-morph";
import { byName, type EmitContext } from "./context";
import { blankLine, importStatement, type Statement } from "./project";
import { RUNTIME_MODULE } from "./runtime-module";

/**
 * `errors.ts`: a throwable class per error shape (a `ServiceException` with the shape's `$fault`);
 * the runtime serializes it from `shapeId` and `fields`.
 */
export function errorsFile(ctx: EmitContext): Statement[] {
  const errors = Object.entries(ctx.schema.shapes)
    .filter(([id, shape]) => shape.type === "structure" && shape.error !== undefined && ctx.typeNames[id] !== undefined)
    .map(([id, shape]) => ({ id, name: ctx.typeNames[id], fault: shape.type === "structure" && shape.error === "server" ? "server" : "client" }))
    .sort(byName);
  if (errors.length === 0) return ["export {};"];

  const classes: Statement[] = errors.flatMap(({ id, name, fault }) => [
    blankLine,
    {
      kind: StructureKind.Class,
      isExported: true,
      name,
      extends: `ModeledError<${name}Fields>`,
      properties: [{ name: "shapeId", isStatic: true, hasOverrideKeyword: true, isReadonly: true, initializer: JSON.stringify(id) }],
      ctors: [{ parameters: [{ name: "fields", type: `${name}Fields` }], statements: [`super(${JSON.stringify(id)}, fields, ${JSON.stringify(fault)});`] }],
    },
  ]);
  return [
    importStatement(RUNTIME_MODULE, ["ModeledError"]),
    importStatement(
      "./types",
      errors.map(({ name }) => `${name}Fields`),
      true,
    ),
    ...classes,
  ];
}
