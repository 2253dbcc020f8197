import {
  CreateDomainCommand,
  CreateRepositoryCommand,
  DescribeDomainCommand,
  UpdateRepositoryCommand,
  type CodeartifactClient,
} from "@aws-sdk/client-codeartifact";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectFailure } from "../support/errors";
import { sdkClient, startServer, type RunningServer } from "../support/server";

// Quotas answer ServiceQuotaExceededException at AWS's defaults, and follow the configuration.
let defaults: RunningServer;
let configured: RunningServer;

beforeAll(async () => {
  [defaults, configured] = await Promise.all([
    startServer({ inMemory: true }),
    startServer({
      inMemory: true,
      args: ["--quota", "domainsPerAccount=2", "--quota", "repositoriesPerDomain=3", "--quota", "directUpstreamsPerRepository=1"],
    }),
  ]);
});
afterAll(async () => {
  await Promise.all([defaults?.stop(), configured?.stop()]);
});

async function withClient<T>(server: RunningServer, account: string, work: (client: CodeartifactClient) => Promise<T>): Promise<T> {
  const client = sdkClient(server.url, account);
  try {
    return await work(client);
  } finally {
    client.destroy();
  }
}

describe("AWS's default quotas", () => {
  it("allow 10 domains per account and region", () =>
    withClient(defaults, "100000000001", async (client) => {
      for (let i = 0; i < 10; i++) await client.send(new CreateDomainCommand({ domain: `quota-${i}` }));
      await expectFailure(client.send(new CreateDomainCommand({ domain: "quota-10" })), "ServiceQuotaExceededException", {
        resourceId: "quota-10",
        resourceType: "domain",
        status: 402,
      });
      // The quota is per region.
      const other = sdkClient(defaults.url, "100000000001", "eu-central-1");
      try {
        await other.send(new CreateDomainCommand({ domain: "quota-10" }));
      } finally {
        other.destroy();
      }
    }));

  it(
    "allow 1,000 repositories per domain",
    () =>
      withClient(defaults, "100000000002", async (client) => {
        await client.send(new CreateDomainCommand({ domain: "big" }));
        const names = Array.from({ length: 1000 }, (_, i) => `repo-${String(i).padStart(4, "0")}`);
        // A few callers at a time, as a deployment pipeline would.
        for (let i = 0; i < names.length; i += 20) {
          await Promise.all(names.slice(i, i + 20).map((repository) => client.send(new CreateRepositoryCommand({ domain: "big", repository }))));
        }
        expect((await client.send(new DescribeDomainCommand({ domain: "big" }))).domain!.repositoryCount).toBe(1000);
        await expectFailure(client.send(new CreateRepositoryCommand({ domain: "big", repository: "one-more" })), "ServiceQuotaExceededException", {
          resourceId: "one-more",
          resourceType: "repository",
        });
      }),
    120_000,
  );
});

describe("configured quotas", () => {
  it("replace AWS's defaults", () =>
    withClient(configured, "100000000003", async (client) => {
      await client.send(new CreateDomainCommand({ domain: "q1" }));
      await client.send(new CreateDomainCommand({ domain: "q2" }));
      await expectFailure(client.send(new CreateDomainCommand({ domain: "q3" })), "ServiceQuotaExceededException");
      for (const repository of ["r1", "r2", "r3"]) await client.send(new CreateRepositoryCommand({ domain: "q1", repository }));
      await expectFailure(client.send(new CreateRepositoryCommand({ domain: "q1", repository: "r4" })), "ServiceQuotaExceededException");
      await client.send(new UpdateRepositoryCommand({ domain: "q1", repository: "r1", upstreams: [{ repositoryName: "r2" }] }));
      await expectFailure(
        client.send(new UpdateRepositoryCommand({ domain: "q1", repository: "r1", upstreams: [{ repositoryName: "r2" }, { repositoryName: "r3" }] })),
        "ServiceQuotaExceededException",
      );
    }));
});
