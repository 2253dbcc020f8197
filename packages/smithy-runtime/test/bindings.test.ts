import { describe, expect, it } from "vitest";
import { buildApp, recorder } from "./support/app";
import { S, m, op, service } from "./support/schema";

const T = "smithy.api#Timestamp";
const schema = service(
  [
    op("GetThing", "GET", "/things/{id}/{when}", { input: "test#GetThingInput", output: "test#GetThingOutput" }),
    op("PutText", "POST", "/text", { input: "test#TextPayload", output: "test#TextPayload" }),
    op("PutImage", "POST", "/image", { input: "test#ImagePayload", output: "test#ImagePayload" }),
    op("PutAny", "POST", "/any", { input: "test#AnyPayload", output: "test#AnyPayload" }),
    op("PutStruct", "POST", "/struct", { input: "test#StructPayload", output: "test#StructPayload" }),
    op("PutDoc", "POST", "/doc", { input: "test#DocPayload", output: "test#DocPayload" }),
    op("Nothing", "POST", "/nothing"),
    op("HeadersOnly", "POST", "/headers-only", { output: "test#HeadersOnlyOutput" }),
  ],
  {
    "test#GetThingInput": {
      type: "structure",
      members: {
        id: m(S, { httpLabel: true, required: true }),
        when: m(T, { httpLabel: true, required: true }),
        tags: m("test#StringList", { httpQuery: "tag" }),
        limit: m("smithy.api#Integer", { httpQuery: "limit" }),
        since: m(T, { httpQuery: "since" }),
        epoch: m(T, { httpQuery: "epoch", timestampFormat: "epoch-seconds" }),
        verbose: m("smithy.api#Boolean", { httpQuery: "verbose" }),
        ratio: m("smithy.api#Double", { httpQuery: "ratio" }),
        all: m("test#StringListMap", { httpQueryParams: true }),
        count: m("smithy.api#Long", { httpHeader: "X-Count" }),
        names: m("test#StringList", { httpHeader: "X-Names" }),
        dates: m("test#TimestampList", { httpHeader: "X-Dates" }),
        modified: m(T, { httpHeader: "If-Modified-Since" }),
        json: m("test#JsonString", { httpHeader: "X-Json" }),
        meta: m("test#StringMap", { httpPrefixHeaders: "X-Meta-" }),
      },
    },
    "test#GetThingOutput": {
      type: "structure",
      members: {
        status: m("smithy.api#Integer", { httpResponseCode: true }),
        etag: m(S, { httpHeader: "ETag" }),
        names: m("test#StringList", { httpHeader: "X-Names" }),
        dates: m("test#TimestampList", { httpHeader: "X-Dates" }),
        modified: m(T, { httpHeader: "Last-Modified" }),
        ratio: m("smithy.api#Double", { httpHeader: "X-Ratio" }),
        json: m("test#JsonString", { httpHeader: "X-Json" }),
        meta: m("test#StringMap", { httpPrefixHeaders: "X-Meta-" }),
        displayName: m(S, { jsonName: "DisplayName" }),
        created: m(T),
        createdIso: m(T, { timestampFormat: "date-time" }),
        data: m("smithy.api#Blob"),
        score: m("smithy.api#Float"),
        big: m("smithy.api#BigInteger"),
        exact: m("smithy.api#BigDecimal"),
        missing: m(S),
      },
    },
    "test#HeadersOnlyOutput": { type: "structure", members: { etag: m(S, { httpHeader: "ETag" }) } },
    "test#TextPayload": { type: "structure", members: { text: m(S, { httpPayload: true }) } },
    "test#ImagePayload": { type: "structure", members: { image: m("test#PngBlob", { httpPayload: true, mediaType: "image/png" }) } },
    "test#AnyPayload": { type: "structure", members: { data: m("smithy.api#Blob", { httpPayload: true }), type: m(S, { httpHeader: "Content-Type" }) } },
    "test#StructPayload": { type: "structure", members: { point: m("test#Point", { httpPayload: true }), id: m(S, { httpHeader: "X-Id" }) } },
    "test#DocPayload": { type: "structure", members: { doc: m("smithy.api#Document", { httpPayload: true }) } },
    "test#Point": { type: "structure", members: { x: m("smithy.api#Integer"), y: m("smithy.api#Integer", { jsonName: "Y" }) } },
    "test#PngBlob": { type: "blob", mediaType: "image/png" },
    "test#JsonString": { type: "string", mediaType: "application/json" },
    "test#StringList": { type: "list", member: m(S) },
    "test#TimestampList": { type: "list", member: m(T) },
    "test#StringMap": { type: "map", key: m(S), value: m(S) },
    "test#StringListMap": { type: "map", key: m(S), value: m("test#StringList") },
  },
);

