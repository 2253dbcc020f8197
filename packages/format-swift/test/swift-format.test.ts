import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import yazl from "yazl";
import { describe, expect, it } from "vitest";
import type { StoredAsset } from "@codeartifact-local/package-service";
import { negotiateVersion } from "../src/accept";
import { MAX_MANIFEST_BYTES, readArchiveManifests } from "../src/archive";
import { Base64Decoder } from "../src/base64-stream";
import { compareSwiftVersions, swiftFormat } from "../src/format";
import { linkHeader } from "../src/links";
import { declaredToolsVersion, linkToolsVersion, variantFor, type Manifest } from "../src/manifests";
import { archiveAssetName, isPackageName, isReleaseVersion, isScope } from "../src/names";
import { parseReleaseMetadata, versionMetadataOf } from "../src/release-metadata";
import { repositoryKey } from "../src/repository-url";
import { parseSwiftRoute } from "../src/routes";
import { readVersionData, withArchive, writeVersionData } from "../src/version-data";

function zip(entries: Record<string, string | Buffer>): Promise<Buffer> {
  const file = new yazl.ZipFile();
  for (const [name, content] of Object.entries(entries)) file.addBuffer(Buffer.from(content), name, { mtime: new Date(0) });
  file.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    file.outputStream.on("data", (c: Buffer) => chunks.push(c));
    file.outputStream.once("end", () => resolve(Buffer.concat(chunks)));
    file.outputStream.once("error", reject);
  });
}

/** A stored asset over bytes, counting what is read. */
function asset(bytes: Buffer, name = "pkg-1.0.0.zip"): StoredAsset & { bytesRead: number } {
  const stored = {
    name,
    size: bytes.length,
    bytesRead: 0,
    read(start: number, end: number) {
      stored.bytesRead += end - start + 1;
      return Readable.from([bytes.subarray(start, end + 1)]);
    },
  };
  return stored;
}

const manifest = (tools: string) => `// swift-tools-version:${tools}\nimport PackageDescription\nlet package = Package(name: "P")\n`;

describe("names and versions", () => {
  it("checks scopes and names as the specification's patterns do", () => {
    expect(["mona", "Mona-Lisa", "a", "a1-b2-c3", "x".repeat(39)].every(isScope)).toBe(true);
    expect(["", "-mona", "mona-", "mo--na", "mo_na", "mo.na", "x".repeat(40), "möna"].some(isScope)).toBe(false);
    expect(["LinkedList", "linked_list", "linked-list", "a", "x".repeat(100)].every(isPackageName)).toBe(true);
    expect(["", "_x", "x_", "x__y", "x-_y", "x.y", "x".repeat(101), "x y"].some(isPackageName)).toBe(false);
  });

  it("takes exactly SemVer 2.0 versions", () => {
    expect(["1.0.0", "0.0.1", "1.2.3-beta.1", "1.2.3+build.5", "10.20.30-rc.1+b"].every(isReleaseVersion)).toBe(true);
    expect(["1.0", "v1.0.0", "=1.0.0", " 1.0.0", "1.0.0 ", "01.0.0", "1.0.0-", "latest", "", `1.0.0-${"a".repeat(300)}`].some(isReleaseVersion)).toBe(false);
  });

  it("orders by SemVer precedence; other strings first, by text", () => {
    const sorted = ["2.0.0", "1.0.0", "1.0.0-beta.2", "1.0.0-beta.10", "not-semver", "1.10.0", "1.9.0", "0.1"].sort(compareSwiftVersions);
    expect(sorted).toEqual(["0.1", "not-semver", "1.0.0-beta.2", "1.0.0-beta.10", "1.0.0", "1.9.0", "1.10.0", "2.0.0"]);
    expect(swiftFormat().format).toBe("swift");
  });

  it("names the archive asset after the lowercased package name and the version", () => {
    expect(archiveAssetName("LinkedList", "1.0.0-beta+b")).toBe("linkedlist-1.0.0-beta+b.zip");
  });
});

