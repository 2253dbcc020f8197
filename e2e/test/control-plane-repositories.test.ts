import {
  CreateRepositoryCommand,
  DeleteRepositoryCommand,
  DescribeRepositoryCommand,
  GetRepositoryPermissionsPolicyCommand,
  ListRepositoriesCommand,
  ListRepositoriesInDomainCommand,
  ListTagsForResourceCommand,
  paginateListRepositories,
  paginateListRepositoriesInDomain,
  PutRepositoryPermissionsPolicyCommand,
  UpdateRepositoryCommand,
} from "@aws-sdk/client-codeartifact";
import { describe, expect, it } from "vitest";
import { expectFailure } from "../support/errors";
import { serverFixture } from "../support/fixture";
import { sdkClient } from "../support/server";

const account = "123456789012";
const domain = "repos";
const fx = serverFixture({ account, domains: { [domain]: [], "repos-other": [] } });

const upstreamNames = (repository: { upstreams?: { repositoryName?: string }[] } | undefined) => repository?.upstreams?.map((u) => u.repositoryName);
const create = (repository: string, upstreams: string[] = [], extra: object = {}) =>
  fx.client.send(new CreateRepositoryCommand({ domain, repository, upstreams: upstreams.map((repositoryName) => ({ repositoryName })), ...extra }));

describe("CreateRepository", () => {
  it("creates a repository with description, tags and an upstream chain", async () => {
    await create("chain-c");
    await create("chain-b", ["chain-c"]);
    const { repository } = await create("chain-a", ["chain-b"], { description: "the entry point", tags: [{ key: "env", value: "test" }] });
    expect(repository).toMatchObject({
      name: "chain-a",
      administratorAccount: account,
      domainName: domain,
      domainOwner: account,
      arn: `arn:aws:codeartifact:us-west-2:${account}:repository/${domain}/chain-a`,
      description: "the entry point",
      upstreams: [{ repositoryName: "chain-b" }],
      externalConnections: [],
    });
    expect(repository!.createdTime).toBeInstanceOf(Date);
    expect((await fx.client.send(new ListTagsForResourceCommand({ resourceArn: repository!.arn }))).tags).toEqual([{ key: "env", value: "test" }]);
  });

  it("keeps the upstream order given", async () => {
    await create("order-x");
    await create("order-y");
    await create("order-z");
    const { repository } = await create("order-top", ["order-z", "order-x", "order-y"]);
    expect(upstreamNames(repository)).toEqual(["order-z", "order-x", "order-y"]);
  });

  it("treats names case-sensitively", async () => {
    await create("CaseRepo");
    const { repository } = await create("caserepo");
    expect(repository!.name).toBe("caserepo");
  });

  it("answers ConflictException for an existing name", async () => {
    await expectFailure(create("chain-a"), "ConflictException", { resourceId: "chain-a", resourceType: "repository", status: 409 });
  });

  it("answers ResourceNotFoundException for an unknown domain", async () => {
    await expectFailure(fx.client.send(new CreateRepositoryCommand({ domain: "no-such-domain", repository: "r1" })), "ResourceNotFoundException", {
      resourceId: "no-such-domain",
      resourceType: "domain",
    });
  });

  it("requires upstreams to exist in the same domain", async () => {
    await fx.client.send(new CreateRepositoryCommand({ domain: "repos-other", repository: "elsewhere" }));
    await expectFailure(create("bad-up", ["missing-upstream"]), "ResourceNotFoundException", { resourceId: "missing-upstream", resourceType: "repository" });
    await expectFailure(create("bad-up", ["elsewhere"]), "ResourceNotFoundException", { resourceId: "elsewhere", resourceType: "repository" });
    // Nothing was created by the failed calls.
    await expectFailure(fx.client.send(new DescribeRepositoryCommand({ domain, repository: "bad-up" })), "ResourceNotFoundException");
  });

  it("refuses an upstream listed twice", async () => {
    await expectFailure(create("dup-up", ["chain-c", "chain-c"]), "ValidationException");
  });

  it("allows 10 direct upstreams and answers ServiceQuotaExceededException for 11", async () => {
    const names = Array.from({ length: 11 }, (_, i) => `fan-${i}`);
    for (const name of names) await create(name);
    expect(upstreamNames((await create("fan-ten", names.slice(0, 10))).repository)).toHaveLength(10);
    await expectFailure(create("fan-eleven", names), "ServiceQuotaExceededException", { resourceId: "fan-eleven", resourceType: "repository", status: 402 });
  });
});

