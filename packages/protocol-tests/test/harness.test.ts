import type { ServiceSchema } from "@codeartifact-local/smithy-runtime";
import { describe, expect, it } from "vitest";
import { diffJson, diffValues, expandMalformed, interpolate, paramsToRuntime, parameterSets, perturbParams } from "../src/index";
import { parseJsonText } from "../src/compare";

describe("interpolate", () => {
  it("substitutes :L literally, :S as a quoted string, and $$ as $", () => {
    expect(interpolate('{ "a": $v:L, "b": $v:S, "re": "^x$$" }', { v: 'q"1' })).toBe('{ "a": q"1, "b": "q\\"1", "re": "^x$" }');
  });
  it("rejects unknown parameters", () => {
    expect(() => interpolate("$nope:L", {})).toThrow(/nope/);
  });
  it("builds one set per index and rejects uneven lists", () => {
    expect(parameterSets({ a: ["1", "2"], b: ["x", "y"] })).toEqual([
      { a: "1", b: "x" },
      { a: "2", b: "y" },
    ]);
    expect(parameterSets(undefined)).toEqual([]);
    expect(() => parameterSets({ a: ["1"], b: [] })).toThrow();
  });
});

describe("expandMalformed", () => {
  const test = {
    id: "T",
    protocol: "aws.protocols#restJson1",
    request: { method: "POST", uri: "/x/$v:L", body: "$$" },
    response: { code: 400, body: { mediaType: "application/json", assertion: { messageRegex: "^$v:L$$" } } },
    tags: ["$tag:L"],
  };
  it("names expansions <id>_case<N> and substitutes request, response and tags", () => {
    const cases = expandMalformed({ ...test, testParameters: { v: ["1", "2"], tag: ["a", "b"] } }, "Op");
    expect(cases.map((c) => c.id)).toEqual(["T_case0", "T_case1"]);
    expect(cases[1].request).toEqual({ method: "POST", uri: "/x/2", body: "$" });
    expect(cases[1].response.body?.assertion.messageRegex).toBe("^2$");
    expect(cases[1].tags).toEqual(["b"]);
  });
  it("leaves tests without parameters untouched (as Smithy's own expansion does)", () => {
    const [c] = expandMalformed(test, "Op");
    expect(c.id).toBe("T");
    expect(c.request.body).toBe("$$");
  });
});

const schema: ServiceSchema = {
  id: "ex#S",
  name: "S",
  version: "1",
  operations: {},
  validation: { style: "framework", errorShape: "smithy.framework#ValidationException" },
  shapes: {
    "smithy.api#String": { type: "string" },
    "smithy.api#Blob": { type: "blob" },
    "smithy.api#Timestamp": { type: "timestamp" },
    "smithy.api#Double": { type: "double" },
    "smithy.api#BigInteger": { type: "bigInteger" },
    "ex#Doubles": { type: "list", member: { target: "smithy.api#Double" }, sparse: true },
    "ex#Input": {
      type: "structure",
      members: {
        blob: { target: "smithy.api#Blob" },
        when: { target: "smithy.api#Timestamp" },
        doubles: { target: "ex#Doubles" },
        big: { target: "smithy.api#BigInteger" },
        withDefault: { target: "smithy.api#String", default: "hi" },
        blobDefault: { target: "smithy.api#Blob", default: "YWJj" },
      },
    },
  },
};

describe("paramsToRuntime", () => {
  it("applies the protocol-test parameter conventions", () => {
    const value = paramsToRuntime(schema, "ex#Input", { blob: "abc", when: 1.5, doubles: ["NaN", null, "-Infinity", 2], big: 12 }, { fillDefaults: false });
    expect(value).toEqual({
      blob: new Uint8Array(Buffer.from("abc")),
      when: new Date(1500),
      doubles: [Number.NaN, null, Number.NEGATIVE_INFINITY, 2],
      big: 12n,
    });
  });
  it("fills absent defaults (base64 blob defaults decoded) only when asked", () => {
    expect(paramsToRuntime(schema, "ex#Input", {}, { fillDefaults: true })).toEqual({ withDefault: "hi", blobDefault: new Uint8Array(Buffer.from("abc")) });
    expect(paramsToRuntime(schema, "ex#Input", { withDefault: "x" }, { fillDefaults: true }).withDefault).toBe("x");
  });
  it("rejects members the shape does not have", () => {
    expect(() => paramsToRuntime(schema, "ex#Input", { nope: 1 }, { fillDefaults: false })).toThrow(/nope/);
  });
});

describe("diffValues", () => {
  it("compares dates, bytes, NaN and bigints by value", () => {
    expect(diffValues({ d: new Date(5), b: new Uint8Array([1]), n: Number.NaN, i: 3n }, { d: new Date(5), b: Buffer.from([1]), n: Number.NaN, i: 3n })).toEqual(
      [],
    );
    expect(diffValues({ d: new Date(5) }, { d: new Date(6) })).toHaveLength(1);
    expect(diffValues({ i: 3n }, { i: 3 })).toHaveLength(1);
  });
  it("treats absent and null members alike but keeps sparse list nulls", () => {
    expect(diffValues({ a: undefined }, { a: null })).toEqual([]);
    expect(diffValues({ a: "x" }, {})).toEqual(['.a: expected "x", got (absent)']);
    expect(diffValues([null, 1], [1, 1])).toHaveLength(1);
  });
});

describe("diffJson", () => {
  const json = (text: string): unknown => {
    const parsed = parseJsonText(text);
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.value;
  };
  it("ignores key order and number spelling, reports extra and missing keys", () => {
    expect(diffJson(json('{"a":1.0,"b":[1,2]}'), json('{"b":[1,2],"a":1}'))).toEqual([]);
    expect(diffJson(json('{"a":1}'), json('{"a":1,"c":2}'))).toEqual([".c: unexpected (got 2)"]);
    expect(diffJson(json('{"a":1}'), json("{}"))).toEqual([".a: missing (expected 1)"]);
    expect(diffJson(json("[1]"), json('["1"]'))).toHaveLength(1);
  });
});

describe("perturbParams", () => {
  it("changes exactly one scalar, or reports that there is none", () => {
    expect(perturbParams({ a: [], b: { c: "x", d: 1 } })).toEqual({ a: [], b: { c: "xx", d: 1 } });
    expect(perturbParams({ f: "NaN" })).toEqual({ f: 2.5 });
    expect(perturbParams({ a: [], b: {} })).toBeUndefined();
  });
});