describe("request bindings", () => {
  it("reads labels, query, query maps, headers and prefix headers", async () => {
    const get = recorder({});
    const app = await buildApp(schema, { GetThing: get.handler });
    const res = await app.inject({
      method: "GET",
      url: "/things/a%2Fb%20c/2019-12-16T23%3A48%3A18.5Z?tag=x&tag=y%26z&limit=3&limit=9&since=2020-01-01T00:00:00Z&epoch=1576540098.25&verbose=false&ratio=NaN&flag",
      headers: {
        "x-count": "9007199254740991",
        "x-names": 'a, "b,c", "q\\"d"',
        "x-dates": "Mon, 16 Dec 2019 23:48:18 GMT, Tue, 17 Dec 2019 23:48:18 GMT",
        "if-modified-since": "Mon, 16 Dec 2019 23:48:18 GMT",
        "x-json": Buffer.from('{"a":1}').toString("base64"),
        "x-meta-color": "blue",
        "X-Meta-Size": "L",
      },
    });
    expect(res.statusCode).toBe(200);
    expect(get.calls[0]).toEqual({
      id: "a/b c",
      when: new Date("2019-12-16T23:48:18.500Z"),
      tags: ["x", "y&z"],
      limit: 3,
      since: new Date("2020-01-01T00:00:00Z"),
      epoch: new Date(1576540098250),
      verbose: false,
      ratio: Number.NaN,
      all: { tag: ["x", "y&z"], limit: ["3", "9"], since: ["2020-01-01T00:00:00Z"], epoch: ["1576540098.25"], verbose: ["false"], ratio: ["NaN"], flag: [""] },
      count: 9007199254740991,
      names: ["a", "b,c", 'q"d'],
      dates: [new Date("2019-12-16T23:48:18Z"), new Date("2019-12-17T23:48:18Z")],
      modified: new Date("2019-12-16T23:48:18Z"),
      json: '{"a":1}',
      meta: { color: "blue", size: "L" },
    });
  });

  it("reads text, blob, structure and document payloads", async () => {
    const text = recorder({});
    const image = recorder({});
    const any = recorder({});
    const struct = recorder({});
    const doc = recorder({});
    const app = await buildApp(schema, { PutText: text.handler, PutImage: image.handler, PutAny: any.handler, PutStruct: struct.handler, PutDoc: doc.handler });
    await app.inject({ method: "POST", url: "/text", headers: { "content-type": "text/plain; charset=utf-8" }, payload: "héllo" });
    await app.inject({ method: "POST", url: "/image", headers: { "content-type": "image/png" }, payload: Buffer.from([0, 1, 2]) });
    await app.inject({ method: "POST", url: "/any", headers: { "content-type": "application/x-whatever" }, payload: "raw" });
    await app.inject({ method: "POST", url: "/struct", headers: { "content-type": "application/json", "x-id": "7" }, payload: '{"x":1,"Y":2,"z":3}' });
    await app.inject({ method: "POST", url: "/struct", headers: { "content-type": "application/json" }, payload: "{}" });
    await app.inject({ method: "POST", url: "/doc", headers: { "content-type": "application/json" }, payload: '[1,{"a":null}]' });
    expect(text.calls).toEqual([{ text: "héllo" }]);
    expect(image.calls).toEqual([{ image: Buffer.from([0, 1, 2]) }]);
    expect(any.calls).toEqual([{ data: Buffer.from("raw"), type: "application/x-whatever" }]);
    expect(struct.calls).toEqual([{ point: { x: 1, y: 2 }, id: "7" }, {}]);
    expect(doc.calls).toEqual([{ doc: [1, { a: null }] }]);
  });
});