describe("DescribeRepository", () => {
  it("describes a repository", async () => {
    const { repository } = await fx.client.send(new DescribeRepositoryCommand({ domain, repository: "chain-b", domainOwner: account }));
    expect(repository).toMatchObject({ name: "chain-b", upstreams: [{ repositoryName: "chain-c" }], externalConnections: [] });
  });

  it("answers ResourceNotFoundException with the repository's name", async () => {
    await expectFailure(fx.client.send(new DescribeRepositoryCommand({ domain, repository: "nope" })), "ResourceNotFoundException", {
      resourceId: "nope",
      resourceType: "repository",
      status: 404,
    });
  });
});

describe("UpdateRepository", () => {
  it("changes the description and leaves the upstreams alone when they are not given", async () => {
    const { repository } = await fx.client.send(new UpdateRepositoryCommand({ domain, repository: "chain-a", description: "updated" }));
    expect(repository).toMatchObject({ description: "updated", upstreams: [{ repositoryName: "chain-b" }] });
  });

  it("replaces the upstream list, and an empty list removes it", async () => {
    const replaced = await fx.client.send(
      new UpdateRepositoryCommand({ domain, repository: "chain-a", upstreams: [{ repositoryName: "chain-c" }, { repositoryName: "chain-b" }] }),
    );
    expect(upstreamNames(replaced.repository)).toEqual(["chain-c", "chain-b"]);
    expect(replaced.repository!.description).toBe("updated");
    const cleared = await fx.client.send(new UpdateRepositoryCommand({ domain, repository: "chain-a", upstreams: [] }));
    expect(cleared.repository!.upstreams).toEqual([]);
  });

  it("accepts a cyclic upstream graph", async () => {
    await create("cycle-1");
    await create("cycle-2", ["cycle-1"]);
    const { repository } = await fx.client.send(new UpdateRepositoryCommand({ domain, repository: "cycle-1", upstreams: [{ repositoryName: "cycle-2" }] }));
    expect(upstreamNames(repository)).toEqual(["cycle-2"]);
  });

  it("applies the same upstream rules as CreateRepository", async () => {
    await expectFailure(
      fx.client.send(new UpdateRepositoryCommand({ domain, repository: "chain-a", upstreams: [{ repositoryName: "ghost" }] })),
      "ResourceNotFoundException",
      { resourceId: "ghost", resourceType: "repository" },
    );
    const eleven = Array.from({ length: 11 }, (_, i) => ({ repositoryName: `fan-${i}` }));
    await expectFailure(fx.client.send(new UpdateRepositoryCommand({ domain, repository: "chain-a", upstreams: eleven })), "ServiceQuotaExceededException");
    // A failed update changes nothing.
    expect((await fx.client.send(new DescribeRepositoryCommand({ domain, repository: "chain-a" }))).repository!.upstreams).toEqual([]);
  });

  it("answers ResourceNotFoundException for an unknown repository", async () => {
    await expectFailure(fx.client.send(new UpdateRepositoryCommand({ domain, repository: "nope", description: "x" })), "ResourceNotFoundException", {
      resourceId: "nope",
      resourceType: "repository",
    });
  });
});

describe("DeleteRepository", () => {
  it("returns the deleted repository's description and removes its tags and policy", async () => {
    const { repository: created } = await create("doomed", ["chain-c"], { tags: [{ key: "k", value: "v" }] });
    await fx.client.send(
      new PutRepositoryPermissionsPolicyCommand({
        domain,
        repository: "doomed",
        policyDocument: JSON.stringify({
          Version: "2012-10-17",
          Statement: [{ Effect: "Allow", Principal: "*", Action: "codeartifact:ReadFromRepository", Resource: "*" }],
        }),
      }),
    );
    const { repository } = await fx.client.send(new DeleteRepositoryCommand({ domain, repository: "doomed" }));
    expect(repository).toMatchObject({ name: "doomed", arn: created!.arn, upstreams: [{ repositoryName: "chain-c" }] });
    await expectFailure(fx.client.send(new DescribeRepositoryCommand({ domain, repository: "doomed" })), "ResourceNotFoundException");
    await expectFailure(fx.client.send(new ListTagsForResourceCommand({ resourceArn: created!.arn })), "ResourceNotFoundException");
    // A repository created again under the name starts empty.
    await create("doomed");
    expect((await fx.client.send(new ListTagsForResourceCommand({ resourceArn: created!.arn }))).tags).toEqual([]);
    await expectFailure(fx.client.send(new GetRepositoryPermissionsPolicyCommand({ domain, repository: "doomed" })), "ResourceNotFoundException");
  });

  it("deletes a repository others use as an upstream; their upstream lists lose it", async () => {
    await create("shared-up");
    await create("user-1", ["shared-up", "chain-c"]);
    await fx.client.send(new DeleteRepositoryCommand({ domain, repository: "shared-up" }));
    const { repository } = await fx.client.send(new DescribeRepositoryCommand({ domain, repository: "user-1" }));
    expect(upstreamNames(repository)).toEqual(["chain-c"]);
  });

  it("answers ResourceNotFoundException for an unknown repository", async () => {
    await expectFailure(fx.client.send(new DeleteRepositoryCommand({ domain, repository: "nope" })), "ResourceNotFoundException", {
      resourceId: "nope",
      resourceType: "repository",
    });
  });
});

