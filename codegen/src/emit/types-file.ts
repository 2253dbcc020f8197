import type { MemberSchema, Shape } from "@codeartifact-local/smithy-runtime";
import { StructureKind, type OptionalKind, type PropertySignatureStructure } from "ts-morph";
import { isPreludeId } from "../model/ast";
import { byName, type EmitContext } from "./context";
import { dataLiteral, propertyKey } from "./literal";
import { blankLine, importStatement, type Statement } from "./project";
import { RUNTIME_MODULE } from "./runtime-module";
import { TypeMapper } from "./ts-types";

/** `types.ts`: one declaration per non-prelude shape, as the runtime produces and accepts values. */
export function typesFile(ctx: EmitContext): Statement[] {
  const mapper = new TypeMapper(ctx.schema, ctx.typeNames);
  const declarations = Object.entries(ctx.schema.shapes)
    .filter(([id]) => !isPreludeId(id))
    .map(([id, shape]) => ({ id, shape, name: mapper.declaredName(id)! }))
    .sort(byName)
    .map(({ id, shape, name }) => declare(name, id, shape, mapper));

  const imports: Statement[] = [];
  if (mapper.usesReadable) {
    imports.push(importStatement("node:stream", ["Readable"], true));
  }
  if (mapper.usesJsonValue) {
    imports.push(importStatement(RUNTIME_MODULE, ["JsonValue"], true));
  }
  if (declarations.length === 0) declarations.push(["export {};"]);
  return [...imports, ...declarations.flatMap((statements) => [blankLine, ...statements])];
}

function declare(name: string, id: string, shape: Shape, mapper: TypeMapper): Statement[] {
  const alias = (type: string): Statement[] => [{ kind: StructureKind.TypeAlias, isExported: true, name, type }];
  switch (shape.type) {
    case "structure":
      return [
        {
          kind: StructureKind.Interface,
          isExported: true,
          name,
          properties: Object.entries(shape.members).map(([member, schema]) => property(member, schema, id, mapper)),
        },
      ];
    case "union": {
      const variants = Object.entries(shape.members).map(([member, schema]) => `{ ${propertyKey(member)}: ${mapper.memberType(schema, id)} }`);
      if (variants.length === 0) return alias("never");
      return [`export type ${name} =\n${variants.map((v) => `  | ${v}`).join("\n")};`];
    }
    case "list": {
      const item = mapper.memberType(shape.member, id);
      return alias(shape.sparse ? `(${item} | null)[]` : /[ |]/.test(item) ? `(${item})[]` : `${item}[]`);
    }
    case "map": {
      const value = mapper.memberType(shape.value, id);
      return alias(`Record<string, ${shape.sparse ? `${value} | null` : value}>`);
    }
    case "string":
      if (shape.enumValues) return enumDeclaration(name, shape.enumValues);
      return alias("string");
    default:
      if ("intEnumValues" in shape && shape.intEnumValues) return enumDeclaration(name, shape.intEnumValues);
      return alias(mapper.simpleType(shape));
  }
}

/** A literal union type plus a same-named constant object of the named values. */
function enumDeclaration(name: string, values: Record<string, string | number>): Statement[] {
  const literals = [...new Set(Object.values(values))].map((v) => JSON.stringify(v));
  return [
    { kind: StructureKind.TypeAlias, isExported: true, name, type: literals.join(" | ") || "never" },
    `export const ${name} = ${dataLiteralInOrder(values)} as const;`,
  ];
}

/** Enum constants keep the model's order (it is meaningful to readers); values are plain literals. */
function dataLiteralInOrder(values: Record<string, string | number>): string {
  const entries = Object.entries(values);
  if (entries.length === 0) return "{}";
  return `{\n${entries.map(([key, value]) => `  ${propertyKey(key)}: ${dataLiteral(value)},`).join("\n")}\n}`;
}

function property(name: string, member: MemberSchema, owner: string, mapper: TypeMapper): OptionalKind<PropertySignatureStructure> {
  return {
    name: propertyKey(name),
    type: mapper.memberType(member, owner),
    hasQuestionToken: !member.required && member.default === undefined,
  };
}
