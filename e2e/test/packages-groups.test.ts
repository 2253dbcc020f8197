import {
  CreatePackageGroupCommand,
  DeletePackageGroupCommand,
  DescribePackageGroupCommand,
  GetAssociatedPackageGroupCommand,
  ListAllowedRepositoriesForGroupCommand,
  ListAssociatedPackagesCommand,
  ListPackageGroupsCommand,
  ListSubPackageGroupsCommand,
  ListTagsForResourceCommand,
  paginateListPackageGroups,
  UpdatePackageGroupCommand,
  UpdatePackageGroupOriginConfigurationCommand,
} from "@aws-sdk/client-codeartifact";
import { describe, expect, it } from "vitest";
import { publishBytes } from "../support/assets";
import { expectFailure } from "../support/errors";
import { serverFixture } from "../support/fixture";

// Package groups through the official SDK: grammar, hierarchy, origin configuration, association,
// and the restrictions they put on PublishPackageVersion.

const account = "123456789012";
const domain = "grp-dom";
const fx = serverFixture({ account, domains: { [domain]: ["trusted", "sandbox", "extra"] } });

const group = (packageGroup: string) => fx.client.send(new DescribePackageGroupCommand({ domain, packageGroup }));
const create = (packageGroup: string, extra: { description?: string; contactInfo?: string } = {}) =>
  fx.client.send(new CreatePackageGroupCommand({ domain, packageGroup, ...extra }));
const patterns = (groups: { pattern?: string }[] | undefined) => (groups ?? []).map((g) => g.pattern);

describe("package group lifecycle", () => {
  it("has the root group /* allowing everything; it cannot be deleted", async () => {
    const { packageGroup } = await group("/*");
    expect(packageGroup).toMatchObject({
      arn: `arn:aws:codeartifact:us-west-2:${account}:package-group/${domain}/*`,
      pattern: "/*",
      domainName: domain,
      domainOwner: account,
      originConfiguration: {
        restrictions: {
          PUBLISH: { mode: "ALLOW", effectiveMode: "ALLOW", repositoriesCount: 0 },
          EXTERNAL_UPSTREAM: { mode: "ALLOW", effectiveMode: "ALLOW", repositoriesCount: 0 },
          INTERNAL_UPSTREAM: { mode: "ALLOW", effectiveMode: "ALLOW", repositoriesCount: 0 },
        },
      },
    });
    expect(packageGroup!.parent).toBeUndefined();
    await expectFailure(fx.client.send(new DeletePackageGroupCommand({ domain, packageGroup: "/*" })), "ValidationException");
  });

  it("creates groups with validated, normalized patterns, tags and the right parent", async () => {
    const created = await fx.client.send(
      new CreatePackageGroupCommand({
        domain,
        packageGroup: "/NPM/*",
        description: "all npm",
        contactInfo: "npm-team@example.com",
        tags: [{ key: "team", value: "web" }],
      }),
    );
    expect(created.packageGroup).toMatchObject({
      pattern: "/npm/*",
      description: "all npm",
      contactInfo: "npm-team@example.com",
      parent: { pattern: "/*", arn: expect.stringMatching(/package-group\/grp-dom\/\*$/) },
      originConfiguration: { restrictions: { PUBLISH: { mode: "INHERIT", effectiveMode: "ALLOW", inheritedFrom: { pattern: "/*" } } } },
    });
    expect(created.packageGroup!.createdTime).toBeInstanceOf(Date);
    const tags = await fx.client.send(new ListTagsForResourceCommand({ resourceArn: created.packageGroup!.arn! }));
    expect(tags.tags).toEqual([{ key: "team", value: "web" }]);
    await create("/pypi//My_Package$");
    expect((await group("/pypi//my-package$")).packageGroup!.pattern).toBe("/pypi//my-package$");
    await expectFailure(create("/npm/*"), "ConflictException", { status: 409 });
    for (const bad of ["npm/*", "/npm/space", "/npm/*/x$", "/pypi/ns/*", "/maven//core$", "/unknown/*"]) {
      await expectFailure(create(bad), "ValidationException", { status: 400 });
    }
    await expectFailure(fx.client.send(new CreatePackageGroupCommand({ domain: "no-such-domain", packageGroup: "/npm/*" })), "ResourceNotFoundException", {
      resourceType: "domain",
    });
  });

  it("keeps the hierarchy as groups come and go: children move to the deleted group's parent", async () => {
    await create("/maven/com.acme.tools~");
    expect((await group("/maven/com.acme.tools~")).packageGroup!.parent!.pattern).toBe("/*");
    await create("/maven/com.acme~");
    expect((await group("/maven/com.acme.tools~")).packageGroup!.parent!.pattern).toBe("/maven/com.acme~");
    await create("/maven/*");
    const subs = await fx.client.send(new ListSubPackageGroupsCommand({ domain, packageGroup: "/maven/*" }));
    expect(patterns(subs.packageGroups)).toEqual(["/maven/com.acme~"]);
    const deleted = await fx.client.send(new DeletePackageGroupCommand({ domain, packageGroup: "/maven/com.acme~" }));
    expect(deleted.packageGroup!.pattern).toBe("/maven/com.acme~");
    expect((await group("/maven/com.acme.tools~")).packageGroup!.parent!.pattern).toBe("/maven/*");
    await expectFailure(group("/maven/com.acme~"), "ResourceNotFoundException", { status: 404 });
    await expectFailure(fx.client.send(new DeletePackageGroupCommand({ domain, packageGroup: "/maven/com.acme~" })), "ResourceNotFoundException");
  });

  it("updates contact info and description", async () => {
    const updated = await fx.client.send(
      new UpdatePackageGroupCommand({ domain, packageGroup: "/npm/*", description: "npm, curated", contactInfo: "x@example.com" }),
    );
    expect(updated.packageGroup).toMatchObject({ description: "npm, curated", contactInfo: "x@example.com" });
    await expectFailure(fx.client.send(new UpdatePackageGroupCommand({ domain, packageGroup: "/cargo/*", description: "x" })), "ResourceNotFoundException");
  });

  it("lists groups with a prefix across pages", async () => {
    for (const pattern of ["/npm/a/*", "/npm/b/*", "/npm/c/*"]) await create(pattern);
    const seen: string[] = [];
    for await (const page of paginateListPackageGroups({ client: fx.client, pageSize: 2 }, { domain, prefix: "/npm" })) {
      expect(page.packageGroups!.length).toBeLessThanOrEqual(2);
      seen.push(...patterns(page.packageGroups).map(String));
    }
    expect(seen).toEqual(["/npm/*", "/npm/a/*", "/npm/b/*", "/npm/c/*"]);
    const all = await fx.client.send(new ListPackageGroupsCommand({ domain }));
    expect(patterns(all.packageGroups)).toContain("/*");
    const subs = await fx.client.send(new ListSubPackageGroupsCommand({ domain, packageGroup: "/npm/*", maxResults: 2 }));
    expect(patterns(subs.packageGroups)).toEqual(["/npm/a/*", "/npm/b/*"]);
    const more = await fx.client.send(new ListSubPackageGroupsCommand({ domain, packageGroup: "/npm/*", maxResults: 2, nextToken: subs.nextToken }));
    expect(patterns(more.packageGroups)).toEqual(["/npm/c/*"]);
    await expectFailure(fx.client.send(new ListSubPackageGroupsCommand({ domain, packageGroup: "/npm/*", nextToken: "forged" })), "ValidationException");
  });
});

