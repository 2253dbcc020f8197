import { describe, expect, it } from "vitest";
import { ValidationException } from "./errors";
import { associatedGroup, matchPattern, parentOf, parsePattern, patternContains, prefixMatches } from "../src/pattern";

const p = parsePattern;

describe("package group pattern grammar", () => {
  it("accepts the User Guide's six shapes and keeps them as written", () => {
    for (const text of [
      "/*",
      "/npm/*",
      "/maven/com.anycompany~",
      "/npm/space/*",
      "/npm/space/anycompany-ui~",
      "/maven/org.apache.logging.log4j/log4j-core$",
      "/pypi//requests$",
      "/npm//*",
    ]) {
      expect(p(text).text).toBe(text);
    }
  });

  it("normalizes the format and per-format names", () => {
    expect(p("/NPM/*").text).toBe("/npm/*");
    expect(p("/pypi//My_Package$").text).toBe("/pypi//my-package$");
    expect(p("/nuget//Newtonsoft.Json~").text).toBe("/nuget//newtonsoft.json~");
    expect(p("/swift/MyScope/*").text).toBe("/swift/myscope/*");
  });

  it("refuses what the grammar does not allow", () => {
    for (const text of [
      "npm/*",
      "/",
      "/*/*",
      "/npm",
      "/npm/space",
      "/npm/space$",
      "/npm/~",
      "/cobol/*",
      "/npm/space/name",
      "/npm/space/name*",
      "/npm/sp*ce/*",
      "/npm/space/a/b$",
      "/npm/*/name$",
      "/pypi/ns/*",
      "/pypi/ns~",
      "/maven//core$",
      "/generic//*",
      "/npm/a b/*",
    ]) {
      expect(() => p(text), text).toThrow(ValidationException);
    }
  });
});

describe("matching", () => {
  it("matches $ exactly, ~ as a word prefix and * as anything", () => {
    const react = { format: "npm" as const, name: "react" };
    const ui = { format: "npm" as const, namespace: "space", name: "anycompany-ui-components" };
    expect(matchPattern(p("/*"), react)).toBe("STRONG");
    expect(matchPattern(p("/npm/*"), react)).toBe("STRONG");
    expect(matchPattern(p("/pypi/*"), react)).toBeUndefined();
    expect(matchPattern(p("/npm//*"), react)).toBe("STRONG");
    expect(matchPattern(p("/npm//*"), ui)).toBeUndefined();
    expect(matchPattern(p("/npm/space/*"), ui)).toBe("STRONG");
    expect(matchPattern(p("/npm/space/anycompany-ui~"), ui)).toBe("STRONG");
    expect(matchPattern(p("/npm/space/anycompany-ui-components$"), ui)).toBe("STRONG");
    expect(matchPattern(p("/npm/space/anycompany$"), ui)).toBeUndefined();
    expect(matchPattern(p("/npm/sp~"), ui)).toBeUndefined();
  });

  it("treats ~ as a prefix ending at a word boundary", () => {
    expect(prefixMatches("com.anycompany", "com.anycompany")).toBe(true);
    expect(prefixMatches("com.anycompany.ui", "com.anycompany")).toBe(true);
    expect(prefixMatches("com.anycompanyx", "com.anycompany")).toBe(false);
    expect(prefixMatches("ui-kit", "ui-")).toBe(true);
  });

  it("reports spelling variations (case, - . _) as WEAK matches", () => {
    expect(matchPattern(p("/npm//my-lib$"), { format: "npm", name: "My_Lib" })).toBe("WEAK");
    expect(matchPattern(p("/npm//my-lib$"), { format: "npm", name: "my-lib" })).toBe("STRONG");
    expect(matchPattern(p("/npm//my-lib$"), { format: "npm", name: "my-lab" })).toBeUndefined();
  });

  it("associates a package with its most specific matching group", () => {
    const groups = ["/*", "/npm/*", "/npm/space~", "/npm/space/*", "/npm/space/ui~", "/npm/space/ui-kit$", "/maven/*"].map((text) => ({
      pattern: p(text),
    }));
    const of = (namespace: string | undefined, name: string) => associatedGroup({ format: "npm", namespace, name }, groups)?.group.pattern.text;
    expect(of("space", "ui-kit")).toBe("/npm/space/ui-kit$");
    expect(of("space", "ui-button")).toBe("/npm/space/ui~");
    expect(of("space", "core")).toBe("/npm/space/*");
    expect(of("space.tools", "core")).toBe("/npm/space~");
    expect(of(undefined, "react")).toBe("/npm/*");
    expect(associatedGroup({ format: "pypi", name: "requests" }, groups)?.group.pattern.text).toBe("/*");
  });
});

describe("hierarchy", () => {
  it("knows which pattern contains which", () => {
    expect(patternContains(p("/*"), p("/npm/space/ui$"))).toBe(true);
    expect(patternContains(p("/npm/space~"), p("/npm/space/*"))).toBe(true);
    expect(patternContains(p("/npm/space~"), p("/npm/space.tools~"))).toBe(true);
    expect(patternContains(p("/npm/space/*"), p("/npm/space~"))).toBe(false);
    expect(patternContains(p("/npm/space/ui~"), p("/npm/space/ui-kit$"))).toBe(true);
    expect(patternContains(p("/npm/space/ui$"), p("/npm/space/ui~"))).toBe(false);
    expect(patternContains(p("/maven/*"), p("/npm/*"))).toBe(false);
  });

  it("finds the parent: the most specific other group containing the pattern", () => {
    const groups = ["/*", "/npm/*", "/npm/space/*", "/pypi/*"].map((text) => ({ pattern: p(text) }));
    expect(parentOf(p("/npm/space/ui~"), groups)?.pattern.text).toBe("/npm/space/*");
    expect(parentOf(p("/npm/other/*"), groups)?.pattern.text).toBe("/npm/*");
    expect(parentOf(p("/npm/*"), groups)?.pattern.text).toBe("/*");
    expect(parentOf(p("/*"), groups)).toBeUndefined();
  });
});