describe("API version negotiation", () => {
  it("serves v1 and requests naming no registry type; refuses invalid (400) and other (415) versions", () => {
    for (const accept of [
      undefined,
      "",
      "*/*",
      "application/json",
      "application/vnd.swift.registry.v1+json",
      "application/vnd.swift.registry.v1",
      "application/vnd.swift.registry+zip",
      "APPLICATION/VND.SWIFT.REGISTRY.V1+SWIFT",
    ]) {
      expect(negotiateVersion(accept).ok, String(accept)).toBe(true);
    }
    expect(negotiateVersion("application/vnd.swift.registry.v2+json")).toEqual({ ok: false, status: 415, detail: "unsupported API version" });
    expect(negotiateVersion("application/vnd.swift.registry.vx+json")).toEqual({ ok: false, status: 400, detail: "invalid API version" });
    expect(negotiateVersion("application/vnd.swift.registry.v")).toMatchObject({ status: 400 });
    expect(negotiateVersion("application/vnd.swift.registry.v1+xml")).toMatchObject({ status: 400 });
    // One acceptable entry is enough.
    expect(negotiateVersion("application/vnd.swift.registry.v2+json, application/vnd.swift.registry.v1+json").ok).toBe(true);
  });
});

describe("routes", () => {
  it("routes the registry API", () => {
    expect(parseSwiftRoute("GET", "mona/LinkedList", "")).toEqual({ kind: "releases", scope: "mona", name: "LinkedList" });
    expect(parseSwiftRoute("HEAD", "mona/LinkedList.json", "")).toEqual({ kind: "releases", scope: "mona", name: "LinkedList" });
    expect(parseSwiftRoute("GET", "mona/LinkedList/1.1.1", "")).toEqual({ kind: "release", scope: "mona", name: "LinkedList", version: "1.1.1" });
    expect(parseSwiftRoute("GET", "mona/LinkedList/1.1.1.json", "")).toEqual({ kind: "release", scope: "mona", name: "LinkedList", version: "1.1.1" });
    expect(parseSwiftRoute("GET", "mona/LinkedList/1.1.1.zip", "")).toEqual({ kind: "archive", scope: "mona", name: "LinkedList", version: "1.1.1" });
    expect(parseSwiftRoute("GET", "mona/LinkedList/1.1.1-beta.zip", "")).toMatchObject({ kind: "archive", version: "1.1.1-beta" });
    expect(parseSwiftRoute("GET", "mona/LinkedList/1.1.1/Package.swift", "swift-version=5.8")).toEqual({
      kind: "manifest",
      scope: "mona",
      name: "LinkedList",
      version: "1.1.1",
      swiftVersion: "5.8",
    });
    expect(parseSwiftRoute("PUT", "mona/LinkedList/1.1.1", "")).toEqual({ kind: "publish", scope: "mona", name: "LinkedList", version: "1.1.1" });
    expect(parseSwiftRoute("GET", "mona/LinkedList/1.0.0%2Bbuild.zip", "")).toMatchObject({ kind: "archive", version: "1.0.0+build" });
    expect(parseSwiftRoute("GET", "identifiers", "url=https%3A%2F%2Fgithub.com%2Fmona%2FLinkedList")).toEqual({
      kind: "identifiers",
      url: "https://github.com/mona/LinkedList",
    });
    expect(parseSwiftRoute("GET", "identifiers", "")).toEqual({ kind: "identifiers", url: undefined });
    expect(parseSwiftRoute("POST", "login", "")).toEqual({ kind: "login" });
  });

  it("refuses other methods, malformed identities and unknown paths", () => {
    expect(parseSwiftRoute("GET", "login", "")).toEqual({ kind: "method-not-allowed", allow: "POST" });
    expect(parseSwiftRoute("DELETE", "mona/LinkedList/1.0.0", "")).toMatchObject({ kind: "method-not-allowed" });
    expect(parseSwiftRoute("PUT", "mona/LinkedList", "")).toMatchObject({ kind: "method-not-allowed" });
    expect(parseSwiftRoute("PUT", "mona/LinkedList/1.0.0.zip", "")).toMatchObject({ kind: "invalid" });
    expect(parseSwiftRoute("GET", "mo--na/LinkedList", "")).toMatchObject({ kind: "invalid", detail: expect.stringMatching(/^invalid scope/) });
    expect(parseSwiftRoute("GET", "mona/Linked.List/1.0.0", "")).toMatchObject({ kind: "invalid", detail: expect.stringMatching(/^invalid package name/) });
    expect(parseSwiftRoute("GET", "mona/LinkedList/1.0", "")).toMatchObject({ kind: "invalid", detail: expect.stringMatching(/^invalid version/) });
    for (const rest of ["", "mona", "mona/LinkedList/1.0.0/Other.swift", "a/b/c/d/e", "mona/%zz", "mona/LinkedList/1.0.0/Package.swift/x"]) {
      expect(parseSwiftRoute("GET", rest, ""), rest).toEqual({ kind: "not-found" });
    }
  });
});

