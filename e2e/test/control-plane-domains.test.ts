import {
  CreateDomainCommand,
  CreateRepositoryCommand,
  DeleteDomainCommand,
  DeleteRepositoryCommand,
  DescribeDomainCommand,
  ListDomainsCommand,
  ListTagsForResourceCommand,
  paginateListDomains,
} from "@aws-sdk/client-codeartifact";
import { describe, expect, it } from "vitest";
import { expectFailure } from "../support/errors";
import { serverFixture } from "../support/fixture";
import { sdkClient } from "../support/server";

const account = "123456789012";
const fx = serverFixture({ account });

describe("CreateDomain", () => {
  it("creates a domain with AWS's description, the AWS managed key and tags", async () => {
    const { domain } = await fx.client.send(new CreateDomainCommand({ domain: "dom-create", tags: [{ key: "team", value: "platform" }] }));
    expect(domain).toMatchObject({
      name: "dom-create",
      owner: account,
      arn: `arn:aws:codeartifact:us-west-2:${account}:domain/dom-create`,
      status: "Active",
      repositoryCount: 0,
      assetSizeBytes: 0,
      s3BucketArn: `arn:aws:s3:::assets-${account}-us-west-2`,
    });
    expect(domain!.createdTime).toBeInstanceOf(Date);
    expect(domain!.encryptionKey).toMatch(new RegExp(`^arn:aws:kms:us-west-2:${account}:key/[0-9a-f-]{36}$`));
    const { tags } = await fx.client.send(new ListTagsForResourceCommand({ resourceArn: domain!.arn }));
    expect(tags).toEqual([{ key: "team", value: "platform" }]);
  });

  it("uses one AWS managed key for all of an account's domains in a region", async () => {
    const a = await fx.client.send(new DescribeDomainCommand({ domain: "dom-create" }));
    const { domain: b } = await fx.client.send(new CreateDomainCommand({ domain: "dom-same-key" }));
    expect(b!.encryptionKey).toBe(a.domain!.encryptionKey);
  });

  it("reports a customer managed key as a key ARN", async () => {
    const keyId = "1234abcd-12ab-34cd-56ef-1234567890ab";
    const { domain } = await fx.client.send(new CreateDomainCommand({ domain: "dom-cmk", encryptionKey: keyId }));
    expect(domain!.encryptionKey).toBe(`arn:aws:kms:us-west-2:${account}:key/${keyId}`);
  });

  it("refuses an encryption key that is not a KMS key of the region", async () => {
    await expectFailure(fx.client.send(new CreateDomainCommand({ domain: "dom-bad-key", encryptionKey: "not-a-key" })), "ValidationException", {
      reason: "ENCRYPTION_KEY_ERROR",
      status: 400,
    });
  });

  it("answers ConflictException for a name the account already uses in the region", async () => {
    await expectFailure(fx.client.send(new CreateDomainCommand({ domain: "dom-create" })), "ConflictException", {
      resourceId: "dom-create",
      resourceType: "domain",
      status: 409,
    });
  });

  it("lets another region or account reuse the name", async () => {
    const other = sdkClient(fx.server.url, "210987654321");
    const europe = sdkClient(fx.server.url, account, "eu-west-1");
    try {
      expect((await other.send(new CreateDomainCommand({ domain: "dom-create" }))).domain!.owner).toBe("210987654321");
      expect((await europe.send(new CreateDomainCommand({ domain: "dom-create" }))).domain!.arn).toBe(
        `arn:aws:codeartifact:eu-west-1:${account}:domain/dom-create`,
      );
    } finally {
      other.destroy();
      europe.destroy();
    }
  });

  it("refuses more than 50 tags and reserved keys", async () => {
    const tags = Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: "v" }));
    await expectFailure(fx.client.send(new CreateDomainCommand({ domain: "dom-tags", tags })), "ServiceQuotaExceededException", { status: 402 });
    await expectFailure(fx.client.send(new CreateDomainCommand({ domain: "dom-tags", tags: [{ key: "aws:owner", value: "me" }] })), "ValidationException");
  });
});

