import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AccessDeniedException, ConflictException, ResourceNotFoundException, ValidationException } from "./errors";
import { fixture, generic, upload, type Fixture } from "./fixture";

let f: Fixture;
beforeEach(async () => {
  f = await fixture(["trusted", "sandbox"]);
});
afterEach(() => f.close());

const create = (pattern: string, extra: { description?: string; contactInfo?: string } = {}) => f.service.groups.create(f.domain, { pattern, ...extra });
const parentOf = async (pattern: string) => (await f.service.groups.describe(f.domain, pattern)).record.parent?.pattern;

describe("package groups", () => {
  it("gives every domain the root group /*, which allows everything and cannot be deleted", async () => {
    const root = await f.service.groups.describe(f.domain, "/*");
    expect(root.record.arn).toBe("arn:aws:codeartifact:us-west-2:111122223333:package-group/acme/*");
    expect(root.restrictions.PUBLISH).toEqual({ mode: "ALLOW", effectiveMode: "ALLOW", repositoriesCount: 0 });
    await expect(f.service.groups.delete(f.domain, "/*")).rejects.toThrow(ValidationException);
  });

  it("creates groups in the hierarchy, re-parenting more specific existing groups", async () => {
    await create("/npm/space/ui~");
    expect(await parentOf("/npm/space/ui~")).toBe("/*");
    const npm = await create("/npm/*", { description: "npm", contactInfo: "team@example.com" });
    expect(npm.record).toMatchObject({ description: "npm", contactInfo: "team@example.com", parent: { pattern: "/*" } });
    expect(await parentOf("/npm/space/ui~")).toBe("/npm/*");
    await create("/npm/space/*");
    expect(await parentOf("/npm/space/ui~")).toBe("/npm/space/*");
    const subs = await f.service.groups.listSubGroups(f.domain, "/npm/*", {});
    expect(subs.items.map((g) => g.record.pattern)).toEqual(["/npm/space/*"]);
    await expect(create("/npm/*")).rejects.toThrow(ConflictException);
    await expect(create("/npm/*/x$")).rejects.toThrow(ValidationException);
  });

  it("deletes a group, moving its children to its parent", async () => {
    await create("/npm/*");
    await create("/npm/space/*");
    await create("/npm/space/ui~");
    const deleted = await f.service.groups.delete(f.domain, "/npm/space/*");
    expect(deleted.record.pattern).toBe("/npm/space/*");
    expect(await parentOf("/npm/space/ui~")).toBe("/npm/*");
    await expect(f.service.groups.describe(f.domain, "/npm/space/*")).rejects.toThrow(ResourceNotFoundException);
  });

  it("updates contact info and description, and lists with a prefix, paginated", async () => {
    for (const pattern of ["/npm/*", "/npm/a/*", "/npm/b/*", "/pypi/*"]) await create(pattern);
    const updated = await f.service.groups.update(f.domain, "/npm/a/*", { description: "A" });
    expect(updated.record.description).toBe("A");
    const first = await f.service.groups.list(f.domain, { prefix: "/npm" }, { maxResults: 2 });
    expect(first.items.map((g) => g.record.pattern)).toEqual(["/npm/*", "/npm/a/*"]);
    const second = await f.service.groups.list(f.domain, { prefix: "/npm" }, { maxResults: 2, nextToken: first.nextToken });
    expect(second.items.map((g) => g.record.pattern)).toEqual(["/npm/b/*"]);
    expect(second.nextToken).toBeUndefined();
  });

  it("answers the most specific group for a package that need not exist, STRONG or WEAK", async () => {
    await create("/npm/*");
    await create("/npm//left-pad$");
    expect(await f.service.groups.associated(f.domain, { format: "npm", name: "left-pad" })).toMatchObject({
      association: "STRONG",
      group: { record: { pattern: "/npm//left-pad$" } },
    });
    expect(await f.service.groups.associated(f.domain, { format: "npm", name: "Left_Pad" })).toMatchObject({
      association: "WEAK",
      group: { record: { pattern: "/npm//left-pad$" } },
    });
    expect((await f.service.groups.associated(f.domain, { format: "npm", name: "react" })).group.record.pattern).toBe("/npm/*");
    expect((await f.service.groups.associated(f.domain, { format: "pypi", name: "requests" })).group.record.pattern).toBe("/*");
  });

  it("lists associated packages, also as a preview of a group not created yet", async () => {
    for (const name of ["alpha", "beta"]) {
      await f.service.publishVersion({ ...generic(name, "team", "trusted"), version: "1", assets: [upload("a", name)] });
    }
    await f.service.publishVersion({ ...generic("gamma", "other", "sandbox"), version: "1", assets: [upload("a", "g")] });
    await expect(f.service.groups.associatedPackages(f.domain, "/generic/team/*", {}, {})).rejects.toThrow(ResourceNotFoundException);
    const preview = await f.service.groups.associatedPackages(f.domain, "/generic/team/*", { preview: true }, {});
    expect(preview.items.map((p) => p.name)).toEqual(["alpha", "beta"]);
    await create("/generic/*");
    await create("/generic/team/*");
    const page = await f.service.groups.associatedPackages(f.domain, "/generic/*", {}, { maxResults: 5 });
    expect(page.items).toEqual([{ format: "generic", namespace: "other", name: "gamma", association: "STRONG" }]);
  });

  it("updates origin restrictions and allowed repositories, resolving INHERIT", async () => {
    await create("/generic/*");
    await create("/generic/team/*");
    const result = await f.service.groups.updateOriginConfiguration(f.domain, "/generic/*", {
      restrictions: { PUBLISH: "ALLOW_SPECIFIC_REPOSITORIES", EXTERNAL_UPSTREAM: "BLOCK" },
      add: [{ repositoryName: "trusted", originRestrictionType: "PUBLISH" }],
    });
    expect(result.updates).toEqual({ PUBLISH: { ADDED: ["trusted"] } });
    expect(result.group.restrictions.PUBLISH).toEqual({
      mode: "ALLOW_SPECIFIC_REPOSITORIES",
      effectiveMode: "ALLOW_SPECIFIC_REPOSITORIES",
      repositoriesCount: 1,
    });
    const child = await f.service.groups.describe(f.domain, "/generic/team/*");
    expect(child.restrictions.PUBLISH).toMatchObject({
      mode: "INHERIT",
      effectiveMode: "ALLOW_SPECIFIC_REPOSITORIES",
      inheritedFrom: { pattern: "/generic/*" },
    });
    expect(child.restrictions.INTERNAL_UPSTREAM).toMatchObject({ mode: "INHERIT", effectiveMode: "ALLOW", inheritedFrom: { pattern: "/*" } });
    expect((await f.service.groups.listAllowedRepositories(f.domain, "/generic/*", "PUBLISH", {})).items).toEqual(["trusted"]);
    await expect(
      f.service.groups.updateOriginConfiguration(f.domain, "/generic/*", { add: [{ repositoryName: "nope", originRestrictionType: "PUBLISH" }] }),
    ).rejects.toThrow(ResourceNotFoundException);
    await expect(f.service.groups.updateOriginConfiguration(f.domain, "/*", { restrictions: { PUBLISH: "INHERIT" } })).rejects.toThrow(ValidationException);
    const removed = await f.service.groups.updateOriginConfiguration(f.domain, "/generic/*", {
      remove: [{ repositoryName: "trusted", originRestrictionType: "PUBLISH" }],
    });
    expect(removed.updates).toEqual({ PUBLISH: { REMOVED: ["trusted"] } });
  });

  it("enforces the group chain on publish: allowed in one repository, refused in another", async () => {
    await create("/generic/*");
    await create("/generic/team/*");
    await create("/generic/team/tool$");
    await f.service.groups.updateOriginConfiguration(f.domain, "/generic/*", {
      restrictions: { PUBLISH: "ALLOW_SPECIFIC_REPOSITORIES" },
      add: [{ repositoryName: "trusted", originRestrictionType: "PUBLISH" }],
    });
    const tool = (repository: string) => ({ ...generic("tool", "team", repository), version: "1.0.0", assets: [upload("a.bin", "a")] });
    await f.service.publishVersion(tool("trusted"));
    await expect(f.service.publishVersion(tool("sandbox"))).rejects.toThrow(AccessDeniedException);
    const effective = await f.service.effectiveRestrictions(generic("tool", "team", "sandbox"));
    expect(effective.associatedGroup).toMatchObject({ pattern: "/generic/team/tool$", association: "STRONG" });
    expect(effective.publish).toMatchObject({ allowed: false, blockedBy: "package-group", group: { pattern: "/generic/*" } });
    // A more specific group overriding the inherited mode takes precedence.
    await f.service.groups.updateOriginConfiguration(f.domain, "/generic/team/tool$", { restrictions: { PUBLISH: "ALLOW" } });
    await f.service.publishVersion(tool("sandbox"));
    await f.service.groups.updateOriginConfiguration(f.domain, "/generic/team/*", { restrictions: { PUBLISH: "BLOCK" } });
    await expect(f.service.publishVersion({ ...generic("other", "team", "trusted"), version: "1", assets: [upload("a", "b")] })).rejects.toThrow(
      AccessDeniedException,
    );
  });
});
