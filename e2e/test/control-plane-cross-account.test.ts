import {
  AssociateExternalConnectionCommand,
  CreateRepositoryCommand,
  DeleteDomainCommand,
  DescribeDomainCommand,
  DescribeRepositoryCommand,
  GetAuthorizationTokenCommand,
  GetDomainPermissionsPolicyCommand,
  GetRepositoryEndpointCommand,
  ListRepositoriesCommand,
  ListRepositoriesInDomainCommand,
  ListTagsForResourceCommand,
  PutDomainPermissionsPolicyCommand,
  PutRepositoryPermissionsPolicyCommand,
  TagResourceCommand,
  UpdateRepositoryCommand,
  type CodeartifactClient,
} from "@aws-sdk/client-codeartifact";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectFailure } from "../support/errors";
import { serverFixture } from "../support/fixture";
import { sdkClient } from "../support/server";

// `domainOwner` naming another account: without a resource policy that grants the caller's
// account the action, the answer is AccessDeniedException, whether or not the resource exists.
const ownerAccount = "111111111111";
const guestAccount = "222222222222";
const domain = "shared";
const fx = serverFixture({ account: ownerAccount, domains: { [domain]: ["owned"] } });
let owner: CodeartifactClient;
let guest: CodeartifactClient;

const grant = (actions: string[], account = guestAccount, effect = "Allow") => ({
  Effect: effect,
  Principal: { AWS: `arn:aws:iam::${account}:root` },
  Action: actions.map((a) => `codeartifact:${a}`),
  Resource: "*",
});
const putDomainPolicy = (...statements: object[]) =>
  owner.send(new PutDomainPermissionsPolicyCommand({ domain, policyDocument: JSON.stringify({ Version: "2012-10-17", Statement: statements }) }));

beforeAll(() => {
  owner = fx.client;
  guest = sdkClient(fx.server.url, guestAccount);
});
afterAll(() => guest?.destroy());

describe("another account's domain", () => {
  it("is AccessDenied without a domain policy, existing or not", async () => {
    const denied = await expectFailure(guest.send(new DescribeDomainCommand({ domain, domainOwner: ownerAccount })), "AccessDeniedException", { status: 403 });
    expect(denied.message).toBe(
      `User: arn:aws:iam::${guestAccount}:root is not authorized to perform: codeartifact:DescribeDomain on resource: arn:aws:codeartifact:us-west-2:${ownerAccount}:domain/${domain} because no resource-based policy allows the codeartifact:DescribeDomain action`,
    );
    await expectFailure(guest.send(new DescribeDomainCommand({ domain: "not-there", domainOwner: ownerAccount })), "AccessDeniedException");
    await expectFailure(guest.send(new GetAuthorizationTokenCommand({ domain, domainOwner: ownerAccount })), "AccessDeniedException");
    await expectFailure(guest.send(new DeleteDomainCommand({ domain, domainOwner: ownerAccount })), "AccessDeniedException");
  });

  it("opens up exactly the actions the domain policy allows the caller's account", async () => {
    await putDomainPolicy(grant(["DescribeDomain", "GetAuthorizationToken", "CreateRepository", "ListRepositoriesInDomain", "GetDomainPermissionsPolicy"]));
    const { domain: described } = await guest.send(new DescribeDomainCommand({ domain, domainOwner: ownerAccount }));
    expect(described).toMatchObject({ name: domain, owner: ownerAccount });
    const { authorizationToken } = await guest.send(new GetAuthorizationTokenCommand({ domain, domainOwner: ownerAccount }));
    const payload = JSON.parse(Buffer.from(authorizationToken!.split(".")[0], "base64url").toString("utf8")) as Record<string, string>;
    expect(payload).toMatchObject({ acc: guestAccount, own: ownerAccount, dom: domain });
    expect((await guest.send(new GetDomainPermissionsPolicyCommand({ domain, domainOwner: ownerAccount }))).policy!.resourceArn).toBe(described!.arn);
    // Not granted: deleting the domain.
    await expectFailure(guest.send(new DeleteDomainCommand({ domain, domainOwner: ownerAccount })), "AccessDeniedException");
    // Other accounts stay out.
    const third = sdkClient(fx.server.url, "333333333333");
    try {
      await expectFailure(third.send(new DescribeDomainCommand({ domain, domainOwner: ownerAccount })), "AccessDeniedException");
    } finally {
      third.destroy();
    }
  });

  it("lets an explicit Deny win", async () => {
    await putDomainPolicy(grant(["*"]), grant(["GetAuthorizationToken"], guestAccount, "Deny"));
    expect((await guest.send(new DescribeDomainCommand({ domain, domainOwner: ownerAccount }))).domain!.name).toBe(domain);
    const denied = await expectFailure(guest.send(new GetAuthorizationTokenCommand({ domain, domainOwner: ownerAccount })), "AccessDeniedException");
    expect(denied.message).toContain("with an explicit deny in a resource-based policy");
  });

  it("never lets another account set the domain policy", async () => {
    await expectFailure(
      guest.send(new PutDomainPermissionsPolicyCommand({ domain, domainOwner: ownerAccount, policyDocument: JSON.stringify({ Statement: grant(["*"]) }) })),
      "AccessDeniedException",
    );
  });
});

