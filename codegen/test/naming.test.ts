import { describe, expect, it } from "vitest";
import { parseModelJson } from "../src/index";
import { inventEnumNames } from "../src/model/enum-names";
import { assignTypeNames } from "../src/model/type-names";
import { handlerMethodName, lowerCamelCase, pluginFunctionName } from "../src/naming";

describe("assignTypeNames", () => {
  const assign = (ids: string[], extra: Partial<Parameters<typeof assignTypeNames>[0]> = {}) =>
    assignTypeNames({ ids, errorIds: new Set(), serviceNamespace: "svc", rename: {}, reserved: [], ...extra });

  it("keeps unique names and the service namespace's name on a clash", () => {
    expect(assign(["svc#List", "a.b.shared#List", "svc#Other"])).toEqual({
      "svc#List": "List",
      "a.b.shared#List": "SharedList",
      "svc#Other": "Other",
    });
  });

  it("prefixes every clashing shape outside the service namespace, with more namespace parts when needed", () => {
    expect(assign(["one.shared#Thing", "two.shared#Thing"])).toEqual({
      "one.shared#Thing": "SharedThing",
      "two.shared#Thing": "TwoSharedThing",
    });
  });

  it("is independent of input order", () => {
    const ids = ["x.y#A", "svc#A", "z.y#A", "svc#B"];
    expect(assign(ids)).toEqual(assign([...ids].reverse()));
  });

  it("suffixes names of globals, keywords and generated declarations", () => {
    expect(assign(["svc#Date", "svc#Promise", "svc#string", "svc#Readable", "svc#SvcHandlers"], { reserved: ["SvcHandlers"] })).toEqual({
      "svc#Date": "DateShape",
      "svc#Promise": "PromiseShape",
      "svc#string": "stringShape",
      "svc#Readable": "ReadableShape",
      "svc#SvcHandlers": "SvcHandlersShape",
    });
  });

  it("applies renames and reserves <Error>Fields", () => {
    const names = assign(["svc#Oops", "svc#OopsFields", "other#Thing"], {
      errorIds: new Set(["svc#Oops"]),
      rename: { "other#Thing": "Renamed" },
    });
    expect(names).toEqual({ "svc#Oops": "Oops", "svc#OopsFields": "SvcOopsFields", "other#Thing": "Renamed" });
  });
});

describe("inventEnumNames", () => {
  it("derives unique upper snake-case identifiers from values and keeps given names", () => {
    expect(inventEnumNames(["a-b", "a_b", "fooBar", "9lives", "", "§"])).toEqual(["A_B", "A_B_2", "FOO_BAR", "_9LIVES", "VALUE", "VALUE_2"]);
    expect(inventEnumNames(["x", "y"], ["Y", undefined])).toEqual(["Y", "Y_2"]);
  });
});

describe("identifiers", () => {
  it("lower-camel-cases operation and service names", () => {
    expect(lowerCamelCase("ListDomains")).toBe("listDomains");
    expect(lowerCamelCase("AWSThing")).toBe("awsThing");
    expect(lowerCamelCase("URL")).toBe("url");
    expect(lowerCamelCase("GetAPIKey")).toBe("getAPIKey");
    expect(handlerMethodName("HttpPayloadTraits")).toBe("httpPayloadTraits");
    expect(pluginFunctionName("CodeArtifactControlPlaneService")).toBe("codeArtifactControlPlaneServicePlugin");
  });
});

describe("parseModelJson", () => {
  it("keeps integers beyond 2^53 exact as strings, and everything else as JSON.parse does", () => {
    const text = '{"a": 9007199254740993, "b": -12345678901234567890, "c": 1.5e3, "d": "123456789012345678901", "e": [1, 2]}';
    expect(parseModelJson(text)).toEqual({ a: "9007199254740993", b: "-12345678901234567890", c: 1500, d: "123456789012345678901", e: [1, 2] });
    expect(parseModelJson('{"s": "quote \\" 99999999999999999999"}')).toEqual({ s: 'quote " 99999999999999999999' });
  });
});
