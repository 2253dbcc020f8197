import {
  DeleteDomainPermissionsPolicyCommand,
  DeleteRepositoryPermissionsPolicyCommand,
  GetDomainPermissionsPolicyCommand,
  GetRepositoryPermissionsPolicyCommand,
  PutDomainPermissionsPolicyCommand,
  PutRepositoryPermissionsPolicyCommand,
} from "@aws-sdk/client-codeartifact";
import { describe, expect, it } from "vitest";
import { expectFailure } from "../support/errors";
import { serverFixture } from "../support/fixture";

const account = "123456789012";
const domain = "pol";
const repository = "pol-repo";
const domainArn = `arn:aws:codeartifact:us-west-2:${account}:domain/${domain}`;
const repositoryArn = `arn:aws:codeartifact:us-west-2:${account}:repository/${domain}/${repository}`;
const fx = serverFixture({ account, domains: { [domain]: [repository] } });

const document = (actions: string[]) =>
  JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::210987654321:root" }, Action: actions, Resource: "*" }],
  });

// The same contract for both resources; only the commands and the ARN differ.
const targets = [
  {
    name: "domain",
    arn: domainArn,
    id: domain,
    put: (policyDocument: string, policyRevision?: string) => fx.client.send(new PutDomainPermissionsPolicyCommand({ domain, policyDocument, policyRevision })),
    get: () => fx.client.send(new GetDomainPermissionsPolicyCommand({ domain })),
    remove: (policyRevision?: string) => fx.client.send(new DeleteDomainPermissionsPolicyCommand({ domain, policyRevision })),
    missingResource: () => fx.client.send(new GetDomainPermissionsPolicyCommand({ domain: "no-such-domain" })),
  },
  {
    name: "repository",
    arn: repositoryArn,
    id: repository,
    put: (policyDocument: string, policyRevision?: string) =>
      fx.client.send(new PutRepositoryPermissionsPolicyCommand({ domain, repository, policyDocument, policyRevision })),
    get: () => fx.client.send(new GetRepositoryPermissionsPolicyCommand({ domain, repository })),
    remove: (policyRevision?: string) => fx.client.send(new DeleteRepositoryPermissionsPolicyCommand({ domain, repository, policyRevision })),
    missingResource: () => fx.client.send(new GetRepositoryPermissionsPolicyCommand({ domain, repository: "no-such-repo" })),
  },
] as const;

for (const target of targets) {
  describe(`${target.name} permissions policy`, () => {
    let revision: string;

    it("answers ResourceNotFoundException while no policy is set", async () => {
      await expectFailure(target.get(), "ResourceNotFoundException", { resourceId: target.id, resourceType: target.name, status: 404 });
      await expectFailure(target.remove(), "ResourceNotFoundException", { resourceType: target.name });
    });

    it("refuses a revision when there is no policy to replace", async () => {
      await expectFailure(target.put(document(["codeartifact:DescribeDomain"]), "some-revision"), "ConflictException", { resourceType: target.name });
    });

    it("sets a policy and returns the resource ARN, the document and a revision", async () => {
      const text = document(["codeartifact:DescribeDomain", "codeartifact:ReadFromRepository"]);
      const { policy } = await target.put(text);
      expect(policy).toMatchObject({ resourceArn: target.arn, document: text });
      expect(policy!.revision).toMatch(/^\S{20,}$/);
      revision = policy!.revision!;
      expect((await target.get()).policy).toEqual(policy);
    });

    it("treats policyRevision as an optimistic lock on Put", async () => {
      await expectFailure(target.put(document(["codeartifact:*"]), "stale-revision"), "ConflictException", {
        resourceId: target.id,
        resourceType: target.name,
        status: 409,
      });
      const { policy } = await target.put(document(["codeartifact:*"]), revision);
      expect(policy!.revision).not.toBe(revision);
      await expectFailure(target.put(document(["codeartifact:Describe*"]), revision), "ConflictException");
      revision = policy!.revision!;
      // Without a revision the policy is replaced unconditionally.
      revision = (await target.put(document(["codeartifact:Describe*"]))).policy!.revision!;
    });

    it("checks the document as an IAM resource policy", async () => {
      const invalid = [
        "{ not json",
        JSON.stringify({ Version: "2012-10-17" }),
        JSON.stringify({ Version: "2021-01-01", Statement: [{ Effect: "Allow", Principal: "*", Action: "codeartifact:*", Resource: "*" }] }),
        JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Permit", Principal: "*", Action: "codeartifact:*", Resource: "*" }] }),
        JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "codeartifact:*", Resource: "*" }] }),
        // Under the model's 7168 characters, over AWS's 7168 bytes.
        JSON.stringify({
          Version: "2012-10-17",
          Statement: [{ Sid: "", Effect: "Allow", Principal: "*", Action: "codeartifact:*", Resource: `*${"é".repeat(3600)}` }],
        }),
      ];
      for (const text of invalid) await expectFailure(target.put(text), "ValidationException", { status: 400 });
      expect((await target.get()).policy!.revision).toBe(revision);
    });

    it("treats policyRevision as an optimistic lock on Delete and returns the deleted policy", async () => {
      await expectFailure(target.remove("stale-revision"), "ConflictException", { resourceType: target.name });
      const { policy } = await target.remove(revision);
      expect(policy).toMatchObject({ resourceArn: target.arn, revision });
      await expectFailure(target.get(), "ResourceNotFoundException");
    });

    it(`answers ResourceNotFoundException for an unknown ${target.name}`, async () => {
      await expectFailure(target.missingResource(), "ResourceNotFoundException", { resourceType: target.name });
    });
  });
}
