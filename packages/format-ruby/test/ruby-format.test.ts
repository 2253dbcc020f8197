import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { gzipSync, inflateSync } from "node:zlib";
import { load, RubyObject } from "@hyrious/marshal";
import { pack } from "tar-stream";
import { describe, expect, it } from "vitest";
import { entryOfSpec, infoLine, md5Hex, parseInfo, parseVersions, renderInfo, renderVersions } from "../src/compact-index";
import { readGemHead, readGemSpec } from "../src/gem-archive";
import { readGemRecords, withGem } from "../src/gem-records";
import { GemFormatError, parseMetadataGz, parseSpecYaml, requirementText, type GemSpec } from "../src/gem-spec";
import { dependenciesMarshal, quickSpec, specificationMarshal } from "../src/marshal";
import { gemFileName, parseFullName } from "../src/names";
import { parseRubyRoute } from "../src/routes";
import { describeQuickSpec } from "../src/upstream-index";
import { compareGemVersions } from "../src/version-order";

// What `gem build` (RubyGems 3.3) writes into metadata.gz, trimmed of nothing that matters.
const SPEC_YAML = `--- !ruby/object:Gem::Specification
name: demo-gem
version: !ruby/object:Gem::Version
  version: 1.10.0
platform: ruby
authors:
- A B
date: 2026-12-02 00:00:00.000000000 Z
dependencies:
- !ruby/object:Gem::Dependency
  name: dep-gem
  requirement: !ruby/object:Gem::Requirement
    requirements:
    - - ">="
      - !ruby/object:Gem::Version
        version: '1.0'
    - - "<"
      - !ruby/object:Gem::Version
        version: '3'
  type: :runtime
  prerelease: false
  version_requirements: !ruby/object:Gem::Requirement
    requirements:
    - - ">="
      - !ruby/object:Gem::Version
        version: '1.0'
- !ruby/object:Gem::Dependency
  name: rake
  requirement: !ruby/object:Gem::Requirement
    requirements:
    - - "~>"
      - !ruby/object:Gem::Version
        version: '13.0'
  type: :development
  prerelease: false
description: longer
email:
homepage: https://example.com/demo
licenses:
- MIT
metadata:
  source_code_uri: https://example.com/src
required_ruby_version: !ruby/object:Gem::Requirement
  requirements:
  - - ">="
    - !ruby/object:Gem::Version
      version: '2.7'
required_rubygems_version: !ruby/object:Gem::Requirement
  requirements:
  - - ">="
    - !ruby/object:Gem::Version
      version: '0'
rubygems_version: 3.3.15
specification_version: 4
summary: Demo summary
`;

async function tarOf(entries: Array<[string, Buffer]>): Promise<Buffer> {
  const archive = pack();
  const chunks: Buffer[] = [];
  archive.on("data", (chunk: unknown) => void chunks.push(chunk as Buffer));
  const done = new Promise<void>((resolve) => archive.on("end", () => resolve()));
  for (const [name, content] of entries) archive.entry({ name, size: content.length }, content);
  archive.finalize();
  await done;
  return Buffer.concat(chunks);
}

const gemOf = (yaml = SPEC_YAML) =>
  tarOf([
    ["metadata.gz", gzipSync(yaml)],
    ["data.tar.gz", gzipSync(Buffer.alloc(200_000, 7))],
  ]);

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A body arriving in small chunks, as a socket delivers it. */
const chunked = (bytes: Buffer, size = 1000) =>
  Readable.from(Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size)));

describe("Gem::Version order", () => {
  it("orders as RubyGems does, invalid strings first", () => {
    const sorted = ["1.10", "1.0.a", "junk!", "1.0", "1.9", "2.0.0.rc1", "2.0.0", "1.0.0.pre"].sort(compareGemVersions);
    // What `sort_by { |v| Gem::Version.new(v) }` gives in Ruby 3.1.
    expect(sorted).toEqual(["junk!", "1.0.a", "1.0.0.pre", "1.0", "1.9", "1.10", "2.0.0.rc1", "2.0.0"]);
    expect(compareGemVersions("1.0", "1.0.0")).toBe(0);
  });
});

