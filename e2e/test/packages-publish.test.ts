import { Readable } from "node:stream";
import {
  DeletePackageCommand,
  DescribePackageCommand,
  DescribePackageVersionCommand,
  GetPackageVersionAssetCommand,
  GetPackageVersionReadmeCommand,
  ListPackagesCommand,
  ListPackageVersionAssetsCommand,
  ListPackageVersionDependenciesCommand,
  ListPackageVersionsCommand,
  paginateListPackageVersions,
  PublishPackageVersionCommand,
  PutPackageOriginConfigurationCommand,
  UpdatePackageVersionsStatusCommand,
} from "@aws-sdk/client-codeartifact";
import { beforeAll, describe, expect, it } from "vitest";
import { bodyOf, digestsOf, generatedBytes, publishBytes, sha256 } from "../support/assets";
import { expectFailure } from "../support/errors";
import { serverFixture } from "../support/fixture";
import { sdkClient } from "../support/server";

// PublishPackageVersion and the package/version read operations through the official SDK against
// the running server (with a data dir, so blobs live on disk as in normal use).

const domain = "pkg-dom";
const repository = "pkg-repo";
const pkg = { domain, repository, format: "generic" as const, namespace: "tools", package: "cli" };
const fx = serverFixture({ server: (dir) => ({ dataDir: dir }), domains: { [domain]: [repository, "second"] } });

