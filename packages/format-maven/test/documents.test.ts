import { describe, expect, it } from "vitest";
import { lastUpdated, parseMetadata, renderArtifactMetadata, renderSnapshotMetadata, snapshotFileOf } from "../src/metadata-xml";
import { versionMetadataOfPom } from "../src/pom";
import { splitChallenge } from "../src/replies";
import { readState, withChecksum } from "../src/version-state";

const artifact = { groupId: "com.example", artifactId: "core" };

describe("maven-metadata.xml", () => {
  it("renders versions in Maven's order, latest and release apart, and reads back what it wrote", () => {
    const xml = renderArtifactMetadata(artifact, ["1.10", "1.9", "2.0-SNAPSHOT", "1.10-rc1", "1.9"], new Date("2026-01-02T03:04:05Z"));
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(xml).toContain("<latest>2.0-SNAPSHOT</latest>");
    expect(xml).toContain("<release>1.10</release>");
    expect(xml).toContain("<lastUpdated>20260102030405</lastUpdated>");
    expect(parseMetadata(xml)).toEqual({ groupId: "com.example", artifactId: "core", versions: ["1.9", "1.10-rc1", "1.10", "2.0-SNAPSHOT"] });
  });

  it("has no release when every version is a SNAPSHOT, and escapes text", () => {
    const xml = renderArtifactMetadata({ groupId: "a&b", artifactId: "c<d" }, ["1.0-SNAPSHOT"], new Date(0));
    expect(xml).not.toContain("<release>");
    expect(xml).toContain("<groupId>a&amp;b</groupId>");
    expect(parseMetadata(xml).groupId).toBe("a&b");
  });

  it("renders and reads the SNAPSHOT level", () => {
    const xml = renderSnapshotMetadata(
      artifact,
      "1.0-SNAPSHOT",
      { timestamp: "20260101.120000", buildNumber: 4 },
      [
        { extension: "jar", value: "1.0-20260101.120000-4", updated: new Date("2026-01-01T12:00:00Z") },
        { classifier: "sources", extension: "jar", value: "1.0-20260101.120000-4", updated: new Date("2026-01-01T12:00:01Z") },
      ],
      new Date("2026-01-01T12:00:02Z"),
    );
    expect(xml).toContain("<classifier>sources</classifier>");
    expect(parseMetadata(xml)).toEqual({
      groupId: "com.example",
      artifactId: "core",
      version: "1.0-SNAPSHOT",
      versions: [],
      snapshot: { timestamp: "20260101.120000", buildNumber: 4 },
    });
    expect(snapshotFileOf("core", "1.0-20260101.120000-4", "core-1.0-20260101.120000-4-sources.jar")).toEqual({ classifier: "sources", extension: "jar" });
    expect(snapshotFileOf("core", "1.0-20260101.120000-4", "core-1.0-20260101.120000-4.jar.asc")).toEqual({ classifier: undefined, extension: "jar.asc" });
    expect(snapshotFileOf("core", "1.0-20260101.120000-4", "core-1.0-20260101.120000-4")).toBeUndefined();
  });

  it("refuses what is not maven-metadata.xml, without expanding external entities", () => {
    for (const bad of ["", "not xml <", "<project/>", "<metadata"]) expect(() => parseMetadata(bad), bad).toThrow(/maven-metadata.xml/);
    const xxe = `<?xml version="1.0"?><!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]><metadata><versioning><versions><version>&x;</version></versions></versioning></metadata>`;
    let versions: string[] = [];
    try {
      versions = parseMetadata(xxe).versions;
    } catch {
      versions = [];
    }
    expect(versions.join("")).not.toContain("root:");
    expect(lastUpdated(new Date("1999-12-31T23:59:59.999Z"))).toBe("19991231235959");
  });

  it("ignores empty and odd version entries", () => {
    const parsed = parseMetadata(
      "<metadata><versioning><versions><version/><version>1.0</version><version> 2.0 </version></versions><snapshot><timestamp>t</timestamp><buildNumber>x</buildNumber></snapshot></versioning></metadata>",
    );
    expect(parsed.versions).toEqual(["1.0", "2.0"]);
    expect(parsed.snapshot).toBeUndefined();
  });
});

describe("POM metadata", () => {
  it("reads description, URLs, licenses and dependencies", () => {
    const pom = `<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion><groupId>g</groupId><artifactId>a</artifactId><version>1</version>
      <name>A</name><description> The A library </description><url>https://a.example</url>
      <licenses><license><name>Apache-2.0</name><url>https://www.apache.org/licenses/LICENSE-2.0</url></license></licenses>
      <scm><url>https://git.example/a</url></scm>
      <dependencies>
        <dependency><groupId>org.x</groupId><artifactId>x</artifactId><version>[1.0,2.0)</version></dependency>
        <dependency><groupId>org.y</groupId><artifactId>y</artifactId><scope>test</scope></dependency>
        <dependency><artifactId>no-group</artifactId></dependency>
      </dependencies></project>`;
    expect(versionMetadataOfPom(pom)).toEqual({
      summary: "The A library",
      homePage: "https://a.example",
      sourceCodeRepository: "https://git.example/a",
      licenses: [{ name: "Apache-2.0", url: "https://www.apache.org/licenses/LICENSE-2.0" }],
      dependencies: [
        { namespace: "org.x", package: "x", dependencyType: "compile", versionRequirement: "[1.0,2.0)" },
        { namespace: "org.y", package: "y", dependencyType: "test" },
      ],
    });
  });

  it("answers undefined for what is not a POM", () => {
    for (const bad of ["", "<<", "<metadata/>", "plain text"]) expect(versionMetadataOfPom(bad), bad).toBeUndefined();
    expect(versionMetadataOfPom("<project><modelVersion>4.0.0</modelVersion></project>")).toEqual({ dependencies: [] });
  });
});

describe("endpoint details", () => {
  it("sends each scheme of a challenge as its own header value", () => {
    expect(splitChallenge('Bearer realm="d/r", Basic realm="d/r"')).toEqual(['Bearer realm="d/r"', 'Basic realm="d/r"']);
    expect(splitChallenge('Basic realm="a, b"')).toEqual(['Basic realm="a, b"']);
  });

  it("remembers mismatched checksums until they match", () => {
    const bad = withChecksum({ other: 1 }, "a.jar", false);
    expect(readState(bad).badChecksums).toEqual(["a.jar"]);
    expect(bad).toMatchObject({ other: 1 });
    expect(readState(withChecksum(bad, "a.jar", true)).badChecksums).toEqual([]);
    expect(readState(undefined).badChecksums).toEqual([]);
    expect(readState({ badChecksums: [1, "b"] } as never).badChecksums).toEqual(["b"]);
  });
});