describe("manifests", () => {
  it("reads the declared tools version from the first line only", () => {
    expect(declaredToolsVersion("// swift-tools-version:5.9\n")).toBe("5.9");
    expect(declaredToolsVersion("//swift-tools-version: 5.7.1\r\nimport X")).toBe("5.7.1");
    expect(declaredToolsVersion("\uFEFF// swift-tools-version:6.0;(experimentalFeature)")).toBe("6.0");
    expect(declaredToolsVersion("import PackageDescription\n// swift-tools-version:5.9")).toBeUndefined();
    expect(declaredToolsVersion("")).toBeUndefined();
  });

  it("finds the variant for a swift-version whatever the number of components", () => {
    const manifests: Manifest[] = [
      { filename: "Package.swift", content: "" },
      { filename: "Package@swift-5.8.swift", content: "", toolsVersion: "5.8" },
      { filename: "Package@swift-4.swift", content: "" },
    ];
    expect(variantFor(manifests, "5.8")?.filename).toBe("Package@swift-5.8.swift");
    expect(variantFor(manifests, "5.8.0")?.filename).toBe("Package@swift-5.8.swift");
    expect(variantFor(manifests, "4.0")?.filename).toBe("Package@swift-4.swift");
    expect(variantFor(manifests, "5")).toBeUndefined();
    expect(variantFor(manifests, "5.8.1")).toBeUndefined();
    expect(variantFor(manifests, "latest")).toBeUndefined();
    expect(linkToolsVersion(manifests[2])).toBe("4.0");
    expect(linkToolsVersion({ filename: "Package@swift-5.9.1.swift", content: "" })).toBe("5.9.1");
  });

  it("reads Package.swift and its variants from the archive's top-level directory, with range reads", async () => {
    const big = randomBytes(2 * 1024 * 1024);
    const bytes = await zip({
      "P/Package.swift": manifest("5.9"),
      "P/Package@swift-5.8.swift": manifest("5.8"),
      "P/Sources/P/P.swift": "public let p = 1\n",
      "P/Sources/P/Package.swift": "not a manifest: too deep\n",
      "P/Resources/blob.bin": big,
    });
    const stored = asset(bytes);
    const read = await readArchiveManifests(stored);
    expect(read).toEqual({
      ok: true,
      manifests: [
        { filename: "Package.swift", toolsVersion: "5.9", content: manifest("5.9") },
        { filename: "Package@swift-5.8.swift", toolsVersion: "5.8", content: manifest("5.8") },
      ],
    });
    expect(stored.bytesRead).toBeLessThan(bytes.length / 2);
  });

  it("reports archives it cannot use", async () => {
    const problems = async (bytes: Buffer) => {
      const read = await readArchiveManifests(asset(bytes));
      return read.ok ? "ok" : read.problem;
    };
    expect(await problems(Buffer.from("not a zip at all"))).toMatch(/not a readable zip/);
    expect(await problems(Buffer.alloc(0))).toMatch(/not a readable zip/);
    expect(await problems(await zip({ "Package.swift": manifest("5.9") }))).toMatch(/no Package\.swift in its top-level directory/);
    expect(await problems(await zip({ "P/Package@swift-5.8.swift": manifest("5.8") }))).toMatch(/no Package\.swift/);
    expect(await problems(await zip({ "A/Package.swift": manifest("5.9"), "B/Package.swift": manifest("5.9") }))).toMatch(/several top-level directories/);
    expect(await problems(await zip({ "P/Package.swift": Buffer.alloc(MAX_MANIFEST_BYTES + 1, 32) }))).toMatch(/larger than/);
    const truncated = await zip({ "P/Package.swift": manifest("5.9") });
    expect(await problems(truncated.subarray(0, truncated.length - 10))).toMatch(/not a readable zip/);
  });

  it("refuses entry names that climb out of the archive", async () => {
    const bytes = await zip({ "P/Package.swift": manifest("5.9"), "P/x": "x" });
    // Rewrite the second name in the central directory (same length) to a parent reference.
    const hostile = Buffer.from(bytes.toString("latin1").split("P/x").join("../"), "latin1");
    const read = await readArchiveManifests(asset(hostile));
    expect(read).toMatchObject({ ok: false, problem: expect.stringMatching(/invalid relative path/) });
  });
});

