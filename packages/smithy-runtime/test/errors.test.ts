import { Writable } from "node:stream";
import { ServiceException } from "@smithy/core/client";
import { describe, expect, it } from "vitest";
import { ModeledError } from "../src";
import { buildApp } from "./support/app";
import { S, m, op, service } from "./support/schema";

class ThrottlingException extends ModeledError<{ message: string; retryAfterSeconds?: number }> {
  constructor(fields: { message: string; retryAfterSeconds?: number }) {
    super("test#ThrottlingException", fields);
  }
}

const errorShapes = {
  "test#ThrottlingException": {
    type: "structure",
    error: "client",
    httpError: 429,
    members: {
      message: m(S, { required: true }),
      retryAfterSeconds: m("smithy.api#Integer", { httpHeader: "Retry-After" }),
      detail: m(S, { jsonName: "Detail" }),
    },
  },
  "test#InternalServerException": { type: "structure", error: "server", httpError: 500, members: { message: m(S, { required: true }) } },
  "test#ConflictException": { type: "structure", error: "client", httpError: 409, members: { message: m(S) } },
} as const;

const schema = service(
  [
    op("Throttled", "POST", "/throttled", { input: "test#In", errors: ["test#ThrottlingException", "test#InternalServerException"] }),
    op("Plain", "POST", "/plain", { input: "test#In", errors: ["test#ConflictException"] }),
    op("Missing", "POST", "/missing", { input: "test#In" }),
  ],
  { ...errorShapes, "test#In": { type: "structure", members: { n: m("smithy.api#Integer") } } },
);

function capturingLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { lines, options: { logger: { level: "error", stream } } };
}

describe("modeled errors", () => {
  it("serializes a listed error with its status, type, header members and JSON body", async () => {
    const app = await buildApp(schema, {
      Throttled: async () => {
        throw new ThrottlingException({ message: "Slow down", retryAfterSeconds: 30 });
      },
    });
    const res = await app.inject({ method: "POST", url: "/throttled" });
    expect(res.statusCode).toBe(429);
    expect(res.headers["x-amzn-errortype"]).toBe("ThrottlingException");
    expect(res.headers["retry-after"]).toBe("30");
    expect(res.headers["content-type"]).toBe("application/json");
    expect(res.headers["x-amzn-requestid"]).toMatch(/.+/);
    expect(res.body).toBe('{"message":"Slow down"}');
  });

  it("maps other jsonName members into the body", async () => {
    const app = await buildApp(schema, {
      Throttled: async () => {
        throw new ModeledError("test#ThrottlingException", { message: "m", detail: "d" });
      },
    });
    expect((await app.inject({ method: "POST", url: "/throttled" })).json()).toEqual({ message: "m", Detail: "d" });
  });
});

describe("unmodeled failures", () => {
  it("answers 500 with the operation's internal error shape, without leaking the cause, and logs it", async () => {
    const log = capturingLogger();
    const app = await buildApp(
      schema,
      {
        Throttled: async () => {
          throw new Error("database password is hunter2");
        },
      },
      undefined,
      log.options,
    );
    const res = await app.inject({ method: "POST", url: "/throttled" });
    expect(res.statusCode).toBe(500);
    expect(res.headers["x-amzn-errortype"]).toBe("InternalServerException");
    expect(res.json()).toEqual({ message: "An internal error occurred." });
    expect(res.body).not.toContain("hunter2");
    expect(log.lines.some((line) => JSON.stringify(line).includes("hunter2"))).toBe(true);
  });

  it("treats a modeled error the operation does not list as unmodeled", async () => {
    const app = await buildApp(schema, {
      Plain: async () => {
        throw new ThrottlingException({ message: "not listed here" });
      },
    });
    const res = await app.inject({ method: "POST", url: "/plain" });
    expect([res.statusCode, res.headers["x-amzn-errortype"]]).toEqual([500, "InternalFailure"]);
    expect(res.body).not.toContain("not listed");
  });

  it("answers 500 when the output cannot be serialized", async () => {
    const bad = service([op("Out", "POST", "/out", { output: "test#Out" })], { "test#Out": { type: "structure", members: { d: m("smithy.api#BigDecimal") } } });
    const app = await buildApp(bad, { Out: async () => ({ d: "not a number" }) });
    const res = await app.inject({ method: "POST", url: "/out" });
    expect([res.statusCode, res.headers["x-amzn-errortype"]]).toEqual([500, "InternalFailure"]);
  });
});

describe("NotImplemented", () => {
  it("answers 501 to a valid request", async () => {
    const app = await buildApp(schema, {});
    const res = await app.inject({ method: "POST", url: "/missing", headers: { "content-type": "application/json" }, payload: '{"n": 1}' });
    expect(res.statusCode).toBe(501);
    expect(res.headers["x-amzn-errortype"]).toBe("NotImplemented");
    expect(res.json()).toEqual({ message: "Operation Missing is not implemented" });
  });

  it("still rejects malformed input first, so clients learn what is wrong with it", async () => {
    const app = await buildApp(schema, {});
    const res = await app.inject({ method: "POST", url: "/missing", headers: { "content-type": "application/json" }, payload: '{"n": "1"}' });
    expect([res.statusCode, res.headers["x-amzn-errortype"]]).toEqual([400, "SerializationException"]);
  });
});

describe("ModeledError", () => {
  it("is a Smithy ServiceException with the shape's name and fault, as the SDK's errors are", () => {
    const error = new ThrottlingException({ message: "slow down", retryAfterSeconds: 3 });
    expect(error).toBeInstanceOf(ServiceException);
    expect(error).toBeInstanceOf(ThrottlingException);
    expect(ServiceException.isInstance(error)).toBe(true);
    expect([error.name, error.message, error.$fault, error.$metadata]).toEqual(["ThrottlingException", "slow down", "client", {}]);
    expect(error.fields.retryAfterSeconds).toBe(3);
    const server = new ModeledError("test#InternalServerException", { Message: "boom" }, "server");
    expect([server.name, server.message, server.$fault]).toEqual(["InternalServerException", "boom", "server"]);
    expect(server).not.toBeInstanceOf(ThrottlingException);
  });
});