describe("gem file names", () => {
  it("splits names with dashes and digits, versions and platforms", () => {
    expect(parseFullName("rack-3.0.8")).toEqual({ name: "rack", version: "3.0.8", platform: "ruby" });
    expect(parseFullName("net-http2-0.18.5")).toEqual({ name: "net-http2", version: "0.18.5", platform: "ruby" });
    expect(parseFullName("foo-2-1.0")).toEqual({ name: "foo-2", version: "1.0", platform: "ruby" });
    expect(parseFullName("nokogiri-1.16.0-x86_64-linux")).toEqual({ name: "nokogiri", version: "1.16.0", platform: "x86_64-linux" });
    expect(parseFullName("rails-7.1.0.beta1")).toEqual({ name: "rails", version: "7.1.0.beta1", platform: "ruby" });
    for (const bad of ["", "rack", "-1.0", "rack-", "rack-x", "../etc-1.0", "a b-1.0"]) expect(parseFullName(bad)).toBeUndefined();
    expect(gemFileName("nokogiri", "1.16.0", "java")).toBe("nokogiri-1.16.0-java.gem");
  });
});

describe("metadata.gz", () => {
  it("reads the specification from Psych's YAML, Ruby tags as plain data", () => {
    const spec = parseSpecYaml(SPEC_YAML);
    expect(spec).toMatchObject({
      name: "demo-gem",
      version: "1.10.0",
      platform: "ruby",
      summary: "Demo summary",
      homepage: "https://example.com/demo",
      authors: ["A B"],
      licenses: ["MIT"],
      metadata: { source_code_uri: "https://example.com/src" },
      requiredRubyVersion: [[">=", "2.7"]],
      requiredRubygemsVersion: [[">=", "0"]],
      date: "2026-12-02",
      rubygemsVersion: "3.3.15",
      specificationVersion: 4,
    });
    expect(spec.email).toBeUndefined();
    expect(spec.dependencies).toEqual([
      {
        name: "dep-gem",
        requirement: [
          [">=", "1.0"],
          ["<", "3"],
        ],
        type: "runtime",
      },
      { name: "rake", requirement: [["~>", "13.0"]], type: "development" },
    ]);
    expect(requirementText(spec.dependencies[0].requirement)).toBe(">= 1.0, < 3");
  });

  it("reads a Gem::Platform mapping as cpu-os", () => {
    const yaml = SPEC_YAML.replace("platform: ruby", "platform: !ruby/object:Gem::Platform\n  cpu: x86_64\n  os: linux\n  version:");
    expect(parseSpecYaml(yaml).platform).toBe("x86_64-linux");
  });

  it("refuses hostile or broken metadata with a clear error", () => {
    const cases = [
      "[unclosed",
      "just a string",
      SPEC_YAML.replace("name: demo-gem", "name: ../../etc"),
      SPEC_YAML.replace("version: 1.10.0", "version: not a version"),
      SPEC_YAML.replace('- - "~>"', '- - "system"'),
      "a: &a [x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n",
    ];
    for (const yaml of cases) expect(() => parseSpecYaml(yaml), yaml.slice(0, 30)).toThrow(GemFormatError);
    expect(() => parseMetadataGz(Buffer.from("not gzip"))).toThrow(GemFormatError);
    // A decompression bomb stops at the limit.
    expect(() => parseMetadataGz(gzipSync(Buffer.alloc(40 * 1024 * 1024, 32)))).toThrow(GemFormatError);
  });
});

