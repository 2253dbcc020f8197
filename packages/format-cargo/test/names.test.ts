import { describe, expect, it } from "vitest";
import { compareCrateVersions } from "../src/format";
import { crateAssetName, downloadUrl, indexPath, isCrateName } from "../src/names";

describe("crate names", () => {
  it("places index files as cargo looks for them, lowercased", () => {
    expect(indexPath("a")).toBe("1/a");
    expect(indexPath("Ab")).toBe("2/ab");
    expect(indexPath("abc")).toBe("3/a/abc");
    expect(indexPath("Serde_JSON")).toBe("se/rd/serde_json");
  });

  it("accepts what crates.io accepts", () => {
    expect(isCrateName("serde_json")).toBe(true);
    expect(isCrateName("Inflector")).toBe(true);
    for (const bad of ["", "1abc", "-a", "a b", "a/b", "é", "a".repeat(65)]) expect(isCrateName(bad), bad).toBe(false);
  });

  it("names the asset after the stored name", () => {
    expect(crateAssetName("Team_Lib", "1.0.0")).toBe("team_lib-1.0.0.crate");
  });

  it("fills download templates, or appends cargo's default path", () => {
    expect(downloadUrl("https://static.crates.io/crates", "Serde", "1.0.0", "ab")).toBe("https://static.crates.io/crates/Serde/1.0.0/download");
    expect(downloadUrl("https://x/api/v1/crates/", "serde", "1.0.0", "ab")).toBe("https://x/api/v1/crates/serde/1.0.0/download");
    expect(downloadUrl("https://x/{prefix}/{lowerprefix}/{crate}-{version}.crate?sum={sha256-checksum}", "Serde", "1.0.0", "ab")).toBe(
      "https://x/Se/rd/se/rd/Serde-1.0.0.crate?sum=ab",
    );
  });
});

describe("version order", () => {
  it("is SemVer precedence, pre-releases first, build metadata breaking ties", () => {
    const versions = ["1.0.0", "0.9.0", "1.0.0-alpha.2", "1.0.0-alpha.10", "not-semver", "1.0.0+build.1", "10.0.0", "2.0.0"];
    expect([...versions].sort(compareCrateVersions)).toEqual([
      "not-semver",
      "0.9.0",
      "1.0.0-alpha.2",
      "1.0.0-alpha.10",
      "1.0.0",
      "1.0.0+build.1",
      "2.0.0",
      "10.0.0",
    ]);
  });
});
