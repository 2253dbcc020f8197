import { describe, expect, it } from "vitest";
import { buildApp, recorder } from "./support/app";
import { S, m, op, service } from "./support/schema";

const schema = service(
  [
    op("Echo", "POST", "/echo/{n}", { input: "test#EchoInput", output: "test#EchoOutput" }),
    op("Defaults", "POST", "/defaults", { input: "test#Defaulted", output: "test#Defaulted" }),
  ],
  {
    "test#EchoInput": {
      type: "structure",
      members: {
        n: m("smithy.api#Integer", { httpLabel: true, required: true }),
        h: m("smithy.api#Short", { httpHeader: "X-Short" }),
        q: m("smithy.api#Byte", { httpQuery: "b" }),
        qt: m("smithy.api#Timestamp", { httpQuery: "t" }),
        ht: m("smithy.api#Timestamp", { httpHeader: "X-Time" }),
        hb: m("smithy.api#Boolean", { httpHeader: "X-Bool" }),
        str: m(S),
        bool: m("smithy.api#Boolean"),
        byte: m("smithy.api#Byte"),
        int: m("smithy.api#Integer"),
        long: m("smithy.api#Long"),
        double: m("smithy.api#Double"),
        big: m("smithy.api#BigInteger"),
        dec: m("smithy.api#BigDecimal"),
        time: m("smithy.api#Timestamp"),
        iso: m("smithy.api#Timestamp", { timestampFormat: "date-time" }),
        http: m("smithy.api#Timestamp", { timestampFormat: "http-date" }),
        blob: m("smithy.api#Blob"),
        doc: m("smithy.api#Document"),
        choice: m("test#Choice"),
        dense: m("test#DenseList"),
        sparse: m("test#SparseList"),
        denseMap: m("test#DenseMap"),
        sparseMap: m("test#SparseMap"),
        renamed: m(S, { jsonName: "Renamed" }),
      },
    },
    "test#EchoOutput": { type: "structure", members: { echoed: m("smithy.api#Document") } },
    "test#Choice": { type: "union", members: { a: m(S), b: m("smithy.api#Integer", { jsonName: "B" }), unit: m("smithy.api#Unit") } },
    "test#DenseList": { type: "list", member: m(S) },
    "test#SparseList": { type: "list", member: m(S), sparse: true },
    "test#DenseMap": { type: "map", key: m(S), value: m("smithy.api#Integer") },
    "test#SparseMap": { type: "map", key: m(S), value: m("smithy.api#Integer"), sparse: true },
    "test#Defaulted": {
      type: "structure",
      members: {
        s: m(S, { default: "hi" }),
        n: m("smithy.api#Integer", { default: 0 }),
        flag: m("smithy.api#Boolean", { default: false }),
        list: m("test#DenseList", { default: [] }),
        blob: m("smithy.api#Blob", { default: "YWJj" }),
        time: m("smithy.api#Timestamp", { default: 0 }),
        doc: m("smithy.api#Document", { default: { a: [1] } }),
        none: m("smithy.api#Document", { default: null }),
        q: m(S, { httpQuery: "q", default: "fromDefault" }),
        nested: m("test#Nested"),
      },
    },
    "test#Nested": { type: "structure", members: { greeting: m(S, { default: "hello" }), other: m(S) } },
  },
);

async function echo(payload: string, url = "/echo/1", headers: Record<string, string> = {}) {
  const handler = recorder({});
  const app = await buildApp(schema, { Echo: handler.handler });
  const res = await app.inject({ method: "POST", url, headers: { "content-type": "application/json", ...headers }, payload });
  return { res, input: handler.calls[0] as Record<string, unknown> | undefined };
}