describe("gem archives", () => {
  it("reads the specification of a pushed gem and replays every byte", async () => {
    const gem = await gemOf();
    const { spec, content } = await readGemHead(chunked(gem));
    expect(spec.name).toBe("demo-gem");
    const replayed = await collect(content);
    expect(createHash("sha256").update(replayed).digest("hex")).toBe(createHash("sha256").update(gem).digest("hex"));
    expect((await readGemSpec(Readable.from([gem]))).version).toBe("1.10.0");
  });

  it("replays a small gem that arrived whole before the specification was read", async () => {
    const gem = await tarOf([["metadata.gz", gzipSync(SPEC_YAML)]]);
    const { content } = await readGemHead(Readable.from([gem]));
    expect((await collect(content)).equals(gem)).toBe(true);
  });

  it("refuses what is not a gem", async () => {
    await expect(readGemHead(chunked(Buffer.alloc(5000, 1)))).rejects.toThrow(GemFormatError);
    await expect(readGemHead(Readable.from([await tarOf([["data.tar.gz", Buffer.from("x")]])]))).rejects.toThrow(/no metadata\.gz/);
    await expect(readGemHead(Readable.from([Buffer.alloc(0)]))).rejects.toThrow(GemFormatError);
    const gem = await gemOf();
    for (const cut of [100, 600, 1200]) await expect(readGemHead(chunked(gem.subarray(0, cut), 300))).rejects.toThrow(GemFormatError);
    await expect(readGemSpec(Readable.from([gem.subarray(0, 700)]))).rejects.toThrow(GemFormatError);
    const late = await tarOf([
      ["padding", Buffer.alloc(50_000)],
      ["metadata.gz", gzipSync(SPEC_YAML)],
    ]);
    await expect(readGemHead(chunked(late), 10_000)).rejects.toThrow(GemFormatError);
  });
});

