import { isNumberShape, type MemberSchema, type ServiceSchema, type Shape, type ShapeId } from "@codeartifact-local/smithy-runtime";

/** TypeScript for a streaming blob or event stream the handler produces (the runtime accepts any of these). */
export const STREAMING_OUTPUT_TYPE = "Readable | Uint8Array | string";
/** TypeScript for a streaming blob the handler receives. */
export const STREAMING_INPUT_TYPE = "Readable";
const UNIT_TYPE = "Record<string, never>";

/** Where a structure is used, which decides how its streaming members are typed. */
type Direction = "input" | "output" | "both";

/**
 * Maps schema shapes to the TypeScript types the runtime produces and accepts, and records which
 * imported names the emitted types need.
 */
export class TypeMapper {
  usesJsonValue = false;
  usesReadable = false;
  private readonly directions = new Map<ShapeId, Direction>();

  constructor(
    private readonly schema: ServiceSchema,
    private readonly typeNames: Record<ShapeId, string>,
  ) {
    for (const op of Object.values(schema.operations)) {
      if (op.input) this.mark(op.input, "input");
      if (op.output) this.mark(op.output, "output");
    }
  }

  /** The name a shape's declaration uses (`<Name>Fields` for error structures). */
  declaredName(id: ShapeId): string | undefined {
    const name = this.typeNames[id];
    if (name === undefined) return undefined;
    const shape = this.schema.shapes[id];
    return shape.type === "structure" && shape.error ? `${name}Fields` : name;
  }

  /** The type of a member of structure/union/list/map `owner`. */
  memberType(member: MemberSchema, owner: ShapeId): string {
    const target = this.schema.shapes[member.target];
    if ((target.type === "blob" || target.type === "union") && target.streaming) return this.streamingType(this.directions.get(owner) ?? "output");
    return this.reference(member.target);
  }

  /** How a member refers to shape `id`: named types by name, simple shapes inline. */
  reference(id: ShapeId): string {
    const shape = this.schema.shapes[id];
    if (id === "smithy.api#Unit") return UNIT_TYPE;
    const named = this.declaredName(id);
    switch (shape.type) {
      case "structure":
      case "union":
      case "list":
      case "map":
        if (named === undefined) throw new Error(`No type name for ${id}`);
        return named;
      case "string":
        return shape.enumValues && named ? named : "string";
      default:
        if ("intEnumValues" in shape && shape.intEnumValues && named) return named;
        return this.simpleType(shape);
    }
  }

  /** The TypeScript type of a non-aggregate shape. */
  simpleType(shape: Shape): string {
    // Values beyond a double's precision: bigInteger as bigint, bigDecimal as its exact text.
    if (isNumberShape(shape)) return shape.type === "bigInteger" ? "bigint" : shape.type === "bigDecimal" ? "string" : "number";
    switch (shape.type) {
      case "blob":
        return shape.streaming ? this.streamingType("output") : "Uint8Array";
      case "boolean":
        return "boolean";
      case "string":
        return "string";
      case "timestamp":
        return "Date";
      case "document":
        this.usesJsonValue = true;
        return "JsonValue";
      default:
        throw new Error(`${shape.type} is not a simple shape`);
    }
  }

  private streamingType(direction: Direction): string {
    this.usesReadable = true;
    return direction === "input" ? STREAMING_INPUT_TYPE : STREAMING_OUTPUT_TYPE;
  }

  private mark(id: ShapeId, direction: "input" | "output"): void {
    const previous = this.directions.get(id);
    this.directions.set(id, previous === undefined || previous === direction ? direction : "both");
  }
}
