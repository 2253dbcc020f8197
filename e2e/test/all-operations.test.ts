import { createHash } from "node:crypto";
import * as sdk from "@aws-sdk/client-codeartifact";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { modeledErrors } from "../support/model";
import { sdkClient, startServer, type RunningServer } from "../support/server";

// One valid input per operation of the current model. Every call must come back as a response,
// a modeled error or NotImplemented (501): never a route miss, an unknown error or a client-side
// deserialization failure. The calls run in the order below against the state `beforeAll` seeds,
// so that the implemented operations are exercised on their success path.
const domain = "e2e-domain";
const repository = "e2e-repo";
// Created and deleted by the calls themselves, or seeded only to be deleted.
const scratchDomain = "e2e-scratch";
const scratchRepository = "e2e-scratch-repo";
const policyDomain = "e2e-policy-domain";
const pkg = { domain, repository, format: "npm" as const, package: "left-pad" };
const arn = "arn:aws:codeartifact:us-west-2:123456789012:domain/e2e-domain";
const asset = Buffer.from("hello asset");
const inputs: Record<string, object> = {
  AssociateExternalConnection: { domain, repository, externalConnection: "public:npmjs" },
  CopyPackageVersions: { domain, sourceRepository: repository, destinationRepository: "other", format: "npm", package: "left-pad", versions: ["1.0.0"] },
  CreateDomain: { domain: scratchDomain },
  CreatePackageGroup: { domain, packageGroup: "/npm/*" },
  CreateRepository: { domain, repository: scratchRepository, upstreams: [{ repositoryName: repository }] },
  DeleteDomain: { domain: scratchDomain },
  DeleteDomainPermissionsPolicy: { domain: policyDomain },
  DeletePackage: pkg,
  DeletePackageGroup: { domain, packageGroup: "/npm/*" },
  DeletePackageVersions: { ...pkg, versions: ["1.0.0"] },
  DeleteRepository: { domain, repository: scratchRepository },
  DeleteRepositoryPermissionsPolicy: { domain, repository: "other" },
  DescribeDomain: { domain },
  DescribePackage: pkg,
  DescribePackageGroup: { domain, packageGroup: "/npm/*" },
  DescribePackageVersion: { ...pkg, packageVersion: "1.0.0" },
  DescribeRepository: { domain, repository },
  DisassociateExternalConnection: { domain, repository, externalConnection: "public:npmjs" },
  DisposePackageVersions: { ...pkg, versions: ["1.0.0"] },
  GetAssociatedPackageGroup: { domain, format: "npm", package: "left-pad" },
  GetAuthorizationToken: { domain, durationSeconds: 900 },
  GetDomainPermissionsPolicy: { domain },
  GetPackageVersionAsset: { ...pkg, packageVersion: "1.0.0", asset: "package.tgz" },
  GetPackageVersionReadme: { ...pkg, packageVersion: "1.0.0" },
  GetRepositoryEndpoint: { domain, repository, format: "npm" },
  GetRepositoryPermissionsPolicy: { domain, repository },
  ListAllowedRepositoriesForGroup: { domain, packageGroup: "/npm/*", originRestrictionType: "PUBLISH" },
  ListAssociatedPackages: { domain, packageGroup: "/npm/*", preview: true },
  ListDomains: { maxResults: 10 },
  ListPackageGroups: { domain, prefix: "/npm" },
  ListPackageVersionAssets: { ...pkg, packageVersion: "1.0.0" },
  ListPackageVersionDependencies: { ...pkg, packageVersion: "1.0.0" },
  ListPackageVersions: { ...pkg, status: "Published", sortBy: "PUBLISHED_TIME" },
  ListPackages: { domain, repository, format: "npm", packagePrefix: "left" },
  ListRepositories: { repositoryPrefix: "e2e" },
  ListRepositoriesInDomain: { domain, maxResults: 5 },
  ListSubPackageGroups: { domain, packageGroup: "/npm/*" },
  ListTagsForResource: { resourceArn: arn },
  PublishPackageVersion: {
    domain,
    repository,
    format: "generic",
    namespace: "ns",
    package: "tool",
    packageVersion: "1.0.0",
    assetName: "tool.bin",
    assetContent: asset,
    assetSHA256: createHash("sha256").update(asset).digest("hex"),
  },
  PutDomainPermissionsPolicy: {
    domain,
    policyDocument: JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: { AWS: "*" }, Action: "codeartifact:*", Resource: "*" }],
    }),
  },
  PutPackageOriginConfiguration: { ...pkg, restrictions: { publish: "ALLOW", upstream: "BLOCK" } },
  PutRepositoryPermissionsPolicy: {
    domain,
    repository,
    policyDocument: JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: { AWS: "*" }, Action: "codeartifact:ReadFromRepository", Resource: "*" }],
    }),
  },
  TagResource: { resourceArn: arn, tags: [{ key: "team", value: "e2e" }] },
  UntagResource: { resourceArn: arn, tagKeys: ["team"] },
  UpdatePackageGroup: { domain, packageGroup: "/npm/*", description: "npm packages" },
  UpdatePackageGroupOriginConfiguration: { domain, packageGroup: "/npm/*", restrictions: { PUBLISH: "BLOCK" } },
  UpdatePackageVersionsStatus: { ...pkg, versions: ["1.0.0"], targetStatus: "Archived" },
  UpdateRepository: { domain, repository, description: "updated" },
};

