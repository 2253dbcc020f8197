import { describe, expect, it } from "vitest";
import { validateShape, type ServiceSchema, type Shape } from "../src";
import { buildApp, recorder } from "./support/app";
import { S, frameworkValidationShapes, m, op, service } from "./support/schema";

const shapes: Record<string, Shape> = {
  "test#Input": {
    type: "structure",
    members: {
      domain: m(S, { httpQuery: "domain", required: true, constraints: { pattern: "^[a-z][a-z0-9-]*$" } }),
      name: m(S, { required: true, constraints: { length: { min: 2, max: 8 }, pattern: "^[a-m]+$" } }),
      emoji: m(S, { constraints: { length: { max: 2 } } }),
      minOnly: m(S, { constraints: { length: { min: 3 } } }),
      bytes: m("smithy.api#Blob", { constraints: { length: { min: 2 } } }),
      count: m("smithy.api#Integer", { constraints: { range: { min: 1, max: 10 } } }),
      ratio: m("smithy.api#Float", { constraints: { range: { min: 2.2 } } }),
      huge: m("smithy.api#BigInteger", { constraints: { range: { max: "9223372036854775808" } } }),
      kind: m("test#Kind"),
      level: m("test#Level"),
      tags: m("test#Tags", { constraints: { uniqueItems: true, length: { max: 3 } } }),
      attrs: m("test#Attrs"),
      choice: m("test#Choice"),
      secret: m(S, { sensitive: true, constraints: { pattern: "^[0-9]+$" } }),
      evil: m(S, { constraints: { pattern: "^([0-9]+)+$" } }),
      node: m("test#Node"),
    },
  },
  "test#Kind": { type: "string", enumValues: { A: "alpha", B: "beta" } },
  "test#Level": { type: "integer", intEnumValues: { LOW: 1, HIGH: 2 } },
  "test#Tags": { type: "list", member: m("test#Tag") },
  "test#Tag": { type: "structure", members: { key: m(S, { required: true, constraints: { pattern: "^k" } }), value: m(S) } },
  "test#Attrs": { type: "map", key: m(S, { constraints: { length: { max: 3 } } }), value: m(S, { constraints: { length: { min: 1 } } }) },
  "test#Choice": { type: "union", members: { first: m("test#Kind"), second: m(S) } },
  "test#Node": { type: "structure", members: { next: m("test#Node"), kind: m("test#Kind") } },
  "test#ValidationException": {
    type: "structure",
    error: "client",
    httpError: 400,
    members: { message: m(S, { required: true }), reason: m("test#Reason") },
  },
  "test#Reason": { type: "string", enumValues: { FIELD_VALIDATION_FAILED: "FIELD_VALIDATION_FAILED", OTHER: "OTHER" } },
  ...frameworkValidationShapes,
};

const operations = [op("Check", "POST", "/check", { input: "test#Input" })];
const framework = service(operations, shapes);
const coral: ServiceSchema = service(operations, shapes, { style: "service", errorShape: "test#ValidationException", reasonValue: "FIELD_VALIDATION_FAILED" });

const valid = { domain: "my-domain", name: "abc" };
const constraintsOf = (schema: ServiceSchema, value: unknown) => validateShape(schema, "test#Input", value).map((f) => [f.path, f.constraint]);

