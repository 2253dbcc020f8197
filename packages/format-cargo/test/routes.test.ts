import { describe, expect, it } from "vitest";
import { parseCargoRoute } from "../src/routes";

describe("Cargo routes", () => {
  it("routes the sparse index by name length", () => {
    expect(parseCargoRoute("GET", "config.json")).toEqual({ kind: "config" });
    expect(parseCargoRoute("GET", "1/a")).toEqual({ kind: "index", name: "a" });
    expect(parseCargoRoute("GET", "2/ab")).toEqual({ kind: "index", name: "ab" });
    expect(parseCargoRoute("GET", "3/a/abc")).toEqual({ kind: "index", name: "abc" });
    expect(parseCargoRoute("GET", "se/rd/serde_json")).toEqual({ kind: "index", name: "serde_json" });
    expect(parseCargoRoute("HEAD", "te/am/team-lib")).toEqual({ kind: "index", name: "team-lib" });
  });

  it("refuses index paths that are not where the name's file lives", () => {
    for (const rest of ["1/ab", "2/a", "3/b/abc", "ab/ce/abcd", "se/rd/se/serde", "se/rd/", "3/a/a%2Fb", "xx/yy/../../config.json", ""]) {
      expect(parseCargoRoute("GET", rest), rest).toEqual({ kind: "not-found" });
    }
  });

  it("routes the web API", () => {
    expect(parseCargoRoute("PUT", "api/v1/crates/new")).toEqual({ kind: "publish" });
    expect(parseCargoRoute("GET", "api/v1/crates/serde/1.0.0%2Bbuild/download")).toEqual({ kind: "download", name: "serde", version: "1.0.0+build" });
    expect(parseCargoRoute("DELETE", "api/v1/crates/serde/1.0.0/yank")).toEqual({ kind: "yank", name: "serde", version: "1.0.0", yanked: true });
    expect(parseCargoRoute("PUT", "api/v1/crates/serde/1.0.0/unyank")).toEqual({ kind: "yank", name: "serde", version: "1.0.0", yanked: false });
    expect(parseCargoRoute("GET", "api/v1/crates")).toEqual({ kind: "unsupported", command: "cargo search" });
    expect(parseCargoRoute("PUT", "api/v1/crates/serde/owners")).toEqual({ kind: "unsupported", command: "cargo owner" });
    expect(parseCargoRoute("GET", "me")).toEqual({ kind: "me" });
  });

  it("answers wrong methods with what is allowed", () => {
    expect(parseCargoRoute("GET", "api/v1/crates/new")).toEqual({ kind: "method-not-allowed", allow: "PUT" });
    expect(parseCargoRoute("PUT", "api/v1/crates/serde/1.0.0/yank")).toEqual({ kind: "method-not-allowed", allow: "DELETE" });
    expect(parseCargoRoute("POST", "config.json")).toEqual({ kind: "method-not-allowed", allow: "GET" });
    expect(parseCargoRoute("DELETE", "se/rd/serde")).toEqual({ kind: "method-not-allowed", allow: "GET" });
  });

  it("refuses malformed API paths", () => {
    for (const rest of [
      "api/v1/crates/ser%zz/1.0.0/download",
      "api/v1/crates/a.b/1.0.0/download",
      "api/v1/crates/serde/1.0.0/delete",
      "api/v1/crates/serde",
      "api/v2/crates/new",
    ]) {
      expect(parseCargoRoute("GET", rest).kind, rest).toBe("not-found");
    }
  });
});
