import { describe, expect, it } from "vitest";
import { accepts, baseMediaType } from "../src/http/media-type";
import { buildApp, recorder } from "./support/app";
import { S, m, op, service } from "./support/schema";

const schema = service(
  [
    op("Json", "POST", "/json", { input: "test#JsonIn", output: "test#JsonIn" }),
    op("Empty", "POST", "/empty", { input: "test#EmptyIn" }),
    op("HeaderOnly", "POST", "/header-only", { input: "test#HeaderIn" }),
    op("NoInput", "POST", "/no-input"),
    op("Text", "POST", "/text", { input: "test#TextIn", output: "test#TextIn" }),
    op("Png", "POST", "/png", { input: "test#PngIn", output: "test#PngIn" }),
    op("Bytes", "POST", "/bytes", { input: "test#BytesIn", output: "test#BytesIn" }),
  ],
  {
    "test#JsonIn": { type: "structure", members: { a: m(S) } },
    "test#EmptyIn": { type: "structure", members: {} },
    "test#HeaderIn": { type: "structure", members: { h: m(S, { httpHeader: "X-H" }) } },
    "test#TextIn": { type: "structure", members: { text: m(S, { httpPayload: true }) } },
    "test#PngIn": { type: "structure", members: { png: m("test#Png", { httpPayload: true, mediaType: "image/png" }) } },
    "test#BytesIn": { type: "structure", members: { bytes: m("smithy.api#Blob", { httpPayload: true }) } },
    "test#Png": { type: "blob", mediaType: "image/png" },
  },
);

const handlers = Object.fromEntries(Object.keys(schema.operations).map((name) => [name, recorder({}).handler]));

async function post(url: string, headers: Record<string, string>, payload = "") {
  const app = await buildApp(schema, handlers);
  const res = await app.inject({ method: "POST", url, headers, payload });
  return [res.statusCode, res.headers["x-amzn-errortype"]];
}

describe("Content-Type", () => {
  it.each([
    ["/json", { "content-type": "application/json; charset=utf-8" }, "{}", 200],
    ["/json", {}, "", 200],
    ["/json", {}, "{}", 415],
    ["/json", { "content-type": "application/hal+json" }, "{}", 415],
    ["/empty", { "content-type": "application/json" }, "{}", 200],
    ["/header-only", { "content-type": "application/json" }, "{}", 415],
    ["/header-only", { "content-type": "application/json" }, "", 200],
    ["/no-input", { "content-type": "application/json" }, "{}", 415],
    ["/no-input", {}, "", 200],
    ["/text", { "content-type": "text/plain" }, "x", 200],
    ["/text", {}, "x", 415],
    ["/text", { "content-type": "application/json" }, "x", 415],
    ["/png", { "content-type": "image/png" }, "x", 200],
    ["/png", {}, "x", 200],
    ["/png", { "content-type": "application/json" }, "x", 415],
    ["/bytes", { "content-type": "image/jpeg" }, "x", 200],
    ["/bytes", {}, "x", 200],
    ["/json", { "content-type": "not a media type" }, "{}", 415],
  ] as const)("POST %s %j %j → %i", async (url, headers, payload, status) => {
    const [code, type] = await post(url, headers, payload);
    expect(code).toBe(status);
    if (status === 415) expect(type).toBe("UnsupportedMediaTypeException");
  });
});

describe("Accept", () => {
  it.each([
    ["/json", "application/json", 200],
    ["/json", "application/*;q=0.5, text/html", 200],
    ["/json", "*/*", 200],
    ["/json", "application/hal+json", 406],
    ["/json", "application/json;q=0, text/plain", 406],
    ["/text", "application/json", 406],
    ["/text", "text/plain", 200],
    ["/png", "application/json", 406],
    ["/bytes", "image/jpeg", 200],
    ["/no-input", "application/xml", 200],
  ] as const)("POST %s Accept: %s → %i", async (url, accept, status) => {
    const [code, type] = await post(url, { accept });
    expect(code).toBe(status);
    if (status === 406) expect(type).toBe("NotAcceptableException");
  });

  it("parses media types and ranges", () => {
    expect(baseMediaType(" Application/JSON ; charset=utf-8")).toBe("application/json");
    expect(accepts(undefined, "text/plain")).toBe(true);
    expect(accepts("text/*", "text/plain")).toBe(true);
    expect(accepts("image/*", "text/plain")).toBe(false);
  });
});
