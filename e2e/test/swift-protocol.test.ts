import { createHash } from "node:crypto";
import { join } from "node:path";
import * as sdk from "@aws-sdk/client-codeartifact";
import { beforeAll, describe, expect, it } from "vitest";
import { serverFixture } from "../support/fixture";
import { sourceArchive, swiftFixtures, SwiftRegistryClient } from "../support/swift-registry";

// The Swift package registry endpoint on the wire, as SwiftPM speaks it (no Swift toolchain exists
// for these machines): publish a release built from a real package layout, list it, read its
// metadata and manifests, download the archive and check it against the metadata's checksum, look
// it up by repository URL; the refusals; and the API's package operations on Swift packages.

const OWNER = "123456789012";
const domain = "swiftwire";
const fx = serverFixture({ tempPrefix: "ca-swift-wire-", domains: { [domain]: ["repo", "other"] } });

const packageDir = join(swiftFixtures, "LinkedList");
const metadata = JSON.stringify({
  description: "One thing links to another.",
  repositoryURLs: ["https://github.com/mona/LinkedList", "git@github.com:mona/LinkedList.git"],
  licenseURL: "https://www.apache.org/licenses/LICENSE-2.0",
  author: { name: "Mona Lisa Octocat" },
});
let token: string;
let registry: SwiftRegistryClient;
let archive: Buffer;
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const endpoint = (repository = "repo") => `${fx.server.url}/swift/d/${domain}-${OWNER}/${repository}/`;

beforeAll(async () => {
  token = (await fx.client.send(new sdk.GetAuthorizationTokenCommand({ domain }))).authorizationToken!;
  registry = new SwiftRegistryClient(endpoint(), `Bearer ${token}`);
  archive = await sourceArchive(packageDir, "LinkedList");
  const published = await registry.publish("Mona", "LinkedList", "1.1.1", archive, { metadata });
  expect(published.status, published.body.toString()).toBe(201);
  expect(published.headers.get("content-version")).toBe("1");
  expect(published.headers.get("location")).toBe(`${endpoint()}Mona/LinkedList/1.1.1`);
});

describe("publish and resolve", () => {
  it("lists the release, highest first, with latest-version and the repository links", async () => {
    const older = await sourceArchive(packageDir, "LinkedList", { "Sources/LinkedList/LinkedList.swift": "public struct LinkedList {}\n" });
    expect((await registry.publish("mona", "LinkedList", "1.0.0", older)).status).toBe(201);
    const { answer, versions } = await registry.releases("mona", "LinkedList");
    expect(answer.status).toBe(200);
    expect(versions).toEqual(["1.1.1", "1.0.0"]);
    expect(answer.json()).toEqual({
      releases: { "1.1.1": { url: `${endpoint()}mona/linkedlist/1.1.1` }, "1.0.0": { url: `${endpoint()}mona/linkedlist/1.0.0` } },
    });
    expect(answer.headers.get("link")).toBe(
      `<${endpoint()}mona/linkedlist/1.1.1>; rel="latest-version", <https://github.com/mona/LinkedList>; rel="canonical", <git@github.com:mona/LinkedList.git>; rel="alternate"`,
    );
    // Scope and name are case-insensitive; `.json` may be appended.
    expect((await registry.releases("MONA", "linkedlist")).versions).toEqual(["1.1.1", "1.0.0"]);
    expect((await registry.request("GET", "mona/LinkedList.json")).status).toBe(200);
  });

  it("serves release metadata whose checksum is the SHA-256 of the archive it downloads", async () => {
    const answer = await registry.release("mona", "LinkedList", "1.1.1");
    expect(answer.status).toBe(200);
    const release = answer.json<{
      id: string;
      version: string;
      resources: Array<{ name: string; type: string; checksum: string }>;
      metadata: unknown;
      publishedAt: string;
    }>();
    expect(release).toMatchObject({ id: "mona.LinkedList", version: "1.1.1", metadata: JSON.parse(metadata) });
    expect(release.resources).toEqual([{ name: "source-archive", type: "application/zip", checksum: sha256(archive) }]);
    // Foundation's ISO 8601 decoding (SwiftPM's) takes no fractional seconds.
    expect(release.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(answer.headers.get("link")).toBe(
      `<${endpoint()}mona/linkedlist/1.1.1>; rel="latest-version", <${endpoint()}mona/linkedlist/1.0.0>; rel="predecessor-version"`,
    );

    const download = await registry.download("mona", "LinkedList", "1.1.1");
    expect(download.status).toBe(200);
    expect(sha256(download.body)).toBe(release.resources[0].checksum);
    expect(download.body.equals(archive)).toBe(true);
    expect(download.headers.get("content-length")).toBe(String(archive.length));
    expect(download.headers.get("content-disposition")).toBe('attachment; filename="LinkedList-1.1.1.zip"');
    expect(download.headers.get("digest")).toBe(`sha-256=${createHash("sha256").update(archive).digest("base64")}`);
    expect(download.headers.get("content-version")).toBe("1");

    const head = await registry.request("HEAD", "mona/LinkedList/1.1.1.zip", { accept: "application/vnd.swift.registry.v1+zip" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String(archive.length));
  });

  it("serves Package.swift read from the archive, with its swift-version variants in the Link header", async () => {
    const manifest = await registry.manifest("mona", "LinkedList", "1.1.1");
    expect(manifest.status).toBe(200);
    expect(manifest.body.toString()).toContain("// swift-tools-version:5.9");
    expect(manifest.headers.get("content-disposition")).toBe('attachment; filename="Package.swift"');
    expect(manifest.headers.get("content-version")).toBe("1");
    expect(manifest.headers.get("link")).toBe(
      `<${endpoint()}mona/linkedlist/1.1.1/Package.swift?swift-version=5.8>; rel="alternate"; filename="Package@swift-5.8.swift"; swift-tools-version="5.8"`,
    );
    for (const asked of ["5.8", "5.8.0"]) {
      const variant = await registry.manifest("mona", "LinkedList", "1.1.1", asked);
      expect(variant.status).toBe(200);
      expect(variant.body.toString()).toContain("// swift-tools-version:5.8");
      expect(variant.headers.get("content-disposition")).toBe('attachment; filename="Package@swift-5.8.swift"');
    }
    const none = await registry.manifest("mona", "LinkedList", "1.1.1", "4.2");
    expect(none.status).toBe(303);
    expect(none.headers.get("location")).toBe(`${endpoint()}mona/linkedlist/1.1.1/Package.swift`);
  });

  it("looks the package up by any spelling of its repository URL", async () => {
    for (const url of ["https://github.com/mona/LinkedList", "https://github.com/Mona/LinkedList.git/", "ssh://git@github.com/mona/linkedlist.git"]) {
      const answer = await registry.identifiers(url);
      expect(answer.status, url).toBe(200);
      expect(answer.json()).toEqual({ identifiers: ["mona.LinkedList"] });
    }
    const unknown = await registry.identifiers("https://github.com/mona/HashMap");
    expect(unknown.status).toBe(404);
    expect(unknown.detail()).toMatch(/no package identifiers/);
    const missing = await registry.request("GET", "identifiers", { accept: "application/vnd.swift.registry.v1+json" });
    expect(missing.status).toBe(400);
  });
});
