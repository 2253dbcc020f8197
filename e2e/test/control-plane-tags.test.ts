import { ListTagsForResourceCommand, TagResourceCommand, UntagResourceCommand } from "@aws-sdk/client-codeartifact";
import { describe, expect, it } from "vitest";
import { expectFailure } from "../support/errors";
import { serverFixture } from "../support/fixture";

const account = "123456789012";
const prefix = `arn:aws:codeartifact:us-west-2:${account}`;
const fx = serverFixture({ account, domains: { tags: ["tagged"] } });

const tag = (resourceArn: string, tags: { key: string; value: string }[]) => fx.client.send(new TagResourceCommand({ resourceArn, tags }));
const untag = (resourceArn: string, tagKeys: string[]) => fx.client.send(new UntagResourceCommand({ resourceArn, tagKeys }));
const list = async (resourceArn: string) => (await fx.client.send(new ListTagsForResourceCommand({ resourceArn }))).tags;

// Every domain has its root package group `/*` from creation.
const resources = {
  domain: `${prefix}:domain/tags`,
  repository: `${prefix}:repository/tags/tagged`,
  "package group": `${prefix}:package-group/tags/*`,
};

for (const [kind, arn] of Object.entries(resources)) {
  describe(`tags on a ${kind}`, () => {
    it("adds, overwrites, lists by key and removes tags", async () => {
      expect(await list(arn)).toEqual([]);
      await tag(arn, [
        { key: "team", value: "platform" },
        { key: "cost-center", value: "42" },
      ]);
      await tag(arn, [
        { key: "team", value: "infra" },
        { key: "empty", value: "" },
      ]);
      expect(await list(arn)).toEqual([
        { key: "cost-center", value: "42" },
        { key: "empty", value: "" },
        { key: "team", value: "infra" },
      ]);
      await untag(arn, ["team", "not-there"]);
      expect((await list(arn))!.map((t) => t.key)).toEqual(["cost-center", "empty"]);
      await untag(arn, ["cost-center", "empty"]);
      expect(await list(arn)).toEqual([]);
    });

    it("allows 50 tags and answers ServiceQuotaExceededException beyond", async () => {
      const fifty = Array.from({ length: 50 }, (_, i) => ({ key: `key-${i}`, value: `${i}` }));
      await tag(arn, fifty);
      await tag(arn, [{ key: "key-7", value: "again" }]); // overwriting adds nothing
      await expectFailure(tag(arn, [{ key: "one-too-many", value: "x" }]), "ServiceQuotaExceededException", { status: 402 });
      expect(await list(arn)).toHaveLength(50);
      await untag(
        arn,
        fifty.map((t) => t.key),
      );
    });
  });
}

describe("tag errors", () => {
  it("refuses reserved keys and repeated keys", async () => {
    await expectFailure(tag(resources.domain, [{ key: "aws:createdBy", value: "me" }]), "ValidationException", { status: 400 });
    await expectFailure(
      tag(resources.domain, [
        { key: "k", value: "1" },
        { key: "k", value: "2" },
      ]),
      "ValidationException",
    );
  });

  it("enforces the model's key and value limits", async () => {
    await expectFailure(tag(resources.domain, [{ key: "k".repeat(129), value: "v" }]), "ValidationException");
    await expectFailure(tag(resources.domain, [{ key: "k", value: "v".repeat(257) }]), "ValidationException");
  });

  it("refuses an ARN that names no taggable CodeArtifact resource", async () => {
    for (const arn of ["arn:aws:s3:::bucket", `${prefix}:package/tags/tagged/npm//react`]) {
      await expectFailure(fx.client.send(new ListTagsForResourceCommand({ resourceArn: arn })), "ValidationException", { status: 400 });
    }
  });

  it("answers ResourceNotFoundException with the resource for unknown resources", async () => {
    await expectFailure(list(`${prefix}:domain/ghost`), "ResourceNotFoundException", { resourceId: "ghost", resourceType: "domain", status: 404 });
    await expectFailure(tag(`${prefix}:repository/tags/ghost`, [{ key: "a", value: "b" }]), "ResourceNotFoundException", {
      resourceId: "ghost",
      resourceType: "repository",
    });
    await expectFailure(untag(`${prefix}:package-group/tags/npm/*`, ["a"]), "ResourceNotFoundException", { resourceId: "/npm/*" });
    // A resource of another region is not visible from this one.
    await expectFailure(list(`arn:aws:codeartifact:eu-west-1:${account}:domain/tags`), "ResourceNotFoundException");
  });

  it("answers AccessDeniedException for another account's resource", async () => {
    await expectFailure(list(`arn:aws:codeartifact:us-west-2:210987654321:domain/tags`), "AccessDeniedException", { status: 403 });
  });
});
