import { describe, expect, it } from "vitest";
import { compareNugetVersions, isNugetVersion, isPrerelease, isSemVer2, parseNugetVersion } from "../src/versions";

describe("NuGet versions", () => {
  it("parses one to four numeric parts, labels and metadata", () => {
    expect(parseNugetVersion("1")).toEqual({ parts: [1, 0, 0, 0], label: [] });
    expect(parseNugetVersion("1.2.3.4")).toEqual({ parts: [1, 2, 3, 4], label: [] });
    expect(parseNugetVersion("01.002.3")).toEqual({ parts: [1, 2, 3, 0], label: [] });
    expect(parseNugetVersion("1.0.0-beta.2+sha.abc")).toEqual({ parts: [1, 0, 0, 0], label: ["beta", "2"] });
  });

  it("rejects what NuGet rejects", () => {
    for (const bad of [
      "",
      " 1.0",
      "1.0 ",
      "1.2.3.4.5",
      "a.b",
      "1.-1",
      "1..2",
      "1.0-",
      "1.0-beta..1",
      "1.0-bet@",
      "1.0+",
      "1.0+a..b",
      "2147483648.0",
      "v1.0",
      "1.0.0-beta_1",
      "x".repeat(256),
    ]) {
      expect(isNugetVersion(bad), bad).toBe(false);
    }
    expect(isNugetVersion("2147483647.0")).toBe(true);
  });

  it("orders as NuGet.Versioning does", () => {
    const ordered = [
      "0.9",
      "1.0.0-alpha",
      "1.0.0-alpha.1",
      "1.0.0-alpha.beta",
      "1.0.0-beta",
      "1.0.0-beta.2",
      "1.0.0-beta.11",
      "1.0.0-rc.1",
      "1.0.0",
      "1.0.0.1",
      "1.0.1-preview",
      "1.0.1",
      "1.2",
      "1.10",
      "10.0.0",
    ];
    const shuffled = [...ordered].reverse();
    expect(shuffled.sort(compareNugetVersions)).toEqual(ordered);
  });

  it("treats equal versions as equal: missing parts, leading zeros, label case, build metadata", () => {
    expect(compareNugetVersions("1.0", "1.0.0.0")).toBe(0);
    expect(compareNugetVersions("1.01.0", "1.1")).toBe(0);
    expect(compareNugetVersions("1.0.0-BETA", "1.0.0-beta")).toBe(0);
    expect(compareNugetVersions("1.0.0+build.1", "1.0.0+build.2")).toBe(0);
  });

  it("puts numeric label identifiers before text ones, and huge numbers among text", () => {
    expect(compareNugetVersions("1.0.0-1", "1.0.0-a")).toBeLessThan(0);
    expect(compareNugetVersions("1.0.0-99999999999", "1.0.0-2")).toBeGreaterThan(0);
  });

  it("sorts versions NuGet cannot parse first, by text", () => {
    expect(["2.0", "not-a-version", "1.0", "also bad"].sort(compareNugetVersions)).toEqual(["also bad", "not-a-version", "1.0", "2.0"]);
  });

  it("knows prereleases and SemVer 2.0.0 versions", () => {
    expect(isPrerelease("1.0.0-beta")).toBe(true);
    expect(isPrerelease("1.0.0")).toBe(false);
    expect(isSemVer2("1.0.0-beta.1")).toBe(true);
    expect(isSemVer2("1.0.0+meta")).toBe(true);
    expect(isSemVer2("1.0.0-beta1")).toBe(false);
  });
});
