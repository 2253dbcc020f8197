import { describe, expect, it } from "vitest";
import { servedLine, storedLineOf, parseIndexFile, parseIndexLine } from "../src/index-line";
import { parseNewCrate } from "../src/new-crate";

const publish = {
  name: "Team_Lib",
  vers: "1.2.3-beta.1",
  deps: [
    { name: "serde", version_req: "^1.0", features: ["derive"], optional: true, default_features: false, target: null, kind: "normal", registry: null },
    {
      name: "ext-util",
      version_req: "1",
      features: [],
      optional: false,
      default_features: true,
      target: "cfg(unix)",
      kind: "dev",
      registry: "https://github.com/rust-lang/crates.io-index",
      explicit_name_in_toml: "ext",
    },
  ],
  features: { default: ["std"], std: [], json: ["dep:serde", "serde?/std"] },
  description: "A crate",
  homepage: "https://example.invalid/",
  repository: "https://git.example.invalid/team-lib",
  license: "MIT OR Apache-2.0",
  readme: "# Team lib\n",
  links: null,
  rust_version: "1.70",
};

describe("the publish metadata", () => {
  it("becomes the index line crates.io would serve", () => {
    const { line } = parseNewCrate(publish);
    expect(line).toEqual({
      name: "Team_Lib",
      vers: "1.2.3-beta.1",
      deps: [
        {
          name: "serde",
          req: "^1.0",
          features: ["derive"],
          optional: true,
          default_features: false,
          target: null,
          kind: "normal",
          registry: null,
          package: null,
        },
        {
          name: "ext",
          req: "1",
          features: [],
          optional: false,
          default_features: true,
          target: "cfg(unix)",
          kind: "dev",
          registry: "https://github.com/rust-lang/crates.io-index",
          package: "ext-util",
        },
      ],
      features: { default: ["std"], std: [] },
      features2: { json: ["dep:serde", "serde?/std"] },
      v: 2,
      links: null,
      rust_version: "1.70",
    });
  });

  it("becomes the version metadata the API reports", () => {
    const { metadata } = parseNewCrate(publish);
    expect(metadata).toMatchObject({
      displayName: "Team_Lib",
      summary: "A crate",
      homePage: "https://example.invalid/",
      sourceCodeRepository: "https://git.example.invalid/team-lib",
      licenses: [{ name: "MIT OR Apache-2.0" }],
      readme: "# Team lib\n",
      dependencies: [
        { package: "serde", dependencyType: "normal", versionRequirement: "^1.0" },
        { package: "ext-util", dependencyType: "dev", versionRequirement: "1" },
      ],
    });
    const stored = storedLineOf(metadata.formatMetadata);
    expect(servedLine(stored!, "ab".repeat(32), true)).toMatchObject({ name: "Team_Lib", cksum: "ab".repeat(32), yanked: true, v: 2 });
  });

  it("refuses what is not a crate", () => {
    const cases: Array<[unknown, RegExp]> = [
      [[], /expected a JSON object/],
      [{ ...publish, name: "1bad" }, /not a valid crate name/],
      [{ ...publish, name: "a/b" }, /not a valid crate name/],
      [{ ...publish, vers: "1.0" }, /not a valid semantic version/],
      [{ ...publish, deps: {} }, /deps must be an array/],
      [{ ...publish, deps: [{ name: "x" }] }, /has no version_req/],
      [{ ...publish, deps: ["x"] }, /deps\[0\] is not an object/],
      [{ ...publish, deps: [{ name: "x", version_req: "1", features: [1] }] }, /features of dependency x/],
      [{ ...publish, features: { a: "b" } }, /features must map/],
    ];
    for (const [json, message] of cases) expect(() => parseNewCrate(json), String(message)).toThrow(message);
  });
});

describe("upstream index files", () => {
  const line = (fields: Record<string, unknown>) =>
    JSON.stringify({ name: "a", vers: "1.0.0", deps: [], cksum: "0".repeat(64), features: {}, yanked: false, ...fields });

  it("keeps valid lines with every field, and skips the others", () => {
    const text = [
      line({ v: 2, features2: { x: ["dep:y"] }, pubtime: "2024-01-01T00:00:00Z" }),
      "",
      "not json",
      line({ cksum: "short" }),
      line({ vers: 1 }),
      line({ deps: [{ name: "b" }] }),
      line({ vers: "1.1.0", yanked: true, deps: [{ name: "b", req: "^1", kind: "build" }] }),
    ].join("\n");
    const lines = parseIndexFile(text);
    expect(lines.map((l) => [l.vers, l.yanked])).toEqual([
      ["1.0.0", false],
      ["1.1.0", true],
    ]);
    expect(lines[0]).toMatchObject({ v: 2, features2: { x: ["dep:y"] }, pubtime: "2024-01-01T00:00:00Z" });
    expect(lines[1].deps[0]).toEqual({ name: "b", req: "^1", features: [], optional: false, default_features: true, target: null, kind: "build" });
  });

  it("survives hostile lines", () => {
    for (const text of ["null", "[]", '"x"', "{}", '{"name":{},"vers":"1","cksum":"' + "0".repeat(64) + '"}', "{".repeat(10_000)]) {
      expect(parseIndexLine(text), text.slice(0, 20)).toBeUndefined();
    }
  });
});