describe("repositories in another account's domain", () => {
  it("can be created by a granted account, which administers them", async () => {
    const { repository } = await guest.send(new CreateRepositoryCommand({ domain, domainOwner: ownerAccount, repository: "guest-repo" }));
    expect(repository).toMatchObject({
      name: "guest-repo",
      administratorAccount: guestAccount,
      domainOwner: ownerAccount,
      arn: `arn:aws:codeartifact:us-west-2:${ownerAccount}:repository/${domain}/guest-repo`,
    });
    // The administrator manages it without any repository policy.
    await guest.send(new UpdateRepositoryCommand({ domain, domainOwner: ownerAccount, repository: "guest-repo", description: "mine" }));
    await guest.send(
      new AssociateExternalConnectionCommand({ domain, domainOwner: ownerAccount, repository: "guest-repo", externalConnection: "public:pypi" }),
    );
    const endpoint = await guest.send(new GetRepositoryEndpointCommand({ domain, domainOwner: ownerAccount, repository: "guest-repo", format: "pypi" }));
    expect(endpoint.repositoryEndpoint).toMatch(new RegExp(`/pypi/d/${domain}-${ownerAccount}/guest-repo/$`));
    // It shows up in the guest's ListRepositories and, with the admin filter, in the owner's domain listing.
    expect((await guest.send(new ListRepositoriesCommand({}))).repositories!.map((r) => r.name)).toEqual(["guest-repo"]);
    const inDomain = await owner.send(new ListRepositoriesInDomainCommand({ domain, administratorAccount: guestAccount }));
    expect(inDomain.repositories!.map((r) => r.name)).toEqual(["guest-repo"]);
  });

  it("needs TagResource on the domain to tag at creation", async () => {
    await putDomainPolicy(grant(["CreateRepository", "DescribeDomain"]));
    await expectFailure(
      guest.send(new CreateRepositoryCommand({ domain, domainOwner: ownerAccount, repository: "tagged-guest", tags: [{ key: "a", value: "b" }] })),
      "AccessDeniedException",
    );
    await putDomainPolicy(grant(["CreateRepository", "TagResource"]));
    const { repository } = await guest.send(
      new CreateRepositoryCommand({ domain, domainOwner: ownerAccount, repository: "tagged-guest", tags: [{ key: "a", value: "b" }] }),
    );
    expect((await guest.send(new ListTagsForResourceCommand({ resourceArn: repository!.arn }))).tags).toEqual([{ key: "a", value: "b" }]);
  });

  it("needs AssociateWithDownstreamRepository on an upstream the caller does not administer", async () => {
    await expectFailure(
      guest.send(new UpdateRepositoryCommand({ domain, domainOwner: ownerAccount, repository: "guest-repo", upstreams: [{ repositoryName: "owned" }] })),
      "AccessDeniedException",
    );
    await owner.send(
      new PutRepositoryPermissionsPolicyCommand({
        domain,
        repository: "owned",
        policyDocument: JSON.stringify({ Version: "2012-10-17", Statement: [grant(["AssociateWithDownstreamRepository", "DescribeRepository"])] }),
      }),
    );
    const { repository } = await guest.send(
      new UpdateRepositoryCommand({ domain, domainOwner: ownerAccount, repository: "guest-repo", upstreams: [{ repositoryName: "owned" }] }),
    );
    expect(repository!.upstreams).toEqual([{ repositoryName: "owned" }]);
  });

  it("are reachable to others only through their repository policy", async () => {
    expect((await guest.send(new DescribeRepositoryCommand({ domain, domainOwner: ownerAccount, repository: "owned" }))).repository!.name).toBe("owned");
    await expectFailure(
      guest.send(new GetRepositoryEndpointCommand({ domain, domainOwner: ownerAccount, repository: "owned", format: "npm" })),
      "AccessDeniedException",
    );
    await expectFailure(guest.send(new DescribeRepositoryCommand({ domain, domainOwner: ownerAccount, repository: "ghost" })), "AccessDeniedException");
    await expectFailure(
      guest.send(
        new PutRepositoryPermissionsPolicyCommand({
          domain,
          domainOwner: ownerAccount,
          repository: "owned",
          policyDocument: JSON.stringify({ Statement: grant(["*"]) }),
        }),
      ),
      "AccessDeniedException",
    );
  });

  it("tagging another account's resource needs its policy", async () => {
    const arn = `arn:aws:codeartifact:us-west-2:${ownerAccount}:repository/${domain}/owned`;
    await expectFailure(guest.send(new TagResourceCommand({ resourceArn: arn, tags: [{ key: "x", value: "y" }] })), "AccessDeniedException");
  });
});
