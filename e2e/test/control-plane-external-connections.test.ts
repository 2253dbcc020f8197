import {
  AssociateExternalConnectionCommand,
  CreateRepositoryCommand,
  DescribeRepositoryCommand,
  DisassociateExternalConnectionCommand,
  UpdateRepositoryCommand,
} from "@aws-sdk/client-codeartifact";
import { describe, expect, it } from "vitest";
import { expectFailure } from "../support/errors";
import { serverFixture } from "../support/fixture";

const domain = "ext";
const fx = serverFixture({ domains: { [domain]: [] } });

const associate = (repository: string, externalConnection: string) =>
  fx.client.send(new AssociateExternalConnectionCommand({ domain, repository, externalConnection }));

const catalog: Record<string, string> = {
  "public:npmjs": "npm",
  "public:pypi": "pypi",
  "public:maven-central": "maven",
  "public:maven-googleandroid": "maven",
  "public:maven-gradleplugins": "maven",
  "public:maven-commonsware": "maven",
  "public:maven-clojars": "maven",
  "public:nuget-org": "nuget",
  "public:ruby-gems-org": "ruby",
  "public:crates-io": "cargo",
};

describe("AssociateExternalConnection", () => {
  for (const [name, format] of Object.entries(catalog)) {
    it(`connects ${name} as a ${format} connection`, async () => {
      const repository = `store-${name.slice("public:".length)}`;
      await fx.client.send(new CreateRepositoryCommand({ domain, repository }));
      const result = await associate(repository, name);
      expect(result.repository).toMatchObject({
        name: repository,
        upstreams: [],
        externalConnections: [{ externalConnectionName: name, packageFormat: format, status: "Available" }],
      });
      expect((await fx.client.send(new DescribeRepositoryCommand({ domain, repository }))).repository!.externalConnections).toHaveLength(1);
    });
  }

  it("refuses a connection outside the catalog", async () => {
    const failure = await expectFailure(associate("store-npmjs", "public:rpm-central"), "ValidationException", { status: 400 });
    expect(failure.message).toContain("public:crates-io");
  });

  it("allows one external connection per repository", async () => {
    await expectFailure(associate("store-npmjs", "public:pypi"), "ValidationException", {
      message: "ExternalConnections for repositories are currently limited to 1",
    });
    await expectFailure(associate("store-npmjs", "public:npmjs"), "ConflictException", { resourceId: "store-npmjs", resourceType: "repository", status: 409 });
  });

  it("lets upstream repositories and an external connection live on one repository", async () => {
    await fx.client.send(new CreateRepositoryCommand({ domain, repository: "team", upstreams: [{ repositoryName: "store-pypi" }] }));
    const { repository } = await associate("team", "public:npmjs");
    expect(repository).toMatchObject({ upstreams: [{ repositoryName: "store-pypi" }], externalConnections: [{ externalConnectionName: "public:npmjs" }] });
    const updated = await fx.client.send(
      new UpdateRepositoryCommand({ domain, repository: "team", upstreams: [{ repositoryName: "store-pypi" }, { repositoryName: "store-nuget-org" }] }),
    );
    expect(updated.repository!.externalConnections).toHaveLength(1);
    expect(updated.repository!.upstreams).toHaveLength(2);
  });

  it("answers ResourceNotFoundException for an unknown repository or domain", async () => {
    await expectFailure(associate("nope", "public:npmjs"), "ResourceNotFoundException", { resourceId: "nope", resourceType: "repository" });
    await expectFailure(
      fx.client.send(new AssociateExternalConnectionCommand({ domain: "no-domain", repository: "r1", externalConnection: "public:npmjs" })),
      "ResourceNotFoundException",
      {
        resourceType: "domain",
      },
    );
  });
});

describe("DisassociateExternalConnection", () => {
  it("removes the connection and returns the repository", async () => {
    const { repository } = await fx.client.send(new DisassociateExternalConnectionCommand({ domain, repository: "team", externalConnection: "public:npmjs" }));
    expect(repository).toMatchObject({
      name: "team",
      externalConnections: [],
      upstreams: [{ repositoryName: "store-pypi" }, { repositoryName: "store-nuget-org" }],
    });
    // The slot is free again.
    expect((await associate("team", "public:crates-io")).repository!.externalConnections).toEqual([
      { externalConnectionName: "public:crates-io", packageFormat: "cargo", status: "Available" },
    ]);
  });

  it("answers ResourceNotFoundException for a connection the repository does not have", async () => {
    await expectFailure(
      fx.client.send(new DisassociateExternalConnectionCommand({ domain, repository: "team", externalConnection: "public:npmjs" })),
      "ResourceNotFoundException",
      { resourceType: "repository", resourceId: "team", status: 404 },
    );
  });

  it("answers ResourceNotFoundException for an unknown repository", async () => {
    await expectFailure(
      fx.client.send(new DisassociateExternalConnectionCommand({ domain, repository: "nope", externalConnection: "public:npmjs" })),
      "ResourceNotFoundException",
      {
        resourceId: "nope",
      },
    );
  });
});
