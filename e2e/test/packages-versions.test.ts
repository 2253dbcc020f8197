import {
  CopyPackageVersionsCommand,
  CreateRepositoryCommand,
  DeletePackageVersionsCommand,
  DescribePackageVersionCommand,
  DisposePackageVersionsCommand,
  GetPackageVersionAssetCommand,
  ListPackageVersionAssetsCommand,
  ListPackageVersionsCommand,
  UpdatePackageVersionsStatusCommand,
} from "@aws-sdk/client-codeartifact";
import { beforeAll, describe, expect, it } from "vitest";
import { bodyOf, publishBytes, sha256 } from "../support/assets";
import { expectFailure } from "../support/errors";
import { serverFixture } from "../support/fixture";

// Status transitions, preconditions, disposal, deletion and copies through the official SDK.

const account = "123456789012";
const domain = "ver-dom";
const pkg = { domain, repository: "main", format: "generic" as const, namespace: "acme", package: "app" };
const fx = serverFixture({ account, server: (dir) => ({ dataDir: dir }), domains: { [domain]: ["main", "copies", "upstream", "downstream"] } });

/** Whether the blob store keeps these bytes for the domain (one copy per domain). */
const hasBlob = (content: string) => fx.server.hasBlob({ account, region: "us-west-2", name: domain }, sha256(content));

const publish = (version: string, data: string, repository = "main", name = "app") =>
  publishBytes(fx.client, { ...pkg, repository, package: name, packageVersion: version, assetName: "app.bin", data });
const describeVersion = (version: string, repository = "main", name = "app") =>
  fx.client.send(new DescribePackageVersionCommand({ ...pkg, repository, package: name, packageVersion: version }));

describe("UpdatePackageVersionsStatus", () => {
  beforeAll(async () => {
    for (const version of ["1.0.0", "1.1.0", "1.2.0"]) await publish(version, `status ${version}`);
  });

  it("moves versions to Archived, Unlisted and back to Published, with a new revision each time", async () => {
    const before = (await describeVersion("1.0.0")).packageVersion!.revision;
    const archived = await fx.client.send(new UpdatePackageVersionsStatusCommand({ ...pkg, versions: ["1.0.0", "1.1.0"], targetStatus: "Archived" }));
    expect(archived.failedVersions).toEqual({});
    expect(archived.successfulVersions!["1.0.0"].status).toBe("Archived");
    expect(archived.successfulVersions!["1.0.0"].revision).not.toBe(before);
    await expectFailure(fx.client.send(new GetPackageVersionAssetCommand({ ...pkg, packageVersion: "1.0.0", asset: "app.bin" })), "ConflictException");
    const unlisted = await fx.client.send(
      new UpdatePackageVersionsStatusCommand({ ...pkg, versions: ["1.0.0"], targetStatus: "Unlisted", expectedStatus: "Archived" }),
    );
    expect(unlisted.successfulVersions!["1.0.0"].status).toBe("Unlisted");
    const published = await fx.client.send(new UpdatePackageVersionsStatusCommand({ ...pkg, versions: ["1.0.0", "1.1.0"], targetStatus: "Published" }));
    expect(Object.values(published.successfulVersions!).map((s) => s.status)).toEqual(["Published", "Published"]);
    expect((await describeVersion("1.1.0")).packageVersion!.status).toBe("Published");
  });

  it("refuses Unfinished and Disposed as targets", async () => {
    for (const targetStatus of ["Unfinished", "Disposed"] as const) {
      await expectFailure(fx.client.send(new UpdatePackageVersionsStatusCommand({ ...pkg, versions: ["1.0.0"], targetStatus })), "ValidationException", {
        status: 400,
      });
    }
  });

  it("reports MISMATCHED_STATUS, MISMATCHED_REVISION, NOT_FOUND and SKIPPED, changing nothing", async () => {
    const status = await fx.client.send(
      new UpdatePackageVersionsStatusCommand({ ...pkg, versions: ["1.1.0", "1.2.0"], expectedStatus: "Unlisted", targetStatus: "Archived" }),
    );
    expect({ successfulVersions: status.successfulVersions, failedVersions: status.failedVersions }).toEqual({
      successfulVersions: {},
      failedVersions: {
        "1.1.0": { errorCode: "MISMATCHED_STATUS", errorMessage: "current status: Published, expected status: Unlisted" },
        "1.2.0": { errorCode: "MISMATCHED_STATUS", errorMessage: "current status: Published, expected status: Unlisted" },
      },
    });
    const current = (await describeVersion("1.2.0")).packageVersion!.revision!;
    const revision = await fx.client.send(
      new UpdatePackageVersionsStatusCommand({
        ...pkg,
        versions: ["1.1.0", "1.2.0", "7.7.7"],
        versionRevisions: { "1.1.0": "not-the-revision", "1.2.0": current },
        targetStatus: "Unlisted",
      }),
    );
    expect(revision.successfulVersions).toEqual({});
    expect(revision.failedVersions!["1.1.0"]).toEqual({
      errorCode: "MISMATCHED_REVISION",
      errorMessage: expect.stringContaining("expected revision: not-the-revision"),
    });
    expect(revision.failedVersions!["1.2.0"]).toEqual({ errorCode: "SKIPPED", errorMessage: "version 1.2.0 is skipped" });
    expect(revision.failedVersions!["7.7.7"].errorCode).toBe("NOT_FOUND");
    expect((await describeVersion("1.2.0")).packageVersion!.status).toBe("Published");
    await expectFailure(
      fx.client.send(new UpdatePackageVersionsStatusCommand({ ...pkg, package: "ghost", versions: ["1"], targetStatus: "Archived" })),
      "ResourceNotFoundException",
    );
  });
});

