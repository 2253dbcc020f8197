import { describe, expect, it } from "vitest";
import { issueToken, verifyToken } from "../src/access/token";

const secret = Buffer.alloc(32, 7);
const issuedAt = new Date("2026-01-01T00:00:00Z");
const expiresAt = new Date("2026-01-01T12:00:00Z");
const claims = { account: "111122223333", domain: "my-domain", domainOwner: "444455556666", region: "eu-west-1", issuedAt, expiresAt };

describe("authorization tokens", () => {
  it("look like AWS's and carry domain, owner, caller, region and expiry", () => {
    const token = issueToken(claims, secret);
    expect(token.startsWith("eyJ2ZXIiOjEsImlzdSI6")).toBe(true);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/); // safe in URLs and config files
    const result = verifyToken(token, secret, new Date("2026-01-01T06:00:00Z"));
    expect(result).toEqual({ ok: true, claims });
  });

  it("differ between two issues in the same second", () => {
    expect(issueToken(claims, secret)).not.toBe(issueToken(claims, secret));
  });

  it("verify under any instance sharing the secret, and under no other", () => {
    const token = issueToken(claims, secret);
    expect(verifyToken(token, Buffer.from(secret), issuedAt).ok).toBe(true);
    expect(verifyToken(token, Buffer.alloc(32, 8), issuedAt)).toEqual({ ok: false, reason: "bad-signature" });
  });

  it("expire at their expiry", () => {
    const token = issueToken(claims, secret);
    expect(verifyToken(token, secret, new Date(expiresAt.getTime() - 1000)).ok).toBe(true);
    expect(verifyToken(token, secret, expiresAt)).toEqual({ ok: false, reason: "expired" });
  });

  it("reject an edited payload", () => {
    const [payload, signature] = issueToken(claims, secret).split(".");
    const edited = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
    edited.exp = 4102444800;
    const forged = `${Buffer.from(JSON.stringify(edited)).toString("base64url")}.${signature}`;
    expect(verifyToken(forged, secret, issuedAt)).toEqual({ ok: false, reason: "bad-signature" });
  });

  it("reject malformed values", () => {
    for (const value of ["", "abc", "a.b.c", ".sig", "eyJ2ZXIiOjF9"]) {
      expect(verifyToken(value, secret, issuedAt).ok).toBe(false);
    }
    const wrongShape = Buffer.from(JSON.stringify({ ver: 2 })).toString("base64url");
    const signed = `${wrongShape}.${issueToken(claims, secret).split(".")[1]}`;
    expect(verifyToken(signed, secret, issuedAt).ok).toBe(false);
  });
});
