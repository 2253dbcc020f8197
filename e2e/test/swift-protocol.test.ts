import { createHash } from "node:crypto";
import { join } from "node:path";
import * as sdk from "@aws-sdk/client-codeartifact";
import { beforeAll, describe, expect, it } from "vitest";
import { serverFixture } from "../support/fixture";
import { publishBody, sourceArchive, swiftFixtures, SwiftRegistryClient } from "../support/swift-registry";

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

describe("refusals", () => {
  it("answers 401 problem details with the challenge without a token or with a bad one; login checks the token", async () => {
    for (const client of [registry.withAuthorization(undefined), registry.withAuthorization("Bearer not-a-token")]) {
      for (const answer of [
        await client.releases("mona", "LinkedList").then((r) => r.answer),
        await client.publish("mona", "LinkedList", "9.0.0", archive),
        await client.login(),
      ]) {
        expect(answer.status).toBe(401);
        expect(answer.headers.get("www-authenticate")).toBe(`Bearer realm="${domain}/repo", Basic realm="${domain}/repo"`);
        expect(answer.detail()).toMatch(/authenticate|token/i);
      }
    }
    const login = await registry.login();
    expect(login.status).toBe(200);
    expect(login.headers.get("content-version")).toBe("1");
    // curl publishes with Basic aws:<token>.
    const basic = registry.withAuthorization(`Basic ${Buffer.from(`aws:${token}`).toString("base64")}`);
    expect((await basic.releases("mona", "LinkedList")).answer.status).toBe(200);
  });

  it("refuses unknown API versions (400) and other versions (415), and malformed identities (400)", async () => {
    const invalid = await registry.request("GET", "mona/LinkedList", { accept: "application/vnd.swift.registry.vx+json" });
    expect([invalid.status, invalid.detail()]).toEqual([400, "invalid API version"]);
    const unsupported = await registry.request("GET", "mona/LinkedList", { accept: "application/vnd.swift.registry.v2+json" });
    expect([unsupported.status, unsupported.detail()]).toEqual([415, "unsupported API version"]);
    expect((await registry.request("GET", "mona/LinkedList", { accept: "*/*" })).status).toBe(200);
    for (const path of ["-mona/LinkedList", "mona/Linked--List/1.0.0", "mona/LinkedList/v1.0.0", "mona/LinkedList/1.0"]) {
      const answer = await registry.request("GET", path, { accept: "application/vnd.swift.registry.v1+json" });
      expect(answer.status, path).toBe(400);
      expect(answer.detail(), path).toMatch(/^invalid (scope|package name|version)/);
    }
    expect((await registry.release("mona", "LinkedList", "7.0.0")).status).toBe(404);
    expect((await registry.releases("mona", "Nothing")).answer.status).toBe(404);
  });

  it("refuses to publish an existing release (409), whatever the case of its identity", async () => {
    for (const [scope, name] of [
      ["mona", "LinkedList"],
      ["MONA", "linkedlist"],
    ]) {
      const answer = await registry.publish(scope, name, "1.1.1", archive);
      expect(answer.status).toBe(409);
      expect(answer.detail()).toBe("a release with version 1.1.1 already exists");
    }
  });

  it("refuses archives without a manifest and invalid metadata (422), leaving nothing behind", async () => {
    const noManifest = await sourceArchive(join(packageDir, "Sources"), "Broken");
    const broken = await registry.publish("mona", "Broken", "1.0.0", noManifest);
    expect(broken.status).toBe(422);
    expect(broken.detail()).toMatch(/^package doesn't contain a valid manifest \(Package\.swift\) file/);
    await expect(
      fx.client.send(new sdk.DescribePackageCommand({ domain, repository: "repo", format: "swift", namespace: "mona", package: "broken" })),
    ).rejects.toMatchObject({ name: "ResourceNotFoundException" });

    const notJson = await registry.publish("mona", "LinkedList", "2.0.0", archive, { metadata: "{ not json" });
    expect(notJson.status).toBe(422);
    expect(notJson.detail()).toMatch(/^invalid JSON provided for release metadata/);
    const badType = await registry.publish("mona", "LinkedList", "2.0.0", archive, { metadata: JSON.stringify({ repositoryURLs: "https://x" }) });
    expect(badType.status).toBe(422);
    expect(badType.detail()).toMatch(/repositoryURLs/);
    const versions = await fx.client.send(
      new sdk.ListPackageVersionsCommand({ domain, repository: "repo", format: "swift", namespace: "mona", package: "linkedlist" }),
    );
    expect(versions.versions?.map((v) => v.version)).not.toContain("2.0.0");

    const notMultipart = await registry.request("PUT", "mona/LinkedList/2.0.0", { "content-type": "application/zip" }, archive);
    expect(notMultipart.status).toBe(415);
    const { body, contentType } = publishBody(archive);
    const truncated = await registry.request("PUT", "mona/LinkedList/2.0.0", { "content-type": contentType }, body.subarray(0, body.length - 200));
    expect(truncated.status).toBe(400);
    expect(truncated.detail()).toMatch(/^malformed multipart body/);
    const noArchive = await registry.request(
      "PUT",
      "mona/LinkedList/2.0.0",
      { "content-type": 'multipart/form-data; boundary="b"' },
      Buffer.from('--b\r\nContent-Disposition: form-data; name="metadata"\r\n\r\n{}\r\n--b--\r\n'),
    );
    expect(noArchive.status).toBe(422);
    expect(noArchive.detail()).toBe("the release has no source-archive part");
    const after = await fx.client.send(
      new sdk.ListPackageVersionsCommand({ domain, repository: "repo", format: "swift", namespace: "mona", package: "linkedlist" }),
    );
    expect(after.versions?.map((v) => v.version)).not.toContain("2.0.0");
  });

  it("keeps a signed release's signature and serves it with the archive; a signature needs its format", async () => {
    const signature = Buffer.from("a CMS signature, as far as this registry is concerned");
    const unsigned = await registry.publish("mona", "LinkedList", "1.2.0", archive, { signature, metadata: "{}", metadataSignature: signature });
    expect(unsigned.status).toBe(400);
    expect(unsigned.detail()).toMatch(/X-Swift-Package-Signature-Format/);
    const signed = await registry.publish("mona", "LinkedList", "1.2.0", archive, {
      signature,
      metadata: "{}",
      metadataSignature: signature,
      signatureFormat: "cms-1.0.0",
    });
    expect(signed.status).toBe(201);
    const release = (await registry.release("mona", "LinkedList", "1.2.0")).json<{ resources: Array<{ signing?: unknown }> }>();
    expect(release.resources[0].signing).toEqual({ signatureBase64Encoded: signature.toString("base64"), signatureFormat: "cms-1.0.0" });
    const download = await registry.download("mona", "LinkedList", "1.2.0");
    expect(download.headers.get("x-swift-package-signature-format")).toBe("cms-1.0.0");
    expect(download.headers.get("x-swift-package-signature")).toBe(signature.toString("base64"));
  });

  it("takes the specification's base64 transfer encoding for the archive", async () => {
    const boundary = "boundary";
    const body = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="source-archive"\r\nContent-Type: application/zip\r\nContent-Transfer-Encoding: base64\r\n\r\n` +
        `${archive.toString("base64").replace(/(.{76})/g, "$1\r\n")}\r\n--${boundary}--\r\n`,
    );
    const answer = await registry.request("PUT", "mona/LinkedList/1.3.0", { "content-type": `multipart/form-data;boundary="${boundary}"` }, body);
    expect(answer.status, answer.body.toString()).toBe(201);
    expect((await registry.download("mona", "LinkedList", "1.3.0")).body.equals(archive)).toBe(true);
  });
});

describe("the API's package operations on Swift packages", () => {
  const ref = { domain, repository: "repo", format: "swift" as const, namespace: "Mona", package: "LinkedList" };

  it("lists and describes the package, its versions and assets, and serves the asset", async () => {
    const listed = await fx.client.send(new sdk.ListPackagesCommand({ domain, repository: "repo", format: "swift" }));
    expect(listed.packages?.map((p) => [p.namespace, p.package])).toEqual([["mona", "linkedlist"]]);
    // Inputs are normalized as on AWS: the namespace (a prefix) and the package in any case.
    const byNamespace = await fx.client.send(
      new sdk.ListPackagesCommand({ domain, repository: "repo", format: "swift", namespace: "Mona", packagePrefix: "Linked" }),
    );
    expect(byNamespace.packages?.map((p) => p.package)).toEqual(["linkedlist"]);
    const described = await fx.client.send(new sdk.DescribePackageVersionCommand({ ...ref, packageVersion: "1.1.1" }));
    expect(described.packageVersion).toMatchObject({
      format: "swift",
      namespace: "mona",
      packageName: "linkedlist",
      displayName: "LinkedList",
      version: "1.1.1",
      status: "Published",
      summary: "One thing links to another.",
      sourceCodeRepository: "https://github.com/mona/LinkedList",
      licenses: [{ url: "https://www.apache.org/licenses/LICENSE-2.0" }],
    });
    const assets = await fx.client.send(new sdk.ListPackageVersionAssetsCommand({ ...ref, packageVersion: "1.1.1" }));
    expect(assets.assets?.map((a) => [a.name, a.size, a.hashes?.["SHA-256"]])).toEqual([["linkedlist-1.1.1.zip", archive.length, sha256(archive)]]);
    const asset = await fx.client.send(new sdk.GetPackageVersionAssetCommand({ ...ref, packageVersion: "1.1.1", asset: "linkedlist-1.1.1.zip" }));
    expect(Buffer.from(await asset.asset!.transformToByteArray()).equals(archive)).toBe(true);
  });

  it("applies statuses: Unlisted releases are not listed but still resolve, Archived ones do not", async () => {
    await fx.client.send(new sdk.UpdatePackageVersionsStatusCommand({ ...ref, versions: ["1.0.0"], targetStatus: "Unlisted" }));
    expect((await registry.releases("mona", "LinkedList")).versions).not.toContain("1.0.0");
    expect((await registry.release("mona", "LinkedList", "1.0.0")).status).toBe(200);
    expect((await registry.download("mona", "LinkedList", "1.0.0")).status).toBe(200);
    await fx.client.send(new sdk.UpdatePackageVersionsStatusCommand({ ...ref, versions: ["1.0.0"], targetStatus: "Archived" }));
    expect((await registry.release("mona", "LinkedList", "1.0.0")).status).toBe(404);
    expect((await registry.download("mona", "LinkedList", "1.0.0")).status).toBe(404);
    expect((await registry.manifest("mona", "LinkedList", "1.0.0")).status).toBe(404);
  });

  it("copies a release with its manifests and metadata; deleted releases can be published again", async () => {
    const copied = await fx.client.send(
      new sdk.CopyPackageVersionsCommand({ ...ref, sourceRepository: "repo", destinationRepository: "other", versions: ["1.1.1"] }),
    );
    expect(Object.keys(copied.successfulVersions ?? {})).toEqual(["1.1.1"]);
    const other = new SwiftRegistryClient(endpoint("other"), `Bearer ${token}`);
    expect((await other.manifest("mona", "LinkedList", "1.1.1", "5.8")).body.toString()).toContain("swift-tools-version:5.8");
    expect((await other.release("mona", "LinkedList", "1.1.1")).json()).toMatchObject({ metadata: JSON.parse(metadata) });
    expect((await other.download("mona", "LinkedList", "1.1.1")).body.equals(archive)).toBe(true);

    await fx.client.send(new sdk.DeletePackageVersionsCommand({ ...ref, repository: "other", versions: ["1.1.1"] }));
    expect((await other.release("mona", "LinkedList", "1.1.1")).status).toBe(404);
    expect((await other.publish("mona", "LinkedList", "1.1.1", archive)).status).toBe(201);
    await fx.client.send(new sdk.DeletePackageCommand({ ...ref, repository: "other" }));
    expect((await other.releases("mona", "LinkedList")).answer.status).toBe(404);
  });
});