describe("PublishPackageVersion", () => {
  it("streams a 64 MiB asset in and out; bytes and hashes match an independent computation", async () => {
    const size = 64 * 1024 * 1024;
    const expected = await digestsOf(generatedBytes(size));
    const published = await fx.client.send(
      new PublishPackageVersionCommand({
        ...pkg,
        package: "big",
        packageVersion: "1.0.0",
        assetName: "big.bin",
        assetContent: Readable.from(generatedBytes(size)),
        assetSHA256: expected["SHA-256"],
      }),
    );
    expect(published).toMatchObject({
      format: "generic",
      namespace: "tools",
      package: "big",
      version: "1.0.0",
      status: "Published",
      asset: {
        name: "big.bin",
        size,
        hashes: { MD5: expected.MD5, "SHA-1": expected["SHA-1"], "SHA-256": expected["SHA-256"], "SHA-512": expected["SHA-512"] },
      },
    });
    const download = await fx.client.send(new GetPackageVersionAssetCommand({ ...pkg, package: "big", packageVersion: "1.0.0", asset: "big.bin" }));
    expect(download.assetName).toBe("big.bin");
    expect(download.packageVersion).toBe("1.0.0");
    expect(download.packageVersionRevision).toBe(published.versionRevision);
    const got = await digestsOf(download.asset as AsyncIterable<Uint8Array>);
    expect(got).toEqual(expected);
  });

  it("keeps a multi-asset version Unfinished until the last asset; revisions change", async () => {
    const first = await publishBytes(fx.client, { ...pkg, packageVersion: "2.0.0", assetName: "a.txt", data: "a", unfinished: true });
    expect(first.status).toBe("Unfinished");
    await expectFailure(fx.client.send(new GetPackageVersionAssetCommand({ ...pkg, packageVersion: "2.0.0", asset: "a.txt" })), "ConflictException", {
      status: 409,
    });
    const last = await publishBytes(fx.client, { ...pkg, packageVersion: "2.0.0", assetName: "b.txt", data: "bb" });
    expect(last.status).toBe("Published");
    expect(last.versionRevision).not.toBe(first.versionRevision);
    const assets = await fx.client.send(new ListPackageVersionAssetsCommand({ ...pkg, packageVersion: "2.0.0" }));
    expect(assets).toMatchObject({ format: "generic", namespace: "tools", package: "cli", version: "2.0.0", versionRevision: last.versionRevision });
    expect(assets.assets!.map((a) => [a.name, a.size])).toEqual([
      ["a.txt", 1],
      ["b.txt", 2],
    ]);
    expect(assets.assets![1].hashes!["SHA-256"]).toBe(sha256("bb"));
    const page1 = await fx.client.send(new ListPackageVersionAssetsCommand({ ...pkg, packageVersion: "2.0.0", maxResults: 1 }));
    expect(page1.assets!.map((a) => a.name)).toEqual(["a.txt"]);
    const page2 = await fx.client.send(new ListPackageVersionAssetsCommand({ ...pkg, packageVersion: "2.0.0", maxResults: 1, nextToken: page1.nextToken }));
    expect(page2.assets!.map((a) => a.name)).toEqual(["b.txt"]);
    expect(page2.nextToken).toBeUndefined();
  });

  it("accepts an identical re-upload and refuses different bytes under the same name", async () => {
    const first = await publishBytes(fx.client, { ...pkg, packageVersion: "3.0.0", assetName: "x.bin", data: "same" });
    const again = await publishBytes(fx.client, { ...pkg, packageVersion: "3.0.0", assetName: "x.bin", data: "same" });
    expect(again.versionRevision).toBe(first.versionRevision);
    await expectFailure(publishBytes(fx.client, { ...pkg, packageVersion: "3.0.0", assetName: "x.bin", data: "other" }), "ConflictException", {
      status: 409,
      resourceType: "asset",
    });
  });

  it("refuses a body that does not match x-amz-content-sha256", async () => {
    await expectFailure(
      fx.client.send(
        new PublishPackageVersionCommand({
          ...pkg,
          packageVersion: "4.0.0",
          assetName: "x.bin",
          assetContent: Readable.from([Buffer.from("actual")]),
          assetSHA256: sha256("claimed"),
        }),
      ),
      "ValidationException",
      { status: 400 },
    );
    await expectFailure(fx.client.send(new DescribePackageVersionCommand({ ...pkg, packageVersion: "4.0.0" })), "ResourceNotFoundException");
  });

  it("publishes generic packages only, needs a namespace and valid asset names", async () => {
    await expectFailure(
      publishBytes(fx.client, { ...pkg, format: "npm", namespace: undefined, packageVersion: "1.0.0", assetName: "x.tgz", data: "x" }),
      "ValidationException",
    );
    await expectFailure(publishBytes(fx.client, { ...pkg, namespace: undefined, packageVersion: "1", assetName: "a", data: "a" }), "ValidationException");
    await expectFailure(publishBytes(fx.client, { ...pkg, packageVersion: "1", assetName: "..", data: "a" }), "ValidationException");
    await expectFailure(
      publishBytes(fx.client, { ...pkg, repository: "missing", packageVersion: "1", assetName: "a", data: "a" }),
      "ResourceNotFoundException",
      {
        resourceType: "repository",
      },
    );
  });

  it("refuses publishing into a package whose origin configuration blocks it", async () => {
    const blocked = { ...pkg, package: "blocked" };
    const put = await fx.client.send(new PutPackageOriginConfigurationCommand({ ...blocked, restrictions: { publish: "BLOCK", upstream: "ALLOW" } }));
    expect(put.originConfiguration).toEqual({ restrictions: { publish: "BLOCK", upstream: "ALLOW" } });
    await expectFailure(publishBytes(fx.client, { ...blocked, packageVersion: "1", assetName: "a", data: "a" }), "AccessDeniedException", { status: 403 });
    await fx.client.send(new PutPackageOriginConfigurationCommand({ ...blocked, restrictions: { publish: "ALLOW", upstream: "BLOCK" } }));
    await publishBytes(fx.client, { ...blocked, packageVersion: "1", assetName: "a", data: "a" });
  });
});

