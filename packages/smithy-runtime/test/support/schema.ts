import { PRELUDE_SIMPLE_SHAPES, type MemberSchema, type OperationSchema, type ServiceSchema, type Shape } from "../../src";

/** Prelude shapes the hand-written test schemas refer to. */
export const prelude: Record<string, Shape> = {
  ...Object.fromEntries(PRELUDE_SIMPLE_SHAPES.map(([name, type]): [string, Shape] => [`smithy.api#${name}`, { type }])),
  "smithy.api#Unit": { type: "structure", members: {} },
};

export const S = "smithy.api#String";
export const m = (target: string, extra: Partial<MemberSchema> = {}): MemberSchema => ({ target, ...extra });

export function op(name: string, method: string, uri: string, extra: Partial<OperationSchema> = {}): OperationSchema {
  return { name, id: `test#${name}`, http: { method, uri, code: 200 }, errors: [], ...extra };
}

export function service(operations: OperationSchema[], shapes: Record<string, Shape>, validation?: ServiceSchema["validation"]): ServiceSchema {
  return {
    id: "test#TestService",
    name: "TestService",
    version: "2024-01-01",
    operations: Object.fromEntries(operations.map((o) => [o.name, o])),
    shapes: { ...prelude, ...shapes },
    validation: validation ?? { style: "framework", errorShape: "smithy.framework#ValidationException" },
  };
}

/** `smithy.framework#ValidationException` and its field list. */
export const frameworkValidationShapes: Record<string, Shape> = {
  "smithy.framework#ValidationException": {
    type: "structure",
    error: "client",
    httpError: 400,
    members: { message: m(S, { required: true }), fieldList: m("smithy.framework#ValidationExceptionFieldList") },
  },
  "smithy.framework#ValidationExceptionFieldList": { type: "list", member: m("smithy.framework#ValidationExceptionField") },
  "smithy.framework#ValidationExceptionField": {
    type: "structure",
    members: { path: m(S, { required: true }), message: m(S, { required: true }) },
  },
};
