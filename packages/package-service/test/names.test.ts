import { describe, expect, it } from "vitest";
import { ValidationException } from "./errors";
import { assetNameProblem, checkAssetName } from "../src/asset-names";
import { checkAddressable, displayNameOf, normalizeCoordinate, normalizeVersion } from "../src/names";
import { compareVersions } from "../src/version-order";

describe("package names", () => {
  it("normalizes per format: PyPI PEP 503, NuGet lowercase, Swift scope and name, npm untouched", () => {
    expect(normalizeCoordinate({ format: "pypi", name: "Pigeon_CLI..Tools" })).toEqual({ format: "pypi", name: "pigeon-cli-tools" });
    expect(normalizeCoordinate({ format: "nuget", name: "Newtonsoft.JSON" }).name).toBe("newtonsoft.json");
    expect(normalizeCoordinate({ format: "swift", namespace: "MyScope", name: "MyPackage" })).toEqual({
      format: "swift",
      namespace: "myscope",
      name: "mypackage",
    });
    expect(normalizeCoordinate({ format: "npm", namespace: "Types", name: "React_Dom" })).toEqual({
      format: "npm",
      namespace: "Types",
      name: "React_Dom",
    });
  });

  it("requires a namespace where the format has one and refuses it where it has none", () => {
    expect(() => normalizeCoordinate({ format: "generic", name: "tool" })).toThrow(ValidationException);
    expect(() => normalizeCoordinate({ format: "maven", name: "core" })).toThrow(/namespace is required/);
    expect(() => normalizeCoordinate({ format: "pypi", namespace: "x", name: "requests" })).toThrow(/do not have a namespace/);
    expect(normalizeCoordinate({ format: "npm", namespace: "", name: "left-pad" }).namespace).toBeUndefined();
  });

  it("normalizes NuGet versions like NuGet does and leaves other formats alone", () => {
    expect(normalizeVersion("nuget", "1.01.1")).toBe("1.1.1");
    expect(normalizeVersion("nuget", "1.0.0.0")).toBe("1.0.0");
    expect(normalizeVersion("nuget", "1.0.01.0")).toBe("1.0.1");
    expect(normalizeVersion("nuget", "1.0.7+r3456")).toBe("1.0.7");
    expect(normalizeVersion("nuget", "2.0.0-beta.1")).toBe("2.0.0-beta.1");
    expect(normalizeVersion("npm", "1.01.1")).toBe("1.01.1");
  });

  it("shows scoped npm packages as @scope/name", () => {
    expect(displayNameOf({ format: "npm", namespace: "vue", name: "ui" })).toBe("@vue/ui");
    expect(displayNameOf({ format: "pypi", name: "my-pkg" }, "My_Pkg")).toBe("My_Pkg");
  });
});

describe("asset names", () => {
  it("accepts letters, digits, the listed punctuation and single inner spaces", () => {
    for (const name of ["tool.bin", "my tool-1.0_(x86)[a]{b};c,d.tar.gz", "ünïcødé名前", "a~!@^&+`b"]) {
      expect(assetNameProblem(name)).toBeUndefined();
    }
  });

  it("refuses . and .., separators, other characters and badly placed spaces", () => {
    for (const name of [".", "..", "a/b", "a\\b", "a\tb", " lead", "trail ", "two  spaces", "a#b", "a%b", "a\u0000b", "a*b"]) {
      expect(assetNameProblem(name), name).toBeDefined();
    }
    expect(() => checkAssetName("../etc")).toThrow(ValidationException);
  });

  it("are at most 255 characters, as the API's AssetName", () => {
    expect(assetNameProblem("é".repeat(255))).toBeUndefined();
    expect(assetNameProblem(`a-1.0-py3${"x".repeat(250)}-none-any.whl`)).toBe("must not be longer than 255 characters");
  });
});

describe("what every format stores", () => {
  it("is addressable through the API: 1 to 255 characters, none of # / or whitespace", () => {
    expect(() => checkAddressable({ format: "npm", namespace: "scope", name: "n".repeat(255) }, "1.0.0")).not.toThrow();
    // PEP 440 epochs: the model's PackageVersion pattern ([^#/\s]+) allows `!`.
    expect(() => checkAddressable({ format: "pypi", name: "ok" }, "1!2.0")).not.toThrow();
    for (const [name, version] of [
      ["n".repeat(256), "1.0"],
      ["ok", `1.0.0-${"x".repeat(250)}`],
      ["ok", "1#2.0"],
      ["a b", "1.0"],
      ["ok", ""],
    ]) {
      expect(() => checkAddressable({ format: "pypi", name }, version), `${name} ${version}`).toThrow(ValidationException);
    }
  });
});

describe("version order", () => {
  const sorted = (versions: string[]) => [...versions].sort((a, b) => compareVersions(a, b));

  it("uses SemVer precedence, pre-releases before their release", () => {
    expect(sorted(["1.10.0", "1.9.0", "1.0.0", "1.0.0-beta.2", "1.0.0-beta.10", "1.0.0-alpha", "0.1.2"])).toEqual([
      "0.1.2",
      "1.0.0-alpha",
      "1.0.0-beta.2",
      "1.0.0-beta.10",
      "1.0.0",
      "1.9.0",
      "1.10.0",
    ]);
  });

  it("orders other version schemes naturally", () => {
    expect([...["2.10", "2.9", "10.0", "2.9.1", "1.0-rc1"]].sort((a, b) => compareVersions(a, b))).toEqual(["1.0-rc1", "2.9", "2.9.1", "2.10", "10.0"]);
  });
});