describe("ListRepositoriesInDomain", () => {
  it("filters by prefix and pages with maxResults and nextToken", async () => {
    for (const name of ["page-3", "page-1", "page-5", "page-2", "page-4"]) await create(name);
    const seen: string[] = [];
    let pages = 0;
    for await (const page of paginateListRepositoriesInDomain({ client: fx.client, pageSize: 2 }, { domain, repositoryPrefix: "page-" })) {
      for (const r of page.repositories!) expect(r).toMatchObject({ domainName: domain, domainOwner: account, administratorAccount: account });
      expect(page.repositories![0]).not.toHaveProperty("upstreams");
      seen.push(...page.repositories!.map((r) => r.name!));
      pages++;
    }
    expect(seen).toEqual(["page-1", "page-2", "page-3", "page-4", "page-5"]);
    expect(pages).toBe(3);
  });

  it("filters by administrator account", async () => {
    const mine = await fx.client.send(new ListRepositoriesInDomainCommand({ domain, administratorAccount: account, repositoryPrefix: "chain" }));
    expect(mine.repositories!.map((r) => r.name)).toEqual(["chain-a", "chain-b", "chain-c"]);
    const theirs = await fx.client.send(new ListRepositoriesInDomainCommand({ domain, administratorAccount: "999999999999" }));
    expect(theirs.repositories).toEqual([]);
  });

  it("refuses a forged token and a token from another listing", async () => {
    await expectFailure(
      fx.client.send(new ListRepositoriesInDomainCommand({ domain, nextToken: "eyJrIjoicmVwb3NpdG9yaWVzIiwidiI6WyJ6Il19" })),
      "ValidationException",
    );
    const { nextToken } = await fx.client.send(new ListRepositoriesInDomainCommand({ domain, maxResults: 1 }));
    await expectFailure(fx.client.send(new ListRepositoriesInDomainCommand({ domain, repositoryPrefix: "page-", nextToken })), "ValidationException");
  });

  it("answers ResourceNotFoundException for an unknown domain", async () => {
    await expectFailure(fx.client.send(new ListRepositoriesInDomainCommand({ domain: "no-such-domain" })), "ResourceNotFoundException", {
      resourceType: "domain",
    });
  });
});

describe("ListRepositories", () => {
  it("lists the caller's repositories across domains, by prefix and page", async () => {
    const all = await fx.client.send(new ListRepositoriesCommand({ repositoryPrefix: "elsewhere" }));
    expect(all.repositories!.map((r) => [r.domainName, r.name])).toEqual([["repos-other", "elsewhere"]]);
    const seen: string[] = [];
    for await (const page of paginateListRepositories({ client: fx.client, pageSize: 2 }, { repositoryPrefix: "page-" })) {
      seen.push(...page.repositories!.map((r) => r.name!));
    }
    expect(seen).toEqual(["page-1", "page-2", "page-3", "page-4", "page-5"]);
  });

  it("shows nothing of other accounts", async () => {
    const other = sdkClient(fx.server.url, "999999999999");
    try {
      expect((await other.send(new ListRepositoriesCommand({}))).repositories).toEqual([]);
    } finally {
      other.destroy();
    }
  });

  it("refuses a forged nextToken", async () => {
    await expectFailure(fx.client.send(new ListRepositoriesCommand({ nextToken: "forged" })), "ValidationException", { status: 400 });
  });
});