describe("DisposePackageVersions and DeletePackageVersions", () => {
  it("disposes: status Disposed, assets and bytes gone, not reversible", async () => {
    await publish("5.0.0", "dispose me");
    expect(await hasBlob("dispose me")).toBe(true);
    const result = await fx.client.send(new DisposePackageVersionsCommand({ ...pkg, versions: ["5.0.0"], expectedStatus: "Published" }));
    expect(result.successfulVersions!["5.0.0"].status).toBe("Disposed");
    expect(await hasBlob("dispose me")).toBe(false);
    expect((await describeVersion("5.0.0")).packageVersion!.status).toBe("Disposed");
    expect((await fx.client.send(new ListPackageVersionAssetsCommand({ ...pkg, packageVersion: "5.0.0" }))).assets).toEqual([]);
    const listed = await fx.client.send(new ListPackageVersionsCommand({ ...pkg, status: "Disposed" }));
    expect(listed.versions!.map((v) => v.version)).toEqual(["5.0.0"]);
    const back = await fx.client.send(new UpdatePackageVersionsStatusCommand({ ...pkg, versions: ["5.0.0"], targetStatus: "Published" }));
    expect(back.failedVersions!["5.0.0"].errorCode).toBe("NOT_ALLOWED");
  });

  it("keeps bytes another version in the domain still references", async () => {
    await publish("6.0.0", "shared content");
    await publish("1.0.0", "shared content", "copies", "other-app");
    await fx.client.send(new DisposePackageVersionsCommand({ ...pkg, versions: ["6.0.0"] }));
    expect(await hasBlob("shared content")).toBe(true);
    const other = await fx.client.send(
      new GetPackageVersionAssetCommand({ ...pkg, repository: "copies", package: "other-app", packageVersion: "1.0.0", asset: "app.bin" }),
    );
    expect((await bodyOf(other.asset)).toString()).toBe("shared content");
    await fx.client.send(new DisposePackageVersionsCommand({ ...pkg, repository: "copies", package: "other-app", versions: ["1.0.0"] }));
    expect(await hasBlob("shared content")).toBe(false);
  });

  it("checks dispose preconditions", async () => {
    await publish("7.0.0", "seven");
    const result = await fx.client.send(new DisposePackageVersionsCommand({ ...pkg, versions: ["7.0.0", "8.0.0"], versionRevisions: { "7.0.0": "wrong" } }));
    expect(result.failedVersions!["7.0.0"].errorCode).toBe("MISMATCHED_REVISION");
    expect(result.failedVersions!["8.0.0"].errorCode).toBe("NOT_FOUND");
    expect(await hasBlob("seven")).toBe(true);
  });

  it("deletes versions (reported Deleted) so they can be published again", async () => {
    await publish("9.0.0", "nine");
    const refused = await fx.client.send(new DeletePackageVersionsCommand({ ...pkg, versions: ["9.0.0"], expectedStatus: "Archived" }));
    expect(refused.failedVersions!["9.0.0"].errorCode).toBe("MISMATCHED_STATUS");
    const deleted = await fx.client.send(new DeletePackageVersionsCommand({ ...pkg, versions: ["9.0.0"] }));
    expect(deleted.successfulVersions!["9.0.0"].status).toBe("Deleted");
    expect(await hasBlob("nine")).toBe(false);
    await expectFailure(describeVersion("9.0.0"), "ResourceNotFoundException");
    const again = await publish("9.0.0", "nine again");
    expect(again.status).toBe("Published");
  });
});

