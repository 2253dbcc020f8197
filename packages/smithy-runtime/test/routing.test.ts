import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { createServiceRuntime } from "../src";
import { parseQuery } from "../src/http/query";
import { compileUri, matchUri, pathSegments, routePath } from "../src/route-path";
import { buildApp, recorder } from "./support/app";
import { S, m, op, service } from "./support/schema";

describe("routePath", () => {
  it("routes on the literal prefix: the first label becomes a wildcard and ends the path", () => {
    expect(routePath("/v1/domains")).toBe("/v1/domains");
    expect(routePath("/things/{id}?flag")).toBe("/things/*");
    expect(routePath("/objects/{bucket}/{key+}/meta")).toBe("/objects/*");
    expect(routePath("/a:b/{c}")).toBe("/a::b/*");
    expect(routePath("/buckets/{bucket}?list-type=2")).toBe("/buckets/*");
    expect(routePath("/a/{b}/c/{d+}/tail/{e}")).toBe("/a/*");
  });
});

describe("pathSegments and parseQuery", () => {
  it("split paths as split('/') would, after the prefix", () => {
    for (const [path, from] of [
      ["/v1/domains", 0],
      ["/", 0],
      ["", 0],
      ["/p/v1//x/", 2],
      ["/p/v1", 2],
      ["a/b", 0],
    ] as const) {
      expect(pathSegments(path, from)).toEqual(path.slice(from).split("/").slice(1));
    }
  });

  it("keep every value in order, empty values, bare keys, and skip empty parts", () => {
    const query = parseQuery("a=1&&b&a=2&c=&=x&d=%2F&");
    expect([...query]).toEqual([
      ["a", ["1", "2"]],
      ["b", [""]],
      ["c", [""]],
      ["", ["x"]],
      ["d", ["/"]],
    ]);
    expect(parseQuery("").size).toBe(0);
    expect([...parseQuery("k=a=b")]).toEqual([["k", ["a=b"]]]);
  });
});

describe("matchUri", () => {
  const match = (uri: string, url: string) => {
    const [path, query = ""] = url.split("?");
    return matchUri(compileUri(uri), path.split("/").slice(1), parseQuery(query));
  };

  it("captures raw label values, with greedy labels spanning segments before a suffix", () => {
    expect(match("/objects/{bucket}/{key+}/meta", "/objects/b/a/b%2Fc/d/meta")).toEqual({ bucket: "b", key: "a/b%2Fc/d" });
    expect(match("/objects/{bucket}/{key+}/meta", "/objects/b/meta")).toBeUndefined();
    expect(match("/objects/{bucket}/{key+}", "/objects/b/")).toBeUndefined();
  });

  it("requires query literals: a key with a value, or a bare flag", () => {
    expect(match("/things/{id}?mode=full&flag", "/things/1?flag&mode=full")).toEqual({ id: "1" });
    expect(match("/things/{id}?mode=full&flag", "/things/1?mode=full")).toBeUndefined();
    expect(match("/things/{id}?mode=full&flag", "/things/1?mode=part&flag")).toBeUndefined();
  });

  it("compares literal segments raw or percent-decoded and rejects empty labels", () => {
    expect(match("/ReDosLiteral/{str}/(a+)+", "/ReDosLiteral/abc/(a+)+")).toEqual({ str: "abc" });
    expect(match("/ReDosLiteral/{str}/(a+)+", "/ReDosLiteral/abc/%28a%2B%29%2B")).toEqual({ str: "abc" });
    expect(match("/things/{id}", "/things/")).toBeUndefined();
  });
});

describe("routing through Fastify", () => {
  const schema = service(
    [
      op("GetFull", "GET", "/things/{id}?view=full", { input: "test#Input" }),
      op("GetPlain", "GET", "/things/{id}", { input: "test#Input" }),
      op("PutObject", "PUT", "/objects/{bucket}/{key+}/meta", { input: "test#ObjectInput" }),
      op("Search", "GET", "/search", { input: "test#SearchInput" }),
    ],
    {
      "test#Input": { type: "structure", members: { id: m(S, { httpLabel: true, required: true }) } },
      "test#ObjectInput": {
        type: "structure",
        members: { bucket: m(S, { httpLabel: true, required: true }), key: m(S, { httpLabel: true, required: true }) },
      },
      "test#SearchInput": { type: "structure", members: { q: m(S, { httpQuery: "q", required: true }) } },
      "smithy.framework#ValidationException": { type: "structure", error: "client", httpError: 400, members: { message: m(S) } },
    },
  );

  it("dispatches operations that share a path by their query literals", async () => {
    const full = recorder({});
    const plain = recorder({});
    const app = await buildApp(schema, { GetFull: full.handler, GetPlain: plain.handler });
    await app.inject({ method: "GET", url: "/things/a%20b?view=full" });
    await app.inject({ method: "GET", url: "/things/c?view=summary" });
    expect(full.calls).toEqual([{ id: "a b" }]);
    expect(plain.calls).toEqual([{ id: "c" }]);
  });

  it("decodes greedy labels keeping '/' and matches the suffix after them", async () => {
    const put = recorder({});
    const app = await buildApp(schema, { PutObject: put.handler });
    const ok = await app.inject({ method: "PUT", url: "/objects/bkt/dir/sub%2Fdir/file%20name.txt/meta" });
    expect(ok.statusCode).toBe(200);
    expect(put.calls).toEqual([{ bucket: "bkt", key: "dir/sub/dir/file name.txt" }]);
    const missingSuffix = await app.inject({ method: "PUT", url: "/objects/bkt/dir/file" });
    expect(missingSuffix.statusCode).toBe(404);
    expect(missingSuffix.headers["x-amzn-errortype"]).toBe("UnknownOperationException");
  });

  it("accepts labels longer than the router's parameter limit (100 characters)", async () => {
    const plain = recorder({});
    const app = await buildApp(schema, { GetPlain: plain.handler });
    const id = "t".repeat(300);
    const res = await app.inject({ method: "GET", url: `/things/${id}` });
    expect(res.statusCode).toBe(200);
    expect(plain.calls).toEqual([{ id }]);
  });

  it("treats a missing required query parameter as a validation error, not a 404", async () => {
    const app = await buildApp(schema, { Search: recorder({}).handler });
    const res = await app.inject({ method: "GET", url: "/search" });
    expect(res.statusCode).toBe(400);
    expect(res.headers["x-amzn-errortype"]).toBe("ValidationException");
  });

  it("matches modeled URIs relative to a registration prefix", async () => {
    const plain = recorder({});
    const app = Fastify();
    await app.register(
      async (instance) => {
        const runtime = createServiceRuntime(schema);
        runtime.install(instance);
        instance.get(runtime.routePath("/things/{id}"), runtime.handler([{ name: "GetPlain", impl: plain.handler, validate: () => [] }]));
      },
      { prefix: "/api" },
    );
    const res = await app.inject({ method: "GET", url: "/api/things/t1" });
    expect(res.statusCode).toBe(200);
    expect(plain.calls).toEqual([{ id: "t1" }]);
  });

  it("answers unrouted requests with UnknownOperationException", async () => {
    const app = await buildApp(schema, {});
    const res = await app.inject({ method: "POST", url: "/nowhere?x=1" });
    expect(res.statusCode).toBe(404);
    expect(res.headers["x-amzn-errortype"]).toBe("UnknownOperationException");
    expect(res.headers["content-type"]).toBe("application/json");
    expect(res.json()).toEqual({ message: "No operation matches POST /nowhere" });
  });
});
