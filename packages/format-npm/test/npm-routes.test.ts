import { describe, expect, it } from "vitest";
import { isSemver, parseNpmName, splitDependencyName } from "../src/names";
import { parseNpmRoute } from "../src/routes";
import { versionOfTarball } from "../src/tarball";
import { wantsAbbreviated } from "../src/packument";

const scoped = { full: "@acme/pkg", scope: "acme", name: "pkg" };

describe("npm routes", () => {
  it("routes packuments, tarballs and publishes for scoped names written either way", () => {
    expect(parseNpmRoute("GET", "@acme%2fpkg")).toEqual({ kind: "packument", name: scoped });
    expect(parseNpmRoute("GET", "@acme/pkg")).toEqual({ kind: "packument", name: scoped });
    expect(parseNpmRoute("HEAD", "left-pad")).toEqual({ kind: "packument", name: { full: "left-pad", name: "left-pad" } });
    expect(parseNpmRoute("PUT", "@acme%2Fpkg")).toEqual({ kind: "publish", name: scoped });
    expect(parseNpmRoute("GET", "@acme/pkg/-/pkg-1.0.0.tgz")).toEqual({ kind: "tarball", name: scoped, file: "pkg-1.0.0.tgz" });
    expect(parseNpmRoute("GET", "@acme%2fpkg/-/pkg-1.0.0.tgz")).toEqual({ kind: "tarball", name: scoped, file: "pkg-1.0.0.tgz" });
    expect(parseNpmRoute("GET", "left-pad/1.3.0")).toMatchObject({ kind: "version-manifest", spec: "1.3.0" });
  });

  it("routes ping and dist-tags", () => {
    expect(parseNpmRoute("GET", "-/ping")).toEqual({ kind: "ping" });
    expect(parseNpmRoute("GET", "-/package/@acme%2fpkg/dist-tags")).toEqual({ kind: "dist-tags", name: scoped });
    expect(parseNpmRoute("PUT", "-/package/@acme%2fpkg/dist-tags/beta")).toEqual({ kind: "dist-tag-set", name: scoped, tag: "beta" });
    expect(parseNpmRoute("DELETE", "-/package/left-pad/dist-tags/beta")).toMatchObject({ kind: "dist-tag-remove", tag: "beta" });
  });

  it("names the commands CodeArtifact does not support", () => {
    expect(parseNpmRoute("DELETE", "@acme%2fpkg/-rev/undefined")).toMatchObject({ kind: "unsupported", command: "npm unpublish" });
    expect(parseNpmRoute("PUT", "pkg/-rev/3-abc")).toMatchObject({ kind: "unsupported", command: "npm unpublish" });
    expect(parseNpmRoute("GET", "-/v1/search")).toMatchObject({ kind: "unsupported", command: "npm search" });
    expect(parseNpmRoute("POST", "-/npm/v1/security/audits/quick")).toMatchObject({ kind: "unsupported", command: "npm audit" });
    expect(parseNpmRoute("GET", "-/whoami")).toMatchObject({ kind: "unsupported", command: "npm whoami" });
    expect(parseNpmRoute("GET", "")).toEqual({ kind: "not-found" });
    expect(parseNpmRoute("GET", "-/nothing")).toEqual({ kind: "not-found" });
  });
});

describe("npm names and versions", () => {
  it("parses names and splits dependency keys", () => {
    expect(parseNpmName("@acme/pkg")).toEqual(scoped);
    expect(parseNpmName("@acme")).toBeUndefined();
    expect(parseNpmName("a/b")).toBeUndefined();
    expect(parseNpmName("JSONStream")).toEqual({ full: "JSONStream", name: "JSONStream" });
    expect(splitDependencyName("@types/node")).toEqual({ namespace: "types", package: "node" });
    expect(splitDependencyName("lodash")).toEqual({ package: "lodash" });
  });

  it("reads the version from a tarball file name", () => {
    expect(versionOfTarball(scoped, "pkg-1.2.3-beta.1.tgz")).toBe("1.2.3-beta.1");
    expect(versionOfTarball(scoped, "other-1.0.0.tgz")).toBeUndefined();
  });

  it("accepts SemVer 2.0 only", () => {
    expect(isSemver("1.0.0-rc.1+build.5")).toBe(true);
    expect(isSemver("1.0")).toBe(false);
    expect(isSemver("01.0.0")).toBe(false);
  });

  it("honours the abbreviated Accept header with its q values", () => {
    expect(wantsAbbreviated("application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*")).toBe(true);
    expect(wantsAbbreviated("application/vnd.npm.install-v1+json;q=0, application/json")).toBe(false);
    expect(wantsAbbreviated("application/json")).toBe(false);
    expect(wantsAbbreviated(undefined)).toBe(false);
  });
});
