import type { ServiceSchema, ShapeId } from "@codeartifact-local/smithy-runtime";
import { interpolateDeep, parameterSets } from "./interpolate";
import {
  MALFORMED_TESTS,
  REQUEST_TESTS,
  RESPONSE_TESTS,
  type HttpMalformedRequestDefinition,
  type HttpMalformedRequestTestCase,
  type HttpMalformedResponseDefinition,
  type HttpRequestTestCase,
  type HttpResponseTestCase,
  type RawShape,
} from "./traits";

export type CaseKind = "request" | "response" | "malformed";

interface CaseBase {
  /** Test id; expanded malformed tests are `<id>_case<N>`. */
  id: string;
  /** Operation name in the service schema. */
  operation: string;
}

export interface RequestCase extends CaseBase {
  kind: "request";
  test: HttpRequestTestCase;
}

export interface ResponseCase extends CaseBase {
  kind: "response";
  test: HttpResponseTestCase;
  /** Set for tests attached to an error structure: the handler throws this error. */
  errorShape?: ShapeId;
}

export interface MalformedCase extends CaseBase {
  kind: "malformed";
  request: HttpMalformedRequestDefinition;
  response: HttpMalformedResponseDefinition;
  tags: string[];
}

export type ProtocolCase = RequestCase | ResponseCase | MalformedCase;

export const RESTJSON1 = "aws.protocols#restJson1";

const appliesToServer = (test: { appliesTo?: string; protocol: string }): boolean => test.appliesTo !== "client" && test.protocol === RESTJSON1;

const traitList = <T>(shape: RawShape | undefined, trait: string): T[] => (shape?.traits?.[trait] as T[] | undefined) ?? [];

/**
 * Every server-side case of a service: request and malformed-request tests of its operations,
 * response tests of its operations and of the error structures it can return.
 */
export function collectCases(schema: ServiceSchema, rawShapes: ReadonlyMap<ShapeId, RawShape>): ProtocolCase[] {
  const cases: ProtocolCase[] = [];
  const operations = Object.values(schema.operations).sort((a, b) => (a.name < b.name ? -1 : 1));

  for (const op of operations) {
    const shape = rawShapes.get(op.id);
    for (const test of traitList<HttpRequestTestCase>(shape, REQUEST_TESTS).filter(appliesToServer)) {
      cases.push({ kind: "request", id: test.id, operation: op.name, test });
    }
    for (const test of traitList<HttpResponseTestCase>(shape, RESPONSE_TESTS).filter(appliesToServer)) {
      cases.push({ kind: "response", id: test.id, operation: op.name, test });
    }
    for (const test of traitList<HttpMalformedRequestTestCase>(shape, MALFORMED_TESTS)) {
      if (test.protocol === RESTJSON1) cases.push(...expandMalformed(test, op.name));
    }
  }

  const errorShapes = Object.entries(schema.shapes)
    .filter(([, shape]) => shape.type === "structure" && shape.error !== undefined)
    .map(([id]) => id)
    .sort();
  for (const errorShape of errorShapes) {
    const tests = traitList<HttpResponseTestCase>(rawShapes.get(errorShape), RESPONSE_TESTS).filter(appliesToServer);
    if (tests.length === 0) continue;
    // Any operation that may return the error can carry it; the first one by name is used.
    const op = operations.find((o) => o.errors.includes(errorShape));
    if (!op) throw new Error(`No operation of ${schema.id} returns ${errorShape}`);
    for (const test of tests) cases.push({ kind: "response", id: test.id, operation: op.name, test, errorShape });
  }
  return cases;
}

/** One case per index of `testParameters` (named `<id>_case<N>`), or the test itself without parameters. */
export function expandMalformed(test: HttpMalformedRequestTestCase, operation: string): MalformedCase[] {
  const sets = parameterSets(test.testParameters);
  if (sets.length === 0) {
    return [{ kind: "malformed", id: test.id, operation, request: test.request, response: test.response, tags: test.tags ?? [] }];
  }
  return sets.map((values, i) => ({
    kind: "malformed",
    id: `${test.id}_case${i}`,
    operation,
    request: interpolateDeep(test.request, values),
    response: interpolateDeep(test.response, values),
    tags: interpolateDeep(test.tags ?? [], values),
  }));
}

export interface CaseCounts {
  request: number;
  response: number;
  malformed: number;
  total: number;
}

export function countCases(cases: readonly ProtocolCase[]): CaseCounts {
  const counts: CaseCounts = { request: 0, response: 0, malformed: 0, total: cases.length };
  for (const c of cases) counts[c.kind]++;
  return counts;
}

/** The name a case is reported and listed under (without the service). */
export const caseKey = (c: Pick<ProtocolCase, "kind" | "id">): string => `${c.kind} ${c.id}`;