describe("release metadata", () => {
  it("keeps a valid document and maps it onto the version's fields", () => {
    const parsed = parseReleaseMetadata(
      Buffer.from(
        JSON.stringify({
          description: "One thing links to another.",
          repositoryURLs: ["https://github.com/mona/LinkedList"],
          licenseURL: "https://www.apache.org/licenses/LICENSE-2.0",
          author: { name: "Mona", organization: { name: "GitHub" } },
          originalPublicationTime: "2023-02-16T04:00:00Z",
          extra: { kept: true },
        }),
      ),
    );
    expect(parsed.ok).toBe(true);
    expect(versionMetadataOf(parsed.ok ? parsed.document : undefined)).toEqual({
      summary: "One thing links to another.",
      licenses: [{ url: "https://www.apache.org/licenses/LICENSE-2.0" }],
      sourceCodeRepository: "https://github.com/mona/LinkedList",
    });
    expect(versionMetadataOf(undefined)).toEqual({});
  });

  it("refuses what is not JSON or does not fit the schema", () => {
    const problem = (text: string) => {
      const parsed = parseReleaseMetadata(Buffer.from(text));
      return parsed.ok ? "ok" : parsed.problem;
    };
    expect(problem("{}")).toBe("ok");
    expect(problem("{ nope")).toMatch(/^invalid JSON provided for release metadata/);
    expect(problem("[]")).toMatch(/the document must be an object/);
    expect(problem("null")).toMatch(/must be an object/);
    expect(problem('{"repositoryURLs": "https://x"}')).toMatch(/property "repositoryURLs" must be an array of strings/);
    expect(problem('{"repositoryURLs": [1]}')).toMatch(/repositoryURLs/);
    expect(problem('{"licenseURL": "not a url"}')).toMatch(/"licenseURL" must be a URL/);
    expect(problem('{"author": {}}')).toMatch(/"author" needs "name"/);
    expect(problem('{"author": {"name": "x", "organization": {"url": "https://x"}}}')).toMatch(/"organization" needs "name"/);
    expect(problem('{"originalPublicationTime": "yesterday"}')).toMatch(/date-time/);
    expect(problem('{"description": 5}')).toMatch(/"description" must be a string/);
  });
});

