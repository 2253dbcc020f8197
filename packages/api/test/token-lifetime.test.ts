import { describe, expect, it } from "vitest";
import { repositoryEndpointUrl, tokenLifetimeSeconds } from "../src";

describe("GetAuthorizationToken durationSeconds", () => {
  it("defaults to 12 hours, maps 0 to a one-hour session and keeps 900..43200", () => {
    expect(tokenLifetimeSeconds(undefined)).toBe(43200);
    expect(tokenLifetimeSeconds(0)).toBe(3600);
    expect(tokenLifetimeSeconds(900)).toBe(900);
    expect(tokenLifetimeSeconds(43200)).toBe(43200);
  });

  it("refuses 1..899 with a validation error in AWS's style", () => {
    for (const value of [1, 60, 899]) {
      expect(() => tokenLifetimeSeconds(value)).toThrow(expect.objectContaining({ code: "ValidationException" }));
    }
    expect(() => tokenLifetimeSeconds(899)).toThrow(
      "1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy constraint: Member must be 0 or between 900 and 43200 seconds",
    );
  });
});

describe("repository endpoint URLs", () => {
  it("are path style on the host the client used", () => {
    expect(repositoryEndpointUrl({ protocol: "http", host: "127.0.0.1:4566" }, "x:1", "npm", "my-domain", "111122223333", "my-repo")).toBe(
      "http://127.0.0.1:4566/npm/d/my-domain-111122223333/my-repo/",
    );
    expect(repositoryEndpointUrl({ protocol: "https", host: "" }, "localhost:4566", "maven", "d1", "111122223333", "r.x")).toBe(
      "https://localhost:4566/maven/d/d1-111122223333/r.x/",
    );
  });
});