describe("packages", () => {
  beforeAll(async () => {
    for (const name of ["alpha", "alphabet", "beta", "gamma"]) {
      await publishBytes(fx.client, {
        ...pkg,
        repository: "second",
        namespace: name === "gamma" ? "other" : "tools",
        package: name,
        packageVersion: "1.0.0",
        assetName: "f",
        data: name,
      });
    }
  });

  it("lists packages with format, namespace-prefix, package-prefix and origin filters, paginated", async () => {
    const base = { domain, repository: "second" };
    const first = await fx.client.send(new ListPackagesCommand({ ...base, maxResults: 2 }));
    expect(first.packages!.map((p) => p.package)).toEqual(["alpha", "alphabet"]);
    expect(first.packages![0]).toEqual({
      format: "generic",
      namespace: "tools",
      package: "alpha",
      originConfiguration: { restrictions: { publish: "ALLOW", upstream: "BLOCK" } },
    });
    const second = await fx.client.send(new ListPackagesCommand({ ...base, maxResults: 2, nextToken: first.nextToken }));
    expect(second.packages!.map((p) => p.package)).toEqual(["beta", "gamma"]);
    expect(second.nextToken).toBeUndefined();
    expect((await fx.client.send(new ListPackagesCommand({ ...base, packagePrefix: "alpha" }))).packages!.map((p) => p.package)).toEqual(["alpha", "alphabet"]);
    expect((await fx.client.send(new ListPackagesCommand({ ...base, namespace: "oth" }))).packages!.map((p) => p.package)).toEqual(["gamma"]);
    expect((await fx.client.send(new ListPackagesCommand({ ...base, format: "npm" }))).packages).toEqual([]);
    expect((await fx.client.send(new ListPackagesCommand({ ...base, publish: "BLOCK" }))).packages).toEqual([]);
    await expectFailure(fx.client.send(new ListPackagesCommand({ ...base, nextToken: "forged" })), "ValidationException");
  });

  it("refuses another account without a resource policy granting access", async () => {
    const stranger = sdkClient(fx.server.url, "999999999999");
    try {
      await expectFailure(stranger.send(new ListPackagesCommand({ domain, domainOwner: "123456789012", repository: "second" })), "AccessDeniedException", {
        status: 403,
      });
      await expectFailure(
        stranger.send(new DescribePackageCommand({ ...pkg, domainOwner: "123456789012", repository: "second", package: "alpha" })),
        "AccessDeniedException",
      );
    } finally {
      stranger.destroy();
    }
  });

  it("describes and deletes packages", async () => {
    const described = await fx.client.send(new DescribePackageCommand({ ...pkg, repository: "second", package: "beta" }));
    expect(described.package).toEqual({
      format: "generic",
      namespace: "tools",
      name: "beta",
      originConfiguration: { restrictions: { publish: "ALLOW", upstream: "BLOCK" } },
    });
    const deleted = await fx.client.send(new DeletePackageCommand({ ...pkg, repository: "second", package: "beta" }));
    expect(deleted.deletedPackage).toMatchObject({ format: "generic", namespace: "tools", package: "beta" });
    await expectFailure(fx.client.send(new DescribePackageCommand({ ...pkg, repository: "second", package: "beta" })), "ResourceNotFoundException", {
      resourceType: "package",
      status: 404,
    });
    await expectFailure(fx.client.send(new DeletePackageCommand({ ...pkg, repository: "second", package: "beta" })), "ResourceNotFoundException");
  });
});