describe("repository URLs", () => {
  it("treats the spellings of one repository alike", () => {
    const key = "github.com/mona/linkedlist";
    for (const url of [
      "https://github.com/mona/LinkedList",
      "https://github.com/mona/LinkedList.git",
      "https://github.com/mona/LinkedList/",
      "http://user:pw@GitHub.com:443/mona/LinkedList.git/",
      "ssh://git@github.com/mona/LinkedList.git",
      "git@github.com:mona/LinkedList.git",
      "github.com:mona/LinkedList",
      "https://github.com/mona/LinkedList?tab=readme#top",
    ]) {
      expect(repositoryKey(url), url).toBe(key);
    }
    expect(repositoryKey("https://github.com/mona/HashMap")).not.toBe(key);
    for (const url of ["", "   ", "https://github.com", "https://github.com/", "not a url", "file:///tmp/x", "c:\\repo"]) {
      expect(repositoryKey(url), url).toBeUndefined();
    }
  });
});

describe("Link headers", () => {
  it("quotes parameters and keeps URLs from breaking SwiftPM's split on , and ;", () => {
    expect(linkHeader([])).toBeUndefined();
    expect(
      linkHeader([
        { url: "https://r/mona/a/1.0.0", rel: "latest-version" },
        { url: "https://r/p;x,y", rel: "alternate", params: [["filename", "Package@swift-5.8.swift"]] },
      ]),
    ).toBe('<https://r/mona/a/1.0.0>; rel="latest-version", <https://r/p%3Bx%2Cy>; rel="alternate"; filename="Package@swift-5.8.swift"');
    expect(linkHeader([{ url: "https://r/ü x\r\nSet-Cookie: a\uD800", rel: "canonical" }])).toBe(
      '<https://r/%C3%BC%20x%0D%0ASet-Cookie:%20a%EF%BF%BD>; rel="canonical"',
    );
  });
});

describe("base64 parts", () => {
  const decode = async (chunks: string[]) => {
    const out: Buffer[] = [];
    const decoder = new Base64Decoder();
    decoder.on("data", (c: Buffer) => out.push(c));
    await pipeline(Readable.from(chunks.map((c) => Buffer.from(c))), decoder);
    return Buffer.concat(out);
  };

  it("decodes across chunk boundaries and line breaks", async () => {
    const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256));
    const text = bytes.toString("base64").replace(/(.{76})/g, "$1\r\n");
    const chunks = text.match(/[\s\S]{1,7}/g)!;
    expect((await decode(chunks)).equals(bytes)).toBe(true);
    expect((await decode([])).length).toBe(0);
  });

  it("fails on what is not base64", async () => {
    await expect(decode(["QUJD", "R!=="])).rejects.toThrow(/not valid base64/);
    await expect(decode(["QUJDR"])).rejects.toThrow(/middle of a group/);
    await expect(decode(["QQ==", "QUJD"])).rejects.toThrow(/after its padding/);
    await expect(decode(["QQ==QUJD"])).rejects.toThrow(/not valid base64/);
  });
});

describe("format metadata", () => {
  it("records the archive's manifests or its problem, keeping the rest", () => {
    const signature = { base64: "c2ln", format: "cms-1.0.0" };
    const current = writeVersionData({ manifests: [], release: { description: "x" }, signature });
    const ok = readVersionData(withArchive(current, { ok: true, manifests: [{ filename: "Package.swift", content: "m", toolsVersion: "5.9" }] }));
    expect(ok).toEqual({
      manifests: [{ filename: "Package.swift", content: "m", toolsVersion: "5.9" }],
      release: { description: "x" },
      signature,
      metadataSignature: undefined,
    });
    const bad = readVersionData(withArchive(current, { ok: false, problem: "no manifest" }));
    expect(bad).toMatchObject({ manifests: [], archiveProblem: "no manifest", release: { description: "x" } });
  });

  it("reads only what has the expected shape", () => {
    expect(readVersionData(undefined)).toEqual({ manifests: [] });
    expect(readVersionData("text")).toEqual({ manifests: [] });
    expect(readVersionData({ manifests: [{ filename: 1 }, { filename: "Package.swift", content: "m" }], signature: { base64: 1 }, release: [] })).toEqual({
      manifests: [{ filename: "Package.swift", content: "m", toolsVersion: undefined }],
      signature: undefined,
      metadataSignature: undefined,
    });
  });
});