describe("response bindings", () => {
  it("writes the response code, headers, prefix headers and the JSON body", async () => {
    const app = await buildApp(schema, {
      GetThing: recorder({
        status: 201,
        etag: "abc",
        names: ["a", "b,c", " padded", 'q"d'],
        dates: [new Date("2019-12-16T23:48:18Z"), new Date("2019-12-17T23:48:18Z")],
        modified: new Date("2019-12-16T23:48:18Z"),
        ratio: Number.NEGATIVE_INFINITY,
        json: "true",
        meta: { color: "blue" },
        displayName: "Thing",
        created: new Date(1576540098250),
        createdIso: new Date("2019-12-16T23:48:18Z"),
        data: Buffer.from("value"),
        score: Number.NaN,
        big: 12345678901234567890n,
        exact: "0.1000000000000000000001",
        missing: null,
      }).handler,
    });
    const res = await app.inject({ method: "GET", url: "/things/x/2019-12-16T23%3A48%3A18Z" });
    expect(res.statusCode).toBe(201);
    expect(res.headers).toMatchObject({
      etag: "abc",
      "x-names": 'a, "b,c", " padded", "q\\"d"',
      "x-dates": "Mon, 16 Dec 2019 23:48:18 GMT, Tue, 17 Dec 2019 23:48:18 GMT",
      "last-modified": "Mon, 16 Dec 2019 23:48:18 GMT",
      "x-ratio": "-Infinity",
      "x-json": "dHJ1ZQ==",
      "x-meta-color": "blue",
      "content-type": "application/json",
    });
    expect(res.body).toBe(
      '{"DisplayName":"Thing","created":1576540098.25,"createdIso":"2019-12-16T23:48:18Z","data":"dmFsdWU=","score":"NaN","big":12345678901234567890,"exact":0.1000000000000000000001}',
    );
  });

  it("writes payload members with their media types and no body when unset", async () => {
    const app = await buildApp(schema, {
      PutText: recorder({ text: "plain" }).handler,
      PutImage: recorder({ image: new Uint8Array([1, 2]) }).handler,
      PutStruct: recorder({ point: { x: 1, y: 2 }, id: "9" }).handler,
      PutDoc: recorder({ doc: "just a string" }).handler,
      PutAny: recorder({}).handler,
    });
    const text = await app.inject({ method: "POST", url: "/text" });
    expect([text.headers["content-type"], text.body]).toEqual(["text/plain", "plain"]);
    const image = await app.inject({ method: "POST", url: "/image" });
    expect([image.headers["content-type"], image.rawPayload]).toEqual(["image/png", Buffer.from([1, 2])]);
    const struct = await app.inject({ method: "POST", url: "/struct" });
    expect([struct.headers["content-type"], struct.headers["x-id"], struct.body]).toEqual(["application/json", "9", '{"x":1,"Y":2}']);
    const doc = await app.inject({ method: "POST", url: "/doc" });
    expect(doc.body).toBe('"just a string"');
    const empty = await app.inject({ method: "POST", url: "/any" });
    expect([empty.statusCode, empty.headers["content-length"], empty.body]).toEqual([200, "0", ""]);
  });

  it("sends an empty JSON object for structure outputs without body members and nothing for Unit outputs", async () => {
    const app = await buildApp(schema, { HeadersOnly: recorder({ etag: "e" }).handler, Nothing: recorder(undefined).handler });
    const headersOnly = await app.inject({ method: "POST", url: "/headers-only" });
    expect([headersOnly.headers.etag, headersOnly.headers["content-type"], headersOnly.body]).toEqual(["e", "application/json", "{}"]);
    const nothing = await app.inject({ method: "POST", url: "/nothing" });
    expect([nothing.statusCode, nothing.headers["content-type"], nothing.body]).toEqual([200, undefined, ""]);
  });
});