describe("origin configuration and association", () => {
  it("answers the most specific group for a package, STRONG or WEAK, without the package existing", async () => {
    await create("/npm//left-pad$");
    const strong = await fx.client.send(new GetAssociatedPackageGroupCommand({ domain, format: "npm", package: "left-pad" }));
    expect(strong).toMatchObject({ associationType: "STRONG", packageGroup: { pattern: "/npm//left-pad$" } });
    const weak = await fx.client.send(new GetAssociatedPackageGroupCommand({ domain, format: "npm", package: "Left_Pad" }));
    expect(weak).toMatchObject({ associationType: "WEAK", packageGroup: { pattern: "/npm//left-pad$" } });
    const general = await fx.client.send(new GetAssociatedPackageGroupCommand({ domain, format: "npm", namespace: "a", package: "x" }));
    expect(general.packageGroup!.pattern).toBe("/npm/a/*");
    const root = await fx.client.send(new GetAssociatedPackageGroupCommand({ domain, format: "cargo", package: "serde" }));
    expect(root.packageGroup!.pattern).toBe("/*");
  });

  it("nests INHERIT and ALLOW_SPECIFIC_REPOSITORIES: publish allowed in one repository, refused in another", async () => {
    await create("/generic/*");
    await create("/generic/corp/*");
    await create("/generic/corp/build-tool$");
    const updated = await fx.client.send(
      new UpdatePackageGroupOriginConfigurationCommand({
        domain,
        packageGroup: "/generic/*",
        restrictions: { PUBLISH: "ALLOW_SPECIFIC_REPOSITORIES", EXTERNAL_UPSTREAM: "BLOCK" },
        addAllowedRepositories: [
          { repositoryName: "trusted", originRestrictionType: "PUBLISH" },
          { repositoryName: "extra", originRestrictionType: "PUBLISH" },
        ],
      }),
    );
    expect(updated.allowedRepositoryUpdates).toEqual({ PUBLISH: { ADDED: ["trusted", "extra"] } });
    expect(updated.packageGroup!.originConfiguration!.restrictions!.PUBLISH).toEqual({
      mode: "ALLOW_SPECIFIC_REPOSITORIES",
      effectiveMode: "ALLOW_SPECIFIC_REPOSITORIES",
      repositoriesCount: 2,
    });
    const leaf = (await group("/generic/corp/build-tool$")).packageGroup!;
    expect(leaf.parent!.pattern).toBe("/generic/corp/*");
    expect(leaf.originConfiguration!.restrictions!.PUBLISH).toMatchObject({
      mode: "INHERIT",
      effectiveMode: "ALLOW_SPECIFIC_REPOSITORIES",
      inheritedFrom: { pattern: "/generic/*" },
    });
    const associated = await fx.client.send(new GetAssociatedPackageGroupCommand({ domain, format: "generic", namespace: "corp", package: "build-tool" }));
    expect(associated).toMatchObject({ associationType: "STRONG", packageGroup: { pattern: "/generic/corp/build-tool$" } });

    const tool = { domain, format: "generic" as const, namespace: "corp", package: "build-tool", packageVersion: "1.0.0", assetName: "tool.bin", data: "tool" };
    const ok = await publishBytes(fx.client, { ...tool, repository: "trusted" });
    expect(ok.status).toBe("Published");
    const refused = await expectFailure(publishBytes(fx.client, { ...tool, repository: "sandbox" }), "AccessDeniedException", { status: 403 });
    expect(refused.message).toContain("/generic/*");

    // The leaf overrides what it inherits; the middle group can block its other packages.
    await fx.client.send(
      new UpdatePackageGroupOriginConfigurationCommand({ domain, packageGroup: "/generic/corp/build-tool$", restrictions: { PUBLISH: "ALLOW" } }),
    );
    await publishBytes(fx.client, { ...tool, repository: "sandbox" });
    await fx.client.send(new UpdatePackageGroupOriginConfigurationCommand({ domain, packageGroup: "/generic/corp/*", restrictions: { PUBLISH: "BLOCK" } }));
    await expectFailure(publishBytes(fx.client, { ...tool, package: "other", repository: "trusted" }), "AccessDeniedException");
  });

  it("lists and changes allowed repositories across pages", async () => {
    const first = await fx.client.send(
      new ListAllowedRepositoriesForGroupCommand({ domain, packageGroup: "/generic/*", originRestrictionType: "PUBLISH", maxResults: 1 }),
    );
    expect(first.allowedRepositories).toEqual(["extra"]);
    const second = await fx.client.send(
      new ListAllowedRepositoriesForGroupCommand({
        domain,
        packageGroup: "/generic/*",
        originRestrictionType: "PUBLISH",
        maxResults: 1,
        nextToken: first.nextToken,
      }),
    );
    expect(second.allowedRepositories).toEqual(["trusted"]);
    expect(second.nextToken).toBeUndefined();
    const removed = await fx.client.send(
      new UpdatePackageGroupOriginConfigurationCommand({
        domain,
        packageGroup: "/generic/*",
        removeAllowedRepositories: [{ repositoryName: "extra", originRestrictionType: "PUBLISH" }],
      }),
    );
    expect(removed.allowedRepositoryUpdates).toEqual({ PUBLISH: { REMOVED: ["extra"] } });
    expect(removed.packageGroup!.originConfiguration!.restrictions!.PUBLISH!.repositoriesCount).toBe(1);
    await expectFailure(
      fx.client.send(
        new UpdatePackageGroupOriginConfigurationCommand({
          domain,
          packageGroup: "/generic/*",
          addAllowedRepositories: [{ repositoryName: "ghost", originRestrictionType: "PUBLISH" }],
        }),
      ),
      "ResourceNotFoundException",
      { resourceType: "repository" },
    );
    await expectFailure(
      fx.client.send(new UpdatePackageGroupOriginConfigurationCommand({ domain, packageGroup: "/*", restrictions: { PUBLISH: "INHERIT" } })),
      "ValidationException",
    );
    await expectFailure(
      fx.client.send(new ListAllowedRepositoriesForGroupCommand({ domain, packageGroup: "/swift/*", originRestrictionType: "PUBLISH" })),
      "ResourceNotFoundException",
    );
  });

  it("lists associated packages, and previews a group before it exists", async () => {
    for (const name of ["app-a", "app-b"]) {
      await publishBytes(fx.client, {
        domain,
        repository: "trusted",
        format: "generic",
        namespace: "apps",
        package: name,
        packageVersion: "1",
        assetName: "f",
        data: name,
      });
    }
    await expectFailure(fx.client.send(new ListAssociatedPackagesCommand({ domain, packageGroup: "/generic/apps/*" })), "ResourceNotFoundException");
    const preview = await fx.client.send(new ListAssociatedPackagesCommand({ domain, packageGroup: "/generic/apps/*", preview: true }));
    expect(preview.packages).toEqual([
      { format: "generic", namespace: "apps", package: "app-a", associationType: "STRONG" },
      { format: "generic", namespace: "apps", package: "app-b", associationType: "STRONG" },
    ]);
    const first = await fx.client.send(new ListAssociatedPackagesCommand({ domain, packageGroup: "/generic/*", maxResults: 1 }));
    expect(first.packages!.map((p) => p.package)).toEqual(["app-a"]);
    const rest = await fx.client.send(new ListAssociatedPackagesCommand({ domain, packageGroup: "/generic/*", maxResults: 10, nextToken: first.nextToken }));
    // build-tool belongs to its own, more specific group.
    expect(rest.packages!.map((p) => p.package)).toEqual(["app-b"]);
  });
});