describe("package versions", () => {
  const lib = { ...pkg, package: "lib" };
  beforeAll(async () => {
    for (const version of ["1.0.0", "1.10.0", "1.9.0", "0.5.0", "2.0.0-rc.1"]) {
      await publishBytes(fx.client, { ...lib, packageVersion: version, assetName: "lib.bin", data: version });
    }
  });

  it("lists versions highest first, by publish time on request, paginated", async () => {
    const all = await fx.client.send(new ListPackageVersionsCommand(lib));
    expect(all).toMatchObject({ format: "generic", namespace: "tools", package: "lib", defaultDisplayVersion: "2.0.0-rc.1" });
    expect(all.versions!.map((v) => v.version)).toEqual(["2.0.0-rc.1", "1.10.0", "1.9.0", "1.0.0", "0.5.0"]);
    expect(all.versions![0]).toMatchObject({ status: "Published", origin: { originType: "INTERNAL", domainEntryPoint: { repositoryName: repository } } });
    const versions: string[] = [];
    for await (const page of paginateListPackageVersions({ client: fx.client, pageSize: 2 }, { ...lib, sortBy: "PUBLISHED_TIME" })) {
      expect(page.versions!.length).toBeLessThanOrEqual(2);
      versions.push(...page.versions!.map((v) => v.version!));
    }
    expect(versions).toEqual(["2.0.0-rc.1", "0.5.0", "1.9.0", "1.10.0", "1.0.0"]);
  });

  it("filters versions by status and origin type", async () => {
    await fx.client.send(new UpdatePackageVersionsStatusCommand({ ...lib, versions: ["0.5.0"], targetStatus: "Unlisted" }));
    const unlisted = await fx.client.send(new ListPackageVersionsCommand({ ...lib, status: "Unlisted" }));
    expect(unlisted.versions!.map((v) => v.version)).toEqual(["0.5.0"]);
    expect((await fx.client.send(new ListPackageVersionsCommand({ ...lib, originType: "EXTERNAL" }))).versions).toEqual([]);
    // Unlisted versions stay downloadable.
    const asset = await fx.client.send(new GetPackageVersionAssetCommand({ ...lib, packageVersion: "0.5.0", asset: "lib.bin" }));
    expect((await bodyOf(asset.asset)).toString()).toBe("0.5.0");
  });

  it("describes a version", async () => {
    const { packageVersion } = await fx.client.send(new DescribePackageVersionCommand({ ...lib, packageVersion: "1.9.0" }));
    expect(packageVersion).toMatchObject({
      format: "generic",
      namespace: "tools",
      packageName: "lib",
      displayName: "lib",
      version: "1.9.0",
      status: "Published",
      origin: { originType: "INTERNAL", domainEntryPoint: { repositoryName: repository } },
    });
    expect(packageVersion!.revision).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(packageVersion!.publishedTime).toBeInstanceOf(Date);
    await expectFailure(fx.client.send(new DescribePackageVersionCommand({ ...lib, packageVersion: "9.9.9" })), "ResourceNotFoundException", {
      resourceType: "package-version",
    });
  });

  it("serves an asset by revision only when the revision is current", async () => {
    const { packageVersion } = await fx.client.send(new DescribePackageVersionCommand({ ...lib, packageVersion: "1.0.0" }));
    const asset = await fx.client.send(
      new GetPackageVersionAssetCommand({ ...lib, packageVersion: "1.0.0", asset: "lib.bin", packageVersionRevision: packageVersion!.revision }),
    );
    expect((await bodyOf(asset.asset)).toString()).toBe("1.0.0");
    await expectFailure(
      fx.client.send(new GetPackageVersionAssetCommand({ ...lib, packageVersion: "1.0.0", asset: "lib.bin", packageVersionRevision: "stale" })),
      "ResourceNotFoundException",
    );
    await expectFailure(fx.client.send(new GetPackageVersionAssetCommand({ ...lib, packageVersion: "1.0.0", asset: "nope" })), "ResourceNotFoundException", {
      resourceType: "asset",
    });
  });

  it("returns readme and dependencies (none for generic packages)", async () => {
    const readme = await fx.client.send(new GetPackageVersionReadmeCommand({ ...lib, packageVersion: "1.0.0" }));
    expect(readme).toMatchObject({ format: "generic", namespace: "tools", package: "lib", version: "1.0.0" });
    expect(readme.readme).toBeUndefined();
    const deps = await fx.client.send(new ListPackageVersionDependenciesCommand({ ...lib, packageVersion: "1.0.0" }));
    expect(deps).toMatchObject({ package: "lib", version: "1.0.0", dependencies: [] });
    await expectFailure(fx.client.send(new GetPackageVersionReadmeCommand({ ...lib, packageVersion: "0.0.1" })), "ResourceNotFoundException");
  });
});
