import { ListDomainsCommand, ValidationException } from "@aws-sdk/client-codeartifact";
import { describe, expect, it } from "vitest";
import { serverFixture } from "../support/fixture";

const fx = serverFixture();

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(new URL(path, fx.server.url), {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, type: response.headers.get("x-amzn-errortype"), body: (await response.json()) as { message: string; reason?: string } };
}

describe("input validation answers 400 ValidationException listing every violation", () => {
  it("reports a bad name pattern in AWS's message style", async () => {
    const answer = await call("POST", "/v1/domain?domain=Bad_Name");
    expect(answer.status).toBe(400);
    expect(answer.type).toBe("ValidationException");
    expect(answer.body.message).toBe(
      "1 validation error detected: Value 'Bad_Name' at 'domain' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
    );
    expect(answer.body.reason).toBe("FIELD_VALIDATION_FAILED");
  });

  it("treats a missing required query parameter as a validation error, not a route miss", async () => {
    const answer = await call("GET", "/v1/repository?domain=some-domain");
    expect(answer.status).toBe(400);
    expect(answer.body.message).toBe("1 validation error detected: Value null at 'repository' failed to satisfy constraint: Member must not be null");
  });

  it("reports an unknown enum value", async () => {
    const answer = await call("GET", "/v1/repository/endpoint?domain=some-domain&repository=repo&format=rpm");
    expect(answer.status).toBe(400);
    expect(answer.body.message).toMatch(
      /^1 validation error detected: Value 'rpm' at 'format' failed to satisfy constraint: Member must satisfy enum value set: \[.*npm.*\]$/,
    );
  });

  it("lists several violations at once", async () => {
    const answer = await call("POST", "/v1/package/versions/delete?domain=Xy&format=rpm&package=a%2Fb", { versions: [] });
    expect(answer.status).toBe(400);
    const message = answer.body.message;
    expect(message).toMatch(/^4 validation errors detected: /);
    expect(message).toContain("Value 'Xy' at 'domain' failed to satisfy constraint: Member must satisfy regular expression pattern");
    expect(message).toContain("Value null at 'repository' failed to satisfy constraint: Member must not be null");
    expect(message).toContain("Value 'rpm' at 'format' failed to satisfy constraint: Member must satisfy enum value set");
    expect(message).toContain("Value 'a/b' at 'package' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[^#/\\s]+$");
  });

  it("rejects maxResults out of range through the official SDK", async () => {
    const error = await fx.client.send(new ListDomainsCommand({ maxResults: 5000 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationException);
    expect((error as ValidationException).message).toBe(
      "1 validation error detected: Value '5000' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000",
    );
    expect((error as ValidationException).$metadata.httpStatusCode).toBe(400);
  });
});
