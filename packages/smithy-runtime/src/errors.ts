import type { ShapeId } from "./schema";

/**
 * Base class of the error classes the generator emits for modeled error shapes.
 * Handlers throw them; the runtime serializes them with the shape's `@httpError` status,
 * `X-Amzn-ErrorType: <ShapeName>` and the members as JSON body / bound headers.
 */
export class ModeledError<Fields extends object = Record<string, unknown>> extends Error {
  readonly shapeId: ShapeId;
  readonly fields: Fields;

  constructor(shapeId: ShapeId, fields: Fields) {
    const message = (fields as { message?: unknown }).message;
    super(typeof message === "string" ? message : shapeId);
    this.shapeId = shapeId;
    this.fields = fields;
    this.name = shapeId.slice(shapeId.indexOf("#") + 1);
  }
}
