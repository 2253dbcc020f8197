import { describe, expect, it } from "vitest";
import { buildVersion, parseBuild, parseMavenRoute, versionOfFile } from "../src/routes";

const artifact = { groupId: "com.example.app", artifactId: "core" };

describe("Maven layout routes", () => {
  it("routes files, checksums and both metadata levels", () => {
    expect(parseMavenRoute("GET", "com/example/app/core/1.0/core-1.0.jar")).toEqual({ kind: "file", artifact, version: "1.0", file: "core-1.0.jar" });
    expect(parseMavenRoute("PUT", "com/example/app/core/1.0/core-1.0-sources.jar.sha512")).toEqual({
      kind: "file",
      artifact,
      version: "1.0",
      file: "core-1.0-sources.jar",
      checksum: "sha512",
    });
    expect(parseMavenRoute("GET", "com/example/app/core/maven-metadata.xml")).toEqual({ kind: "artifact-metadata", artifact });
    expect(parseMavenRoute("HEAD", "com/example/app/core/maven-metadata.xml.md5")).toEqual({ kind: "artifact-metadata", artifact, checksum: "md5" });
    expect(parseMavenRoute("GET", "com/example/app/core/1.0-SNAPSHOT/maven-metadata.xml.sha1")).toEqual({
      kind: "snapshot-metadata",
      artifact,
      version: "1.0-SNAPSHOT",
      checksum: "sha1",
    });
    // A one-segment group.
    expect(parseMavenRoute("GET", "junit/junit/4.13/junit-4.13.pom")).toEqual({
      kind: "file",
      artifact: { groupId: "junit", artifactId: "junit" },
      version: "4.13",
      file: "junit-4.13.pom",
    });
    // Percent-encoded segments are decoded.
    expect(parseMavenRoute("GET", "g/a/1.0%2Bbuild/a-1.0%2Bbuild.jar")).toMatchObject({ version: "1.0+build", file: "a-1.0+build.jar" });
  });

  it("refuses what is not the layout, hostile paths included", () => {
    for (const rest of [
      "",
      "core",
      "core/1.0",
      "a/b/c",
      "a/../b/1/x.jar",
      "a/./b/1/x.jar",
      "a//b/1/x.jar",
      "a/b/1/%zz.jar",
      "a/b/1/x%2F..%2Fy.jar",
      "a/b/1/x y.jar",
      "maven-metadata.xml",
      "com/maven-metadata.xml",
    ]) {
      expect(parseMavenRoute("GET", rest).kind, rest).toBe("not-found");
    }
    expect(parseMavenRoute("DELETE", "com/example/app/core/1.0/core-1.0.jar")).toEqual({ kind: "method-not-allowed", allow: "GET, HEAD, PUT" });
    // A checksum suffix alone is not a file name.
    expect(parseMavenRoute("GET", "g/a/1.0/.sha1")).toMatchObject({ kind: "file", file: ".sha1" });
  });

  it("tells which version a file belongs to", () => {
    expect(versionOfFile("core", "1.0", "core-1.0.jar")).toBe("1.0");
    expect(versionOfFile("core", "1.0", "core-1.0-tests.jar")).toBe("1.0");
    expect(versionOfFile("core", "1.0", "core-1.0")).toBe("1.0");
    expect(versionOfFile("core", "1.0", "core-1.01.jar")).toBeUndefined();
    expect(versionOfFile("core", "1.0", "other-1.0.jar")).toBeUndefined();
    expect(versionOfFile("core", "1.0", "core.jar")).toBeUndefined();
    expect(versionOfFile("core", "1.0-SNAPSHOT", "core-1.0-20240101.120000-3.jar")).toBe("1.0-20240101.120000-3");
    expect(versionOfFile("core", "1.0-SNAPSHOT", "core-1.0-20240101.120000-3-sources.jar")).toBe("1.0-20240101.120000-3");
    expect(versionOfFile("core", "1.0-SNAPSHOT", "core-1.0-SNAPSHOT.jar")).toBe("1.0-SNAPSHOT");
    expect(versionOfFile("core", "1.0-SNAPSHOT", "core-1.0-20240101.12000-3.jar")).toBeUndefined();
    expect(versionOfFile("core", "1.0-SNAPSHOT", "core-1.1-20240101.120000-3.jar")).toBeUndefined();
  });

  it("names and parses SNAPSHOT builds", () => {
    expect(buildVersion("1.0-SNAPSHOT", "20240101.120000", 3)).toBe("1.0-20240101.120000-3");
    expect(parseBuild("1.0-20240101.120000-3")).toEqual({ baseVersion: "1.0-SNAPSHOT", timestamp: "20240101.120000", buildNumber: 3 });
    expect(parseBuild("1.0")).toBeUndefined();
    expect(parseBuild("-20240101.120000-3")).toBeUndefined();
    expect(parseBuild("1.0-20240101.120000-x")).toBeUndefined();
  });
});
