import { describe, expect, it } from "vitest";
import { compareMavenVersions } from "../src/version-order";

// Orders and equalities Maven 3.8's ComparableVersion gives (checked against the rules it documents).

function expectAscending(versions: string[]) {
  for (let i = 0; i < versions.length; i++) {
    for (let j = i + 1; j < versions.length; j++) {
      expect(compareMavenVersions(versions[i], versions[j]), `${versions[i]} < ${versions[j]}`).toBe(-1);
      expect(compareMavenVersions(versions[j], versions[i]), `${versions[j]} > ${versions[i]}`).toBe(1);
    }
  }
}

describe("Maven version order", () => {
  it("orders qualifiers", () => {
    expectAscending([
      "1-alpha2snapshot",
      "1-alpha2",
      "1-alpha-123",
      "1-beta-2",
      "1-beta123",
      "1-m2",
      "1-m11",
      "1-rc",
      "1-cr2",
      "1-rc123",
      "1-SNAPSHOT",
      "1",
      "1-sp",
      "1-sp2",
      "1-sp123",
      "1-abc",
      "1-def",
      "1-pom-1",
      "1-1-snapshot",
      "1-1",
      "1-2",
      "1-123",
    ]);
  });

  it("orders numbers and mixed forms", () => {
    expectAscending([
      "2.0",
      "2-1",
      "2.0.a",
      "2.0.0.a",
      "2.0.2",
      "2.0.123",
      "2.1.0",
      "2.1-a",
      "2.1b",
      "2.1-c",
      "2.1-1",
      "2.1.0.1",
      "2.2",
      "2.123",
      "11.a2",
      "11.a11",
      "11.b2",
      "11.b11",
      "11.m2",
      "11.m11",
      "11",
      "11.a",
      "11b",
      "11c",
      "11m",
    ]);
  });

  it("treats trailing zeros and release qualifiers as equal", () => {
    for (const same of ["1", "1.0", "1.0.0", "1-0", "1.0-0", "1-ga", "1-final", "1-release", "1.ga", "1.FINAL", "1-GA"]) {
      expect(compareMavenVersions("1", same), same).toBe(0);
    }
    expect(compareMavenVersions("1a", "1-a")).toBe(0);
    expect(compareMavenVersions("1a1", "1-alpha-1")).toBe(0);
    expect(compareMavenVersions("1b2", "1-beta-2")).toBe(0);
    expect(compareMavenVersions("1m3", "1-milestone-3")).toBe(0);
    expect(compareMavenVersions("1.0-RC1", "1.0-cr-1")).toBe(0);
    expect(compareMavenVersions("1.0.0X1", "1-x1")).toBe(0);
  });

  it("compares numbers of any size exactly", () => {
    expect(compareMavenVersions("1.9007199254740993", "1.9007199254740992")).toBe(1);
    expect(compareMavenVersions("1.000000000000000000000000000001", "1.1")).toBe(0);
    expect(compareMavenVersions("1.99999999999999999999", "1.100000000000000000000")).toBe(-1);
  });

  it("puts snapshots and their builds in place", () => {
    expectAscending(["1.0-SNAPSHOT", "1.0", "1.0.1-SNAPSHOT", "1.0.1", "1.10.0", "2.0-alpha-1", "2.0"]);
    expect(compareMavenVersions("1.0-20240101.120000-2", "1.0-20240101.120000-1")).toBe(1);
  });

  it("never throws on odd input", () => {
    for (const odd of ["", ".", "-", "..-..", "--1", "a", "ü", "1..2", "1-.2", "…", "1.0-💥"]) {
      expect(() => compareMavenVersions(odd, "1.0")).not.toThrow();
      expect(compareMavenVersions(odd, odd)).toBe(0);
    }
    expect(compareMavenVersions("", "0")).toBe(0);
  });
});
