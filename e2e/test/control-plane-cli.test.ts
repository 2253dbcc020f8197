import { describe, expect, it } from "vitest";
import { awsCli, type CliResult } from "../support/aws-cli";
import { serverFixture } from "../support/fixture";

// One scenario through the real AWS CLI, step by step: what a user does on day one.
const account = "123456789012";
const domain = "cli-scenario";
const fx = serverFixture();

async function cli(...args: string[]): Promise<Record<string, any>> {
  const result = await awsCli(fx.server.url, ["codeartifact", ...args]);
  expect(result.code, result.stderr).toBe(0);
  return (result.json ?? {}) as Record<string, any>;
}

async function cliFailure(...args: string[]): Promise<CliResult> {
  const result = await awsCli(fx.server.url, ["codeartifact", ...args]);
  expect(result.code).not.toBe(0);
  return result;
}

const policy = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    {
      Sid: "ReadAccess",
      Effect: "Allow",
      Principal: { AWS: "arn:aws:iam::210987654321:root" },
      Action: ["codeartifact:GetAuthorizationToken", "codeartifact:DescribeDomain"],
      Resource: "*",
    },
  ],
});

describe("AWS CLI scenario", () => {
  it("creates a domain with tags", async () => {
    const { domain: created } = await cli("create-domain", "--domain", domain, "--tags", "key=env,value=dev");
    expect(created).toMatchObject({ name: domain, owner: account, status: "Active", repositoryCount: 0 });
  });

  it("creates repositories with an upstream chain", async () => {
    await cli("create-repository", "--domain", domain, "--repository", "npm-store");
    await cli("create-repository", "--domain", domain, "--repository", "team", "--upstreams", "repositoryName=npm-store");
    const { repository } = await cli(
      "create-repository",
      "--domain",
      domain,
      "--repository",
      "app",
      "--description",
      "application",
      "--upstreams",
      "repositoryName=team",
    );
    expect(repository).toMatchObject({ name: "app", description: "application", upstreams: [{ repositoryName: "team" }], externalConnections: [] });
  });

  it("connects the store to npmjs", async () => {
    const { repository } = await cli("associate-external-connection", "--domain", domain, "--repository", "npm-store", "--external-connection", "public:npmjs");
    expect(repository.externalConnections).toEqual([{ externalConnectionName: "public:npmjs", packageFormat: "npm", status: "Available" }]);
  });

  it("sets and reads a domain policy, with revision locking", async () => {
    const { policy: set } = await cli("put-domain-permissions-policy", "--domain", domain, "--policy-document", policy);
    expect(set).toMatchObject({ resourceArn: `arn:aws:codeartifact:us-west-2:${account}:domain/${domain}`, document: policy });
    const { policy: read } = await cli("get-domain-permissions-policy", "--domain", domain);
    expect(read.revision).toBe(set.revision);
    const stale = await cliFailure("put-domain-permissions-policy", "--domain", domain, "--policy-document", policy, "--policy-revision", "old");
    expect(stale.stderr).toContain("An error occurred (ConflictException) when calling the PutDomainPermissionsPolicy operation");
  });

  it("tags and untags the repository", async () => {
    const arn = `arn:aws:codeartifact:us-west-2:${account}:repository/${domain}/app`;
    expect(await cli("tag-resource", "--resource-arn", arn, "--tags", "key=owner,value=web", "key=tier,value=1")).toEqual({});
    expect((await cli("list-tags-for-resource", "--resource-arn", arn)).tags).toEqual([
      { key: "owner", value: "web" },
      { key: "tier", value: "1" },
    ]);
    await cli("untag-resource", "--resource-arn", arn, "--tag-keys", "tier");
    expect((await cli("list-tags-for-resource", "--resource-arn", arn)).tags).toEqual([{ key: "owner", value: "web" }]);
  });

  it("gets a token and the repository endpoint", async () => {
    const token = await cli("get-authorization-token", "--domain", domain, "--domain-owner", account, "--duration-seconds", "900");
    expect(token.authorizationToken).toMatch(/^eyJ2ZXIiOjEsImlzdSI6/);
    expect(typeof token.expiration).toBe("number");
    const { repositoryEndpoint } = await cli("get-repository-endpoint", "--domain", domain, "--repository", "app", "--format", "npm");
    expect(repositoryEndpoint).toBe(`${fx.server.url}/npm/d/${domain}-${account}/app/`);
  });

  it("configures npm with `aws codeartifact login` (dry run)", async () => {
    const result = await awsCli(fx.server.url, ["codeartifact", "login", "--tool", "npm", "--domain", domain, "--repository", "app", "--dry-run"]);
    expect(result.code, result.stderr).toBe(0);
    const endpoint = `${fx.server.url}/npm/d/${domain}-${account}/app/`;
    expect(result.stdout).toContain(`npm config set registry ${endpoint}`);
    expect(result.stdout).toMatch(new RegExp(`:_authToken eyJ2ZXIiOjEsImlzdSI6\\S+`));
  });

  it("describes what was built, paging through the CLI's own pagination", async () => {
    const { domain: described } = await cli("describe-domain", "--domain", domain);
    expect(described).toMatchObject({ name: domain, repositoryCount: 3 });
    const { repository } = await cli("describe-repository", "--domain", domain, "--repository", "team");
    expect(repository.upstreams).toEqual([{ repositoryName: "npm-store" }]);
    const listed = await cli("list-repositories-in-domain", "--domain", domain, "--page-size", "1");
    expect(listed.repositories.map((r: { name: string }) => r.name)).toEqual(["app", "npm-store", "team"]);
    const all = await cli("list-repositories", "--repository-prefix", "team");
    expect(all.repositories.map((r: { name: string }) => r.name)).toEqual(["team"]);
  });

  it("deletes: the domain only once its repositories are gone", async () => {
    const blocked = await cliFailure("delete-domain", "--domain", domain);
    expect(blocked.stderr).toContain("An error occurred (ConflictException) when calling the DeleteDomain operation");
    await cli("disassociate-external-connection", "--domain", domain, "--repository", "npm-store", "--external-connection", "public:npmjs");
    await cli("delete-domain-permissions-policy", "--domain", domain);
    for (const repository of ["app", "team", "npm-store"]) {
      expect((await cli("delete-repository", "--domain", domain, "--repository", repository)).repository.name).toBe(repository);
    }
    const { domain: deleted } = await cli("delete-domain", "--domain", domain);
    expect(deleted).toMatchObject({ name: domain, repositoryCount: 0 });
    const gone = await cliFailure("describe-domain", "--domain", domain);
    expect(gone.stderr).toContain("An error occurred (ResourceNotFoundException) when calling the DescribeDomain operation: Domain not found.");
  });
});