describe("DescribeDomain", () => {
  it("counts repositories as they come and go", async () => {
    await fx.client.send(new CreateDomainCommand({ domain: "dom-count" }));
    await fx.client.send(new CreateRepositoryCommand({ domain: "dom-count", repository: "one" }));
    await fx.client.send(new CreateRepositoryCommand({ domain: "dom-count", repository: "two" }));
    expect((await fx.client.send(new DescribeDomainCommand({ domain: "dom-count" }))).domain).toMatchObject({ repositoryCount: 2, assetSizeBytes: 0 });
    await fx.client.send(new DeleteRepositoryCommand({ domain: "dom-count", repository: "two" }));
    expect((await fx.client.send(new DescribeDomainCommand({ domain: "dom-count", domainOwner: account }))).domain!.repositoryCount).toBe(1);
  });

  it("answers ResourceNotFoundException for an unknown domain", async () => {
    const failure = await expectFailure(fx.client.send(new DescribeDomainCommand({ domain: "dom-missing" })), "ResourceNotFoundException", {
      resourceId: "dom-missing",
      resourceType: "domain",
      status: 404,
    });
    expect(failure.message).toBe(`Domain not found. Domain 'dom-missing' owned by account '${account}' does not exist.`);
  });

  it("does not see a domain of another region", async () => {
    const asia = sdkClient(fx.server.url, account, "ap-southeast-2");
    try {
      await expectFailure(asia.send(new DescribeDomainCommand({ domain: "dom-count" })), "ResourceNotFoundException");
    } finally {
      asia.destroy();
    }
  });
});

describe("ListDomains", () => {
  it("pages through the account's domains with maxResults and nextToken", async () => {
    const lister = sdkClient(fx.server.url, "333333333333");
    try {
      const names = ["ld-a", "ld-b", "ld-c", "ld-d", "ld-e"];
      for (const domain of [...names].reverse()) await lister.send(new CreateDomainCommand({ domain }));
      const seen: string[] = [];
      let pages = 0;
      for await (const page of paginateListDomains({ client: lister, pageSize: 2 }, {})) {
        expect(page.domains!.length).toBeLessThanOrEqual(2);
        for (const d of page.domains!) {
          expect(d).toMatchObject({ owner: "333333333333", status: "Active" });
          expect(d.createdTime).toBeInstanceOf(Date);
          expect(d).not.toHaveProperty("repositoryCount");
        }
        seen.push(...page.domains!.map((d) => d.name!));
        pages++;
      }
      expect(seen).toEqual(names);
      expect(pages).toBe(3);
      expect((await lister.send(new ListDomainsCommand({}))).nextToken).toBeUndefined();
    } finally {
      lister.destroy();
    }
  });

  it("only lists the caller's own domains", async () => {
    const { domains } = await fx.client.send(new ListDomainsCommand({}));
    expect(domains!.every((d) => d.owner === account)).toBe(true);
    expect(domains!.map((d) => d.name)).not.toContain("ld-a");
  });

  it("refuses a forged nextToken and another caller's token", async () => {
    await expectFailure(fx.client.send(new ListDomainsCommand({ nextToken: "forged-token" })), "ValidationException", { status: 400 });
    const { nextToken } = await fx.client.send(new ListDomainsCommand({ maxResults: 1 }));
    const other = sdkClient(fx.server.url, "333333333333");
    try {
      await expectFailure(other.send(new ListDomainsCommand({ nextToken })), "ValidationException");
    } finally {
      other.destroy();
    }
  });
});

describe("DeleteDomain", () => {
  it("answers ConflictException while the domain has repositories", async () => {
    await fx.client.send(new CreateDomainCommand({ domain: "dom-delete" }));
    await fx.client.send(new CreateRepositoryCommand({ domain: "dom-delete", repository: "repo" }));
    await expectFailure(fx.client.send(new DeleteDomainCommand({ domain: "dom-delete" })), "ConflictException", {
      resourceId: "dom-delete",
      resourceType: "domain",
      status: 409,
    });
  });

  it("deletes an empty domain, returning its description and dropping its tags", async () => {
    await fx.client.send(new DeleteRepositoryCommand({ domain: "dom-delete", repository: "repo" }));
    const { domain } = await fx.client.send(new DeleteDomainCommand({ domain: "dom-delete" }));
    expect(domain).toMatchObject({ name: "dom-delete", owner: account, status: "Active", repositoryCount: 0 });
    await expectFailure(fx.client.send(new DescribeDomainCommand({ domain: "dom-delete" })), "ResourceNotFoundException");
    await expectFailure(fx.client.send(new ListTagsForResourceCommand({ resourceArn: domain!.arn })), "ResourceNotFoundException");
    // The name is free again.
    expect((await fx.client.send(new CreateDomainCommand({ domain: "dom-delete" }))).domain!.repositoryCount).toBe(0);
  });

  it("succeeds without a description for a domain that does not exist (DeleteDomain has no NotFound)", async () => {
    const output = await fx.client.send(new DeleteDomainCommand({ domain: "dom-never" }));
    expect(output.$metadata.httpStatusCode).toBe(200);
    expect(output.domain).toBeUndefined();
  });
});