// Operations whose input above meets the state they need: they must succeed, not merely answer.
const answersForReal = new Set([
  "AssociateExternalConnection",
  "CreateDomain",
  "CreateRepository",
  "DeleteDomain",
  "DeleteDomainPermissionsPolicy",
  "DeleteRepository",
  "DeleteRepositoryPermissionsPolicy",
  "DescribeDomain",
  "DescribeRepository",
  "DisassociateExternalConnection",
  "GetAuthorizationToken",
  "GetDomainPermissionsPolicy",
  "GetRepositoryEndpoint",
  "GetRepositoryPermissionsPolicy",
  "ListDomains",
  "ListRepositories",
  "ListRepositoriesInDomain",
  "ListTagsForResource",
  "PutDomainPermissionsPolicy",
  "PutRepositoryPermissionsPolicy",
  "TagResource",
  "UntagResource",
  "UpdateRepository",
]);

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ inMemory: true });
  const client = sdkClient(server.url);
  const seed = (name: string, input: object) =>
    client.send(new (sdk as unknown as Record<string, new (input: object) => Parameters<sdk.CodeartifactClient["send"]>[0]>)[`${name}Command`](input));
  try {
    await seed("CreateDomain", { domain });
    await seed("CreateDomain", { domain: policyDomain });
    await seed("CreateRepository", { domain, repository });
    await seed("CreateRepository", { domain, repository: "other" });
    await seed("PutDomainPermissionsPolicy", inputs.PutDomainPermissionsPolicy);
    await seed("PutDomainPermissionsPolicy", { ...inputs.PutDomainPermissionsPolicy, domain: policyDomain });
    await seed("PutRepositoryPermissionsPolicy", inputs.PutRepositoryPermissionsPolicy);
    await seed("PutRepositoryPermissionsPolicy", { ...inputs.PutRepositoryPermissionsPolicy, repository: "other" });
  } finally {
    client.destroy();
  }
});
afterAll(async () => {
  await server?.stop();
});

describe("every operation of the current model through @aws-sdk/client-codeartifact", () => {
  const errors = modeledErrors();

  it("covers all 48 operations", () => {
    expect([...errors.keys()].sort()).toEqual(Object.keys(inputs).sort());
    expect(errors.size).toBe(48);
  });

  for (const name of Object.keys(inputs)) {
    it(name, async () => {
      const Command = (sdk as unknown as Record<string, new (input: object) => Parameters<sdk.CodeartifactClient["send"]>[0]>)[`${name}Command`];
      const client = sdkClient(server.url);
      try {
        const output = await client.send(new Command(inputs[name]));
        expect((output as { $metadata: { httpStatusCode: number } }).$metadata.httpStatusCode).toBeLessThan(300);
      } catch (error) {
        expect(answersForReal.has(name), `${name} must succeed, it answered: ${(error as Error).message}`).toBe(false);
        const { name: errorName, $metadata } = error as { name: string; $metadata?: { httpStatusCode?: number } };
        if (errorName === "NotImplemented") {
          expect($metadata?.httpStatusCode).toBe(501);
        } else {
          expect(errors.get(name), `${name} answered ${errorName}: ${(error as Error).message}`).toContain(errorName);
        }
      } finally {
        client.destroy();
      }
    });
  }
});