describe("CopyPackageVersions", () => {
  beforeAll(async () => {
    await publish("1.0.0", "lib one", "main", "lib");
    await publish("2.0.0", "lib two", "main", "lib");
  });
  const copy = (input: Partial<ConstructorParameters<typeof CopyPackageVersionsCommand>[0]>) =>
    fx.client.send(
      new CopyPackageVersionsCommand({
        domain,
        sourceRepository: "main",
        destinationRepository: "copies",
        format: "generic",
        namespace: "acme",
        package: "lib",
        ...input,
      }),
    );

  it("copies versions, keeping status, revision and bytes; a repeated copy changes nothing", async () => {
    const source = (await describeVersion("1.0.0", "main", "lib")).packageVersion!;
    const result = await copy({ versions: ["1.0.0", "2.0.0"] });
    expect(result.failedVersions).toEqual({});
    expect(result.successfulVersions!["1.0.0"]).toEqual({ revision: source.revision, status: "Published" });
    const copied = (await describeVersion("1.0.0", "copies", "lib")).packageVersion!;
    expect(copied.origin).toEqual({ originType: "INTERNAL", domainEntryPoint: { repositoryName: "main" } });
    const asset = await fx.client.send(
      new GetPackageVersionAssetCommand({ ...pkg, repository: "copies", package: "lib", packageVersion: "2.0.0", asset: "app.bin" }),
    );
    expect((await bodyOf(asset.asset)).toString()).toBe("lib two");
    const repeated = await copy({ versions: ["1.0.0", "2.0.0"] });
    expect([repeated.successfulVersions, repeated.failedVersions]).toEqual([{}, {}]);
  });

  it("answers ALREADY_EXISTS (others SKIPPED) for different content, overwriting with allowOverwrite", async () => {
    await publish("3.0.0", "original", "main", "lib");
    await publish("3.0.0", "divergent", "copies", "lib");
    await publish("4.0.0", "four", "main", "lib");
    const refused = await copy({ versions: ["3.0.0", "4.0.0"] });
    expect(refused.failedVersions).toEqual({
      "3.0.0": { errorCode: "ALREADY_EXISTS", errorMessage: "Version 3.0.0 already exists" },
      "4.0.0": { errorCode: "SKIPPED", errorMessage: "Version 4.0.0 was skipped" },
    });
    const forced = await copy({ versions: ["3.0.0"], allowOverwrite: true });
    expect(Object.keys(forced.successfulVersions!)).toEqual(["3.0.0"]);
    const asset = await fx.client.send(
      new GetPackageVersionAssetCommand({ ...pkg, repository: "copies", package: "lib", packageVersion: "3.0.0", asset: "app.bin" }),
    );
    expect((await bodyOf(asset.asset)).toString()).toBe("original");
  });

  it("copies by versionRevisions and needs exactly one of versions and versionRevisions", async () => {
    const revision = (await describeVersion("4.0.0", "main", "lib")).packageVersion!.revision!;
    const stale = await copy({ versionRevisions: { "4.0.0": "stale" } });
    expect(stale.failedVersions!["4.0.0"].errorCode).toBe("MISMATCHED_REVISION");
    const ok = await copy({ versionRevisions: { "4.0.0": revision } });
    expect(ok.successfulVersions!["4.0.0"].revision).toBe(revision);
    await expectFailure(copy({}), "ValidationException");
    await expectFailure(copy({ versions: ["4.0.0"], versionRevisions: { "4.0.0": revision } }), "ValidationException");
    await expectFailure(copy({ versions: ["4.0.0"], destinationRepository: "nowhere" }), "ResourceNotFoundException", { resourceType: "repository" });
    await expectFailure(copy({ versions: ["1.0.0"], package: "ghost" }), "ResourceNotFoundException", { resourceType: "package" });
  });

  it("takes versions from the source's upstreams only with includeFromUpstream", async () => {
    await fx.client.send(new CreateRepositoryCommand({ domain, repository: "with-upstream", upstreams: [{ repositoryName: "upstream" }] }));
    await publish("1.0.0", "from upstream", "upstream", "lib");
    await publish("0.1.0", "own", "with-upstream", "lib");
    const base = { sourceRepository: "with-upstream", destinationRepository: "downstream" };
    const without = await copy({ ...base, versions: ["1.0.0"] });
    expect(without.failedVersions!["1.0.0"]).toEqual({ errorCode: "NOT_FOUND", errorMessage: "Could not find version 1.0.0" });
    const withUpstream = await copy({ ...base, versions: ["1.0.0", "0.1.0"], includeFromUpstream: true });
    expect(Object.keys(withUpstream.successfulVersions!).sort()).toEqual(["0.1.0", "1.0.0"]);
  });
});
