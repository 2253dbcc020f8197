import { PRELUDE_SIMPLE_SHAPES } from "@codeartifact-local/smithy-runtime";
import type { AstShape } from "./ast";

/**
 * The Smithy prelude shapes members may target. JSON AST files omit them unless exported with
 * `--include-prelude`, so they are built in; a file that does define them wins.
 */
export function preludeShapes(): Array<[string, AstShape]> {
  const shapes: Array<[string, AstShape]> = PRELUDE_SIMPLE_SHAPES.map(([name, type]) => [`smithy.api#${name}`, { type }]);
  shapes.push(["smithy.api#Unit", { type: "structure", members: {}, traits: { "smithy.api#unitType": {} } }]);
  // Smithy 1.0 primitives: non-nullable, hence the zero defaults they carry in the 2.0 prelude.
  const primitives = [
    ["PrimitiveBoolean", "boolean", false],
    ["PrimitiveByte", "byte", 0],
    ["PrimitiveShort", "short", 0],
    ["PrimitiveInteger", "integer", 0],
    ["PrimitiveLong", "long", 0],
    ["PrimitiveFloat", "float", 0],
    ["PrimitiveDouble", "double", 0],
  ] as const;
  for (const [name, type, zero] of primitives) {
    shapes.push([`smithy.api#${name}`, { type, traits: { "smithy.api#default": zero } }]);
  }
  return shapes;
}