describe("JSON bodies", () => {
  it("reads every type, ignoring unknown members, nulls and __type", async () => {
    // Written out by hand: the long and big numbers are beyond what JSON.stringify can produce.
    const { res, input } = await echo(`{
      "str": "s", "bool": true, "byte": -128, "int": 2147483647, "long": 9223372036854775807,
      "double": "-Infinity", "big": -123456789012345678901234567890, "dec": 123456789012345678901234567890.000000000001,
      "time": 1398796238.5, "iso": "2014-04-29T18:30:38.123Z", "http": "Tue, 29 Apr 2014 18:30:38 GMT",
      "blob": "dmFsdWU=", "doc": {"nested": [1, "two", null, {"deep": true}]},
      "choice": {"__type": "ignored", "B": 5, "a": null},
      "dense": ["a"], "sparse": [null, "b"], "denseMap": {"k": 1}, "sparseMap": {"k": null},
      "Renamed": "r", "unknown": {"anything": 1}, "other": null
    }`);
    expect(res.statusCode).toBe(200);
    expect(input).toEqual({
      n: 1,
      str: "s",
      bool: true,
      byte: -128,
      int: 2147483647,
      // eslint-disable-next-line no-loss-of-precision -- what a client sends for a long beyond 2^53
      long: 9223372036854775807,
      double: Number.NEGATIVE_INFINITY,
      big: -123456789012345678901234567890n,
      dec: "123456789012345678901234567890.000000000001",
      time: new Date(1398796238500),
      iso: new Date("2014-04-29T18:30:38.123Z"),
      http: new Date("2014-04-29T18:30:38Z"),
      blob: Buffer.from("value"),
      doc: { nested: [1, "two", null, { deep: true }] },
      choice: { b: 5 },
      dense: ["a"],
      sparse: [null, "b"],
      denseMap: { k: 1 },
      sparseMap: { k: null },
      renamed: "r",
    });
  });

  it("accepts an empty body as an empty object and a union member targeting Unit", async () => {
    expect((await echo("")).input).toEqual({ n: 1 });
    expect((await echo('{"choice":{"unit":{}}}')).input).toEqual({ n: 1, choice: { unit: {} } });
  });

  const rejected: Array<[string, string]> = [
    ["malformed JSON", '{"str": "a",}'],
    ["comments", '{"int": 1 /* c */}'],
    ["trailing characters", '{"int": 1} x'],
    ["duplicate keys", '{"int": 1, "int": 2}'],
    ["a top-level array", "[]"],
    ["a top-level null", "null"],
    ["a numeric string for a number", '{"int": "1"}'],
    ["a fraction for an integer", '{"int": 1.5}'],
    ["byte overflow", '{"byte": 128}'],
    ["int overflow", '{"int": 2147483648}'],
    ["long overflow by one", '{"long": 9223372036854775808}'],
    ["long underflow by one", '{"long": -9223372036854775809}'],
    ["an exponent for an integer", '{"int": 1e3}'],
    ["a string for a boolean", '{"bool": "true"}'],
    ["a number for a string", '{"str": 1}'],
    ["a non-numeric string for a double", '{"double": "infinity"}'],
    ["a bare NaN", '{"double": NaN}'],
    ["a string for epoch seconds", '{"time": "1398796238"}'],
    ["epoch seconds for a date-time", '{"iso": 1398796238}'],
    ["an offset date-time", '{"iso": "2014-04-29T18:30:38+01:00"}'],
    ["a date-time for an http-date", '{"http": "2014-04-29T18:30:38Z"}'],
    ["unpadded base64", '{"blob": "YQ"}'],
    ["url-safe base64", '{"blob": "-_=="}'],
    ["a union with no member", '{"choice": {}}'],
    ["a union with only null members", '{"choice": {"a": null}}'],
    ["a union with two members", '{"choice": {"a": "x", "B": 1}}'],
    ["a union with an unknown member", '{"choice": {"zzz": 1}}'],
    ["a null in a dense list", '{"dense": ["a", null]}'],
    ["a null in a dense map", '{"denseMap": {"k": null}}'],
    ["a list where a map is expected", '{"denseMap": []}'],
  ];
  it.each(rejected)("rejects %s with SerializationException", async (_name, payload) => {
    const { res, input } = await echo(payload);
    expect(res.statusCode).toBe(400);
    expect(res.headers["x-amzn-errortype"]).toBe("SerializationException");
    expect(input).toBeUndefined();
  });
});

describe("strict parsing of labels, query and headers", () => {
  const cases: Array<[string, string, Record<string, string>]> = [
    ["an integer label with a fraction", "/echo/1.5", {}],
    ["an integer label with trailing characters", "/echo/2ABC", {}],
    ["an integer label in hex", "/echo/0x42", {}],
    ["a byte query value out of range", "/echo/1?b=256", {}],
    ["a boolean-looking byte", "/echo/1?b=true", {}],
    ["an http-date in a query timestamp", "/echo/1?t=Tue%2C%2029%20Apr%202014%2018%3A30%3A38%20GMT", {}],
    ["epoch seconds in a query timestamp", "/echo/1?t=1515531081", {}],
    ["a short header out of range", "/echo/1", { "x-short": "40000" }],
    ["a date-time in a header timestamp", "/echo/1", { "x-time": "2014-04-29T18:30:38Z" }],
    ["a capitalised boolean header", "/echo/1", { "x-bool": "True" }],
    ["bad percent-encoding", "/echo/1?b=%zz", {}],
  ];
  it.each(cases)("rejects %s", async (_name, url, headers) => {
    const { res } = await echo("{}", url, headers);
    expect(res.statusCode).toBe(400);
    expect(res.headers["x-amzn-errortype"]).toBe("SerializationException");
  });

  it("takes the first value of a repeated scalar query parameter", async () => {
    const { input } = await echo("{}", "/echo/-5?b=1&b=2&t=2014-04-29T18%3A30%3A38Z", { "x-time": "Tue, 29 Apr 2014 18:30:38 GMT", "x-bool": "true" });
    expect(input).toEqual({ n: -5, q: 1, qt: new Date("2014-04-29T18:30:38Z"), ht: new Date("2014-04-29T18:30:38Z"), hb: true });
  });
});

describe("defaults", () => {
  it("fills absent input members, nested ones included, with fresh values", async () => {
    const handler = recorder({});
    const app = await buildApp(schema, { Defaults: handler.handler });
    for (let i = 0; i < 2; i++) {
      await app.inject({ method: "POST", url: "/defaults", headers: { "content-type": "application/json" }, payload: '{"nested": {}, "s": "given"}' });
    }
    const expected = {
      s: "given",
      n: 0,
      flag: false,
      list: [],
      blob: Buffer.from("abc"),
      time: new Date(0),
      doc: { a: [1] },
      q: "fromDefault",
      nested: { greeting: "hello" },
    };
    expect(handler.calls).toEqual([expected, expected]);
    const [first, second] = handler.calls as Array<{ list: unknown[] }>;
    expect(first.list).not.toBe(second.list);
  });

  it("serializes defaults for members the handler left out", async () => {
    const app = await buildApp(schema, { Defaults: recorder({ n: 5, nested: { other: "x" } }).handler });
    const res = await app.inject({ method: "POST", url: "/defaults" });
    expect(res.json()).toEqual({ s: "hi", n: 5, flag: false, list: [], blob: "YWJj", time: 0, doc: { a: [1] }, nested: { greeting: "hello", other: "x" } });
  });
});
