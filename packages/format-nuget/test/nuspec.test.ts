import { describe, expect, it } from "vitest";
import { licensesOf, NuspecError, packageDependencies, parseNuspec } from "../src/nuspec";
import { nuspecXml } from "./zip";

describe("nuspec", () => {
  it("reads identity, descriptive fields and dependency groups", () => {
    const nuspec = parseNuspec(
      nuspecXml(
        "Team.App",
        "1.0.0-Beta",
        `
    <title>Team &amp; App</title>
    <projectUrl>https://example.com/app</projectUrl>
    <license type="expression">MIT OR Apache-2.0</license>
    <repository type="git" url="https://example.com/app.git" />
    <tags>one two</tags>
    <dependencies>
      <group targetFramework="net6.0">
        <dependency id="Lib.Core" version="[1.0,2.0)" exclude="Build" />
        <dependency id="Lib.Extra" />
      </group>
      <group />
    </dependencies>`,
      ),
    );
    expect(nuspec).toMatchObject({
      id: "Team.App",
      version: "1.0.0-Beta",
      title: "Team & App",
      authors: "Someone",
      description: "A package.",
      projectUrl: "https://example.com/app",
      licenseExpression: "MIT OR Apache-2.0",
      repositoryUrl: "https://example.com/app.git",
      tags: "one two",
      dependencyGroups: [
        {
          targetFramework: "net6.0",
          dependencies: [
            { id: "Lib.Core", range: "[1.0,2.0)" },
            { id: "Lib.Extra", range: undefined },
          ],
        },
        { targetFramework: undefined, dependencies: [] },
      ],
    });
    expect(packageDependencies(nuspec.dependencyGroups)).toEqual([
      { package: "lib.core", versionRequirement: "[1.0,2.0)", dependencyType: "net6.0" },
      { package: "lib.extra", versionRequirement: undefined, dependencyType: "net6.0" },
    ]);
    expect(licensesOf(nuspec)).toEqual([{ name: "MIT OR Apache-2.0", url: undefined }]);
  });

  it("reads the pre-2.0 flat dependency list, other schema namespaces and a byte order mark", () => {
    const xml = `\uFEFF<?xml version="1.0"?><package xmlns="http://schemas.microsoft.com/packaging/2010/07/nuspec.xsd"><metadata>
      <id>Old</id><version>1.0</version><licenseUrl>https://example.com/l</licenseUrl>
      <dependencies><dependency id="A" version="1.0" /></dependencies></metadata></package>`;
    const nuspec = parseNuspec(Buffer.from(xml));
    expect(nuspec.dependencyGroups).toEqual([{ dependencies: [{ id: "A", range: "1.0" }] }]);
    expect(licensesOf(nuspec)).toEqual([{ url: "https://example.com/l" }]);
  });

  it("refuses what is not a usable nuspec", () => {
    const cases: Array<[string, RegExp]> = [
      ["<package><metadata><id>A</id></metadata></package>", /no <version>/],
      ["<package><metadata><version>1.0</version></metadata></package>", /no <id>/],
      ["<package/>", /no <package><metadata>/],
      ["<nuspec><metadata><id>A</id><version>1</version></metadata></nuspec>", /no <package><metadata>/],
      ["<package><metadata><id>A</id>", /not well-formed/],
      ["not xml at all <<<", /not well-formed|no <package>/],
      ['<!DOCTYPE package [<!ENTITY a "aaaaaaaaaa">]><package><metadata><id>&a;</id><version>1</version></metadata></package>', /DOCTYPE/],
      ["", /not well-formed|no <package>/],
    ];
    for (const [xml, message] of cases) expect(() => parseNuspec(xml), xml).toThrow(message);
    expect(() => parseNuspec("x".repeat(5 * 1024 * 1024))).toThrow(NuspecError);
  });
});
