import type { OperationSchema, ValidationStyle } from "@codeartifact-local/smithy-runtime";
import { localNameOf, type AstShape, type ShapeMap } from "./ast";
import { convertShape } from "./convert";

export const FRAMEWORK_VALIDATION_ERROR = "smithy.framework#ValidationException";
/** The reason enum value of a field validation failure, as services spell it (Location: FieldValidationFailed). */
const FIELD_VALIDATION_FAILED = ["FIELD_VALIDATION_FAILED", "FieldValidationFailed"];

/**
 * Chooses how input validation failures are reported. Returns the style and the shape ids the
 * schema must contain for it (the framework shapes are added to `shapes` when the model lacks them).
 */
export function chooseValidationStyle(
  shapes: ShapeMap,
  service: AstShape,
  operations: readonly OperationSchema[],
): { style: ValidationStyle; requiredShapes: string[] } {
  const errorIds = [...(service.errors ?? []).map((ref) => ref.target), ...operations.flatMap((op) => op.errors)];
  if (!errorIds.includes(FRAMEWORK_VALIDATION_ERROR)) {
    const own = errorIds.find((id) => localNameOf(id) === "ValidationException" && messageMember(shapes.get(id)) !== undefined);
    if (own) {
      const shape = shapes.get(own)!;
      const member = messageMember(shape)!;
      const reason = ["reason", "Reason"].find((name) => shape.members?.[name] !== undefined);
      const reasonValue = reason === undefined ? undefined : FIELD_VALIDATION_FAILED.find((value) => reasonEnumHas(shapes, shape, reason, value));
      return {
        style: {
          style: "service",
          errorShape: own,
          ...(reasonValue ? { reasonValue } : {}),
          ...(reasonValue && reason !== "reason" ? { reasonMember: reason } : {}),
          ...(member !== "message" ? { messageMember: member } : {}),
        },
        requiredShapes: [],
      };
    }
  }
  if (!shapes.has(FRAMEWORK_VALIDATION_ERROR)) {
    for (const [id, shape] of frameworkValidationShapes()) shapes.set(id, shape);
  }
  return { style: { style: "framework", errorShape: FRAMEWORK_VALIDATION_ERROR }, requiredShapes: [FRAMEWORK_VALIDATION_ERROR] };
}

/** The member carrying the error text: `message`, else `Message`, else one like IVS's `exceptionMessage`. */
function messageMember(shape: AstShape | undefined): string | undefined {
  if (shape?.type !== "structure") return undefined;
  const names = Object.keys(shape.members ?? {});
  return ["message", "Message"].find((name) => names.includes(name)) ?? names.find((name) => /message$/i.test(name));
}

function reasonEnumHas(shapes: ShapeMap, error: AstShape, member: string, value: string): boolean {
  const reason = error.members?.[member];
  if (!reason || !shapes.has(reason.target)) return false;
  const target = convertShape(reason.target, shapes, () => {});
  return target.type === "string" && Object.values(target.enumValues ?? {}).includes(value);
}

/** `smithy.framework#ValidationException` as smithy-validation-model defines it. */
function frameworkValidationShapes(): Array<[string, AstShape]> {
  const required = { "smithy.api#required": {} };
  return [
    [
      FRAMEWORK_VALIDATION_ERROR,
      {
        type: "structure",
        members: {
          message: { target: "smithy.api#String", traits: required },
          fieldList: { target: "smithy.framework#ValidationExceptionFieldList" },
        },
        traits: { "smithy.api#error": "client" },
      },
    ],
    ["smithy.framework#ValidationExceptionFieldList", { type: "list", member: { target: "smithy.framework#ValidationExceptionField" } }],
    [
      "smithy.framework#ValidationExceptionField",
      {
        type: "structure",
        members: {
          path: { target: "smithy.api#String", traits: required },
          message: { target: "smithy.api#String", traits: required },
        },
      },
    ],
  ];
}