describe("compact index", () => {
  const spec = parseSpecYaml(SPEC_YAML);
  const checksum = "ab".repeat(32);

  it("renders info lines with runtime dependencies, checksum and requirements, and reads them back", () => {
    const entry = entryOfSpec(spec, checksum);
    expect(infoLine(entry)).toBe(`1.10.0 dep-gem:>= 1.0&< 3|checksum:${checksum},ruby:>= 2.7`);
    const java = { ...entryOfSpec({ ...spec, platform: "java", dependencies: [] }, checksum) };
    const info = renderInfo([entry, java]);
    expect(info).toBe(`---\n1.10.0 dep-gem:>= 1.0&< 3|checksum:${checksum},ruby:>= 2.7\n1.10.0-java |checksum:${checksum},ruby:>= 2.7\n`);
    expect(parseInfo(info)).toEqual([
      { version: "1.10.0", platform: "ruby", dependencies: [["dep-gem", ">= 1.0, < 3"]], checksum, ruby: ">= 2.7" },
      { version: "1.10.0", platform: "java", dependencies: [], checksum, ruby: ">= 2.7" },
    ]);
    expect(parseInfo("garbage\n\n---\n1.0 |checksum:nothex\n")).toEqual([{ version: "1.0", platform: "ruby", dependencies: [] }]);
  });

  it("merges the append-only versions file (added versions, yanks, the latest MD5)", () => {
    const text = "created_at: 2024-01-01T00:00:00Z\n---\nrack 1.0,2.0 aaa\nrails 7.0 bbb\nrack 2.1,-1.0 ccc\n";
    expect([...parseVersions(text).values()]).toEqual([
      { name: "rack", versions: ["2.0", "2.1"], md5: "ccc" },
      { name: "rails", versions: ["7.0"], md5: "bbb" },
    ]);
    const rendered = renderVersions([...parseVersions(text).values()], "2024-01-02T00:00:00Z");
    expect(rendered).toBe("created_at: 2024-01-02T00:00:00Z\n---\nrack 2.0,2.1 ccc\nrails 7.0 bbb\n");
    expect(md5Hex("---\n")).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe("Ruby Marshal", () => {
  const spec: GemSpec = { ...parseSpecYaml(SPEC_YAML), email: ["a@example.com"] };

  it("writes Gem::Specification as _dump does: a user-defined object around the 19-field array", () => {
    const outer = load(specificationMarshal(spec)) as RubyObject;
    expect(outer).toBeInstanceOf(RubyObject);
    expect(Symbol.keyFor(outer.class)).toBe("Gem::Specification");
    const fields = load(outer.userDefined!) as unknown[];
    expect(fields).toHaveLength(19);
    expect(fields.slice(0, 3)).toEqual(["3.3.15", 4, "demo-gem"]);
    expect((fields[3] as RubyObject).userMarshal).toEqual(["1.10.0"]);
    const time = fields[4] as RubyObject;
    expect(Symbol.keyFor(time.class)).toBe("Time");
    // 2026-12-02 UTC, as Time#_dump packs it.
    expect(Buffer.from(time.userDefined!).toString("hex")).toBe("40ac1fc000000000");
    expect([fields[5], fields[8], fields[10], fields[11], fields[12], fields[14], fields[15], fields[16], fields[17], fields[18]]).toEqual([
      "Demo summary",
      "ruby",
      "",
      ["a@example.com"],
      ["A B"],
      "https://example.com/demo",
      true,
      "ruby",
      ["MIT"],
      { source_code_uri: "https://example.com/src" },
    ]);
    const deps = fields[9] as RubyObject[];
    expect(deps.map((d) => Symbol.keyFor(d.class))).toEqual(["Gem::Dependency", "Gem::Dependency"]);
    expect((deps[1] as unknown as Record<symbol, unknown>)[Symbol.for("@type")]).toBe(Symbol.for("development"));
  });

  it("deflates the quick gemspec, and reads back summary, home page and licenses", () => {
    const rz = quickSpec(spec);
    expect(inflateSync(rz).subarray(0, 2)).toEqual(Buffer.from([4, 8]));
    expect(describeQuickSpec(rz)).toEqual({ summary: "Demo summary", homePage: "https://example.com/demo", licenses: [{ name: "MIT" }] });
    expect(() => describeQuickSpec(Buffer.from("not deflate"))).toThrow();
  });

  it("writes the dependency API's array of hashes with symbol keys", () => {
    const bytes = dependenciesMarshal([{ name: "a", number: "1.0", platform: "ruby", dependencies: [["b", ">= 1"]] }]);
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from([4, 8]));
    expect(load(bytes, { hashSymbolKeysToString: true })).toEqual([{ name: "a", number: "1.0", platform: "ruby", dependencies: [["b", ">= 1"]] }]);
    expect(dependenciesMarshal([])).toEqual(Buffer.from([4, 8, 0x5b, 0]));
  });
});

describe("format metadata", () => {
  it("keeps one specification per gem file", () => {
    const spec = parseSpecYaml(SPEC_YAML);
    const one = withGem(undefined, "demo-gem-1.10.0.gem", spec);
    const two = withGem(one, "demo-gem-1.10.0-java.gem", { ...spec, platform: "java" });
    expect(Object.keys(readGemRecords(two))).toEqual(["demo-gem-1.10.0.gem", "demo-gem-1.10.0-java.gem"]);
    expect(readGemRecords({ gems: { x: "nonsense", y: { name: 1 } } })).toEqual({});
    expect(readGemRecords(null as never)).toEqual({});
  });
});

describe("routes", () => {
  it("routes what RubyGems and Bundler ask for", () => {
    expect(parseRubyRoute("HEAD", "", "")).toEqual({ kind: "root" });
    expect(parseRubyRoute("GET", "versions", "")).toEqual({ kind: "versions" });
    expect(parseRubyRoute("GET", "info/rack", "")).toEqual({ kind: "info", gem: "rack" });
    expect(parseRubyRoute("GET", "api/v1/dependencies", "gems=a,b,,a")).toEqual({ kind: "dependencies", gems: ["a", "b"] });
    expect(parseRubyRoute("GET", "quick/Marshal.4.8/rack-3.0.8.gemspec.rz", "")).toMatchObject({
      kind: "quick-spec",
      file: { name: "rack", version: "3.0.8" },
    });
    expect(parseRubyRoute("GET", "gems/nokogiri-1.16.0-java.gem", "")).toMatchObject({ kind: "gem", fileName: "nokogiri-1.16.0-java.gem" });
    // gem push joins the source URL and `/api/v1/gems` with a slash of its own.
    expect(parseRubyRoute("POST", "/api/v1/gems", "")).toEqual({ kind: "push" });
    expect(parseRubyRoute("DELETE", "api/v1/gems/yank", "")).toEqual({ kind: "yank" });
    expect(parseRubyRoute("GET", "specs.4.8.gz", "")).toEqual({ kind: "spec-index", name: "specs.4.8.gz" });
    expect(parseRubyRoute("PUT", "versions", "")).toEqual({ kind: "method-not-allowed", allow: "GET, HEAD" });
    expect(parseRubyRoute("GET", "api/v1/gems", "")).toEqual({ kind: "method-not-allowed", allow: "POST" });
    for (const rest of ["gems/rack.gem", "gems/%E0%A4%A.gem", "quick/Marshal.4.8/x.gemspec.rz", "info/", "other"]) {
      expect(parseRubyRoute("GET", rest, "").kind, rest).toBe("not-found");
    }
  });
});
