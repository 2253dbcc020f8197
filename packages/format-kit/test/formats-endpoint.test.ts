import { describe, expect, it } from "vitest";
import { authenticateHeader, tokenFromHeader } from "../src/auth";
import { parseRepositoryAddress } from "../src/endpoint";

describe("repository addresses", () => {
  it("reads the path style GetRepositoryEndpoint returns", () => {
    expect(parseRepositoryAddress("npm", "/npm/d/my-domain-123456789012/repo/@scope%2fpkg?write=true", "localhost:4566")).toEqual({
      format: "npm",
      domain: "my-domain",
      owner: "123456789012",
      repository: "repo",
      rest: "@scope%2fpkg",
      query: "write=true",
      basePath: "/npm/d/my-domain-123456789012/repo/",
    });
  });

  it("reads the host style, taking the owner from the last dash and the region from the host", () => {
    const address = parseRepositoryAddress("npm", "/npm/repo/left-pad", "my-domain-123456789012.d.codeartifact.eu-west-1.amazonaws.com");
    expect(address).toMatchObject({
      domain: "my-domain",
      owner: "123456789012",
      region: "eu-west-1",
      repository: "repo",
      rest: "left-pad",
      basePath: "/npm/repo/",
    });
    expect(parseRepositoryAddress("npm", "/npm/repo/", "my-domain-123456789012.codeartifact.us-east-1.on.aws")).toMatchObject({
      region: "us-east-1",
      rest: "",
    });
  });

  it("rejects URLs that address no repository", () => {
    expect(parseRepositoryAddress("npm", "/npm/repo/x", "localhost")).toBeUndefined();
    expect(parseRepositoryAddress("npm", "/npm/d/nodash/repo/", "localhost")).toBeUndefined();
    expect(parseRepositoryAddress("npm", "/npm/d/dom-12345/repo/", "localhost")).toBeUndefined();
    expect(parseRepositoryAddress("pypi", "/npm/d/dom-123456789012/repo/", "localhost")).toBeUndefined();
    expect(parseRepositoryAddress("npm", "/npm/d/dom-123456789012/r/", "localhost")).toBeUndefined();
  });
});

describe("presented tokens", () => {
  const basic = (credentials: string) => `Basic ${Buffer.from(credentials).toString("base64")}`;

  it("accepts Bearer, Basic with user aws, and the bare token", () => {
    expect(tokenFromHeader("Bearer abc.def")).toEqual({ token: "abc.def" });
    expect(tokenFromHeader(basic("aws:abc.def"))).toEqual({ token: "abc.def" });
    expect(tokenFromHeader("abc.def")).toEqual({ token: "abc.def" });
  });

  it("names what is wrong otherwise", () => {
    expect(tokenFromHeader(undefined)).toEqual({ problem: "missing" });
    expect(tokenFromHeader("  ")).toEqual({ problem: "missing" });
    expect(tokenFromHeader(basic("admin:abc"))).toEqual({ problem: "basic-user" });
    expect(tokenFromHeader("Digest x=y")).toEqual({ problem: "scheme" });
  });

  it("challenges with both schemes for the domain and repository", () => {
    expect(authenticateHeader({ domain: "d", repository: "r" })).toBe('Bearer realm="d/r", Basic realm="d/r"');
  });
});