describe("validateShape", () => {
  it("accepts a valid value", () => {
    expect(validateShape(framework, "test#Input", valid)).toEqual([]);
  });

  it("reports every violation with its path, in both wordings", () => {
    const value = {
      name: "ABCDEFGHIJ",
      emoji: "👍👍👍",
      minOnly: "ab",
      bytes: Buffer.from("a"),
      count: 11,
      ratio: 2.1,
      huge: 9223372036854775809n,
      kind: "gamma",
      level: 3,
      tags: [{ key: "k1" }, { key: "k1" }, { value: "x" }, { key: "bad" }],
      attrs: { long: "", ok: "v" },
      choice: { first: "nope" },
      node: { next: { next: { kind: "deep" } } },
    };
    expect(constraintsOf(framework, value)).toEqual([
      [["domain"], "Member must not be null"],
      [["name"], "Member must have length between 2 and 8, inclusive"],
      [["name"], "Member must satisfy regular expression pattern: ^[a-m]+$"],
      [["emoji"], "Member must have length less than or equal to 2"],
      [["minOnly"], "Member must have length greater than or equal to 3"],
      [["bytes"], "Member must have length greater than or equal to 2"],
      [["count"], "Member must be between 1 and 10, inclusive"],
      [["ratio"], "Member must be greater than or equal to 2.2"],
      [["huge"], "Member must be less than or equal to 9223372036854775808"],
      [["kind"], "Member must satisfy enum value set: [alpha, beta]"],
      [["level"], "Member must satisfy enum value set: [1, 2]"],
      [["tags"], "Member must have length less than or equal to 3"],
      [["tags"], "Member must have unique values"],
      [["tags", 2, "key"], "Member must not be null"],
      [["tags", 3, "key"], "Member must satisfy regular expression pattern: ^k"],
      [["attrs"], "Member must have length less than or equal to 3"],
      [["attrs", "long"], "Member must have length greater than or equal to 1"],
      [["choice", "first"], "Member must satisfy enum value set: [alpha, beta]"],
      [["node", "next", "next", "kind"], "Member must satisfy enum value set: [alpha, beta]"],
    ]);
    expect(constraintsOf(coral, { ...valid, name: "ABCDEFGHIJ", count: 0, tags: [{ key: "k" }, { key: "k" }, { key: "k" }, { key: "k" }] })).toEqual([
      [["name"], "Member must have length less than or equal to 8"],
      [["name"], "Member must satisfy regular expression pattern: ^[a-m]+$"],
      [["count"], "Member must have value greater than or equal to 1"],
      [["tags"], "Member must have length less than or equal to 3"],
      [["tags"], "Member must have unique values"],
    ]);
  });

  it("compares list items structurally for uniqueItems", () => {
    const unique = (tags: unknown[]) => constraintsOf(framework, { ...valid, tags }).length === 0;
    expect(
      unique([
        { key: "k", value: "1" },
        { value: "1", key: "k" },
      ]),
    ).toBe(false);
    expect(
      unique([
        { key: "k", value: "1" },
        { key: "k", value: "2" },
      ]),
    ).toBe(true);
  });

  it("uses a linear-time engine for patterns", () => {
    const started = performance.now();
    expect(constraintsOf(framework, { ...valid, evil: `${"0".repeat(5000)}!` })).toEqual([
      [["evil"], "Member must satisfy regular expression pattern: ^([0-9]+)+$"],
    ]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("reports wrong runtime types instead of throwing", () => {
    expect(constraintsOf(framework, { ...valid, count: "3", tags: {} })).toEqual([
      [["count"], "Member must be an integer"],
      [["tags"], "Member must be a list"],
    ]);
  });
});

describe("validation errors on the wire", () => {
  it("uses smithy.framework#ValidationException with Smithy's wording", async () => {
    const app = await buildApp(framework, { Check: recorder({}).handler });
    const one = await app.inject({
      method: "POST",
      url: "/check?domain=d",
      headers: { "content-type": "application/json" },
      payload: '{"name":"abcdefghijk"}',
    });
    expect(one.statusCode).toBe(400);
    expect(one.headers["x-amzn-errortype"]).toBe("ValidationException");
    expect(one.json()).toEqual({
      message: "1 validation error detected. Value with length 11 at '/name' failed to satisfy constraint: Member must have length between 2 and 8, inclusive",
      fieldList: [
        { path: "/name", message: "Value with length 11 at '/name' failed to satisfy constraint: Member must have length between 2 and 8, inclusive" },
      ],
    });
    const two = await app.inject({
      method: "POST",
      url: "/check",
      headers: { "content-type": "application/json" },
      payload: '{"name":"abc","tags":[{"key":"x/y"}],"secret":"hunter2"}',
    });
    expect(two.json()).toEqual({
      message:
        "3 validation errors detected. Value at '/domain' failed to satisfy constraint: Member must not be null; Value at '/tags/0/key' failed to satisfy constraint: Member must satisfy regular expression pattern: ^k; Value at '/secret' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[0-9]+$",
      fieldList: [
        { path: "/domain", message: "Value at '/domain' failed to satisfy constraint: Member must not be null" },
        { path: "/tags/0/key", message: "Value at '/tags/0/key' failed to satisfy constraint: Member must satisfy regular expression pattern: ^k" },
        { path: "/secret", message: "Value at '/secret' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[0-9]+$" },
      ],
    });
  });

  it("uses the service's own ValidationException in AWS wording, with the configured reason", async () => {
    const handler = recorder({});
    const app = await buildApp(coral, { Check: handler.handler });
    const res = await app.inject({
      method: "POST",
      url: "/check?domain=Bad",
      headers: { "content-type": "application/json" },
      payload: '{"tags":[{"key":"k"},{"key":"x"}],"count":0,"attrs":{"a":""},"secret":"hunter2"}',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers["x-amzn-errortype"]).toBe("ValidationException");
    expect(res.json()).toEqual({
      message:
        "6 validation errors detected: Value 'Bad' at 'domain' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-z][a-z0-9-]*$; " +
        "Value null at 'name' failed to satisfy constraint: Member must not be null; " +
        "Value '0' at 'count' failed to satisfy constraint: Member must have value greater than or equal to 1; " +
        "Value 'x' at 'tags.2.member.key' failed to satisfy constraint: Member must satisfy regular expression pattern: ^k; " +
        "Value '' at 'attrs.a' failed to satisfy constraint: Member must have length greater than or equal to 1; " +
        "Value at 'secret' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[0-9]+$",
      reason: "FIELD_VALIDATION_FAILED",
    });
    expect(handler.calls).toEqual([]);
    const single = await app.inject({ method: "POST", url: "/check?domain=ok", headers: { "content-type": "application/json" }, payload: '{"name":"a"}' });
    expect(single.json().message).toBe(
      "1 validation error detected: Value 'a' at 'name' failed to satisfy constraint: Member must have length greater than or equal to 2",
    );
  });
});

describe("patterns written in Java's dialect", () => {
  it("understands \\p{IsWhitespace} inside and outside classes", async () => {
    const { matchesPattern } = await import("../src/validate/pattern");
    expect(matchesPattern("^[^\\p{C}\\p{IsWhitespace}]+$", "/npm/@scope~")).toBe(true);
    expect(matchesPattern("^[^\\p{C}\\p{IsWhitespace}]+$", "/npm/a b")).toBe(false);
    expect(matchesPattern("^[^\\p{C}\\p{IsWhitespace}]+$", "/npm/a\u3000b")).toBe(false);
    expect(matchesPattern("^\\p{IsWhitespace}$", "\u00a0")).toBe(true);
    expect(matchesPattern("^\\p{IsAlphabetic}+$", "abcé")).toBe(true);
  });
});
