import { ServiceException } from "@smithy/core/client";
import type { ShapeId } from "./schema";

/**
 * Base class of the error classes the generator emits for modeled error shapes: a Smithy
 * `ServiceException` (`name`, `$fault`, `$metadata`, as the AWS SDK's own errors), so handler
 * code and tests can treat the server's errors and the official client's alike.
 * Handlers throw them; the runtime serializes them with the shape's `@httpError` status,
 * `X-Amzn-ErrorType: <ShapeName>` and the members as JSON body / bound headers.
 */
export class ModeledError<Fields extends object = Record<string, unknown>> extends ServiceException {
  readonly shapeId: ShapeId;
  readonly fields: Fields;

  constructor(shapeId: ShapeId, fields: Fields, fault: "client" | "server" = "client") {
    // Most services model the text as `message`, some as `Message`.
    const { message, Message } = fields as { message?: unknown; Message?: unknown };
    const text = typeof message === "string" ? message : typeof Message === "string" ? Message : shapeId;
    super({ name: shapeId.slice(shapeId.indexOf("#") + 1), $fault: fault, $metadata: {}, message: text });
    this.shapeId = shapeId;
    this.fields = fields;
  }
}
